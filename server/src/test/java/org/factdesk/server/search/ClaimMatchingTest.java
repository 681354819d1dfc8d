package org.factdesk.server.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.factdesk.workflow.search.SearchTexts.ClaimText;
import org.factdesk.workflow.search.SearchTexts.TranslatedText;
import org.junit.jupiter.api.Test;

/**
 * Claim matching on a labelled set (src/test/resources/search/claims-labelled.tsv: 16 checked English
 * claims carried into ru/az/ar/he translations, 60 reworded queries in en/ru/az/ar/he). Prints the
 * share of queries whose claim is in the top 3 and top 1, per language, for BENCHMARKS.md.
 */
class ClaimMatchingTest {
  private record Line(String kind, String topic, String lang, String text) {}

  @Test
  void rewordedAndTranslatedClaimsFindTheirEarlierCheckInTheTopThree() throws Exception {
    List<Line> lines = read();
    Map<String, Long> ids = new LinkedHashMap<>();
    Map<String, List<TranslatedText>> carried = new LinkedHashMap<>();
    for (Line l : lines) {
      if (l.kind().equals("carried")) {
        carried.computeIfAbsent(l.topic(), k -> new ArrayList<>()).add(new TranslatedText(l.lang(), null, List.of(l.text())));
      }
    }
    FoldingAnalyzer analyzer = new FoldingAnalyzer();
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (Line l : lines) {
        if (l.kind().equals("checked")) {
          long id = ids.size() + 1;
          ids.put(l.topic(), id);
          w.addDocument(IndexDocuments.claim(new ClaimText(id, 100 + id, "en", "APPROVED", "RESOLVED", l.text(),
              "check", "FALSE", "rationale", OffsetDateTime.now(), carried.getOrDefault(l.topic(), List.of()))));
        }
      }
    }
    Map<String, int[]> byLang = new TreeMap<>(); // queries, in top 3, first
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (Line q : lines) {
        if (!q.kind().equals("query")) {
          continue;
        }
        ScoreDoc[] top = searcher.search(ClaimMatching.like(reader, analyzer, q.text()), 3).scoreDocs;
        long want = ids.get(q.topic());
        int[] tally = byLang.computeIfAbsent(q.lang(), k -> new int[3]);
        tally[0]++;
        for (int i = 0; i < top.length; i++) {
          Document d = searcher.storedFields().document(top[i].doc);
          if (d.getField(IndexDocuments.ID).numericValue().longValue() == want) {
            tally[1]++;
            tally[2] += i == 0 ? 1 : 0;
          }
        }
        if (top.length == 0 || searcher.storedFields().document(top[0].doc).getField(IndexDocuments.ID).numericValue()
            .longValue() != want) {
          System.out.println("not first: [" + q.lang() + "] " + q.text());
        }
      }
    }
    int[] all = new int[3];
    byLang.forEach((lang, t) -> {
      System.out.printf("claim matching %s: %d queries, right claim in top 3: %d, first: %d%n", lang, t[0], t[1], t[2]);
      for (int i = 0; i < 3; i++) {
        all[i] += t[i];
      }
    });
    System.out.printf("claim matching all: %d queries, right claim in top 3: %d (%.2f), first: %d (%.2f)%n",
        all[0], all[1], all[1] / (double) all[0], all[2], all[2] / (double) all[0]);
    assertTrue(all[0] >= 60);
    assertTrue(all[1] >= 0.8 * all[0], "fewer than 80% of the labelled claims found in the top 3");
  }

  private static List<Line> read() throws Exception {
    List<Line> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        ClaimMatchingTest.class.getResourceAsStream("/search/claims-labelled.tsv"), StandardCharsets.UTF_8))) {
      for (String s; (s = r.readLine()) != null; ) {
        if (!s.isBlank() && !s.startsWith("#")) {
          String[] f = s.split("\t");
          out.add(new Line(f[0], f[1], f[2], f[3]));
        }
      }
    }
    return out;
  }
}
