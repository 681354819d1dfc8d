package org.factdesk.i18n;

import java.util.Objects;

/**
 * A piece of a text. {@code start} and {@code end} are UTF-16 char indices into the source ({@code
 * end} exclusive), as used by {@link String#substring(int, int)} and JavaScript; use {@link
 * #startCodePoint(String)} where code point offsets are needed.
 */
public record TextSpan(int start, int end, String text) {

  public TextSpan {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") does not fit text of length " + text.length());
    }
  }

  /** The start as a code point offset into {@code source}, the text this span was taken from. */
  public int startCodePoint(String source) {
    return source.codePointCount(0, start);
  }

  /** The end as a code point offset into {@code source}. */
  public int endCodePoint(String source) {
    return source.codePointCount(0, end);
  }
}
