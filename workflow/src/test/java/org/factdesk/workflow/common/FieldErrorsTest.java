package org.factdesk.workflow.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.i18n.InvalidTextException;
import org.factdesk.workflow.common.ValidationException.FieldError;
import org.junit.jupiter.api.Test;

/** The one text validator: every problem at once, lengths in code points, NFC, no controls. */
class FieldErrorsTest {
  @Test
  void collectsEveryProblemBeforeRefusing() {
    FieldErrors errors = new FieldErrors();
    assertNull(errors.required("title", "  ", 10, "a title is required"));
    errors.required("reason", "x".repeat(11), 10);
    errors.line("headline", "two\nlines", 100, "needed");
    ValidationException e = assertThrows(ValidationException.class, errors::throwIfAny);
    assertEquals(List.of("title:required", "reason:tooLong", "headline:singleLine"),
        e.errors().stream().map(f -> f.field() + ":" + f.code()).toList());
    assertEquals("a title is required", e.errors().get(0).message());
  }

  @Test
  void countsCodePointsNotUtf16Units() {
    FieldErrors errors = new FieldErrors();
    assertEquals("😀😀😀", errors.required("x", "😀😀😀", 3));
    assertTrue(errors.isEmpty());
    errors.required("x", "😀😀😀😀", 3);
    assertEquals(List.of("tooLong"), codes(errors));
  }

  @Test
  void stripsAndNormalisesButKeepsVerbatimContext() {
    FieldErrors errors = new FieldErrors();
    assertEquals("Ələt", errors.required("place", "  Ələt ", 20));
    assertEquals("\u00e9t\u00e9", errors.optional("word", "e\u0301te\u0301", 3), "NFC, then counted");
    assertEquals(" the bridge ", errors.verbatim("prefix", " the bridge ", 40));
    assertNull(errors.optional("desk", "   ", 5));
    assertNull(errors.verbatim("suffix", "", 5));
    assertTrue(errors.isEmpty());
    errors.throwIfAny();
  }

  @Test
  void controlCharactersAreRefusedWithWhereTheyAre() {
    FieldErrors errors = new FieldErrors();
    InvalidTextException e = assertThrows(InvalidTextException.class, () -> errors.required("body", "ab\u0007c", 10));
    assertEquals(2, e.offset());
  }

  /** Issue 14, finding 6: the field and the code point position in the text as sent are named. */
  @Test
  void refusedCharactersNameTheFieldAndTheirPositionAsSent() {
    FieldErrors errors = new FieldErrors();
    InvalidTextException e = assertThrows(InvalidTextException.class,
        () -> errors.line("title", "  \uD83D\uDCF0 Invoice \u202Efdp.exe", 200, "needed"));
    assertEquals("title", e.field());
    assertEquals(12, e.position(), "counted in code points from the start of the text as sent");
    assertEquals("U+202E", e.character());
    for (String bad : List.of("a\u0085", "a\u009B", "a\u007F", "a\u202A", "a\u202D")) {
      assertEquals("body", assertThrows(InvalidTextException.class, () -> errors.optional("body", bad, 10)).field());
      assertEquals("prefix", assertThrows(InvalidTextException.class, () -> errors.verbatim("prefix", bad, 10)).field());
    }
    assertEquals("\u2067\u05E9\u2069 \u200F", errors.required("note", "\u2067\u05E9\u2069 \u200F", 10), "isolates and RLM stay");
  }

  private static List<String> codes(FieldErrors errors) {
    try {
      errors.throwIfAny();
      return List.of();
    } catch (ValidationException e) {
      return e.errors().stream().map(FieldError::code).toList();
    }
  }
}
