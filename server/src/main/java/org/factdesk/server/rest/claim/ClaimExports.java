package org.factdesk.server.rest.claim;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import java.util.List;
import org.factdesk.exports.model.ExportLabels;
import org.factdesk.server.rest.claim.ClaimAssembler.Loaded;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.article.Publication;
import org.factdesk.workflow.claim.Anchor;
import org.factdesk.workflow.claim.Claim;
import org.factdesk.workflow.claim.ClaimStatus;
import org.factdesk.workflow.claim.Verdict;
import org.factdesk.workflow.source.Citation;
import org.factdesk.workflow.source.Source;

/**
 * schema.org ClaimReview JSON-LD and CSV for an article's claims. The verdict → reviewRating
 * mapping is in docs/decisions/0004-claimreview-mapping.md; NOT_A_CLAIM is never published.
 */
final class ClaimExports {
  static final String LD_JSON = "application/ld+json";
  static final String CSV = "text/csv; charset=UTF-8";
  static final List<String> CSV_COLUMNS = List.of("claim_id", "revision", "status", "verdict", "anchor", "block",
      "start", "end", "quote", "reason", "rationale", "citation_id", "stance", "source_id", "source_title",
      "source_url", "locator");

  private ClaimExports() {}

  /** Whether a claim gets a ClaimReview: resolved, with a verdict that is a rating, and still in the text. */
  static boolean reviewable(Claim c) {
    return c.status() == ClaimStatus.RESOLVED && c.verdict() != null && c.verdict() != Verdict.NOT_A_CLAIM
        && c.anchor().position() != null;
  }

  /**
   * The claim's ClaimReview. {@code corrections}: the article's published corrections, oldest first;
   * with any, the review says when it was last modified and carries each correction's public note.
   */
  static JsonObject claimReview(Loaded l, Article article, String organisation, List<Publication> corrections) {
    Claim c = l.claim();
    JsonObjectBuilder rating = Json.createObjectBuilder().add("@type", "Rating");
    int value = ratingValue(c.verdict());
    if (value > 0) {
      rating.add("ratingValue", value).add("bestRating", 5).add("worstRating", 1);
    }
    // The rating's name in the review's language (inLanguage), as the PDF's fact-check notes print it.
    rating.add("alternateName", ExportLabels.forLanguage(article.language()).term("verdict", c.verdict().name()));
    JsonObject appearance = Json.createObjectBuilder()
        .add("@type", "CreativeWork")
        .add("identifier", "factdesk:article:" + article.id())
        .add("headline", article.title())
        .add("inLanguage", article.language())
        .build();
    JsonArrayBuilder citations = Json.createArrayBuilder();
    for (Citation x : l.citations()) {
      Source s = l.sources().get(x.sourceId());
      if (s == null) continue;
      JsonObjectBuilder cw = Json.createObjectBuilder().add("@type", "CreativeWork").add("name", s.title());
      if (s.canonicalUrl() != null) cw.add("url", s.canonicalUrl());
      if (s.publisher() != null) cw.add("publisher", Json.createObjectBuilder().add("@type", "Organization")
          .add("name", s.publisher()));
      citations.add(cw);
    }
    JsonObjectBuilder review = Json.createObjectBuilder()
        .add("@context", "https://schema.org")
        .add("@type", "ClaimReview")
        .add("identifier", "factdesk:claim:" + c.id())
        .add("claimReviewed", c.exact())
        .add("reviewBody", c.rationale() == null ? "" : c.rationale())
        .add("datePublished", c.resolvedAt().toLocalDate().toString())
        .add("inLanguage", article.language())
        .add("author", Json.createObjectBuilder().add("@type", "Organization").add("name", organisation))
        .add("reviewRating", rating)
        .add("itemReviewed", Json.createObjectBuilder().add("@type", "Claim").add("appearance", appearance)
            .add("firstAppearance", appearance))
        .add("citation", citations);
    if (!corrections.isEmpty()) {
      JsonArrayBuilder notes = Json.createArrayBuilder();
      for (Publication p : corrections) {
        notes.add(Json.createObjectBuilder().add("@type", "CorrectionComment").add("text", p.note())
            .add("datePublished", p.publishedAt().toLocalDate().toString()));
      }
      review.add("dateModified", corrections.get(corrections.size() - 1).publishedAt().toLocalDate().toString())
          .add("correction", notes);
    }
    return review.build();
  }

  /**
   * JSON text that can be embedded as is in an HTML {@code <script type="application/ld+json">}, as
   * publishers do with ClaimReview: every less-than, greater-than and ampersand (which JSON only has
   * inside strings) is written as a JSON escape (backslash, u003c, u003e, u0026), so no end tag or
   * comment opener in a claim, headline or source name can end the element; U+2028 and U+2029 likewise,
   * for script parsers older than ES2019. The JSON means exactly the same.
   */
  static String embeddable(JsonStructure json) {
    String text = json.toString();
    StringBuilder out = new StringBuilder(text.length() + 32);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** 5 (TRUE) down to 1 (FALSE); 0 for UNVERIFIABLE, which has a name but no place on the scale. */
  static int ratingValue(Verdict v) {
    return switch (v) {
      case TRUE -> 5;
      case MOSTLY_TRUE -> 4;
      case MIXED -> 3;
      case MISLEADING -> 2;
      case FALSE -> 1;
      case UNVERIFIABLE, NOT_A_CLAIM -> 0;
    };
  }

  /** One row per citation (a claim without citations gets one row with empty citation columns). */
  static String csv(List<Loaded> claims) {
    StringBuilder sb = new StringBuilder();
    row(sb, CSV_COLUMNS);
    for (Loaded l : claims) {
      Claim c = l.claim();
      Anchor a = c.anchor();
      List<String> base = List.of(String.valueOf(c.id()), String.valueOf(c.revision()), c.status().name(),
          c.verdict() == null ? "" : c.verdict().name(), c.anchorState().name(),
          a.position() == null ? "" : String.valueOf(a.position().block()),
          a.position() == null ? "" : String.valueOf(a.position().start()),
          a.position() == null ? "" : String.valueOf(a.position().end()),
          a.quote().exact(), nz(c.reason()), nz(c.rationale()));
      if (l.citations().isEmpty()) {
        row(sb, concat(base, List.of("", "", "", "", "", "")));
      }
      for (Citation x : l.citations()) {
        Source s = l.sources().get(x.sourceId());
        row(sb, concat(base, List.of(String.valueOf(x.id()), x.stance().name(), String.valueOf(x.sourceId()),
            s == null ? "" : s.title(), s == null || s.canonicalUrl() == null ? "" : s.canonicalUrl(), nz(x.locator()))));
      }
    }
    return sb.toString();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new java.util.ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static void row(StringBuilder sb, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) sb.append(',');
      sb.append(cell(cells.get(i)));
    }
    sb.append("\r\n");
  }

  /** What a spreadsheet may split a line into cells on: our comma, and the semicolon and tab of other locales. */
  private static final String SEPARATORS = ",;\t";

  /**
   * RFC 4180 quoting, plus formula-injection safety. A cell holding a separator (comma, semicolon,
   * tab), a quote or a line break is quoted, so it stays one cell. A formula is neutralised with an
   * apostrophe (shown, never evaluated) wherever a spreadsheet could start a cell: at the start of
   * the text and after any separator or line break, spaces skipped (some spreadsheets trim them), the
   * text that follows starting with = + - @ (or, at the very start, a tab or CR, which some skip). A
   * program that ignores the quotes and splits on ; still gets no formula.
   */
  static String cell(String value) {
    String v = value == null ? "" : value;
    StringBuilder out = new StringBuilder(v.length() + 4);
    boolean cellStart = true;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (cellStart && ("=+-@".indexOf(c) >= 0 || i == 0 && (c == '\t' || c == '\r'))) {
        out.append('\'');
      }
      out.append(c);
      if (SEPARATORS.indexOf(c) >= 0 || c == '\n' || c == '\r') {
        cellStart = true;
      } else if (c != ' ') {
        cellStart = false;
      }
    }
    String cell = out.toString();
    boolean quote = cell.chars().anyMatch(c -> SEPARATORS.indexOf(c) >= 0 || c == '"' || c == '\n' || c == '\r')
        || (!cell.isEmpty() && (Character.isWhitespace(cell.charAt(0)) || Character.isWhitespace(cell.charAt(cell.length() - 1))));
    return quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
