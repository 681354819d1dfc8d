package org.factdesk.workflow.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.workflow.common.UnprocessableException;
import org.junit.jupiter.api.Test;

class AnchoringTest {
  static final List<String> TEXT = List.of(
      "Unemployment fell to 4.1% in March, the lowest since 2008.",
      "The minister said 😀 the bridge cost 40 million manat, twice the estimate.",
      "Critics said the bridge cost 40 million manat too.");

  @Test
  void flagsAUniqueQuoteWithCodePointOffsetsAndContext() {
    Anchor a = Anchoring.flag(TEXT, "the bridge cost 40 million manat, twice", null, null);
    assertEquals(AnchorState.ANCHORED, a.state());
    assertEquals(1, a.position().block());
    // The emoji before the quote is one code point (two UTF-16 units).
    assertEquals(TEXT.get(1).indexOf("the bridge") - 1, a.position().start());
    assertEquals("The minister said 😀 ", a.quote().prefix());
    assertTrue(a.quote().suffix().startsWith(" the estimate"));
  }

  @Test
  void refusesAnAmbiguousQuoteListingEveryOccurrence() {
    UnprocessableException e = assertThrows(UnprocessableException.class,
        () -> Anchoring.flag(TEXT, "the bridge cost 40 million manat", null, null));
    assertEquals("quoteAmbiguous", e.code());
    assertEquals(2, e.args().get("count"));
    assertEquals("1:20-52, 2:13-45", e.args().get("occurrences"));
  }

  @Test
  void contextResolvesAnAmbiguousQuote() {
    Anchor a = Anchoring.flag(TEXT, "the bridge cost 40 million manat", "Critics said ", null);
    assertEquals(2, a.position().block());
    Anchor b = Anchoring.flag(TEXT, "the bridge cost 40 million manat", null, ", twice");
    assertEquals(1, b.position().block());
  }

  @Test
  void aQuoteThatIsNotThereIsUnprocessable() {
    assertEquals("quoteNotFound",
        assertThrows(UnprocessableException.class, () -> Anchoring.flag(TEXT, "no such words", "", "")).code());
  }

  @Test
  void unchangedTextKeepsTheAnchor() {
    Anchor a = Anchoring.flag(TEXT, "the lowest since 2008", null, null);
    Anchor b = Anchoring.reanchor(a, new ArrayList<>(TEXT));
    assertEquals(AnchorState.ANCHORED, b.state());
    assertEquals(a.position(), b.position());
  }

  @Test
  void movedTextIsFoundAgainByQuoteAndContext() {
    Anchor a = Anchoring.flag(TEXT, "the lowest since 2008", null, null);
    List<String> edited = List.of("A new opening paragraph.", "Indeed, unemployment fell to 4.1% in March, the lowest"
        + " since 2008.", TEXT.get(1), TEXT.get(2));
    Anchor b = Anchoring.reanchor(a, edited);
    assertEquals(AnchorState.MOVED, b.state());
    assertEquals(1, b.position().block());
    assertEquals("the lowest since 2008", Anchoring.cpSubstring(edited.get(1), b.position().start(), b.position().end()));
  }

  @Test
  void editedTextIsTheBestFuzzyMatchAndNeedsReview() {
    Anchor a = Anchoring.flag(TEXT, "Unemployment fell to 4.1% in March, the lowest since 2008", null, null);
    List<String> edited = List.of("Unemployment fell to 4.3% in April, the lowest since 2008.", TEXT.get(1));
    Anchor b = Anchoring.reanchor(a, edited);
    assertEquals(AnchorState.NEEDS_REVIEW, b.state());
    assertTrue(b.similarity() >= Anchoring.FUZZY_THRESHOLD * 1000, () -> "similarity " + b.similarity());
    assertTrue(b.quote().exact().startsWith("Unemployment fell to 4.3"), b.quote().exact());
  }

  @Test
  void deletedTextOrphansTheClaimKeepingItsQuote() {
    Anchor a = Anchoring.flag(TEXT, "twice the estimate", null, null);
    Anchor b = Anchoring.reanchor(a, List.of(TEXT.get(0), TEXT.get(2)));
    assertEquals(AnchorState.ORPHANED, b.state());
    assertNull(b.position());
    assertEquals("twice the estimate", b.quote().exact());
    // An orphan that comes back in a later revision is found again, for a person to confirm.
    Anchor c = Anchoring.reanchor(b, TEXT);
    assertNotNull(c.position());
  }

  @Test
  void aConfirmedRemovalStaysRemovedUntilTheTextComesBack() {
    Anchor a = Anchoring.flag(TEXT, "twice the estimate", null, null);
    Anchor removed = new Anchor(AnchorState.REMOVED, a.quote(), null, 0);
    assertEquals(AnchorState.REMOVED, Anchoring.reanchor(removed, List.of(TEXT.get(0))).state());
    assertNotNull(Anchoring.reanchor(removed, TEXT).position());
  }

  @Test
  void levenshteinCountsWordEdits() {
    assertEquals(0, Anchoring.levenshtein(List.of("a", "b"), List.of("a", "b")));
    assertEquals(1, Anchoring.levenshtein(List.of("a", "b", "c"), List.of("a", "x", "c")));
    assertEquals(3, Anchoring.levenshtein(List.of(), List.of("a", "b", "c")));
  }

  @Test
  void anEditedFigureAtTheStartOfAQuoteStaysInsideTheHighlight() {
    List<String> before = List.of("The budget is 4.2 billion manat for 2026, the minister said.");
    Anchor a = Anchoring.flag(before, "4.2 billion manat for 2026", null, null);
    Anchor b = Anchoring.reanchor(a, List.of("The budget is 4.3 billion manat for 2026, the minister said."));
    assertEquals(AnchorState.NEEDS_REVIEW, b.state());
    assertEquals("4.3 billion manat for 2026", b.quote().exact(), "the quote is never shrunk to what still matches");
  }
}
