package org.factdesk.i18n.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the numbers of a text into figures: a scale word or two after a number multiplies it ("4,3
 * млрд", "2 लाख करोड़"), a percent sign before or after it or a percent word after it makes it a
 * percentage, a four-digit integer is a year, and a month name next to a number is a month.
 */
final class FigureReader {

  private static final int MAX_PHRASE_WORDS = 3;
  private static final int MAX_GAP = 3;
  private static final int MAX_SCALE_WORDS = 2;
  private static final BigDecimal FIRST_YEAR = BigDecimal.valueOf(1000);
  private static final BigDecimal LAST_YEAR = BigDecimal.valueOf(2100);

  private record Span(int start, int end) {}

  private record Phrase<V>(V value, int end) {}

  private final String text;
  private final Vocabulary vocabulary;
  private final List<Figure> figures = new ArrayList<>();
  private final BitSet covered = new BitSet();
  private final Set<Integer> numberStarts = new HashSet<>();
  private final Set<Integer> numberEnds = new HashSet<>();

  private FigureReader(String text, Vocabulary vocabulary) {
    this.text = text;
    this.vocabulary = vocabulary;
  }

  /**
   * The figures of {@code text} in order. With {@code monthsAnywhere} a month name counts without a
   * number next to it, which a comparison uses to look for a source month in a target text.
   */
  static List<Figure> read(String text, Vocabulary vocabulary, boolean monthsAnywhere) {
    return new FigureReader(text, vocabulary).read(monthsAnywhere);
  }

  private List<Figure> read(boolean monthsAnywhere) {
    int consumed = 0;
    for (NumberToken number : NumberScanner.scan(text, vocabulary.separators())) {
      Figure figure = numberFigure(number, consumed);
      figures.add(figure);
      covered.set(figure.start(), figure.end());
      consumed = figure.end();
      numberStarts.add(number.start());
      numberStarts.add(figure.start());
      numberEnds.add(figure.end());
      numberEnds.add(suffixEnd(number.end()));
    }
    readMonths(monthsAnywhere);
    figures.sort(Comparator.comparingInt(Figure::start));
    return figures;
  }

  private Figure numberFigure(NumberToken number, int consumed) {
    int afterGap = skipGaps(number.end());
    String sign = percentSignAt(afterGap);
    if (sign != null) {
      return figure(FigureKind.PERCENT, number.value(), number.start(), afterGap + sign.length());
    }
    BigDecimal value = number.value();
    int end = number.end();
    int at = afterGap;
    for (int words = 0; words < MAX_SCALE_WORDS; words++) {
      Phrase<BigDecimal> scale = phrase(vocabulary.scales(), at);
      if (scale == null) {
        break;
      }
      value = value.multiply(scale.value());
      end = scale.end();
      at = skipGaps(end);
    }
    if (end > number.end()) {
      return figure(FigureKind.NUMBER, value, number.start(), end);
    }
    Phrase<Boolean> percentWord = phrase(vocabulary.percent().words(), afterGap);
    if (percentWord != null) {
      return figure(FigureKind.PERCENT, value, number.start(), percentWord.end());
    }
    int signBefore = percentSignBefore(number.start(), consumed);
    if (signBefore >= 0) {
      return figure(FigureKind.PERCENT, value, signBefore, number.end());
    }
    return figure(isYear(number) ? FigureKind.YEAR : FigureKind.NUMBER, value, number.start(), end);
  }

  private static boolean isYear(NumberToken number) {
    return number.plain()
        && number.digits() == 4
        && number.value().compareTo(FIRST_YEAR) >= 0
        && number.value().compareTo(LAST_YEAR) <= 0;
  }

  private String percentSignAt(int pos) {
    for (String sign : vocabulary.percent().signs()) {
      if (text.startsWith(sign, pos)) {
        return sign;
      }
    }
    return null;
  }

  // A sign right before the number ("%60", "٪۶۰") that no earlier figure took; its index or -1.
  private int percentSignBefore(int start, int consumed) {
    int pos = start;
    while (pos > consumed && Chars.isFormat(text.codePointBefore(pos))) {
      pos -= Character.charCount(text.codePointBefore(pos));
    }
    for (String sign : vocabulary.percent().signs()) {
      int signStart = pos - sign.length();
      if (signStart >= consumed && text.startsWith(sign, signStart)) {
        return signStart;
      }
    }
    return -1;
  }

  // The longest phrase of up to three words at pos that the table knows, next to a number.
  private <V> Phrase<V> phrase(WordTable<V> table, int pos) {
    List<Span> words = wordsFrom(pos);
    for (int count = words.size(); count > 0; count--) {
      int end = words.get(count - 1).end();
      V value = table.find(text.substring(pos, end), markAt(end), true);
      if (value != null) {
        // "क॰" and "ינו׳" keep their mark; a period may end the sentence instead.
        boolean keepMark = markAt(end) && text.charAt(end) != '.';
        return new Phrase<>(value, keepMark ? end + 1 : end);
      }
    }
    return null;
  }

  private void readMonths(boolean anywhere) {
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!Chars.isWordPart(cp) || covered.get(i)) {
        i += Character.charCount(cp);
        continue;
      }
      List<Span> words = wordsFrom(i);
      int next = words.get(0).end();
      for (int count = words.size(); count > 0; count--) {
        int end = words.get(count - 1).end();
        int firstCovered = covered.nextSetBit(i);
        boolean overlapsNumber = firstCovered >= 0 && firstCovered < end;
        boolean near = nextToNumber(i, end);
        if (overlapsNumber || !(near || anywhere)) {
          continue;
        }
        Integer month = vocabulary.months().find(text.substring(i, end), markAt(end), near);
        if (month != null) {
          figures.add(figure(FigureKind.MONTH, BigDecimal.valueOf(month), i, end));
          next = end;
          break;
        }
      }
      i = next;
    }
  }

  // Up to three words from pos (which must start a word), separated by short gaps only.
  private List<Span> wordsFrom(int pos) {
    List<Span> words = new ArrayList<>(MAX_PHRASE_WORDS);
    int start = pos;
    while (words.size() < MAX_PHRASE_WORDS
        && start < text.length()
        && Chars.isWordPart(text.codePointAt(start))) {
      int end = start;
      while (end < text.length() && Chars.isWordPart(text.codePointAt(end))) {
        end += Character.charCount(text.codePointAt(end));
      }
      words.add(new Span(start, end));
      start = skipGaps(end);
    }
    return words;
  }

  private boolean nextToNumber(int start, int end) {
    return numberStarts.contains(skipGaps(skipPunctuation(skipGaps(end))))
        || numberEnds.contains(skipGapsBack(skipPunctuationBack(skipGapsBack(start))));
  }

  private int skipGaps(int pos) {
    int limit = Math.min(text.length(), pos + MAX_GAP);
    while (pos < limit && Chars.isGap(text.codePointAt(pos))) {
      pos += Character.charCount(text.codePointAt(pos));
    }
    return pos;
  }

  private int skipGapsBack(int pos) {
    int limit = Math.max(0, pos - MAX_GAP);
    while (pos > limit && Chars.isGap(text.codePointBefore(pos))) {
      pos -= Character.charCount(text.codePointBefore(pos));
    }
    return pos;
  }

  private int skipPunctuation(int pos) {
    return pos < text.length() && isDatePunctuation(text.charAt(pos)) ? pos + 1 : pos;
  }

  private int skipPunctuationBack(int pos) {
    return pos > 0 && isDatePunctuation(text.charAt(pos - 1)) ? pos - 1 : pos;
  }

  // What may stand between a month and its day or year: "March 3, 2026", "мар. 2026", "3، مارس".
  private static boolean isDatePunctuation(char c) {
    return c == ',' || c == '.' || c == '\u060C';
  }

  private boolean markAt(int pos) {
    return pos < text.length() && Chars.isAbbreviationMark(text.codePointAt(pos));
  }

  // Where the letters glued to a number end: "3rd", "3-го", "2026-cı".
  private int suffixEnd(int end) {
    int pos = end;
    if (pos + 1 < text.length() && "-\u2010\u2011".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    int letters = pos;
    while (letters < text.length() && Chars.isWordPart(text.codePointAt(letters))) {
      letters += Character.charCount(text.codePointAt(letters));
    }
    return letters > pos ? letters : end;
  }

  private Figure figure(FigureKind kind, BigDecimal value, int start, int end) {
    return new Figure(kind, value, start, end, text.substring(start, end));
  }
}
