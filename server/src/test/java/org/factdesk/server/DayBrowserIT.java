package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;

/** The newsroom's day in headless Chromium (issue 15): what needs me, edits that merge, nothing lost, gates. */
@ExtendWith(ArquillianExtension.class)
class DayBrowserIT {
  private static Browser browser;

  @RegisterExtension
  static final TestWatcher EVIDENCE = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      if (browser != null) {
        browser.screenshot("day-failed-" + context.getRequiredTestMethod().getName());
        System.err.println("Screen at failure (" + browser.driver.getCurrentUrl() + "):\n"
            + browser.driver.findElement(By.tagName("body")).getText());
        // Unsaved work left by the failed test must not hold the next one at a "leave?" question.
        browser.script("window.confirm = () => true");
      }
    }
  };

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.factdesk();
  }

  @BeforeAll
  static void startBrowser() throws Exception {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private static final String FIRST = "The bridge opened in 1998 and carries 40,000 cars a day.";
  private static final String SECOND = "Officials said it was the longest in the region.";

  /** The editor opens the edit screen and types; meanwhile someone else saves {@code theirs}. */
  private static long editRacing(Browser b, String mine, List<String> theirs) {
    long id = Articles.id(Articles.draft("Conflict"));
    b.loginInEnglish("editor");
    b.open("#/articles/" + id + "/edit");
    b.waitFor("textarea[name=text]");
    b.type("textarea[name=text]", mine);
    assertEquals(201, Claims.revise(id, theirs).status());
    b.click(".editor form button[type=submit]");
    return id;
  }

  /** A fresh translator's Hebrew task on a new draft of the editor's. */
  private record Task(String translator, long task) {}

  private static Task hebrewTask(String title) {
    String translator = Api.account("TRANSLATOR");
    long article = Articles.id(Articles.draft(title));
    assertEquals(201, Articles.assign(article, translator, "TRANSLATOR", "he").status());
    return new Task(translator, Api.get("editor", "articles/" + article + "/translations").array().getJsonObject(0)
        .getJsonNumber("id").longValue());
  }

  @Test
  void editsToDifferentBlocksMergeAndNothingTheOtherEditorChangedIsReverted() {
    Browser b = browser;
    String mine = FIRST + "\n\nMy own second paragraph.";
    long id = editRacing(b, mine, List.of(FIRST.replace("1998", "1999"), SECOND));
    b.waitFor("#article-text");
    String text = b.find("#article-text").getText();
    assertTrue(text.contains("1999"), "their correction stays: " + text);
    assertTrue(text.contains("My own second paragraph."), "and so does mine: " + text);
    assertEquals("3", Api.get("editor", "articles/" + id).json().get("currentRevision").toString());
    b.logout();
  }

  @Test
  void editsToTheSameBlockAreChosenBlockByBlockWithNoOverwriteButton() {
    Browser b = browser;
    String mine = FIRST.replace("40,000", "41,000") + "\n\n" + SECOND;
    long id = editRacing(b, mine, List.of(FIRST.replace("1998", "1999"), SECOND));
    b.waitFor(".conflict.merge");
    assertEquals(1, b.all(".merge-block").size(), "only the block both changed asks");
    assertTrue(b.find(".merge-block .diff.theirs").getText().contains("1999"), "their change is shown");
    assertTrue(b.find(".merge-block .diff.mine").getText().contains("41,000"), "and mine");
    String buttons = b.find(".conflict.merge").getText();
    assertFalse(buttons.contains("on top of theirs"), "no one-click overwrite: " + buttons);
    b.assertAccessible("edit-conflict");
    b.screenshot("edit-conflict-en");
    b.click("#apply-merge");
    b.waitFor(".conflict.merge .problem:not([hidden])");
    b.type("#merge-0", FIRST.replace("1998", "1999").replace("40,000", "41,000"));
    b.click("#apply-merge");
    b.until(d -> d.findElements(By.cssSelector(".conflict.merge")).isEmpty());
    b.click(".editor form button[type=submit]");
    b.waitFor("#article-text");
    String text = b.find("#article-text").getText();
    assertTrue(text.contains("1999") && text.contains("41,000"), text);
    assertEquals("3", Api.get("editor", "articles/" + id).json().get("currentRevision").toString());
    b.logout();
  }

  @Test
  void aTranslatorLandsOnWhatNeedsThemOpensTheWorkspaceAndLosesNoTyping() {
    Task t = hebrewTask("Needs me");
    String translator = t.translator();
    long task = t.task();

    Browser b = browser;
    b.loginInEnglish(translator);
    assertEquals("What needs me", b.heading());
    assertTrue(b.driver.getCurrentUrl().endsWith("#/work"), b.driver.getCurrentUrl());
    b.waitFor("tr[data-kind=TRANSLATE]");
    b.assertAccessible("work");
    b.screenshot("work-en");
    b.click("tr[data-kind=TRANSLATE] a.work-link");
    b.waitFor("#target-0");
    assertTrue(b.driver.getCurrentUrl().endsWith("#/translations/" + task), "the row opens the workspace");

    String typed = "הגשר נפתח ב־1998.";
    b.type("#target-0", typed);
    b.click("nav a[href='#/work']");
    b.until(d -> { try { d.switchTo().alert().dismiss(); return true; } catch (Exception e) { return false; } });
    assertTrue(b.driver.getCurrentUrl().endsWith("#/translations/" + task), "staying keeps the screen");
    assertEquals(typed, b.find("#target-0").getAttribute("value"));
    b.click("nav a[href='#/work']");
    b.until(d -> { try { d.switchTo().alert().accept(); return true; } catch (Exception e) { return false; } });
    b.waitForText("main h1", "What needs me");

    b.open("#/translations/" + task);
    b.waitFor("#restore-draft");
    assertEquals("", b.find("#target-0").getAttribute("value"), "a draft is offered, not applied unasked");
    b.click("#restore-draft");
    b.until(d -> typed.equals(d.findElement(By.id("target-0")).getAttribute("value")));
    b.click("#save-translation");
    b.waitForText("#status", "");
    b.until(d -> d.findElements(By.id("restore-draft")).isEmpty());
    b.click("nav a[href='#/work']");
    b.waitForText("main h1", "What needs me");
    b.logout();
  }

  @Test
  void aScreenForAnotherRoleSaysSoAndTheInterfaceLanguageFollowsThePerson() {
    String translator = Api.account("TRANSLATOR");
    String editor = Api.account("EDITOR");
    Browser b = browser;
    b.loginInEnglish(translator);
    b.open("#/admin");
    b.waitForText("main h1", "Not for your role");
    assertTrue(b.all("nav a[href='#/admin']").isEmpty(), "no Staff link either");

    b.language("ar");
    b.until(d -> "ar".equals(Api.get(translator, "me").json().getString("uiLanguage", "")));
    b.click("#logout");
    b.waitFor(".login-form");
    b.login(editor);
    assertEquals("en", b.find("html").getAttribute("lang"), "the next person gets their own, not the translator's Arabic");
    b.logout();
    b.login(translator);
    b.until(d -> "ar".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    assertEquals("rtl", b.find("html").getAttribute("dir"));
    b.language("en");
    b.logout();
  }

  @Test
  void anApprovedArticleOffersNoEditAndALongTitleWraps() {
    String word = "Unbroken".repeat(22);
    Api.Reply created = Api.post("editor", "articles", Api.json(Map.of("title", word, "language", "en",
        "text", FIRST)));
    assertEquals(201, created.status(), created::toString);
    long id = Articles.id(created.json());
    Articles.assign(id, "reviewer", "REVIEWER", null);
    Articles.assign(id, "checker", "FACT_CHECKER", null);
    assertEquals(200, Articles.transition("editor", id, "IN_REVIEW").status());
    assertEquals(200, Articles.transition("reviewer", id, "FACT_CHECK").status());
    assertEquals(200, Articles.transition("reviewer", id, "APPROVED").status());
    Browser b = browser;
    b.loginInEnglish("editor");
    b.open("#/articles/" + id);
    b.waitFor("#article-text");
    assertTrue(b.all("#edit-article").isEmpty(), "no Edit text on an approved article");
    long width = ((Number) b.script("return document.documentElement.scrollWidth")).longValue();
    assertTrue(width <= 1280, "a 176-character word wraps; the page is " + width + " px wide");
    b.logout();
  }

  @Test
  void aTranslationSavedInAnotherTabMergesPerBlockAndTheSecondSaveOverwritesNothing() {
    Task t = hebrewTask("Two tabs");
    String translator = t.translator();
    long task = t.task();
    Browser b = browser;
    b.loginInEnglish(translator);
    b.open("#/translations/" + task);
    b.waitFor("#target-1");
    b.type("#target-title", "גשר");
    b.type("#target-0", "מהטאב הזה");
    // The other tab saves both blocks first.
    Api.Reply w = Api.get(translator, "translations/" + task);
    assertEquals(200, Api.put(translator, "translations/" + task, Api.json(Map.of("title", "גשר",
        "blocks", List.of("מהטאב השני", "פסקה שנייה מהטאב השני"))), "If-Match", w.etag()).status());
    b.click("#save-translation");
    b.waitFor(".block-conflict");
    assertEquals(1, b.all(".block-conflict").size(), "only the block both tabs changed asks");
    assertEquals("פסקה שנייה מהטאב השני", b.find("#target-1").getAttribute("value"), "the other tab's block is merged in");
    b.screenshot("translation-conflict-en");
    b.click("#save-translation");
    b.waitFor(".block-conflict:focus");
    b.click(".block-conflict .keep-mine");
    b.click("#save-translation");
    b.until(d -> {
      var blocks = Api.get(translator, "translations/" + task).json().getJsonArray("blocks");
      return "מהטאב הזה".equals(blocks.getJsonObject(0).getString("target", ""))
          && "פסקה שנייה מהטאב השני".equals(blocks.getJsonObject(1).getString("target", ""));
    });
    b.logout();
  }

  @Test
  void theWorkflowIsTwoTabsFromTheHeadingAndWithdrawingAsksFirstThenFocusesTheNewState() {
    long id = Articles.id(Articles.draft("Keyboard workflow"));
    Browser b = browser;
    b.loginInEnglish("editor");
    b.open("#/articles/" + id);
    b.waitFor("button[data-to=WITHDRAWN]");
    b.until(d -> Boolean.TRUE.equals(b.script("return document.activeElement.matches('main h1')")));
    b.tabTo("#skip-to-workflow", 2);
    b.keys(org.openqa.selenium.Keys.ENTER);
    b.until(d -> Boolean.TRUE.equals(b.script("return document.activeElement.id === 'workflow-state'")));
    b.tabTo("button[data-to]", 3);

    b.click("button[data-to=WITHDRAWN]");
    b.waitFor(".confirm-step");
    assertTrue((Boolean) b.script("return document.activeElement.matches('.confirm-yes')"), "Yes is focused");
    b.click(".confirm-no");
    assertEquals("DRAFT", Api.get("editor", "articles/" + id).json().getString("state"), "cancel changes nothing");
    b.click("button[data-to=WITHDRAWN]");
    b.click(".confirm-yes");
    b.waitFor(".page-head .state-withdrawn");
    b.until(d -> Boolean.TRUE.equals(b.script("return document.activeElement.id === 'workflow-state'")));
    b.logout();
  }
}
