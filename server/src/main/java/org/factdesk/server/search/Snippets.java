package org.factdesk.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Highlighted passages as plain segments (text, and whether it matched), never as markup: the
 * browser builds the marks itself, so no stored text can inject HTML.
 */
final class Snippets extends PassageFormatter {
  /** Passages of {@code fields} for each of {@code docs} (in order), as lists of segment lists. */
  static Map<String, Object[]> of(IndexSearcher searcher, Analyzer analyzer, String[] fields, Query query, int[] docs)
      throws IOException {
    int[] two = new int[fields.length];
    Arrays.fill(two, 2);
    UnifiedHighlighter.Builder b = UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new Snippets())
        .withMaxNoHighlightPassages(0).withMaxLength(100_000);
    return new UnifiedHighlighter(b) {
      Map<String, Object[]> passages() throws IOException {
        return highlightFieldsAsObjects(fields, query, docs, two);
      }
    }.passages();
  }

  /** A run of text, a hit or not. */
  public record Segment(String text, boolean hit) {}

  @Override
  public Object format(Passage[] passages, String content) {
    List<List<Segment>> out = new ArrayList<>();
    for (Passage p : passages) {
      List<Segment> segments = new ArrayList<>();
      int pos = p.getStartOffset();
      for (int i = 0; i < p.getNumMatches(); i++) {
        int start = Math.max(pos, p.getMatchStarts()[i]);
        int end = p.getMatchEnds()[i];
        if (end <= start) {
          continue; // overlapping matches: already marked
        }
        if (start > pos) {
          segments.add(new Segment(content.substring(pos, start), false));
        }
        segments.add(new Segment(content.substring(start, end), true));
        pos = end;
      }
      if (pos < p.getEndOffset()) {
        segments.add(new Segment(content.substring(pos, p.getEndOffset()), false));
      }
      out.add(segments);
    }
    return out;
  }
}
