package org.factdesk.exports.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
import org.junit.jupiter.api.Test;

/** The paragraphs of an export, decided without PDFBox: order, styles, structure, markers. */
class ReadingOrderTest {

  private static ExportDocument article(String lang, String dir, List<ExportBlock> blocks,
      List<ExportClaim> claims, List<ExportApproval> approvals, ExportLabels labels) {
    return new ExportDocument("art-1", 3, Samples.SHA, "Title", null, null, lang, dir,
        Samples.APPROVED, blocks, claims, approvals, Samples.EXPORTED, labels);
  }

  private static ExportClaim claim(String id, int block, int start, int end, String verdict) {
    return new ExportClaim(id, block, start, end, "quote " + id, verdict, null, List.of());
  }

  /** "type style note" per paragraph, to compare a whole export at a glance. */
  private static List<String> outline(List<TaggedParagraph> paragraphs) {
    return paragraphs.stream()
        .map(p -> p.type() + " " + p.style() + (p.note() == null ? "" : " " + p.note()))
        .toList();
  }

  private static List<String> texts(List<TaggedParagraph> paragraphs) {
    return paragraphs.stream().map(p -> p.paragraph().text()).toList();
  }

  /** Owned units of a paragraph's text, joined per owner: {0="1", 1=",2"}. */
  private static Map<Integer, String> owned(TaggedParagraph p) {
    Map<Integer, String> owned = new TreeMap<>();
    int[] owners = p.paragraph().owners();
    for (int i = 0; i < owners.length; i++) {
      if (owners[i] >= 0) {
        owned.merge(owners[i], String.valueOf(p.paragraph().text().charAt(i)), String::concat);
      }
    }
    return owned;
  }

  @Test
  void articleComesFirstThenSummaryNotesAndColophon() {
    List<TaggedParagraph> paragraphs = ReadingOrder.of(Samples.withFactCheck(Samples.script("en")));
    assertEquals(List.of(
        "H1 TITLE", "P STANDFIRST", "P BYLINE",
        "P BODY", "H2 SUBHEADING", "BlockQuote QUOTE",
        "H2 RECORD_HEADING", "P RECORD_LINE", "P VERDICT_COUNT", "P VERDICT_COUNT",
        "H2 RECORD_HEADING",
        "P NOTE_QUOTE note-0001", "P NOTE_TEXT note-0001", "P NOTE_TEXT note-0001",
        "P CITATION note-0001",
        "P NOTE_QUOTE note-0002", "P NOTE_TEXT note-0002", "P NOTE_TEXT note-0002",
        "P CITATION note-0002",
        "H2 RECORD_HEADING", "P RECORD_LINE", "P RECORD_LINE", "P RECORD_LINE", "P RECORD_LINE",
        "P RECORD_LINE", "P RECORD_LINE"), outline(paragraphs));
    List<String> texts = texts(paragraphs);
    assertEquals("Council approves the bridge budget", texts.get(0));
    assertEquals("Newsroom desk", texts.get(2));
    assertEquals(List.of("Fact-check summary", "Claims checked: 2", "Misleading: 1", "True: 1",
        "Fact-check notes"), texts.subList(6, 11));
    assertEquals("Verdict: True", texts.get(12));
    assertEquals("Colophon", texts.get(19));
  }

  @Test
  void eachBlockKindHasItsStyleAndStructureType() {
    List<TaggedParagraph> paragraphs = ReadingOrder.of(article("en", "ltr",
        List.of(ExportBlock.paragraph("Body."), ExportBlock.heading("Crosshead"),
            ExportBlock.quote("Quoted.")), List.of(), List.of(), null));
    assertEquals(List.of("H1 TITLE", "P BODY", "H2 SUBHEADING", "BlockQuote QUOTE"),
        outline(paragraphs).subList(0, 4));
    for (TaggedParagraph p : paragraphs) {
      assertEquals(p.style().size, p.paragraph().size(), p.style().name());
      assertEquals(p.style().bold, p.paragraph().bold(), p.style().name());
    }
    assertTrue(paragraphs.get(2).paragraph().bold(), "headings are bold");
    assertFalse(paragraphs.get(1).paragraph().bold());
  }

  @Test
  void noteMarkersAreNumberedInReadingOrderAfterEachClaim() {
    // Given out of order: numbers follow block, then where each claim ends.
    List<ExportClaim> claims = List.of(
        claim("late", 1, 0, 5, "TRUE"),
        claim("second", 0, 6, 10, "FALSE"),
        claim("first", 0, 0, 5, "TRUE"));
    List<TaggedParagraph> paragraphs = ReadingOrder.of(article("en", "ltr",
        List.of(ExportBlock.paragraph("Alpha beta gamma"), ExportBlock.paragraph("Delta epsilon")),
        claims, List.of(), null));
    TaggedParagraph first = paragraphs.get(1);
    assertEquals("Alpha1 beta2 gamma", first.paragraph().text());
    assertEquals(Map.of(0, "1", 1, "2"), owned(first));
    assertEquals(Marks.NOTE_REFERENCES, first.marks());
    assertTrue(first.paragraph().marker(5), "markers are raised");
    assertFalse(first.paragraph().marker(4));
    TaggedParagraph second = paragraphs.get(2);
    assertEquals("Delta3 epsilon", second.paragraph().text());
    assertEquals(Map.of(2, "3"), owned(second));
    assertEquals("1. \u2068\u201Cquote first\u201D\u2069", texts(paragraphs).get(8));
    assertEquals("3. \u2068\u201Cquote late\u201D\u2069", texts(paragraphs).get(12));
  }

  @Test
  void claimsEndingTogetherShareOnePlace() {
    List<TaggedParagraph> paragraphs = ReadingOrder.of(article("en", "ltr",
        List.of(ExportBlock.paragraph("Alpha beta.")),
        List.of(claim("b", 0, 6, 10, "TRUE"), claim("a", 0, 0, 10, "TRUE")), List.of(), null));
    TaggedParagraph body = paragraphs.get(1);
    assertEquals("Alpha beta1,2.", body.paragraph().text());
    assertEquals(Map.of(0, "1", 1, ",2"), owned(body));
  }

  @Test
  void claimOffsetsCountCodePoints() {
    // "a𝐀b" is three code points and four UTF-16 units: the marker goes after the b.
    List<TaggedParagraph> paragraphs = ReadingOrder.of(article("en", "ltr",
        List.of(ExportBlock.paragraph("a\uD835\uDC00b c")), List.of(claim("c", 0, 0, 3, "TRUE")),
        List.of(), null));
    assertEquals("a\uD835\uDC00b1 c", paragraphs.get(1).paragraph().text());
  }

  @Test
  void noteOpensWithItsNumberAsLabelAndTheQuoteInTheArticlesDirection() {
    List<TaggedParagraph> paragraphs = ReadingOrder.of(Samples.withFactCheck(Samples.script("he")));
    TaggedParagraph opening = paragraphs.stream()
        .filter(p -> p.style() == Style.NOTE_QUOTE && "note-0002".equals(p.note()))
        .findFirst().orElseThrow();
    assertEquals(Marks.NOTE_LABEL, opening.marks());
    assertTrue(opening.paragraph().text().startsWith("2. \u2068\u201C"));
    assertEquals(Map.of(0, "2."), owned(opening), "the number and its full stop are the Lbl");
    assertFalse(opening.paragraph().raisedOwners());
    assertEquals(1, opening.paragraph().paraLevel());
    assertEquals("he", opening.paragraph().lang());
  }

  @Test
  void articleTextTakesTheArticlesDirectionAndLabelsFindTheirOwn() {
    for (String lang : List.of("he", "ar", "en")) {
      byte level = Samples.script(lang).dir().equals("rtl") ? (byte) 1 : (byte) 0;
      String verdict = ExportLabels.forLanguage(lang).verdict();
      for (TaggedParagraph p : ReadingOrder.of(Samples.withFactCheck(Samples.script(lang)))) {
        boolean articleText = switch (p.style()) {
          case TITLE, STANDFIRST, BYLINE, BODY, SUBHEADING, QUOTE, NOTE_QUOTE -> true;
          case NOTE_TEXT -> !p.paragraph().text().startsWith(verdict); // rationale, not verdict
          default -> false;
        };
        assertEquals(articleText ? level : Paragraph.AUTO, p.paragraph().paraLevel(),
            lang + ": " + p.paragraph().text());
        assertEquals(lang, p.paragraph().lang(), "labels in the article's language");
        assertNull(p.lang(), "no /Lang where the document's applies");
      }
    }
  }

  @Test
  void englishLabelsInAHebrewArticleCarryTheirOwnLanguage() {
    List<TaggedParagraph> paragraphs =
        ReadingOrder.of(Samples.withFactCheck(Samples.script("he"), ExportLabels.english()));
    for (TaggedParagraph p : paragraphs) {
      boolean label = p.paragraph().paraLevel() == Paragraph.AUTO;
      assertEquals(label ? "en" : "he", p.paragraph().lang(), p.paragraph().text());
      assertEquals(label ? "en" : null, p.lang(), p.paragraph().text());
    }
    assertTrue(texts(paragraphs).contains("Verdict: Misleading"));
  }

  @Test
  void withoutClaimsThereIsNoSummaryAndNoNotesButStillAColophon() {
    List<TaggedParagraph> paragraphs = ReadingOrder.of(Samples.plain(Samples.script("en")));
    assertEquals(List.of("H1 TITLE", "P BODY", "P BODY", "H2 RECORD_HEADING", "P RECORD_LINE",
        "P RECORD_LINE", "P RECORD_LINE", "P RECORD_LINE"), outline(paragraphs));
    assertEquals("Colophon", paragraphs.get(3).paragraph().text());
    for (TaggedParagraph p : paragraphs) {
      assertEquals(Map.of(), owned(p), "no note markers");
      assertNull(p.note());
    }
  }

  @Test
  void colophonNamesRevisionEachApprovalAndExportTime() {
    List<ExportApproval> approvals = List.of(
        new ExportApproval("editor.one", "editor", Samples.APPROVED.minusHours(1)),
        new ExportApproval("chief.two", null, Samples.APPROVED));
    List<TaggedParagraph> paragraphs = ReadingOrder.of(article("en", "ltr",
        List.of(ExportBlock.paragraph("Body.")), List.of(), approvals, null));
    assertEquals(List.of("Colophon", "Article: art-1", "Revision: 3",
        "Revision SHA-256: " + Samples.SHA,
        "Approved by: editor.one (editor), 2026-11-20T13:30:00+02:00",
        "Approved by: chief.two, 2026-11-20T14:30:00+02:00",
        "Exported: 2026-11-21T09:00:00Z"), texts(paragraphs).subList(2, 9));
  }

  @Test
  void blankStandfirstBylineAndRationaleAreLeftOutAndCitationsListOnlyWhatTheyHave() {
    ExportClaim claim = new ExportClaim("c", 0, 0, 4, null, "UNVERIFIABLE", " ",
        List.of(new ExportCitation("Only a title", null, null, null, null, null, null)));
    ExportDocument doc = new ExportDocument("art-1", 3, Samples.SHA, "Title", " ", "", "en", "ltr",
        Samples.APPROVED, List.of(ExportBlock.paragraph("Body text.")), List.of(claim), List.of(),
        Samples.EXPORTED);
    List<TaggedParagraph> paragraphs = ReadingOrder.of(doc);
    assertEquals(List.of("Title", "Body1 text.", "Fact-check summary", "Claims checked: 1",
        "Unverifiable: 1", "Fact-check notes", "1. \u2068\u201C\u201D\u2069", "Verdict: Unverifiable",
        "Source: Only a title", "Colophon"), texts(paragraphs).subList(0, 10));
  }

  @Test
  void labelUnitsAreOwnedOnlyWhereTheyMeanSomething() {
    for (TaggedParagraph p : ReadingOrder.of(Samples.withFactCheck(Samples.script("ar")))) {
      if (p.marks() == Marks.NONE) {
        int[] none = new int[p.paragraph().text().length()];
        java.util.Arrays.fill(none, -1);
        assertArrayEquals(none, p.paragraph().owners(), p.paragraph().text());
      }
    }
  }

  @Test
  void correctionsComeBeforeTheColophonWithTheirNotesInTheirOwnLanguage() {
    ExportDocument plain = article("he", "rtl", List.of(ExportBlock.paragraph("טקסט")), List.of(), List.of(),
        ExportLabels.forLanguage("he"));
    ExportDocument corrected = plain.withCorrections(List.of(
        new ExportCorrection(Samples.APPROVED, "The budget figure was 4.2, not 4.3 billion.", "en")));
    List<TaggedParagraph> without = ReadingOrder.of(plain);
    List<TaggedParagraph> with = ReadingOrder.of(corrected);
    assertEquals(without.size() + 3, with.size());
    int heading = texts(with).indexOf("תיקונים");
    assertTrue(heading > 0, texts(with).toString());
    assertEquals(Style.RECORD_HEADING, with.get(heading).style());
    TaggedParagraph note = with.get(heading + 2);
    assertEquals("The budget figure was 4.2, not 4.3 billion.", note.paragraph().text());
    assertEquals("en", note.lang(), "a note in another language than the document says so");
    assertEquals(ExportLabels.forLanguage("he").colophon(), with.get(heading + 3).paragraph().text());
  }
}
