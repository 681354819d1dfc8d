package org.factdesk.workflow.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.i18n.Segmenter;
import org.factdesk.i18n.TextSpan;

/**
 * Scores sentences for check-worthiness with a handful of transparent features, so a fact-checker
 * can see why a sentence was suggested. Sentences come from ICU's sentence BreakIterator for the
 * article's language ({@link Segmenter#sentences}). Features and weights (summed):
 *
 * <ul>
 *   <li>{@code number} +2: a figure (digits, or number words such as "million", "миллион", "milyon",
 *       "מיליון", "مليون", and small number words such as "three", "дважды", "beş", "פעמיים", "مرتين");
 *   <li>{@code percentage} +1.5: "%", "percent", "процент", "faiz", "אחוז", "بالمئة"/"في المئة";
 *   <li>{@code date} +1: a year 1800–2099, a month name, or "last year"/"в прошлом году"/"keçən il"/
 *       "בשנה שעברה"/"العام الماضي" and the like;
 *   <li>{@code event} +1: a reported change or act in the past tense ("closed", "fell", "built",
 *       "сократил", "azalıb", "נסגר", "انخفض");
 *   <li>{@code comparison} +1.5: comparatives and superlatives, "first", "largest", "most", "record"
 *       and their Russian, Azerbaijani ("ən", "ilk"), Hebrew ("ביותר", "הראשון") and Arabic ("أكبر",
 *       "أول") equivalents;
 *   <li>{@code attribution} +1.5: "according to", "said", "по данным", "по словам", "...-ə görə",
 *       "bildirib", "לפי", "אמר", "وفقًا لـ", "بحسب", "قال";
 *   <li>{@code quote} +1: quoted speech (typographic or straight quotation marks);
 *   <li>{@code entity} +0.5 per capitalised word not opening the sentence, at most +1.5 (scripts
 *       without case, Hebrew and Arabic, get no entity signal);
 *   <li>{@code opinion} −2: first-person or normative markers ("I think", "should", "должны",
 *       "məncə", "לדעתי", "يجب");
 *   <li>{@code question} −2: the sentence asks rather than states;
 *   <li>{@code short} −1: fewer than five words.
 * </ul>
 *
 * A sentence scoring at least {@link #THRESHOLD} is suggested; suggestions are ranked by score,
 * then by position. Precision is measured in {@code CheckWorthinessTest} and BENCHMARKS.md.
 */
public final class CheckWorthiness {
  public static final double THRESHOLD = 2.0;

  private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
  private static final Pattern NUMBER = Pattern.compile("\\d|\\b(?:million|billion|thousand|hundred|dozens?"
      + "|two|three|four|five|six|seven|eight|nine|ten|twenty|twice|half"
      + "|миллион\\w*|миллиард\\w*|тысяч\\w*|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|двадцать"
      + "|дважды|трижды|половин\\w*|milyon|milyard|min|iki|üç|dörd|beş|altı|yeddi|səkkiz|doqquz|iyirmi|yarı"
      + "|yüzlərlə|minlərlə)\\b|מיליון|מיליארד|אלף|مليون|مليار|ألف|آلاف"
      // Short Hebrew and Arabic words hide inside longer ones: whole words only, one-letter prefixes allowed.
      + "|(?<!\\p{L})[והבלמשכ]?(?:שלושה|ארבעה|חמישה|עשרים|פעמיים|חצי)(?!\\p{L})"
      + "|(?<!\\p{L})[وبل]?(?:ثلاثة|أربعة|خمسة|عشرين|مرتين|نصف)(?!\\p{L})", F);
  private static final Pattern PERCENT = Pattern.compile("%|٪|\\b(?:percent|per cent|процент\\w*|faiz\\w*)\\b"
      + "|אחוז|بالمئة|بالمائة|في المئة", F);
  private static final Pattern DATE = Pattern.compile("\\b(?:1[89]\\d\\d|20\\d\\d)\\b|\\b(?:january|february|march"
      + "|april|may|june|july|august|september|october|november|december|январ\\w*|феврал\\w*|март\\w*|апрел\\w*"
      + "|ма[йя]\\w*|июн\\w*|июл\\w*|август\\w*|сентябр\\w*|октябр\\w*|ноябр\\w*|декабр\\w*|yanvar|fevral|aprel"
      + "|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr|ינואר|פברואר|מרץ|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר"
      + "|נובמבר|דצמבר|يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|last (?:year|month|week|spring|summer|autumn|winter)"
      + "|в прошлом году|прошлой (?:весной|осенью|зимой)|прошлым летом|keçən il|ötən il|keçən (?:yaz|payız|qış)"
      + "|ötən ay)\\b|בשנה שעברה|العام الماضي|السنة الماضية", F);
  private static final Pattern EVENT = Pattern.compile("\\b(?:closed|opened|built|fell|rose|increased|decreased"
      + "|doubled|cut|spent|signed|approved|voted|resigned|закрыл\\w*|открыл\\w*|построен\\w*|сократил\\w*"
      + "|вырос\\w*|снизил\\w*|увеличил\\w*|подписал\\w*|утвердил\\w*|bağlayıb|açıb|tikilib|azalıb|artıb|düşüb"
      + "|imzalayıb|təsdiqləyib)\\b"
      + "|(?<!\\p{L})[וש]?(?:נסגר|נסגרה|נפתח|נפתחה|נבנה|נבנתה|ירד|ירדה|עלה|עלתה|אישר|אישרה)(?!\\p{L})"
      + "|(?<!\\p{L})و?(?:أغلق|أغلقت|افتتح|افتتحت|بُني|انخفض|انخفضت|ارتفع|ارتفعت|وقّع|وافق)(?!\\p{L})", F);
  private static final Pattern COMPARISON = Pattern.compile("\\b(?:more|less|fewer|most|least|first|largest|biggest"
      + "|highest|lowest|fastest|only|record|doubled|tripled|halved|than|самы\\w+|больше|меньше|выше|ниже|крупнейш\\w*"
      + "|наибольш\\w*|наименьш\\w*|первы\\w+|первой|впервые|рекорд\\w*|вдвое|чем|ən|daha|ilk|birinci|rekord\\w*"
      + "|iki dəfə)\\b|ביותר|יותר מ|פחות מ|הראשון|הראשונה|שיא|פי שניים|أكبر|أول|أكثر|أقل|الأكبر|الأول|أعلى|أدنى"
      + "|رقم قياسي|الأعلى|ضعف", F);
  private static final Pattern ATTRIBUTION = Pattern.compile("\\b(?:according to|said|says|told|reported|announced"
      + "|estimated|figures from|data from|по данным|по словам|согласно|заявил\\w*|сообщил\\w*|отметил\\w*"
      + "|bildirib|deyib|açıqlayıb|qeyd edib|məlumatına görə)\\b|\\p{L}+(?:[əa]|y[əa]|n[əa])\\s+görə\\b"
      + "|לפי|על פי|אמר|אמרה|מסר|דיווח|وفقًا|وفقا|بحسب|حسب|قال|قالت|أعلن|أعلنت|ذكر|ذكرت", F);
  private static final Pattern QUOTE = Pattern.compile("[\"“”«»„‘’״]");
  private static final Pattern OPINION = Pattern.compile("\\b(?:I think|I believe|we believe|in my view|should"
      + "|must|ought|deserve\\w*|let us|let's|я считаю|по-моему|по моему|нам следует|должны|следует|давайте"
      + "|məncə|fikrimcə|lazımdır|etməliyik|gərəkdir)\\b|לדעתי|אני חושב|אני חושבת|צריך|צריכה|עלינו|أعتقد|يجب"
      + "|في رأيي|ينبغي|علينا", F);
  private static final Pattern QUESTION = Pattern.compile("[?؟]\\s*$");
  private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}\\p{Ll}+");

  private CheckWorthiness() {}

  /** One scored sentence: its span in the block (UTF-16 indices), score and the features that fired. */
  public record Scored(TextSpan sentence, double score, Map<String, Double> features) {}

  public static List<Scored> rank(String text, LanguageTag language) {
    List<Scored> out = new ArrayList<>();
    for (TextSpan s : Segmenter.sentences(text, language)) {
      Scored scored = score(s, language);
      if (scored.score() >= THRESHOLD) {
        out.add(scored);
      }
    }
    out.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(x -> x.sentence().start()));
    return out;
  }

  public static Scored score(TextSpan sentence, LanguageTag language) {
    String s = sentence.text();
    Map<String, Double> f = new LinkedHashMap<>();
    if (NUMBER.matcher(s).find()) f.put("number", 2.0);
    if (PERCENT.matcher(s).find()) f.put("percentage", 1.5);
    if (DATE.matcher(s).find()) f.put("date", 1.0);
    if (COMPARISON.matcher(s).find()) f.put("comparison", 1.5);
    if (EVENT.matcher(s).find()) f.put("event", 1.0);
    if (ATTRIBUTION.matcher(s).find()) f.put("attribution", 1.5);
    if (QUOTE.matcher(s).find()) f.put("quote", 1.0);
    int entities = 0;
    Matcher m = CAPITALISED.matcher(s);
    while (m.find()) {
      if (m.start() > firstLetter(s)) entities++;
    }
    if (entities > 0) f.put("entity", Math.min(1.5, 0.5 * entities));
    if (OPINION.matcher(s).find()) f.put("opinion", -2.0);
    if (QUESTION.matcher(s).find()) f.put("question", -2.0);
    if (Segmenter.words(s, language).size() < 5) f.put("short", -1.0);
    double score = f.values().stream().mapToDouble(Double::doubleValue).sum();
    return new Scored(sentence, score, f);
  }

  private static int firstLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) return i;
    }
    return 0;
  }
}
