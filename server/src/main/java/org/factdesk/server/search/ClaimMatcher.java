package org.factdesk.server.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.factdesk.workflow.claim.ClaimQueries;
import org.factdesk.workflow.common.ValidationException;
import org.factdesk.workflow.search.SearchSources;
import org.factdesk.workflow.search.SearchTexts.ClaimText;
import org.factdesk.workflow.user.Actor;

/** Earlier claims with a verdict that say what a claim (or a draft text) says, best first, readable ones only. */
@ApplicationScoped
public class ClaimMatcher {
  public static final int MAX_TEXT = 4000;

  @Inject IndexFollower follower;
  @Inject SearchService search;
  @Inject SearchSources sources;
  @Inject ClaimQueries claims;

  /** One earlier claim and how close it is (BM25, comparable only within one answer). */
  public record Match(long claimId, long articleId, String quote, List<String> languages, String verdict,
      String rationale, String resolvedAt, float score) {}

  /** Claims like claim {@code id} (404 unless the actor may read it), itself excluded. */
  public List<Match> similarTo(Actor actor, long id, int size) {
    claims.find(actor, id);
    StringBuilder text = new StringBuilder();
    for (ClaimText c : sources.claims(List.of(id))) {
      text.append(c.quote());
      c.carried().forEach(t -> text.append('\n').append(String.join("\n", t.blocks())));
    }
    return match(actor, text.toString(), id, size);
  }

  /** Claims like a text being flagged. */
  public List<Match> similarToText(Actor actor, String text, int size) {
    if (text == null || text.isBlank()) {
      throw new ValidationException("text", "required", Map.of(), "the text to match is required");
    }
    if (text.codePointCount(0, text.length()) > MAX_TEXT) {
      throw new ValidationException("text", "tooLong", Map.of("max", MAX_TEXT), "at most " + MAX_TEXT + " characters");
    }
    return match(actor, text, null, size);
  }

  private List<Match> match(Actor actor, String text, Long self, int size) {
    SearchIndex index = follower.index();
    try {
      IndexSearcher searcher = index.acquire();
      try {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
            .add(ClaimMatching.like(searcher.getIndexReader(), index.analyzer, text), Occur.MUST);
        if (self != null) {
          b.add(new TermQuery(IndexDocuments.uid("claim", self)), Occur.MUST_NOT);
        }
        search.readableOnly(b, actor);
        List<Match> out = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(b.build(), size).scoreDocs) {
          Document d = searcher.storedFields().document(sd.doc);
          out.add(new Match(d.getField(IndexDocuments.ID).numericValue().longValue(),
              Long.parseLong(d.get(IndexDocuments.ARTICLE)), d.get(IndexDocuments.QUOTE),
              List.of(d.getValues(IndexDocuments.LANG)).stream().distinct().toList(), d.get(IndexDocuments.VERDICT),
              d.get(IndexDocuments.RATIONALE),
              d.get(IndexDocuments.RESOLVED_AT), sd.score));
        }
        return out;
      } finally {
        index.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
