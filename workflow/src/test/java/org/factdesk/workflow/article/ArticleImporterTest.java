package org.factdesk.workflow.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.factdesk.workflow.article.ArticleImporter.Imported;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleImporterTest {

  private static final String NBSP = "\u00A0";

  private static Block p(String text) {
    return Block.paragraph(text);
  }

  private static Block h(String text) {
    return Block.heading(text);
  }

  private static Block q(String text) {
    return Block.quote(text);
  }

  /** Lines joined with "\n", so each test reads like the pasted text it stands for. */
  private static String lines(String... lines) {
    return String.join("\n", lines);
  }

  @Nested
  class PlainText {

    private Imported imported(String text) {
      return ArticleImporter.plainText(text, null);
    }

    @Test
    void takesTheFirstParagraphAsTitleAndSplitsTheRestOnBlankLines() {
      Imported result =
          imported(lines("Harbour ferry returns", "", "The ferry sailed at dawn.", "", "Passengers cheered."));
      assertEquals("Harbour ferry returns", result.title());
      assertEquals(List.of(p("The ferry sailed at dawn."), p("Passengers cheered.")), result.blocks());
    }

    @Test
    void treatsLinesOfSpacesTabsAndNoBreakSpacesAsBlank() {
      Imported result =
          imported(lines("Harbour ferry returns", "   ", "One.", "\t ", "Two.", NBSP + " " + NBSP, "Three."));
      assertEquals(List.of(p("One."), p("Two."), p("Three.")), result.blocks());
    }

    @Test
    void treatsSeveralBlankLinesAsOneBreak() {
      Imported result = imported(lines("Title", "", "", "  ", "", "One.", "", "", "Two."));
      assertEquals(List.of(p("One."), p("Two.")), result.blocks());
    }

    @Test
    void acceptsWindowsAndOldMacLineEnds() {
      Imported crlf = imported("Title\r\n\r\nThe council met\r\non Tuesday.\r\n\r\nTwo.\r\n");
      Imported cr = imported("Title\r\rThe council met\ron Tuesday.\r\rTwo.");
      List<Block> expected = List.of(p("The council met on Tuesday."), p("Two."));
      assertEquals("Title", crlf.title());
      assertEquals(expected, crlf.blocks());
      assertEquals("Title", cr.title());
      assertEquals(expected, cr.blocks());
    }

    @Test
    void joinsTheLinesOfAParagraphWithOneSpace() {
      Imported result = imported(lines("Title", "", "The council met   ", "   on Tuesday", "\tat noon."));
      assertEquals(List.of(p("The council met on Tuesday at noon.")), result.blocks());
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "www.news.az", "kanal.example.ge", "  www.example.org  "})
    void dropsALeadingBareSiteName(String site) {
      Imported result = imported(lines(site, "", "Harbour ferry returns", "", "The ferry sailed at dawn."));
      assertEquals("Harbour ferry returns", result.title());
      assertEquals(List.of(p("The ferry sailed at dawn.")), result.blocks());
    }

    @Test
    void keepsAFirstLineThatMentionsASiteInASentence() {
      Imported result = imported(lines("Readers of example.com vote", "", "Body."));
      assertEquals("Readers of example.com vote", result.title());
    }

    @Test
    void keepsASiteNameThatIsNotTheFirstParagraph() {
      Imported result = imported(lines("Title", "", "Body.", "", "example.com"));
      assertEquals(List.of(p("Body."), p("example.com")), result.blocks());
    }

    @Test
    void dropsATitleRepeatedRightAfterIt() {
      Imported result = imported(lines("Harbour ferry returns", "", "Harbour ferry returns", "", "Body."));
      assertEquals("Harbour ferry returns", result.title());
      assertEquals(List.of(p("Body.")), result.blocks());
    }

    @Test
    void keepsATitleRepeatedLaterInTheText() {
      Imported result = imported(lines("Ferry", "", "Body.", "", "Ferry", "", "More."));
      assertEquals(List.of(p("Body."), h("Ferry"), p("More.")), result.blocks());
    }

    @Test
    void usesAGivenTitleAndKeepsTheFirstParagraphInTheBody() {
      Imported result = ArticleImporter.plainText(lines("The ferry sailed at dawn.", "", "Body."), "  Ferry back  ");
      assertEquals("Ferry back", result.title());
      assertEquals(List.of(p("The ferry sailed at dawn."), p("Body.")), result.blocks());
    }

    @Test
    void dropsAFirstParagraphThatRepeatsTheGivenTitle() {
      Imported result = ArticleImporter.plainText(lines("Ferry back", "", "Body."), "Ferry back");
      assertEquals(List.of(p("Body.")), result.blocks());
    }

    @Test
    void treatsABlankGivenTitleAsNone() {
      assertEquals("Ferry back", ArticleImporter.plainText(lines("Ferry back", "", "Body."), "  ").title());
    }

    @Test
    void importsEmptyTextAsNothing() {
      Imported result = imported(" \n\n ");
      assertNull(result.title());
      assertEquals(List.of(), result.blocks());
    }

    @Test
    void makesAShortUnpunctuatedLineFollowedByTextAHeading() {
      Imported result = imported(lines("Title", "", "Intro.", "", "What happened next", "", "Body."));
      assertEquals(List.of(p("Intro."), h("What happened next"), p("Body.")), result.blocks());
    }

    @Test
    void neverMakesTheLastParagraphAHeading() {
      Imported result = imported(lines("Title", "", "Intro.", "", "Reporting by the desk"));
      assertEquals(List.of(p("Intro."), p("Reporting by the desk")), result.blocks());
    }

    @ParameterizedTest
    @ValueSource(strings = {"It opened.", "It opened!", "Did it open?", "It opened:", "هل افتتح الجسر؟"})
    void neverMakesALineWithClosingPunctuationAHeading(String line) {
      Imported result = imported(lines("Title", "", line, "", "Body."));
      assertEquals(List.of(p(line), p("Body.")), result.blocks());
    }

    @Test
    void neverMakesAParagraphOfSeveralLinesAHeading() {
      Imported result = imported(lines("Title", "", "Short line", "another short line", "", "Body."));
      assertEquals(List.of(p("Short line another short line"), p("Body.")), result.blocks());
    }

    @Test
    void neverMakesALongLineAHeading() {
      String longLine = "word ".repeat(30).strip();
      Imported result = imported(lines("Title", "", longLine, "", "Body."));
      assertEquals(List.of(p(longLine), p("Body.")), result.blocks());
    }

    @Test
    void makesLinesStartingWithAnAngleBracketAQuote() {
      Imported result =
          imported(lines("Title", "", "> The bridge will", ">    open in May.", "", ">Short", "", "Body."));
      assertEquals(List.of(q("The bridge will open in May."), q("Short"), p("Body.")), result.blocks());
    }

    @Test
    void keepsAParagraphWithOnlySomeQuotedLinesAsAParagraph() {
      Imported result = imported(lines("Title", "", "He wrote:", "> soon", "", "Body."));
      assertEquals(List.of(p("He wrote: > soon"), p("Body.")), result.blocks());
    }

    @Test
    void keepsHebrewTextIntact() {
      Imported result =
          imported(lines("המעבורת חוזרת לנמל", "", "המעבורת הפליגה עם שחר.", "", "מה קרה אחר כך", "", "הנוסעים מחאו כפיים."));
      assertEquals("המעבורת חוזרת לנמל", result.title());
      assertEquals(
          List.of(p("המעבורת הפליגה עם שחר."), h("מה קרה אחר כך"), p("הנוסעים מחאו כפיים.")), result.blocks());
    }

    @Test
    void keepsArabicTextIntact() {
      Imported result =
          imported(lines("عودة العبّارة إلى الميناء", "", "أبحرت العبّارة عند الفجر،", "وصفّق الركاب.", "", "لماذا تأخرت؟", "", "النهاية."));
      assertEquals("عودة العبّارة إلى الميناء", result.title());
      assertEquals(
          List.of(p("أبحرت العبّارة عند الفجر، وصفّق الركاب."), p("لماذا تأخرت؟"), p("النهاية.")), result.blocks());
    }

    @Test
    void ignoresNoBreakSpaceLinesAfterABlankLine() {
      assertEquals(List.of(p("One."), p("Two.")), imported(lines("Title", "", "One.", "", NBSP, "Two.")).blocks());
      assertEquals(List.of(p("One."), p("Two.")), imported(lines("Title", "", "One.", "", NBSP, "", "Two.")).blocks());
      assertEquals(List.of(p("One."), p("Two.")), ArticleImporter.paragraphs(lines("One.", "", NBSP, "", "Two.")));
    }
  }

  @Nested
  class Paragraphs {

    @Test
    void splitsWithoutTakingATitleOrHeadings() {
      assertEquals(
          List.of(p("Harbour ferry returns"), p("Short line"), p("> kept as text")),
          ArticleImporter.paragraphs(lines("Harbour ferry returns", "", "Short line", " ", "> kept as text")));
    }
  }

  @Nested
  class Markdown {

    private Imported imported(String markdown) {
      return ArticleImporter.markdown(markdown, null);
    }

    @Test
    void takesTheLevelOneHeadingAsTitleAndKeepsLevelTwoHeadings() {
      Imported result =
          imported(lines("# Harbour ferry returns", "", "The ferry sailed.", "", "## At the quay", "", "Crowds waited."));
      assertEquals("Harbour ferry returns", result.title());
      assertEquals(List.of(p("The ferry sailed."), h("At the quay"), p("Crowds waited.")), result.blocks());
    }

    @Test
    void reducesInlineMarkupToItsText() {
      Imported result =
          imported(
              lines(
                  "# Title",
                  "",
                  "The *ferry* sailed **at dawn**, said [the harbour office](https://example.org/ferry)",
                  "in a `statement` on <https://example.org>."));
      assertEquals(
          List.of(p("The ferry sailed at dawn, said the harbour office in a statement on https://example.org.")),
          result.blocks());
    }

    @Test
    void makesBlockQuotesQuotes() {
      Imported result = imported(lines("# Title", "", "> The bridge will", "> open in *May*.", "", "After."));
      assertEquals(List.of(q("The bridge will open in May."), p("After.")), result.blocks());
    }

    @Test
    void makesEachListItemAParagraph() {
      Imported result = imported(lines("# Title", "", "- First point", "- Second *point*", "", "1. Third", "2. Fourth"));
      assertEquals(List.of(p("First point"), p("Second point"), p("Third"), p("Fourth")), result.blocks());
    }

    @Test
    void dropsThematicBreaks() {
      Imported result = imported(lines("# Title", "", "One.", "", "***", "", "Two.", "", "- - -", "", "Three."));
      assertEquals(List.of(p("One."), p("Two."), p("Three.")), result.blocks());
    }

    @Test
    void keepsTheLevelOneHeadingInTheBodyWhenATitleIsGiven() {
      Imported result = ArticleImporter.markdown(lines("# Harbour ferry returns", "", "Body."), "Ferry back");
      assertEquals("Ferry back", result.title());
      assertEquals(List.of(h("Harbour ferry returns"), p("Body.")), result.blocks());
    }

    @Test
    void takesTheFirstParagraphAsTitleWithoutALevelOneHeading() {
      Imported result = imported(lines("Harbour *ferry* returns", "", "Body."));
      assertEquals("Harbour ferry returns", result.title());
      assertEquals(List.of(p("Body.")), result.blocks());
    }

    @Test
    void neverTakesAQuoteAsTitle() {
      Imported result = imported(lines("> Quoted first", "", "Body."));
      assertNull(result.title());
      assertEquals(List.of(q("Quoted first"), p("Body.")), result.blocks());
    }

    @Test
    void keepsHebrewMarkdownIntact() {
      Imported result = imported(lines("# המעבורת חוזרת", "", "המעבורת **הפליגה** עם שחר."));
      assertEquals("המעבורת חוזרת", result.title());
      assertEquals(List.of(p("המעבורת הפליגה עם שחר.")), result.blocks());
    }

    @Test
    void separatesTheParagraphsInsideAQuoteOrListItem() {
      assertEquals(List.of(q("First. Second.")), imported(lines("# T", "", "> First.", ">", "> Second.")).blocks());
      assertEquals(List.of(p("One two")), imported(lines("# T", "", "- One", "", "  two")).blocks());
      assertEquals(List.of(p("One nested")), imported(lines("# T", "", "- One", "  - nested")).blocks());
    }

    @Test
    void keepsTheTextOfCodeBlocks() {
      Imported result = imported(lines("# T", "", "Before.", "", "    Indented paragraph.", "", "```", "fenced", "```"));
      assertEquals(List.of(p("Before."), p("Indented paragraph."), p("fenced")), result.blocks());
    }
  }
}
