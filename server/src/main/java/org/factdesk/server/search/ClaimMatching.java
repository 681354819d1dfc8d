package org.factdesk.server.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The query behind "checked before": the text's most telling words (MoreLikeThis: BM25 over the
 * quotes of every claim, and over the blocks that carry claims into approved translations, so a
 * Russian claim finds an English one translated into Russian), at least a third of them matching,
 * and its figures weighed three times, so the same claim with the same numbers ranks above one
 * with other numbers. Only resolved claims (with a verdict) are candidates.
 */
final class ClaimMatching {
  private static final String[] FIELDS = {IndexDocuments.QUOTE, IndexDocuments.CARRIED};

  private ClaimMatching() {}

  static Query like(IndexReader reader, FoldingAnalyzer analyzer, String text) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setAnalyzer(analyzer);
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    mlt.setMaxQueryTerms(25);
    mlt.setBoost(true);
    BooleanQuery.Builder anyField = new BooleanQuery.Builder();
    for (String field : FIELDS) {
      mlt.setFieldNames(new String[] {field});
      Query words = mlt.like(field, new StringReader(text));
      if (words instanceof BooleanQuery bq && !bq.clauses().isEmpty()) {
        anyField.add(atLeastAThird(bq), Occur.SHOULD);
      }
      for (String figure : figures(analyzer, text)) {
        anyField.add(new BoostQuery(new TermQuery(new Term(field, figure)), 3f), Occur.SHOULD);
      }
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(anyField.build(), Occur.MUST)
        .add(new TermQuery(new Term(IndexDocuments.TYPE, "claim")), Occur.FILTER)
        .add(new FieldExistsQuery(IndexDocuments.VERDICT), Occur.FILTER);
    return b.build();
  }

  private static Query atLeastAThird(BooleanQuery words) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (BooleanClause c : words.clauses()) {
      b.add(c.getQuery(), Occur.SHOULD);
    }
    b.setMinimumNumberShouldMatch(Math.max(1, (words.clauses().size() + 2) / 3));
    return b.build();
  }

  /** The analysed terms with a digit in them: 60, 1,5, 2025. */
  static Set<String> figures(FoldingAnalyzer analyzer, String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : analyzer.terms(text)) {
      if (t.chars().anyMatch(Character::isDigit)) {
        out.add(t);
      }
    }
    return out;
  }
}
