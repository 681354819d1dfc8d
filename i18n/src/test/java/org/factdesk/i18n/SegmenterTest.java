package org.factdesk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SegmenterTest {

  private static final LanguageTag EN = LanguageTag.parse("en");

  private static List<String> sentenceTexts(String text, String lang) {
    return Segmenter.sentences(text, LanguageTag.parse(lang)).stream().map(TextSpan::text).toList();
  }

  @Test
  void keepsTitlesAndDecimalsInsideEnglishSentences() {
    assertEquals(
        List.of("Dr. Smith said 3.5% of voters.", "Mr. Jones disagreed!", "Did he?"),
        sentenceTexts("Dr. Smith said 3.5% of voters. Mr. Jones disagreed!  Did he?", "en"));
  }

  @Test
  void splitsHebrewArabicRussianGeorgianAndChinese() {
    assertEquals(
        List.of("הממשלה אישרה את התקציב.", "השר אמר שהוא מרוצה."),
        sentenceTexts("הממשלה אישרה את התקציב. השר אמר שהוא מרוצה.", "he"));
    assertEquals(
        List.of("قال الوزير إن الميزانية أقرت.", "هل هذا صحيح؟", "نعم."),
        sentenceTexts("قال الوزير إن الميزانية أقرت. هل هذا صحيح؟ نعم.", "ar"));
    assertEquals(
        List.of("Министр заявил, что бюджет утверждён.", "Это правда?", "Да!"),
        sentenceTexts("Министр заявил, что бюджет утверждён. Это правда? Да!", "ru"));
    assertEquals(
        List.of("მთავრობამ ბიუჯეტი დაამტკიცა.", "მინისტრმა განაცხადა, რომ კმაყოფილია."),
        sentenceTexts("მთავრობამ ბიუჯეტი დაამტკიცა. მინისტრმა განაცხადა, რომ კმაყოფილია.", "ka"));
    assertEquals(List.of("政府批准了预算。", "部长表示满意。"), sentenceTexts("政府批准了预算。部长表示满意。", "zh-Hans"));
  }

  @Test
  void usesCldrSuppressionsOfOtherLanguages() {
    // CLDR's German list has "Dr." (its English list does not); "Prof." is in neither.
    assertEquals(
        List.of("Dr. Müller widersprach.", "Das stimmt nicht."),
        sentenceTexts("Dr. Müller widersprach. Das stimmt nicht.", "de"));
    assertEquals(List.of("Dr.", "Иванов возразил."), sentenceTexts("Dr. Иванов возразил.", "ru"));
  }

  @Test
  void sentenceSpansPointIntoTheSource() {
    String text = "  First one.   Second one.  \n";
    List<TextSpan> spans = Segmenter.sentences(text, EN);
    assertEquals(2, spans.size());
    for (TextSpan span : spans) {
      assertEquals(span.text(), text.substring(span.start(), span.end()));
    }
    assertEquals("Second one.", spans.get(1).text());
    assertEquals(List.of(), Segmenter.sentences("   ", EN));
  }

  @Test
  void findsWordsButNotSpacesOrPunctuation() {
    assertEquals(
        List.of("Dr", "Smith", "said", "3.5", "of", "voters"),
        Segmenter.words("Dr. Smith said 3.5% of voters.", EN).stream()
            .map(TextSpan::text)
            .toList());
    assertEquals(
        List.of("השר", "אמר", "שהוא", "מרוצה"),
        Segmenter.words("השר אמר שהוא מרוצה.", LanguageTag.parse("he")).stream()
            .map(TextSpan::text)
            .toList());
    assertEquals(
        List.of("قال", "الوزير", "2024"),
        Segmenter.words("قال الوزير، 2024.", LanguageTag.parse("ar")).stream()
            .map(TextSpan::text)
            .toList());
    assertEquals(
        List.of("Это", "правда"),
        Segmenter.words("Это — правда?", LanguageTag.parse("ru")).stream()
            .map(TextSpan::text)
            .toList());
  }

  @Test
  void splitsChineseWordsWithTheDictionary() {
    List<String> words =
        Segmenter.words("政府批准了预算", LanguageTag.parse("zh-Hans")).stream()
            .map(TextSpan::text)
            .toList();
    assertTrue(words.size() > 1, words.toString());
    assertEquals("政府批准了预算", String.join("", words));
  }

  @Test
  void reportsUtf16AndCodePointOffsets() {
    String text = "\uD83D\uDC4D Nice";
    TextSpan nice = Segmenter.words(text, EN).get(0);
    assertEquals(new TextSpan(3, 7, "Nice"), nice);
    assertEquals(2, nice.startCodePoint(text));
    assertEquals(6, nice.endCodePoint(text));
  }

  @Test
  void rejectsSpansThatDoNotMatchTheirText() {
    assertThrows(IllegalArgumentException.class, () -> new TextSpan(2, 1, ""));
    assertThrows(IllegalArgumentException.class, () -> new TextSpan(-1, 0, "x"));
    assertThrows(IllegalArgumentException.class, () -> new TextSpan(0, 3, "ab"));
  }

  @Test
  void tokensKeepSpacesAndPunctuation() {
    assertEquals(
        List.of("Mr", ".", " ", "Aliyev", ",", " ", "ok", "?"),
        Segmenter.tokens("Mr. Aliyev, ok?", LanguageTag.parse("az")));
  }

  @Test
  void givesTheSameResultsFromManyThreads() {
    List<String> texts =
        IntStream.range(0, 200)
            .mapToObj(i -> "Sentence " + i + " here. Dr. Who " + i + " said so! Fine.")
            .toList();
    List<List<TextSpan>> sequential = texts.stream().map(t -> Segmenter.sentences(t, EN)).toList();
    List<List<TextSpan>> parallel =
        texts.parallelStream().map(t -> Segmenter.sentences(t, EN)).toList();
    assertEquals(sequential, parallel);
    assertEquals(3, sequential.get(7).size());
  }

  private static final List<String> LANGS =
      List.of("en", "az", "ru", "he", "ar", "ka", "hy", "fa", "hi", "zh-Hans", "el");

  private static final List<String> MIXED_TEXT_PARTS =
      List.of(
          "word",
          "Dr.",
          "3.5%",
          " ",
          "  ",
          "\n",
          ".",
          "?",
          "!",
          "،",
          "؟",
          "—",
          "\"",
          "ə",
          "ğı",
          "სიტყვა",
          "слово",
          "שָׁלוֹם",
          "مُحَمَّد",
          "預算",
          "हिन्दी",
          "\u200D",
          "\uD83D\uDC69\u200D\uD83D\uDC67",
          "\uD83C\uDDE6\uD83C\uDDFF",
          "e\u0301");

  /** Up to 25 parts of mixed-script text and punctuation, in a language of its own choosing. */
  private record TextInLanguage(String text, String lang) {
    static TextInLanguage generate(TextGenerator gen) {
      return new TextInLanguage(gen.joinedFrom(MIXED_TEXT_PARTS, 25), gen.oneOf(LANGS));
    }

    @Override
    public String toString() {
      return "text " + TextGenerator.literal(text) + ", lang " + lang;
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.factdesk.i18n.TextGenerator#seeds")
  void tokensJoinBackToTheInput(long seed) {
    TextGenerator.forAll(
        seed,
        TextInLanguage::generate,
        TextInLanguage::toString,
        c ->
            assertEquals(
                c.text(),
                String.join("", Segmenter.tokens(c.text(), LanguageTag.parse(c.lang())))));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.factdesk.i18n.TextGenerator#seeds")
  void wordsAndSentencesAreOrderedSpansOfTheInput(long seed) {
    TextGenerator.forAll(
        seed,
        TextInLanguage::generate,
        TextInLanguage::toString,
        c -> {
          String text = c.text();
          LanguageTag tag = LanguageTag.parse(c.lang());
          for (List<TextSpan> spans :
              List.of(Segmenter.words(text, tag), Segmenter.sentences(text, tag))) {
            int previousEnd = 0;
            for (TextSpan span : spans) {
              assertTrue(span.start() >= previousEnd && span.end() > span.start());
              assertEquals(span.text(), text.substring(span.start(), span.end()));
              previousEnd = span.end();
            }
          }
        });
  }
}
