package org.factdesk.i18n.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.i18n.TextGenerator;

/**
 * A random figure to be written in some language by {@link IcuWriter}, with the values a reader
 * must find in what ICU writes.
 *
 * @param shape how it is written
 * @param number the number, percentage or year; the mantissa for {@link Shape#SCALED}
 * @param exponent the power of ten of {@link Shape#SCALED}
 * @param year {@link Shape#DATE} only
 * @param month {@link Shape#DATE} only
 * @param day {@link Shape#DATE} only
 */
record Quantity(Shape shape, BigDecimal number, int exponent, int year, int month, int day) {

  enum Shape {
    INTEGER,
    DECIMAL,
    NEGATIVE,
    /** Compact notation: "4.3 billion", "4,3 млрд", "43 करोड़". */
    SCALED,
    /** The language's percent format: "60%", "60 %", "٪۶۰". */
    PERCENT,
    /** ICU's percent unit: "60 percent", "60 процентов". */
    PERCENT_WORDS,
    YEAR,
    /** ICU's long date: "March 3, 2026", "3 марта 2026 г.", "3 במרץ 2026". */
    DATE
  }

  static Quantity random(TextGenerator gen) {
    Shape shape = gen.oneOf(List.of(Shape.values()));
    return switch (shape) {
      case INTEGER ->
          number(shape, BigDecimal.valueOf(gen.between(0, tenTo(gen.between(1, 9)) - 1)));
      case DECIMAL -> number(shape, decimal(gen, gen.between(0, 99_999)));
      case NEGATIVE -> number(shape, decimal(gen, gen.between(1, 99_999)).negate());
      case SCALED -> new Quantity(shape, mantissa(gen), gen.between(3, 12), 0, 0, 0);
      case PERCENT, PERCENT_WORDS ->
          number(
              shape,
              gen.between(0, 1) == 0
                  ? BigDecimal.valueOf(gen.between(0, 100))
                  : decimal(gen, gen.between(0, 99)).setScale(1, java.math.RoundingMode.DOWN));
      case YEAR -> number(shape, BigDecimal.valueOf(gen.between(1900, 2100)));
      case DATE ->
          new Quantity(
              shape,
              BigDecimal.ZERO,
              0,
              gen.between(1950, 2100),
              gen.between(1, 12),
              gen.between(1, 28));
    };
  }

  /** The same shape with another value: one changed digit, unit, day, month or year. */
  Quantity changed(TextGenerator gen) {
    return switch (shape) {
      case SCALED -> new Quantity(shape, number, exponent + 1, 0, 0, 0);
      case DATE ->
          switch (gen.between(0, 2)) {
            case 0 -> new Quantity(shape, number, 0, year + 1, month, day);
            case 1 -> new Quantity(shape, number, 0, year, month % 12 + 1, day);
            default -> new Quantity(shape, number, 0, year, month, day + 1);
          };
      case DECIMAL -> number(shape, number.add(new BigDecimal("0.1")));
      case NEGATIVE -> number(shape, number.subtract(BigDecimal.ONE));
      default -> number(shape, number.add(BigDecimal.ONE));
    };
  }

  /** The value a reader must find: the number times its scale for {@link Shape#SCALED}. */
  BigDecimal value() {
    return number.scaleByPowerOfTen(exponent);
  }

  /** What {@link Figures#extract} must give, as {@link #describe} writes it, in any order. */
  List<String> expected() {
    if (shape == Shape.DATE) {
      return sorted(
          List.of(
              plain(BigDecimal.valueOf(day)), "MONTH " + month, plain(BigDecimal.valueOf(year))));
    }
    return List.of(plain(value()));
  }

  /** The kind the figure must have, or null where NUMBER and YEAR are both right. */
  FigureKind kind() {
    return switch (shape) {
      case PERCENT, PERCENT_WORDS -> FigureKind.PERCENT;
      case YEAR -> FigureKind.YEAR;
      default -> null;
    };
  }

  /** Figures as {@link #expected} writes them: "MONTH 3" for months, else the plain value. */
  static List<String> describe(List<Figure> figures) {
    return sorted(
        figures.stream()
            .map(
                f ->
                    f.kind() == FigureKind.MONTH
                        ? "MONTH " + f.value().toPlainString()
                        : plain(f.value()))
            .toList());
  }

  private static List<String> sorted(List<String> items) {
    List<String> copy = new ArrayList<>(items);
    copy.sort(null);
    return copy;
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static Quantity number(Shape shape, BigDecimal number) {
    return new Quantity(shape, number, 0, 0, 0, 0);
  }

  // An integer part with one or two decimals, the last one not zero.
  private static BigDecimal decimal(TextGenerator gen, int integer) {
    int places = gen.between(1, 2);
    int fraction = gen.between(1, tenTo(places) - 1);
    if (fraction % 10 == 0) {
      fraction++;
    }
    return BigDecimal.valueOf(integer).add(BigDecimal.valueOf(fraction, places));
  }

  // Two significant digits at most, which compact notation shows exactly: 4.3, 43, 7.
  private static BigDecimal mantissa(TextGenerator gen) {
    return switch (gen.between(0, 2)) {
      case 0 -> BigDecimal.valueOf(gen.between(1, 9));
      case 1 -> BigDecimal.valueOf(gen.between(10, 99));
      default -> BigDecimal.valueOf(gen.between(11, 99), 1);
    };
  }

  private static int tenTo(int power) {
    return BigDecimal.TEN.pow(power).intValueExact();
  }
}
