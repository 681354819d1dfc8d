package org.factdesk.i18n.figures;

/** What a {@link Figure} stands for; a hint for display, see {@link Figures#compare}. */
public enum FigureKind {
  /** Any other number, possibly scaled ("4.3 billion") or negative. */
  NUMBER,
  /** A number with a percent sign or word ("60%", "٪۶۰", "60 процентов"); the value is 60. */
  PERCENT,
  /** A four-digit integer from 1000 to 2100 written without grouping. */
  YEAR,
  /** A Gregorian month name next to a number, as in a date; the value is 1 to 12. */
  MONTH
}
