package org.factdesk.workflow.article;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.i18n.Segmenter;

/**
 * Word-level differences between two revisions. Both bodies are cut into ICU word-break tokens
 * (words, spaces, punctuation) with a blank-line token between blocks, and diffed with
 * java-diff-utils (Myers); the result is a run of segments whose EQUAL+DELETE text is the old body
 * and EQUAL+INSERT text the new one.
 */
public record RevisionDiff(
    int from, int to, String fromSha256, String toSha256, List<Segment> segments, int wordsAdded, int wordsRemoved) {
  static final String BLOCK_BREAK = "\n\n";

  public enum Op {
    EQUAL,
    INSERT,
    DELETE
  }

  public record Segment(Op op, String text) {}

  public static RevisionDiff between(Revision a, Revision b, LanguageTag language) {
    List<String> left = tokens(a.blocks(), language);
    List<String> right = tokens(b.blocks(), language);
    List<Segment> segments = new ArrayList<>();
    int added = 0;
    int removed = 0;
    int position = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(left, right).getDeltas()) {
      int start = delta.getSource().getPosition();
      append(segments, Op.EQUAL, left.subList(position, start));
      append(segments, Op.DELETE, delta.getSource().getLines());
      append(segments, Op.INSERT, delta.getTarget().getLines());
      removed += words(delta.getSource().getLines());
      added += words(delta.getTarget().getLines());
      position = start + delta.getSource().size();
    }
    append(segments, Op.EQUAL, left.subList(position, left.size()));
    return new RevisionDiff(a.number(), b.number(), a.sha256(), b.sha256(), segments, added, removed);
  }

  private static List<String> tokens(List<Block> blocks, LanguageTag language) {
    List<String> tokens = new ArrayList<>();
    for (Block block : blocks) {
      if (!tokens.isEmpty()) {
        tokens.add(BLOCK_BREAK);
      }
      tokens.addAll(Segmenter.tokens(block.text(), language));
    }
    return tokens;
  }

  private static void append(List<Segment> segments, Op op, List<String> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    String text = String.join("", tokens);
    int last = segments.size() - 1;
    if (last >= 0 && segments.get(last).op() == op) {
      segments.set(last, new Segment(op, segments.get(last).text() + text));
    } else {
      segments.add(new Segment(op, text));
    }
  }

  private static int words(List<String> tokens) {
    return (int) tokens.stream().filter(t -> t.codePoints().anyMatch(Character::isLetterOrDigit)).count();
  }
}
