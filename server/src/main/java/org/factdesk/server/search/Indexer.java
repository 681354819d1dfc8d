package org.factdesk.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.factdesk.workflow.search.SearchSources;
import org.factdesk.workflow.search.SearchTexts.ArticleText;
import org.factdesk.workflow.search.SearchTexts.ClaimText;
import org.factdesk.workflow.search.SearchTexts.SourceText;

/**
 * Writes the current state of articles, claims and sources into the index, in batches. An article
 * is written with all its claims (they carry its state, language and translations); what the
 * database no longer has is deleted. {@code replace} is false only in a rebuild, into an empty index.
 */
final class Indexer {
  private static final int BATCH = 500;

  private Indexer() {}

  static void articles(SearchIndex index, SearchSources db, Collection<Long> ids, boolean replace) throws IOException {
    for (List<Long> batch : batches(ids)) {
      Set<Long> missing = new HashSet<>(batch);
      for (ArticleText a : db.articles(batch)) {
        missing.remove(a.id());
        write(index, IndexDocuments.uid("article", a.id()), IndexDocuments.article(a), replace);
      }
      if (replace) {
        for (long id : batch) {
          index.delete(new BooleanQuery.Builder()
              .add(new TermQuery(new Term(IndexDocuments.TYPE, "claim")), Occur.FILTER)
              .add(new TermQuery(new Term(IndexDocuments.ARTICLE, Long.toString(id))), Occur.FILTER).build());
        }
        for (long id : missing) {
          index.delete(IndexDocuments.uid("article", id));
        }
      }
      for (ClaimText c : db.claimsOfArticles(batch)) {
        index.add(IndexDocuments.claim(c));
      }
    }
  }

  static void claims(SearchIndex index, SearchSources db, Collection<Long> ids) throws IOException {
    replace(index, "claim", ids, db::claims, ClaimText::id, IndexDocuments::claim);
  }

  static void sources(SearchIndex index, SearchSources db, Collection<Long> ids) throws IOException {
    replace(index, "source", ids, db::sources, SourceText::id, IndexDocuments::source);
  }

  /** Writes what the database still has of {@code ids}, and deletes the rest. */
  private static <T> void replace(SearchIndex index, String type, Collection<Long> ids, Function<List<Long>, List<T>> load,
      ToLongFunction<T> id, Function<T, Document> document) throws IOException {
    for (List<Long> batch : batches(ids)) {
      Set<Long> missing = new HashSet<>(batch);
      for (T found : load.apply(batch)) {
        missing.remove(id.applyAsLong(found));
        index.put(IndexDocuments.uid(type, id.applyAsLong(found)), document.apply(found));
      }
      for (long gone : missing) {
        index.delete(IndexDocuments.uid(type, gone));
      }
    }
  }

  private static void write(SearchIndex index, Term uid, Document doc, boolean replace)
      throws IOException {
    if (replace) {
      index.put(uid, doc);
    } else {
      index.add(doc);
    }
  }

  private static List<List<Long>> batches(Collection<Long> ids) {
    List<Long> all = new ArrayList<>(ids);
    List<List<Long>> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += BATCH) {
      out.add(all.subList(i, Math.min(all.size(), i + BATCH)));
    }
    return out;
  }
}
