package org.factdesk.exports.pdf;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.factdesk.exports.model.ExportApproval;
import org.factdesk.exports.model.ExportBlock;
import org.factdesk.exports.model.ExportCitation;
import org.factdesk.exports.model.ExportClaim;
import org.factdesk.exports.model.ExportCorrection;
import org.factdesk.exports.model.ExportDocument;
import org.factdesk.exports.model.ExportLabels;
import org.factdesk.exports.pdf.TaggedParagraph.Marks;

/**
 * Turns an export into the paragraphs a reader meets, in order: title, standfirst, byline, the
 * body with a raised note marker after each checked claim, then the fact-check summary and notes
 * (when there are claims) and the colophon. Decides text, style, direction, language and structure
 * role; knows nothing of pages.
 *
 * <p>Article text is set at the article's direction; labels, verdicts and citations find their
 * own direction, since a citation in a Hebrew article may well be English.
 */
final class ReadingOrder {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final ExportDocument doc;
  private final ExportLabels labels;
  private final byte articleLevel;
  private final List<TaggedParagraph> paragraphs = new ArrayList<>();

  private ReadingOrder(ExportDocument doc) {
    this.doc = doc;
    this.labels = doc.labels();
    this.articleLevel = doc.rightToLeft() ? (byte) 1 : (byte) 0;
  }

  static List<TaggedParagraph> of(ExportDocument doc) {
    ReadingOrder order = new ReadingOrder(doc);
    order.article();
    return List.copyOf(order.paragraphs);
  }

  private void article() {
    articleText(Style.TITLE, "H1", doc.title(), null);
    if (present(doc.standfirst())) {
      articleText(Style.STANDFIRST, "P", doc.standfirst(), null);
    }
    if (present(doc.byline())) {
      articleText(Style.BYLINE, "P", doc.byline(), null);
    }
    List<ExportClaim> claims = numberedClaims(doc.claims());
    for (int b = 0; b < doc.blocks().size(); b++) {
      body(b, doc.blocks().get(b), claims);
    }
    if (!claims.isEmpty()) {
      summary(claims);
      notes(claims);
    }
    corrections();
    colophon();
  }

  /** Claims in reading order; a claim's note number is its index + 1. */
  private static List<ExportClaim> numberedClaims(List<ExportClaim> claims) {
    List<ExportClaim> sorted = new ArrayList<>(claims);
    sorted.sort(Comparator.comparingInt(ExportClaim::blockIndex)
        .thenComparingInt(ExportClaim::end)
        .thenComparingInt(ExportClaim::start)
        .thenComparing(ExportClaim::id));
    return sorted;
  }

  // --- article body ---------------------------------------------------------------------------

  private void body(int index, ExportBlock block, List<ExportClaim> claims) {
    String source = block.text();
    // Note markers go in after each claim's last character; claims ending together share a place.
    TreeMap<Integer, List<Integer>> markersAt = new TreeMap<>();
    for (int n = 0; n < claims.size(); n++) {
      ExportClaim c = claims.get(n);
      if (c.blockIndex() == index) {
        int at = source.offsetByCodePoints(0, c.end());
        markersAt.computeIfAbsent(at, k -> new ArrayList<>()).add(n);
      }
    }
    StringBuilder text = new StringBuilder();
    List<Integer> owners = new ArrayList<>();
    int pos = 0;
    for (Map.Entry<Integer, List<Integer>> e : markersAt.entrySet()) {
      append(text, owners, source.substring(pos, e.getKey()), -1);
      boolean first = true;
      for (int n : e.getValue()) {
        append(text, owners, (first ? "" : ",") + (n + 1), n);
        first = false;
      }
      pos = e.getKey();
    }
    append(text, owners, source.substring(pos), -1);

    Style style = switch (block.kind()) {
      case HEADING -> Style.SUBHEADING;
      case QUOTE -> Style.QUOTE;
      case PARAGRAPH -> Style.BODY;
    };
    String type = switch (block.kind()) {
      case HEADING -> "H2";
      case QUOTE -> "BlockQuote";
      case PARAGRAPH -> "P";
    };
    int[] ownerArray = owners.stream().mapToInt(Integer::intValue).toArray();
    add(style, type, null, Marks.NOTE_REFERENCES, new Paragraph(text.toString(), ownerArray, true,
        articleLevel, style.bold, style.size, doc.language()));
  }

  private static void append(StringBuilder text, List<Integer> owners, String s, int owner) {
    text.append(s);
    for (int i = 0; i < s.length(); i++) {
      owners.add(owner);
    }
  }

  // --- fact-check record ----------------------------------------------------------------------

  private void summary(List<ExportClaim> claims) {
    label(Style.RECORD_HEADING, "H2", labels.factCheckSummary(), null);
    label(Style.RECORD_LINE, "P", String.format(Locale.ROOT, labels.summaryTotal(), claims.size()),
        null);
    Map<String, Integer> counts = new TreeMap<>();
    for (ExportClaim c : claims) {
      counts.merge(c.verdict(), 1, Integer::sum);
    }
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      label(Style.VERDICT_COUNT, "P", labels.term("verdict", e.getKey()) + ": " + e.getValue(),
          null);
    }
  }

  private void notes(List<ExportClaim> claims) {
    label(Style.RECORD_HEADING, "H2", labels.factCheckNotes(), null);
    for (int n = 0; n < claims.size(); n++) {
      ExportClaim c = claims.get(n);
      String note = String.format(Locale.ROOT, "note-%04d", n + 1);
      // "n. “quote”": the number (with its full stop) is the note's label, the quote in the
      // article's language. The quote and its marks are isolated (FSI … PDI), so an English
      // quote in a Hebrew note keeps its own direction and its marks open and close it.
      String number = (n + 1) + ". ";
      String head = number + "\u2068\u201C" + (c.quote() == null ? "" : c.quote()) + "\u201D\u2069";
      int[] owners = new int[head.length()];
      Arrays.fill(owners, -1);
      Arrays.fill(owners, 0, number.length() - 1, 0);
      Style quote = Style.NOTE_QUOTE;
      add(quote, "P", note, Marks.NOTE_LABEL,
          new Paragraph(head, owners, false, articleLevel, quote.bold, quote.size, doc.language()));

      label(Style.NOTE_TEXT, "P", labels.verdict() + ": " + labels.term("verdict", c.verdict()),
          note);
      if (present(c.rationale())) {
        articleText(Style.NOTE_TEXT, "P", c.rationale(), note);
      }
      for (ExportCitation cite : c.citations()) {
        label(Style.CITATION, "P", citation(cite), note);
      }
    }
  }

  private String citation(ExportCitation c) {
    StringBuilder b = new StringBuilder();
    b.append(labels.source()).append(": ").append(c.sourceTitle());
    field(b, labels.publisher(), c.publisher());
    field(b, labels.publishedOn(), c.publishedOn());
    field(b, labels.locator(), c.locator());
    field(b, labels.stance(), labels.term("stance", c.stance()));
    field(b, labels.url(), c.url());
    field(b, labels.archiveSha256(), c.archiveSha256());
    return b.toString();
  }

  private static void field(StringBuilder b, String label, String value) {
    if (present(value)) {
      b.append(" \u2022 ").append(label).append(": ").append(value);
    }
  }

  /** The corrections published up to this version: when, and the public note in its own language. */
  private void corrections() {
    if (doc.corrections().isEmpty()) {
      return;
    }
    label(Style.RECORD_HEADING, "H2", labels.corrections(), null);
    for (ExportCorrection c : doc.corrections()) {
      label(Style.RECORD_LINE, "P", TIME.format(c.at()), null);
      add(Style.NOTE_TEXT, "P", null, Marks.NONE,
          Paragraph.plain(c.note(), Paragraph.AUTO, Style.NOTE_TEXT.bold, Style.NOTE_TEXT.size, c.language()));
    }
  }

  private void colophon() {
    label(Style.RECORD_HEADING, "H2", labels.colophon(), null);
    label(Style.RECORD_LINE, "P", labels.articleId() + ": " + doc.articleId(), null);
    label(Style.RECORD_LINE, "P", labels.revision() + ": " + doc.revisionNumber(), null);
    label(Style.RECORD_LINE, "P", labels.revisionSha256() + ": " + doc.revisionSha256(), null);
    for (ExportApproval a : doc.approvals()) {
      String role = a.role() == null ? "" : " (" + labels.term("role", a.role()) + ")";
      label(Style.RECORD_LINE, "P",
          labels.approvedBy() + ": " + a.user() + role + ", " + TIME.format(a.at()), null);
    }
    label(Style.RECORD_LINE, "P", labels.exportedAt() + ": " + TIME.format(doc.exportedAt()), null);
  }

  // --- paragraphs -----------------------------------------------------------------------------

  /** Text written for the article: its language, its direction. */
  private void articleText(Style style, String type, String text, String note) {
    add(style, type, note, Marks.NONE,
        Paragraph.plain(text, articleLevel, style.bold, style.size, doc.language()));
  }

  /** Text built from labels: the labels' language, direction found from the text itself. */
  private void label(Style style, String type, String text, String note) {
    add(style, type, note, Marks.NONE,
        Paragraph.plain(text, Paragraph.AUTO, style.bold, style.size, labels.language()));
  }

  private void add(Style style, String type, String note, Marks marks, Paragraph paragraph) {
    String lang = paragraph.lang().equals(doc.language()) ? null : paragraph.lang();
    paragraphs.add(new TaggedParagraph(style, type, lang, note, marks, paragraph));
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
