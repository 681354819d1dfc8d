package org.factdesk.server.rest.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.common.ValidationException;

/** Parses request values into domain values, with a field-named 400 for anything unusable. */
public final class Params {
  private Params() {}

  public static <E extends Enum<E>> E enumValue(String field, String raw, Class<E> type) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String allowed = Arrays.toString(type.getEnumConstants());
      throw new ValidationException(field, "oneOf", Map.of("allowed", allowed),
          "\"" + raw + "\" is not one of " + allowed);
    }
  }

  public static <E extends Enum<E>> E requiredEnum(String field, String raw, Class<E> type) {
    E value = enumValue(field, raw, type);
    if (value == null) {
      throw new ValidationException(field, "required", Map.of(), "is required");
    }
    return value;
  }

  /** An ISO date-time with offset, or a plain date (meaning the end of that day, UTC). */
  public static OffsetDateTime dateTime(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String s = raw.strip();
    try {
      return OffsetDateTime.parse(s);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(s).atTime(23, 59, 59).atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        throw new ValidationException(field, "dateTime", Map.of(),
            "\"" + raw + "\" is not an ISO 8601 date-time with offset (2026-12-01T18:00:00Z) or a date (2026-12-01)");
      }
    }
  }

  public static LanguageTag language(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new ValidationException("language", "required", Map.of(), "a BCP 47 language tag is required");
    }
    return LanguageTag.parse(raw);
  }

  public static LanguageTag optionalLanguage(String raw) {
    return raw == null || raw.isBlank() ? null : LanguageTag.parse(raw);
  }

  public static Page.Request page(Integer page, Integer size) {
    return new Page.Request(page == null ? 1 : page, size == null ? 20 : size);
  }
}
