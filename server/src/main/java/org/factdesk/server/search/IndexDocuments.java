package org.factdesk.server.search;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.factdesk.workflow.search.SearchTexts.ArticleText;
import org.factdesk.workflow.search.SearchTexts.ClaimText;
import org.factdesk.workflow.search.SearchTexts.SourceText;
import org.factdesk.workflow.search.SearchTexts.TranslatedText;

/** The index's fields, and how an article, a claim and a source become documents. */
final class IndexDocuments {
  static final String UID = "uid";
  static final String TYPE = "type";
  static final String ID = "id";
  static final String ARTICLE = "article";
  static final String LANG = "lang";
  static final String STATE = "state";
  static final String VERDICT = "verdict";
  static final String STATUS = "status";
  static final String RESOLVED_AT = "resolvedAt";
  static final String RATIONALE = "rationale";
  /** Searched text: titles, running text, a claim's quote, its reason and rationale, its translations. */
  static final String TITLE = "title";
  static final String BODY = "body";
  static final String QUOTE = "quote";
  static final String NOTE = "note";
  static final String CARRIED = "carried";
  static final String[] TEXT_FIELDS = {TITLE, QUOTE, BODY, NOTE, CARRIED};
  /** Facets, counted from doc values. */
  static final String[] FACETS = {TYPE, LANG, STATE, VERDICT};

  /** Analysed, stored, with offsets in the postings so highlighting needs no re-analysis. */
  private static final FieldType TEXT = new FieldType();

  static {
    TEXT.setTokenized(true);
    TEXT.setStored(true);
    TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT.freeze();
  }

  private IndexDocuments() {}

  static Term uid(String type, long id) {
    return new Term(UID, type + ":" + id);
  }

  static Document article(ArticleText a) {
    Document d = base("article", a.id(), a.id(), a.state());
    Set<String> languages = new LinkedHashSet<>();
    languages.add(a.language());
    text(d, TITLE, a.title());
    text(d, BODY, String.join("\n", a.blocks()));
    for (TranslatedText t : a.translations()) {
      languages.add(t.language());
      text(d, TITLE, t.title());
      text(d, BODY, String.join("\n", t.blocks()));
    }
    languages.forEach(l -> keyword(d, LANG, l));
    return d;
  }

  static Document claim(ClaimText c) {
    Document d = base("claim", c.id(), c.articleId(), c.articleState());
    keyword(d, LANG, c.language());
    text(d, QUOTE, c.quote());
    text(d, NOTE, c.reason());
    text(d, NOTE, c.rationale());
    for (TranslatedText t : c.carried()) {
      keyword(d, LANG, t.language());
      text(d, CARRIED, String.join("\n", t.blocks()));
    }
    keyword(d, VERDICT, c.verdict());
    d.add(new StoredField(STATUS, c.status()));
    if (c.rationale() != null) {
      d.add(new StoredField(RATIONALE, c.rationale()));
    }
    if (c.resolvedAt() != null) {
      d.add(new StoredField(RESOLVED_AT, c.resolvedAt().toString()));
    }
    return d;
  }

  static Document source(SourceText s) {
    Document d = base("source", s.id(), null, null);
    text(d, TITLE, s.title());
    text(d, BODY, s.publisher());
    text(d, BODY, s.url());
    text(d, BODY, s.description());
    return d;
  }

  private static Document base(String type, long id, Long article, String state) {
    Document d = new Document();
    d.add(new StringField(UID, type + ":" + id, Field.Store.NO));
    keyword(d, TYPE, type);
    d.add(new StoredField(ID, id));
    if (article != null) {
      d.add(new StringField(ARTICLE, article.toString(), Field.Store.YES));
    }
    keyword(d, STATE, state);
    return d;
  }

  /** Filterable, stored and counted as a facet. */
  private static void keyword(Document d, String field, String value) {
    if (value != null) {
      d.add(new StringField(field, value, Field.Store.YES));
      d.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }
  }

  private static void text(Document d, String field, String value) {
    if (value != null && !value.isBlank()) {
      d.add(new Field(field, value, TEXT));
    }
  }
}
