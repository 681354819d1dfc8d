package org.factdesk.workflow.translation;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.i18n.Segmenter;
import org.factdesk.workflow.article.RevisionDiff.Op;
import org.factdesk.workflow.article.RevisionDiff.Segment;

/** A word diff of one source block (ICU word tokens, Myers), for the translator of a stale block. */
public final class BlockDiff {
  private BlockDiff() {}

  public static List<Segment> of(String before, String after, LanguageTag language) {
    List<String> left = before == null ? List.of() : Segmenter.tokens(before, language);
    List<String> right = Segmenter.tokens(after, language);
    List<Segment> segments = new ArrayList<>();
    int position = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(left, right).getDeltas()) {
      int start = delta.getSource().getPosition();
      append(segments, Op.EQUAL, left.subList(position, start));
      append(segments, Op.DELETE, delta.getSource().getLines());
      append(segments, Op.INSERT, delta.getTarget().getLines());
      position = start + delta.getSource().size();
    }
    append(segments, Op.EQUAL, left.subList(position, left.size()));
    return segments;
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
}
