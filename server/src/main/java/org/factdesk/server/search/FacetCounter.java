package org.factdesk.server.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the matching documents and, per facet field, how many hold each value: ordinals counted
 * per segment, turned into values when the segment is done (no global ordinal map to rebuild on
 * every refresh). It stops at {@code cap} documents: two common words match hundreds of thousands of
 * claims in an archive, and counting them all made every such search take seconds (BENCHMARKS.md);
 * past the cap the counts are those of the first {@code cap} hits in index order and say so.
 */
final class FacetCounter extends SimpleCollector {
  private final String[] fields;
  private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
  private SortedSetDocValues[] values;
  private int[][] ords;
  private final int cap;
  private int total;
  private boolean more;

  FacetCounter(int cap, String... fields) {
    this.cap = cap;
    this.fields = fields;
    for (String f : fields) {
      counts.put(f, new TreeMap<>());
    }
  }

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    flush();
    if (more) {
      throw new CollectionTerminatedException(); // the searcher skips the remaining segments too
    }
    values = new SortedSetDocValues[fields.length];
    ords = new int[fields.length][];
    for (int i = 0; i < fields.length; i++) {
      values[i] = DocValues.getSortedSet(context.reader(), fields[i]);
      ords[i] = new int[(int) Math.min(values[i].getValueCount(), Integer.MAX_VALUE)];
    }
  }

  @Override
  public void collect(int doc) throws IOException {
    if (total >= cap) {
      more = true; // one hit past the cap, not counted: enough to say "at least"
      throw new CollectionTerminatedException();
    }
    total++;
    for (int i = 0; i < fields.length; i++) {
      if (values[i].advanceExact(doc)) {
        for (int n = 0; n < values[i].docValueCount(); n++) {
          ords[i][(int) values[i].nextOrd()]++;
        }
      }
    }
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public void setScorer(Scorable scorer) {}

  private void flush() throws IOException {
    if (values == null) {
      return;
    }
    for (int i = 0; i < fields.length; i++) {
      Map<String, Integer> c = counts.get(fields[i]);
      for (int ord = 0; ord < ords[i].length; ord++) {
        if (ords[i][ord] > 0) {
          c.merge(values[i].lookupOrd(ord).utf8ToString(), ords[i][ord], Integer::sum);
        }
      }
    }
    values = null;
  }

  /** The matching documents counted: all of them, unless {@link #capped()}. */
  int total() {
    return total;
  }

  /** Whether there are more hits than {@link #total()} (counting stopped at the cap). */
  boolean capped() {
    return more;
  }

  Map<String, Map<String, Integer>> counts() throws IOException {
    flush();
    return counts;
  }

}
