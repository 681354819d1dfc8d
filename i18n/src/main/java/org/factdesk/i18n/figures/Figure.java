package org.factdesk.i18n.figures;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure found in a text.
 *
 * @param kind what the figure is
 * @param value the number with its scale word applied ("4,3 млрд" is 4300000000), the percentage
 *     itself for {@link FigureKind#PERCENT}, the month (1–12) for {@link FigureKind#MONTH}
 * @param start UTF-16 index of the figure's first char in the text it was found in
 * @param end UTF-16 index after its last char (exclusive)
 * @param text the figure as written, {@code text.substring(start, end)} of that text
 */
public record Figure(FigureKind kind, BigDecimal value, int start, int end, String text) {

  public Figure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException(
          "figure [" + start + ", " + end + ") does not fit text of length " + text.length());
    }
  }
}
