package org.factdesk.server.bench;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Newsroom sentences in six languages and five scripts (Latin with Azerbaijani letters, Cyrillic,
 * Hebrew, Arabic, Georgian). Each sentence carries a figure and a place, so the sentences of one
 * article differ and a claim's quote is found once.
 */
final class ArchiveText {
  static final List<String> LANGUAGES = List.of("en", "az", "ru", "he", "ar", "ka");

  private record Language(List<String> sentences, List<String> headings, List<String> places) {}

  private static final Map<String, Language> TEXT = Map.of(
      "en", new Language(
          List.of(
              "The ministry reported that {p} received {n} million manat in road funding in {y}.",
              "Unemployment in {p} fell to {n} percent last year, according to the statistics office.",
              "The new bridge in {p} cost {n} million, twice the original estimate.",
              "Officials said {n} families were resettled from {p} in {y}.",
              "Critics argue that the plan will not help {p}, whatever the council says about its {n} projects.",
              "The mayor of {p} promised {n} new schools by {y}."),
          List.of("{p}: {n} questions about the budget", "What {y} changed in {p}"),
          List.of("Baku", "Ganja", "Tbilisi", "Haifa", "Nazareth", "Kazan", "Batumi", "Sumgait")),
      "az", new Language(
          List.of(
              "Nazirlik bildirib ki, {y}-ci ildə {p} yol tikintisi üçün {n} milyon manat alıb.",
              "Statistika komitəsinə görə, {p} şəhərində işsizlik keçən il {n} faizə düşüb.",
              "{p} şəhərindəki yeni körpü {n} milyon manata başa gəlib.",
              "Rəsmilər bildirib ki, {y}-ci ildə {p} bölgəsindən {n} ailə köçürülüb.",
              "Tənqidçilər planın {p} üçün faydalı olmayacağını düşünür, {n} layihəyə baxmayaraq.",
              "{p} merinin sözlərinə görə, {y}-ci ilə qədər {n} yeni məktəb tikiləcək."),
          List.of("{p}: büdcə ilə bağlı {n} sual", "{y}-ci il {p} şəhərində nəyi dəyişdi"),
          List.of("Bakı", "Gəncə", "Şəki", "Lənkəran", "Quba", "Şamaxı")),
      "ru", new Language(
          List.of(
              "Министерство сообщило, что в {y} году {p} получил {n} млн манатов на дороги.",
              "По данным статистического комитета, безработица в городе {p} снизилась до {n} процентов.",
              "Новый мост в городе {p} обошёлся в {n} млн, вдвое дороже первоначальной сметы.",
              "По словам чиновников, в {y} году из района {p} были переселены {n} семей.",
              "Критики считают, что план не поможет городу {p}, несмотря на {n} проектов.",
              "Мэр города {p} пообещал построить {n} новых школ к {y} году."),
          List.of("{p}: {n} вопросов о бюджете", "Что изменил {y} год в городе {p}"),
          List.of("Казань", "Самара", "Тверь", "Баку", "Тбилиси", "Омск")),
      "he", new Language(
          List.of(
              "המשרד דיווח כי {p} קיבלה {n} מיליון מנאט לכבישים בשנת {y}.",
              "לפי הלשכה לסטטיסטיקה, האבטלה ב{p} ירדה ל-{n} אחוזים בשנה שעברה.",
              "הגשר החדש ב{p} עלה {n} מיליון, פי שניים מההערכה המקורית.",
              "לדברי פקידים, {n} משפחות פונו מ{p} בשנת {y}.",
              "המבקרים טוענים שהתוכנית לא תעזור ל{p}, למרות {n} פרויקטים.",
              "ראש העיר {p} הבטיח {n} בתי ספר חדשים עד {y}."),
          List.of("{p}: {n} שאלות על התקציב", "מה שינתה שנת {y} ב{p}"),
          List.of("חיפה", "באר שבע", "אשדוד", "נצרת", "עכו", "טבריה")),
      "ar", new Language(
          List.of(
              "أعلنت الوزارة أن {p} حصلت على {n} مليون منات لتمويل الطرق في عام {y}.",
              "وفقًا لمكتب الإحصاء، انخفضت البطالة في {p} إلى {n} بالمئة العام الماضي.",
              "بلغت تكلفة الجسر الجديد في {p} {n} مليونًا، أي ضعف التقدير الأصلي.",
              "قال مسؤولون إن {n} عائلة نُقلت من {p} في عام {y}.",
              "يرى المنتقدون أن الخطة لن تساعد {p} رغم {n} مشروعًا.",
              "وعد رئيس بلدية {p} ببناء {n} مدارس جديدة بحلول عام {y}."),
          List.of("{p}: {n} أسئلة حول الميزانية", "ما الذي غيّره عام {y} في {p}"),
          List.of("الإسكندرية", "عمّان", "بيروت", "حلب", "طرابلس", "صفاقس")),
      "ka", new Language(
          List.of(
              "სამინისტროს ცნობით, {y} წელს {p} გზების დასაფინანსებლად {n} მილიონი მანათი მიიღო.",
              "სტატისტიკის სამსახურის თანახმად, {p} უმუშევრობა შარშან {n} პროცენტამდე შემცირდა.",
              "ახალი ხიდი {p} {n} მილიონი დაჯდა, რაც თავდაპირველ შეფასებაზე ორჯერ მეტია.",
              "ოფიციალური პირების თქმით, {y} წელს {p} {n} ოჯახი გადაასახლეს.",
              "კრიტიკოსები ამბობენ, რომ გეგმა {p} არ დაეხმარება, {n} პროექტის მიუხედავად.",
              "{p} მერმა {y} წლისთვის {n} ახალი სკოლის აშენება დაპირდა."),
          List.of("{p}: {n} კითხვა ბიუჯეტზე", "რა შეცვალა {y} წელმა {p}"),
          List.of("თბილისი", "ბათუმი", "ქუთაისი", "გორი", "ზუგდიდი", "თელავი")));

  private ArchiveText() {}

  /** A sentence in the language; {@code figure} makes it unique within its article. */
  static String sentence(String language, SplittableRandom random, int figure) {
    Language l = TEXT.get(language);
    return fill(l.sentences().get(random.nextInt(l.sentences().size())), l, random, figure);
  }

  static String heading(String language, SplittableRandom random, int figure) {
    Language l = TEXT.get(language);
    return fill(l.headings().get(random.nextInt(l.headings().size())), l, random, figure);
  }

  static String person(SplittableRandom random, int n) {
    List<String> names = List.of("Leyla Məmmədova", "Анна Смирнова", "Noa Levi נועה", "سارة حداد", "ნინო ბერიძე",
        "Tom Walker", "Rəşad Əliyev", "Игорь Петров");
    return names.get(random.nextInt(names.size())) + " " + n;
  }

  private static String fill(String template, Language l, SplittableRandom random, int figure) {
    String place = l.places().get(random.nextInt(l.places().size()));
    return template.replace("{p}", place).replace("{n}", Integer.toString(figure))
        .replace("{y}", Integer.toString(2015 + random.nextInt(11)));
  }
}
