package org.factdesk.server.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.util.BytesRef;
import org.factdesk.server.search.Snippets.Segment;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.common.ValidationException;
import org.factdesk.workflow.search.SearchSources;
import org.factdesk.workflow.user.Actor;

/**
 * Full-text search over what the actor may read: every source, and the articles and claims of the
 * articles they may read ({@code AccessPolicy.readArticle}: editors and admins all, others those
 * they are assigned to), with facet counts and highlighted passages.
 */
@ApplicationScoped
public class SearchService {
  /** The longest query text accepted. */
  public static final int MAX_QUERY = 1000;

  @Inject IndexFollower follower;
  @Inject SearchSources sources;

  /** What to look for; null filters match everything. */
  public record Criteria(String q, String type, String lang, String state, String verdict) {}

  /** One passage of a field, in segments. */
  public record Snippet(String field, List<Segment> segments) {}

  /** One found article, claim or source. */
  public record Hit(String type, long id, Long articleId, String title, List<String> languages, String state,
      String verdict, String status, String resolvedAt, float score, List<Snippet> snippets) {}

  /**
   * A page of hits, best first, and the facet counts. {@code totalExact} false: the page's total is a
   * lower bound and the facets count the first {@link #COUNT_CAP} hits, not all.
   */
  public record Result(Page<Hit> page, Map<String, Map<String, Integer>> facets, boolean totalExact) {}

  /** Hits counted exactly, and for facets; past it, "at least". */
  static final int COUNT_CAP = 10_000;

  public Result search(Actor actor, Criteria c, Page.Request page) {
    Query text = parse(c.q());
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, Occur.MUST);
    filter(b, IndexDocuments.TYPE, c.type());
    filter(b, IndexDocuments.LANG, c.lang());
    filter(b, IndexDocuments.STATE, c.state());
    filter(b, IndexDocuments.VERDICT, c.verdict());
    readableOnly(b, actor);
    return run(b.build(), text, page);
  }

  /** Limits {@code b} to what {@code actor} may read. */
  void readableOnly(BooleanQuery.Builder b, Actor actor) {
    Optional<Set<Long>> articles = sources.readableArticles(actor);
    if (articles.isPresent()) {
      List<BytesRef> ids = articles.get().stream().map(id -> new BytesRef(Long.toString(id))).toList();
      b.add(new BooleanQuery.Builder()
          .add(new TermQuery(new Term(IndexDocuments.TYPE, "source")), Occur.SHOULD)
          .add(new TermInSetQuery(IndexDocuments.ARTICLE, ids), Occur.SHOULD).build(), Occur.FILTER);
    }
  }

  private Result run(Query query, Query text, Page.Request page) {
    SearchIndex index = follower.index();
    try {
      IndexSearcher searcher = index.acquire();
      try {
        // Two passes: the best hits may skip documents that cannot compete (block-max WAND, once
        // COUNT_CAP hits are seen), and the count stops at COUNT_CAP without scoring.
        TopScoreDocCollector top = TopScoreDocCollector.create(page.firstResult() + page.size(), COUNT_CAP);
        searcher.search(query, top);
        FacetCounter facets = new FacetCounter(COUNT_CAP, IndexDocuments.FACETS);
        searcher.search(query, facets);
        ScoreDoc[] docs = top.topDocs(page.firstResult(), page.size()).scoreDocs;
        Map<String, Object[]> passages = highlight(searcher, index, text, docs);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
          hits.add(hit(searcher.storedFields().document(docs[i].doc), docs[i].score, passages, i));
        }
        return new Result(new Page<>(hits, page.page(), page.size(), facets.total()), facets.counts(), !facets.capped());
      } finally {
        index.release(searcher);
      }
    } catch (IndexSearcher.TooManyClauses e) {
      throw new ValidationException("q", "queryTooBroad", Map.of(),
          "the query expands to too many terms; use longer prefixes");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object[]> highlight(IndexSearcher searcher, SearchIndex index, Query text,
      ScoreDoc[] docs) throws IOException {
    if (docs.length == 0 || text instanceof MatchAllDocsQuery) {
      return Map.of();
    }
    return Snippets.of(searcher, index.analyzer, IndexDocuments.TEXT_FIELDS, text,
        Arrays.stream(docs).mapToInt(d -> d.doc).toArray());
  }

  @SuppressWarnings("unchecked")
  private static Hit hit(Document d, float score, Map<String, Object[]> passages, int i) {
    List<Snippet> snippets = new ArrayList<>();
    passages.forEach((field, perDoc) -> {
      if (perDoc[i] != null) {
        ((List<List<Segment>>) perDoc[i]).forEach(p -> snippets.add(new Snippet(field, p)));
      }
    });
    String type = d.get(IndexDocuments.TYPE);
    String article = d.get(IndexDocuments.ARTICLE);
    String title = "claim".equals(type) ? d.get(IndexDocuments.QUOTE) : d.get(IndexDocuments.TITLE);
    return new Hit(type, d.getField(IndexDocuments.ID).numericValue().longValue(),
        article == null ? null : Long.valueOf(article), title,
        Arrays.stream(d.getFields(IndexDocuments.LANG)).map(IndexableField::stringValue).distinct().toList(),
        d.get(IndexDocuments.STATE), d.get(IndexDocuments.VERDICT), d.get(IndexDocuments.STATUS),
        d.get(IndexDocuments.RESOLVED_AT), score, snippets);
  }

  /** The query syntax is Lucene's classic one; an empty query matches everything. */
  Query parse(String q) {
    if (q == null || q.isBlank()) {
      return new MatchAllDocsQuery();
    }
    if (q.codePointCount(0, q.length()) > MAX_QUERY) {
      throw new ValidationException("q", "tooLong", Map.of("max", MAX_QUERY), "at most " + MAX_QUERY + " characters");
    }
    MultiFieldQueryParser parser = new MultiFieldQueryParser(IndexDocuments.TEXT_FIELDS, follower.index().analyzer,
        Map.of(IndexDocuments.TITLE, 3f, IndexDocuments.QUOTE, 2f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setSplitOnWhitespace(true);
    parser.setAutoGeneratePhraseQueries(true); // a Thai or Japanese "word" split by the dictionary stays a phrase
    try {
      return parser.parse(q);
    } catch (ParseException | IllegalArgumentException e) {
      throw new ValidationException("q", "querySyntax", Map.of(), "not a valid query: " + firstLine(e.getMessage()));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new ValidationException("q", "queryTooBroad", Map.of(), "the query expands to too many terms");
    }
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }

  private static void filter(BooleanQuery.Builder b, String field, String value) {
    if (value != null && !value.isBlank()) {
      b.add(new TermQuery(new Term(field, value.strip())), Occur.FILTER);
    }
  }
}
