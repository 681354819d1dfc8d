package org.factdesk.workflow.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdesk.i18n.InvalidTextException;
import org.factdesk.i18n.TextInput;
import org.factdesk.workflow.common.ValidationException.FieldError;

/**
 * The one text validator: collects every problem with a request's text fields, so the caller hears
 * of all of them at once. Accepted text is NFC with none of the characters {@link TextInput#clean}
 * refuses (controls, bidi overrides, broken surrogates: a 400 naming the field and the code point
 * position in the text as sent) and at most {@code max} code points; blank optional text is null.
 */
public final class FieldErrors {
  private final List<FieldError> errors = new ArrayList<>();

  /** Text that must be given, without surrounding spaces. */
  public String required(String field, String raw, int max) {
    if (raw == null || raw.isBlank()) {
      add(field, "required", Map.of(), "is required");
      return null;
    }
    return bounded(field, clean(field, raw).strip(), max);
  }

  /** Like {@link #required}, with the message a person reads when it is missing. */
  public String required(String field, String raw, int max, String whenMissing) {
    if (raw == null || raw.isBlank()) {
      add(field, "required", Map.of(), whenMissing);
      return null;
    }
    return bounded(field, clean(field, raw).strip(), max);
  }

  /** Text that may be left out (null when blank). */
  public String optional(String field, String raw, int max) {
    return raw == null || raw.isBlank() ? null : bounded(field, clean(field, raw).strip(), max);
  }

  /** A required single line, such as a title. */
  public String line(String field, String raw, int max, String whenMissing) {
    String line = required(field, raw, max, whenMissing);
    if (line != null && line.contains("\n")) {
      add(field, "singleLine", Map.of(), "a " + field + " is a single line");
    }
    return line;
  }

  /** Text whose surrounding spaces mean something (the context around a quote): kept as given. */
  public String verbatim(String field, String raw, int max) {
    return raw == null || raw.isEmpty() ? null : bounded(field, clean(field, raw), max);
  }

  public void add(String field, String code, Map<String, Object> args, String message) {
    errors.add(new FieldError(field, code, args, message));
  }

  public void addAll(List<FieldError> more) {
    errors.addAll(more);
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /** Refuses the request (400) when anything was wrong. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  /**
   * {@link TextInput#clean} for one field: a refused character is reported with the field's name and
   * its position in the text as it was sent (before stripping).
   *
   * @throws InvalidTextException naming the field
   */
  public static String clean(String field, String raw) {
    try {
      return TextInput.clean(raw);
    } catch (InvalidTextException e) {
      throw e.inField(field);
    }
  }

  private String bounded(String field, String text, int max) {
    if (text.codePointCount(0, text.length()) > max) {
      add(field, "tooLong", Map.of("max", max), "at most " + max + " characters");
    }
    return text;
  }
}
