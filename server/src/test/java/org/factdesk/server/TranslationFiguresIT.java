package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Figures checked across languages (issue 17): the numbers, years and percentages of a claim must
 * reach its translated block as the same values, in whatever digits and separators the language
 * writes them; a mismatch shows in the workspace and stops approval unless an editor overrides it.
 */
@ExtendWith(ArquillianExtension.class)
class TranslationFiguresIT {
  private static final List<String> SOURCE = List.of(
      "The ferries carried 3.2 million passengers in 2025, the harbour authority says.",
      "Ticket prices rose by 18% over the same period.",
      "Commuters deserve better.");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.factdesk();
  }

  /** An article with two claims (the passenger figure and the price rise) and a translator into {@code language}. */
  private static long[] staffed(String translator, String language) {
    long article = Claims.draft(SOURCE);
    assertEquals(201, Articles.assign(article, "checker", "FACT_CHECKER", null).status());
    assertEquals(201, Articles.assign(article, translator, "TRANSLATOR", language).status());
    Claims.flagged(article, "3.2 million passengers in 2025");
    Claims.flagged(article, "rose by 18%");
    long task = Api.get("editor", "articles/" + article + "/translations").array().getJsonObject(0)
        .getJsonNumber("id").longValue();
    return new long[] {article, task};
  }

  private static JsonObject save(String translator, long task, List<String> blocks) {
    Api.Reply w = Api.get(translator, "translations/" + task);
    Api.Reply saved = Api.put(translator, "translations/" + task, Api.json(Map.of("title", "Паромы",
        "blocks", blocks)), "If-Match", w.etag());
    assertEquals(200, saved.status(), saved::toString);
    return Api.get(translator, "translations/" + task).json();
  }

  private static List<JsonObject> figures(JsonObject workspace, int block) {
    return workspace.getJsonArray("blocks").getJsonObject(block).getJsonArray("figures")
        .getValuesAs(JsonObject.class);
  }

  private static void submit(String translator, long task) {
    Api.Reply submitted = Api.post(translator, "translations/" + task + "/submit", "");
    assertEquals(200, submitted.status(), submitted::toString);
  }

  @Test
  void theSameValuesInRussianWithADecimalCommaPassAndApprove() {
    long[] ids = staffed("translator", "ru");
    JsonObject w = save("translator", ids[1], List.of(
        "Паромы перевезли 3,2 млн пассажиров в 2025 году, сообщает администрация порта.",
        "Цены на билеты выросли на 18 % за тот же период.", "Пассажиры заслуживают лучшего."));
    assertEquals(List.of(), figures(w, 0), w::toString);
    assertEquals(List.of(), figures(w, 1), w::toString);
    submit("translator", ids[1]);
    Api.Reply approved = Api.post("reviewer", "translations/" + ids[1] + "/approve", "");
    assertEquals(200, approved.status(), approved::toString);
    assertTrue(!approved.json().containsKey("approvalOverride") || approved.json().isNull("approvalOverride"),
        "nothing was overridden: " + approved);
  }

  @Test
  void arabicIndicAndPersianDigitsAreTheSameValues() {
    long[] ar = staffed("translator", "ar");
    JsonObject w = save("translator", ar[1], List.of("نقلت العبّارات ٣٫٢ مليون راكب في عام ٢٠٢٥، بحسب سلطة الميناء.",
        "ارتفعت أسعار التذاكر بنسبة ١٨٪ خلال الفترة نفسها.", "يستحق الركاب خدمة أفضل."));
    assertEquals(List.of(), figures(w, 0), w::toString);
    assertEquals(List.of(), figures(w, 1), w::toString);

    String persian = Api.account(List.of("TRANSLATOR"), List.of("fa"));
    long[] fa = staffed(persian, "fa");
    JsonObject wf = save(persian, fa[1], List.of("کشتی‌ها در سال ۲۰۲۵ حدود ۳٫۲ میلیون مسافر جابه‌جا کردند.",
        "قیمت بلیت‌ها ۱۸٪ افزایش یافت.", "مسافران سزاوار خدمات بهتری هستند."));
    assertEquals(List.of(), figures(wf, 0), wf::toString);
    assertEquals(List.of(), figures(wf, 1), wf::toString);
  }

  @Test
  void aChangedYearShowsInTheWorkspaceAndStopsApprovalUntilAnEditorOverrides() {
    long[] ids = staffed("translator", "az");
    JsonObject w = save("translator", ids[1], List.of(
        "Bərələr 2024-cü ildə 3,2 milyon sərnişin daşıyıb, liman idarəsi bildirir.",
        "Bilet qiymətləri eyni dövrdə 18% artıb.", "Sərnişinlər daha yaxşısına layiqdir."));
    List<JsonObject> warnings = figures(w, 0);
    assertEquals(1, warnings.size(), w::toString);
    assertEquals("2025", warnings.get(0).getString("expected"));
    assertEquals("MISMATCH", warnings.get(0).getString("outcome"));
    assertTrue(warnings.get(0).getBoolean("blocking"));
    submit("translator", ids[1]);

    Api.Reply refused = Api.post("reviewer", "translations/" + ids[1] + "/approve", "");
    assertEquals(409, refused.status(), refused::toString);
    assertTrue(refused.json().getString("code").contains("igure"), refused::toString);
    JsonObject reason = refused.json().getJsonArray("reasons").getJsonObject(0);
    assertTrue(reason.getString("code").contains("figure"), reason::toString);
    assertEquals("2025", reason.getJsonObject("details").getString("expected"));
    assertTrue(reason.getJsonObject("details").getString("found").contains("2024"), reason::toString);
    assertEquals("SUBMITTED", Api.get("editor", "translations/" + ids[1]).json().getJsonObject("task")
        .getString("state"), "a refused approval changes nothing");

    Api.Reply overridden = Api.post("reviewer", "translations/" + ids[1] + "/approve",
        Api.json(Map.of("override", "The Azerbaijani edition reports the 2024 season on purpose.")));
    assertEquals(200, overridden.status(), overridden::toString);
    assertEquals("APPROVED", overridden.json().getString("state"));
    assertEquals("The Azerbaijani edition reports the 2024 season on purpose.",
        overridden.json().getString("approvalOverride"));
    JsonObject event = Api.get("editor", "articles/" + ids[0] + "/audit?size=200").json().getJsonArray("items")
        .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("action").equals("translation.approved"))
        .findFirst().orElseThrow();
    assertTrue(event.getString("note").contains("2024 season") && event.getString("note").contains("2025"), event::toString);
  }

  @Test
  void aChangedFigureIsCaughtAndAWrittenOutOneIsNotCalledWrong() {
    long[] ids = staffed("translator", "ru");
    List<String> blocks = new ArrayList<>(List.of(
        "Паромы перевезли 3,7 млн пассажиров в 2025 году, сообщает администрация порта.",
        "Цены на билеты выросли на восемнадцать процентов за тот же период.", "Пассажиры заслуживают лучшего."));
    JsonObject w = save("translator", ids[1], blocks);
    JsonObject passengers = figures(w, 0).get(0);
    assertEquals("MISMATCH", passengers.getString("outcome"), w::toString);
    assertTrue(passengers.getJsonArray("found").getString(0).startsWith("3,7"), passengers::toString);
    assertTrue(figures(w, 1).stream().noneMatch(f -> f.getBoolean("blocking")),
        "eighteen written out is at worst 'cannot tell': " + figures(w, 1));
  }
}
