package org.factdesk.server.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the matching documents and, per facet field, how many hold each value: ordinals counted
 * per segment, turned into values when the segment is done (no global ordinal map to rebuild on
 * every refresh).
 */
final class FacetCounter extends SimpleCollector {
  private final String[] fields;
  private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
  private SortedSetDocValues[] values;
  private int[][] ords;
  private int total;

  FacetCounter(String... fields) {
    this.fields = fields;
    for (String f : fields) {
      counts.put(f, new TreeMap<>());
    }
  }

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    flush();
    values = new SortedSetDocValues[fields.length];
    ords = new int[fields.length][];
    for (int i = 0; i < fields.length; i++) {
      values[i] = DocValues.getSortedSet(context.reader(), fields[i]);
      ords[i] = new int[(int) Math.min(values[i].getValueCount(), Integer.MAX_VALUE)];
    }
  }

  @Override
  public void collect(int doc) throws IOException {
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

  int total() {
    return total;
  }

  Map<String, Map<String, Integer>> counts() throws IOException {
    flush();
    return counts;
  }

}
