package org.factdesk.exports.pdf;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.exports.model.ExportApproval;
import org.factdesk.exports.model.ExportBlock;
import org.factdesk.exports.model.ExportCitation;
import org.factdesk.exports.model.ExportClaim;
import org.factdesk.exports.model.ExportLabels;
import org.factdesk.exports.model.ExportDocument;

/** Test articles in every script the newsroom publishes in; all text written for these tests. */
final class Samples {

  static final OffsetDateTime APPROVED = OffsetDateTime.of(2026, 11, 20, 14, 30, 0, 0,
      ZoneOffset.ofHours(2));
  static final OffsetDateTime EXPORTED = OffsetDateTime.of(2026, 11, 21, 9, 0, 0, 0,
      ZoneOffset.UTC);
  static final String SHA = "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea";

  /** Language tag, direction, title, and body paragraphs. */
  record Script(String lang, String dir, String title, List<String> paragraphs) {}

  static final List<Script> ALL = List.of(
      new Script("en", "ltr", "Council approves the bridge budget",
          List.of("The city council approved a budget of 4.2 million euros on Tuesday.",
              "Officials said the new bridge over the river will open in 2027, two years late.")),
      new Script("az", "ltr", "Şura körpü büdcəsini təsdiqlədi",
          List.of("Şəhər şurası çərşənbə axşamı 4,2 milyon avroluq büdcəni təsdiqlədi.",
              "Rəsmilər yeni körpünün 2027-ci ildə açılacağını söylədi; ığdır yolu bağlı qalır.")),
      new Script("ru", "ltr", "Совет утвердил бюджет моста",
          List.of("Городской совет во вторник утвердил бюджет в 4,2 миллиона евро.",
              "Чиновники заявили, что новый мост откроется в 2027 году.")),
      new Script("el", "ltr", "Το συμβούλιο ενέκρινε τον προϋπολογισμό",
          List.of("Το δημοτικό συμβούλιο ενέκρινε την Τρίτη προϋπολογισμό 4,2 εκατομμυρίων ευρώ.",
              "Η νέα γέφυρα θα ανοίξει το 2027, σύμφωνα με τους αξιωματούχους.")),
      new Script("he", "rtl", "המועצה אישרה את תקציב הגשר",
          List.of("מועצת העיר אישרה ביום שלישי תקציב של 4.2 מיליון אירו.",
              "לפי דוח של Open Data Institute משנת 2024, רק 37% מהתושבים תומכים בגשר.")),
      new Script("ar", "rtl", "المجلس يوافق على ميزانية الجسر",
          List.of("وافق مجلس المدينة يوم الثلاثاء على ميزانية قدرها 4.2 مليون يورو.",
              "قال المسؤولون إن الجسر الجديد سيفتح في عام 2027 ولا يزال الطريق مغلقا.")),
      new Script("fa", "rtl", "شورا بودجه پل را تصویب کرد",
          List.of("شورای شهر روز سه‌شنبه بودجه‌ای به مبلغ ۴٫۲ میلیون یورو را تصویب کرد.",
              "مقامات گفتند پل جدید در سال ۲۰۲۷ گشایش می‌یابد.")),
      new Script("ka", "ltr", "საბჭომ ხიდის ბიუჯეტი დაამტკიცა",
          List.of("ქალაქის საბჭომ სამშაბათს 4,2 მილიონი ევროს ბიუჯეტი დაამტკიცა.",
              "ოფიციალური პირების თქმით, ახალი ხიდი 2027 წელს გაიხსნება.")),
      new Script("hy", "ltr", "Խորհուրդը հաստատեց կամրջի բյուջեն",
          List.of("Քաղաքային խորհուրդը երեքշաբթի հաստատեց 4,2 միլիոն եվրոյի բյուջե։",
              "Պաշտոնյաների խոսքով՝ նոր կամուրջը կբացվի 2027 թվականին։")),
      new Script("hi", "ltr", "परिषद ने पुल के बजट को मंज़ूरी दी",
          List.of("नगर परिषद ने मंगलवार को 4.2 मिलियन यूरो के बजट को मंज़ूरी दी।",
              "क्षेत्रीय प्रशासन ने कहा कि नया पुल 2027 में खुलेगा और स्त्री सुरक्षा पर ध्यान रहेगा।")),
      // Issue 19: the scripts that had no face. Urdu has numbers between words on purpose.
      new Script("ur", "rtl", "کونسل نے پل کے بجٹ کی منظوری دے دی",
          List.of("سٹی کونسل نے منگل کو 4.2 ملین یورو کے بجٹ کی منظوری دی۔",
              "حکام نے کہا کہ نیا پل 2027 میں کھلے گا اور سڑک بند رہے گی۔")),
      new Script("th", "ltr", "สภาเมืองอนุมัติงบประมาณสะพาน",
          List.of("สภาเมืองอนุมัติงบประมาณ 4.2 ล้านยูโรเมื่อวันอังคาร",
              "เจ้าหน้าที่กล่าวว่าสะพานใหม่จะเปิดใช้ในปี 2027 ช้ากว่ากำหนดสองปี")),
      new Script("lo", "ltr", "ສະພານະຄອນອະນຸມັດງົບປະມານຂົວ",
          List.of("ສະພານະຄອນໄດ້ອະນຸມັດງົບປະມານ 4,2 ລ້ານເອີໂຣ ໃນວັນອັງຄານ.",
              "ເຈົ້າໜ້າທີ່ກ່າວວ່າ ຂົວໃໝ່ຈະເປີດໃນປີ 2027.")),
      new Script("km", "ltr", "ក្រុមប្រឹក្សាក្រុងអនុម័តថវិកាស្ពាន",
          List.of("ក្រុមប្រឹក្សាក្រុងបានអនុម័តថវិកា 4,2 លានអឺរ៉ូ កាលពីថ្ងៃអង្គារ។",
              "មន្ត្រីបាននិយាយថា ស្ពានថ្មីនឹងបើកនៅឆ្នាំ 2027។")),
      new Script("my", "ltr", "မြို့တော်ကောင်စီက တံတားဘတ်ဂျက်ကို အတည်ပြု",
          List.of("မြို့တော်ကောင်စီသည် အင်္ဂါနေ့တွင် ယူရို သန်း 4.2 ဘတ်ဂျက်ကို အတည်ပြုခဲ့သည်။",
              "တံတားသစ်ကို 2027 ခုနှစ်တွင် ဖွင့်လှစ်မည်ဟု တာဝန်ရှိသူများက ပြောသည်။")),
      new Script("si", "ltr", "නගර සභාව පාලම් අයවැය අනුමත කළේය",
          List.of("නගර සභාව අඟහරුවාදා යුරෝ මිලියන 4.2 ක අයවැයක් අනුමත කළේය.",
              "නව පාලම 2027 දී විවෘත කරන බව නිලධාරීන් පැවසීය.")),
      new Script("ta", "ltr", "நகர சபை பாலத்தின் வரவு செலவுத் திட்டத்தை அங்கீகரித்தது",
          List.of("நகர சபை செவ்வாய்க்கிழமை 4.2 மில்லியன் யூரோ வரவு செலவுத் திட்டத்தை அங்கீகரித்தது.",
              "புதிய பாலம் 2027 இல் திறக்கப்படும் என்று அதிகாரிகள் தெரிவித்தனர்.")),
      new Script("bn", "ltr", "নগর পরিষদ সেতুর বাজেট অনুমোদন করেছে",
          List.of("নগর পরিষদ মঙ্গলবার ৪.২ মিলিয়ন ইউরোর বাজেট অনুমোদন করেছে।",
              "কর্মকর্তারা বলেছেন, নতুন সেতুটি ২০২৭ সালে খুলবে।")),
      new Script("pa", "ltr", "ਨਗਰ ਕੌਂਸਲ ਨੇ ਪੁਲ ਦੇ ਬਜਟ ਨੂੰ ਮਨਜ਼ੂਰੀ ਦਿੱਤੀ",
          List.of("ਨਗਰ ਕੌਂਸਲ ਨੇ ਮੰਗਲਵਾਰ ਨੂੰ 4.2 ਮਿਲੀਅਨ ਯੂਰੋ ਦੇ ਬਜਟ ਨੂੰ ਮਨਜ਼ੂਰੀ ਦਿੱਤੀ।",
              "ਅਧਿਕਾਰੀਆਂ ਨੇ ਕਿਹਾ ਕਿ ਨਵਾਂ ਪੁਲ 2027 ਵਿੱਚ ਖੁੱਲ੍ਹੇਗਾ।")),
      new Script("gu", "ltr", "નગર પરિષદે પુલના બજેટને મંજૂરી આપી",
          List.of("નગર પરિષદે મંગળવારે 4.2 મિલિયન યુરોના બજેટને મંજૂરી આપી.",
              "અધિકારીઓએ કહ્યું કે નવો પુલ 2027માં ખુલશે.")),
      new Script("am", "ltr", "የከተማው ምክር ቤት የድልድዩን በጀት አጸደቀ",
          List.of("የከተማው ምክር ቤት ማክሰኞ 4.2 ሚሊዮን ዩሮ በጀት አጸደቀ።",
              "አዲሱ ድልድይ በ2027 እንደሚከፈት ባለሥልጣናት ተናግረዋል።")),
      new Script("ko", "ltr", "시의회, 다리 예산 승인",
          List.of("시의회는 화요일 420만 유로의 예산을 승인했다.",
              "관계자들은 새 다리가 2027년에 개통된다고 밝혔다.")));

  private Samples() {}

  static Script script(String lang) {
    return ALL.stream().filter(s -> s.lang().equals(lang)).findFirst().orElseThrow();
  }

  /** Body text only: no claims, so extraction can be compared with the source exactly. */
  static ExportDocument plain(Script s) {
    List<ExportBlock> blocks = new ArrayList<>();
    for (String p : s.paragraphs()) {
      blocks.add(ExportBlock.paragraph(p));
    }
    return new ExportDocument("art-" + s.lang(), 3, SHA, s.title(), null, null, s.lang(), s.dir(),
        APPROVED, blocks, List.of(), List.of(), EXPORTED);
  }

  /** Heading, quote, two claims with citations, approvals; labels in the document's language. */
  static ExportDocument withFactCheck(Script s) {
    return withFactCheck(s, null);
  }

  /** As {@link #withFactCheck(Script)}, with the given labels. */
  static ExportDocument withFactCheck(Script s, ExportLabels labels) {
    List<ExportBlock> blocks = new ArrayList<>();
    blocks.add(ExportBlock.paragraph(s.paragraphs().get(0)));
    blocks.add(ExportBlock.heading(s.title()));
    blocks.add(ExportBlock.quote(s.paragraphs().get(1)));
    String first = s.paragraphs().get(0);
    int firstLen = first.codePointCount(0, first.length());
    String second = s.paragraphs().get(1);
    int secondLen = second.codePointCount(0, second.length());
    List<ExportClaim> claims = List.of(
        new ExportClaim("c-1", 0, 0, firstLen - 1, first.substring(0, first.length() - 1),
            "TRUE", s.paragraphs().get(1),
            List.of(new ExportCitation("Council minutes", "City Hall", "https://example.org/m/1",
                "2026-11-18", "p. 4", "supports",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"))),
        new ExportClaim("c-2", 2, 0, secondLen, second, "MISLEADING", s.paragraphs().get(0),
            List.of(new ExportCitation("Budget report", "Finance Office", null, "2026-10-01",
                "table 2", "contradicts", null))));
    return new ExportDocument("art-" + s.lang(), 3, SHA, s.title(), s.paragraphs().get(1),
        "Newsroom desk", s.lang(), s.dir(), APPROVED, blocks, claims,
        List.of(new ExportApproval("editor.one", "EDITOR", APPROVED.minusHours(1)),
            new ExportApproval("chief.two", "CHIEF_EDITOR", APPROVED)),
        EXPORTED, labels);
  }
}
