package org.factdesk.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Facet counts: exact below the cap, and over several segments; stopped at the cap, and saying so. */
class FacetCounterTest {
  @Test
  void countsEveryHitBelowTheCapAndStopsAtItAcrossSegments() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
        for (int segment = 0; segment < 3; segment++) {
          for (int i = 0; i < 40; i++) {
            Document d = new Document();
            d.add(new StringField("word", i % 2 == 0 ? "harbour" : "ferry", Field.Store.NO));
            String lang = i % 4 == 0 ? "ru" : "en";
            d.add(new SortedSetDocValuesField(IndexDocuments.LANG, new BytesRef(lang)));
            w.addDocument(d);
          }
          w.commit(); // a segment each
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertEquals(3, reader.leaves().size());
        IndexSearcher searcher = new IndexSearcher(reader);
        TermQuery harbour = new TermQuery(new Term("word", "harbour"));

        FacetCounter all = new FacetCounter(1_000, IndexDocuments.LANG);
        searcher.search(harbour, all);
        assertEquals(60, all.total());
        assertFalse(all.capped());
        assertEquals(Map.of("ru", 30, "en", 30), all.counts().get(IndexDocuments.LANG));

        FacetCounter capped = new FacetCounter(25, IndexDocuments.LANG);
        searcher.search(harbour, capped);
        assertEquals(25, capped.total(), "stops at the cap, in the second segment");
        assertTrue(capped.capped());
        int counted = capped.counts().get(IndexDocuments.LANG).values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(25, counted, "the facets count the same hits as the total");

        FacetCounter exactly = new FacetCounter(60, IndexDocuments.LANG);
        searcher.search(harbour, exactly);
        assertEquals(60, exactly.total());
        assertFalse(exactly.capped(), "exactly the cap and no more: still exact");
      }
    }
  }
}
