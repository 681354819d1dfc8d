package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.workflow.article.ArticleService;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The web interface in headless Chromium: the newsroom's whole flow, markup safety, RTL and accessibility. */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {
  private static Browser browser;

  /** On failure: a screenshot and the screen's text, to see what the browser saw. */
  @RegisterExtension
  static final TestWatcher EVIDENCE = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      if (browser != null) {
        browser.screenshot("failed-" + context.getRequiredTestMethod().getName());
        System.err.println("Screen at failure (" + browser.driver.getCurrentUrl() + "):\n"
            + browser.driver.findElement(By.tagName("body")).getText());
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

  private static final String MARKDOWN = """
      # Harbour traffic doubled

      The port handled 1.2 million tonnes of cargo last year, officials said.

      A new ferry line opened in March with 14 daily crossings.

      > "We hired 300 dockworkers," the harbour master said.
      """;
  private static final List<String> CLAIMS = List.of("1.2 million tonnes of cargo", "14 daily crossings",
      "hired 300 dockworkers");
  private static final List<String> HEBREW = List.of("תנועת הנמל הוכפלה",
      "הנמל טיפל בשנה שעברה ב־1.2 מיליון טונות של מטען, כך אמרו פקידים.",
      "קו מעבורת חדש נפתח במרץ עם 14 מעברים ביום.",
      "\"גייסנו 300 פועלי נמל\", אמר מנהל הנמל.");

  @Test
  void editorCheckerAndTranslatorTakeAnImportedArticleToAHebrewPdf() throws Exception {
    Browser b = browser;
    b.open("#/login");
    b.language("en");

    // The editor imports a Markdown file and staffs the article.
    b.login("editor");
    b.click("a[href='#/new']");
    Path file = Files.createTempFile("harbour-report", ".md");
    Files.writeString(file, MARKDOWN, StandardCharsets.UTF_8);
    b.find("input[name=file]").sendKeys(file.toString());
    b.browserWaitValue("select[name=format]", "markdown");
    // The title's limits are the API schema's (limits.js): required, and 300 code points, so 301 letters of
    // two UTF-16 units each are refused before anything is sent, with a counter saying how far over.
    assertEquals(String.valueOf(ArticleService.MAX_TITLE), b.find("input[name=title]").getAttribute("data-max"));
    assertEquals("true", b.find("input[name=title]").getDomProperty("required"));
    assertTrue(b.find("label[for=" + b.find("input[name=title]").getAttribute("id") + "]").getText().contains("required"));
    b.setValue("input[name=title]", "\uD835\uDD18".repeat(ArticleService.MAX_TITLE + 1));
    b.waitForText(".limit-count.over", "301 of 300");
    b.click(".editor button[type=submit]");
    assertTrue(b.find("input[name=title]").getDomProperty("validationMessage").contains("at most 300"),
        "the browser holds the form back with the limit's own message");
    assertTrue(b.driver.getCurrentUrl().endsWith("#/new"), "nothing was sent");
    b.setValue("input[name=title]", "\uD835\uDD18".repeat(ArticleService.MAX_TITLE));
    assertEquals("", b.find("input[name=title]").getDomProperty("validationMessage"), "300 of them fit");
    String title = "Harbour traffic " + UUID.randomUUID().toString().substring(0, 6);
    b.type("input[name=title]", title);
    b.click(".editor button[type=submit]");
    b.waitFor("#article-text");
    Matcher m = Pattern.compile("#/articles/(\\d+)").matcher(b.driver.getCurrentUrl());
    assertTrue(m.find(), b.driver.getCurrentUrl());
    String article = "#/articles/" + m.group(1);
    assertEquals(title, b.heading());
    assertEquals(4, b.all("#article-text [data-block]").size(), "heading, two paragraphs and a quote");
    assertEquals(1, b.all("#article-text blockquote").size());

    assign(b, "reviewer", "REVIEWER", null, 1);
    assign(b, "checker", "FACT_CHECKER", null, 2);
    assign(b, "translator", "TRANSLATOR", "he", 3);
    b.click("button[data-to=IN_REVIEW]");
    b.waitFor(".page-head .state-in_review");
    b.logout();

    // The reviewer finds it in their queue and passes it on.
    b.login("reviewer");
    filterQueue(b, "IN_REVIEW");
    b.click("main a[href='" + article + "']");
    b.waitFor("#article-text");
    b.click("button[data-to=FACT_CHECK]");
    b.waitFor(".page-head .state-fact_check");
    b.logout();

    // The fact-checker selects three claims in the text, is told why the article cannot move yet,
    // cites a source for each and resolves them.
    b.login("checker");
    filterQueue(b, "FACT_CHECK");
    b.click("main a[href='" + article + "']");
    b.waitFor("#article-text");
    for (int i = 0; i < CLAIMS.size(); i++) {
      assertEquals(true, b.script(SELECT_TEXT, CLAIMS.get(i)), CLAIMS.get(i));
      b.browserWaitValue("#claim-quote", CLAIMS.get(i));
      b.type("#claim-reason", "Check figure " + (i + 1));
      b.click("#flag-claim");
      b.waitForCount(".claim-card", i + 1);
    }
    assertEquals(3, b.all("#article-text mark.claim-flagged").size());
    b.click("button[data-to=TRANSLATION]");
    b.waitFor("#transition-problem .problem");
    String blocked = b.find("#transition-problem .problem").getText();
    assertEquals(3, b.all("#transition-problem .reasons li").size(), blocked);
    for (String claim : CLAIMS) {
      assertTrue(blocked.contains(claim), "the blocked move names " + claim + ": " + blocked);
    }

    String sourceTitle = "Harbour statistics " + UUID.randomUUID().toString().substring(0, 6);
    b.type("#source-url", "https://stats.example.org/harbour/" + UUID.randomUUID());
    b.type("#source-title", sourceTitle);
    b.type("#source-publisher", "Harbour Authority");
    b.click("#add-source");
    b.until(d -> d.findElements(By.xpath("//select[starts-with(@name, 'cite-source-')]/option[. = '" + sourceTitle + "']"))
        .size() == CLAIMS.size());
    List<String> claimIds = b.all(".claim-card").stream().map(e -> e.getAttribute("id").substring(6)).toList();
    for (String id : claimIds) {
      new Select(b.find("select[name=cite-source-" + id + "]")).selectByVisibleText(sourceTitle);
      b.choose("select[name=cite-stance-" + id + "]", "SUPPORTS");
      b.type("input[name=cite-locator-" + id + "]", "table 3");
      b.click("#cite-" + id);
      b.waitFor("#claim-" + id + " .citations");
      b.choose("select[name=verdict-" + id + "]", "MOSTLY_TRUE");
      b.type("textarea[name=rationale-" + id + "]", "Matches the authority's annual table.");
      b.click("#resolve-" + id);
      b.waitFor("#claim-" + id + ".claim-resolved");
    }
    assertEquals(3, b.all("#article-text mark.claim-resolved.verdict-mostly-true").size());
    b.click("button[data-to=TRANSLATION]");
    b.waitFor(".page-head .state-translation");
    b.logout();

    // The translator works side by side, right to left, and submits the Hebrew version.
    b.login("translator");
    filterQueue(b, "TRANSLATION");
    b.click("main a[href='" + article + "']");
    b.click("#open-translation-he");
    b.waitFor("#target-0");
    assertEquals("rtl", b.find("#target-0").getAttribute("dir"));
    assertEquals("he", b.find("#target-0").getAttribute("lang"));
    assertEquals("ltr", b.find(".pairs .source-side").getAttribute("dir"));
    assertEquals(3, b.all(".pairs .source-side mark.claim-resolved").size(), "claims show on the source side");
    b.type("#target-title", HEBREW.get(0));
    for (int i = 0; i < HEBREW.size(); i++) {
      b.type("#target-" + i, HEBREW.get(i));
    }
    b.click("#save-translation");
    b.waitFor(".page-head .state-t_in_progress");
    assertEquals(HEBREW.get(1), b.find("#target-1").getAttribute("value"));
    b.click("#submit-translation");
    b.waitFor(".page-head .state-t_submitted");
    b.logout();

    // Another editor (the reviewer: four eyes, the editor wrote it) approves the Hebrew version and
    // the article, and downloads the Hebrew PDF.
    b.login("reviewer");
    b.open(article);
    b.click("#approve-he");
    b.waitFor(".tasks .state-t_approved");
    b.click("button[data-to=APPROVED]");
    b.waitFor(".page-head .state-approved");
    b.click("#pdf-he");
    Path pdf = b.download(".pdf");
    byte[] bytes = Files.readAllBytes(pdf);
    assertTrue(bytes.length > 1000 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"),
        pdf + " is a PDF");
    b.logout();
  }

  /** Filters the queue by state, and waits until every row shown is in that state. */
  private static void filterQueue(Browser b, String state) {
    b.click("nav a[href='#/queue']");
    b.choose("select[name=state]", state);
    b.click("form.filters button[type=submit]");
    String badge = ".grid tbody .state-" + state.toLowerCase();
    b.until(d -> !d.findElements(By.cssSelector(badge)).isEmpty()
        && d.findElements(By.cssSelector(badge)).size() == d.findElements(By.cssSelector(".grid tbody tr")).size());
  }

  private static void assign(Browser b, String user, String role, String language, int staff) {
    b.choose("#assign-user", user);
    b.choose("#assign-role", role);
    if (language != null) {
      b.choose("#assign-language", language);
    }
    b.setValue("#assign-due", java.time.LocalDate.now().plusDays(1).toString());
    b.click("#assign-submit");
    b.waitForCount(".staff li", staff);
  }

  /** Selects the phrase in the article text as a reader would with the mouse. */
  private static final String SELECT_TEXT = """
      const phrase = arguments[0];
      const walker = document.createTreeWalker(document.getElementById('article-text'), NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.data.indexOf(phrase);
        if (i >= 0) {
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + phrase.length);
          const selection = document.getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
          return true;
        }
      }
      return false;""";

  @Test
  void aFactCheckerCorrectsACitationsStanceThenRemovesIt() {
    long article = Claims.columnInFactCheck();
    long claim = Claims.cited(article, "ticket prices rose by 18%");
    long citation = Claims.claim(claim).getJsonArray("citations").getJsonObject(0).getJsonNumber("id").longValue();

    Browser b = browser;
    b.loginInEnglish("checker");
    b.open("#/articles/" + article);
    b.click("#edit-citation-" + citation);
    b.choose("select[name=citation-stance-" + citation + "]", "REFUTES");
    b.type("input[name=citation-locator-" + citation + "]", "table 3, p. 7");
    b.click("#save-citation-" + citation);
    b.waitForText("#citation-" + citation, "table 3, p. 7");
    JsonObject cited = Claims.claim(claim).getJsonArray("citations").getJsonObject(0);
    assertEquals("REFUTES", cited.getString("stance"));
    assertEquals("table 3, p. 7", cited.getString("locator"));

    b.click("#edit-citation-" + citation);
    b.click("#remove-citation-" + citation);
    b.waitFor("#claim-" + claim + ":not(:has(#citation-" + citation + "))");
    assertEquals(0, Claims.claim(claim).getJsonArray("citations").size());
    b.logout();
  }

  /**
   * Issue 17 through the screens: the checker's verdict on a figure, the author's edit of it, the
   * re-check with both texts side by side, and only then the move on. Along the way: no flag form or
   * verdict for the editor, and the four-eyes reason under the author's approve button.
   */
  @Test
  void aFigureEditedAfterItsVerdictIsReCheckedBeforeTheArticleMovesOn() {
    long article = Claims.columnInFactCheck();
    long claim = Claims.cited(article, "3.2 million passengers in 2025");
    String card = "#claim-" + claim;

    Browser b = browser;
    b.loginInEnglish("checker");
    b.open("#/articles/" + article);
    b.waitFor("#flag-claim");
    b.choose("select[name=verdict-" + claim + "]", "TRUE");
    b.type("textarea[name=rationale-" + claim + "]", "The annual report says 3.2 million.");
    b.click("#resolve-" + claim);
    b.waitFor(card + ".claim-resolved");
    b.logout();

    // The editor wrote the article: they edit the figure, but neither flag nor settle claims.
    b.login("editor");
    b.open("#/articles/" + article);
    b.waitFor("#article-text");
    assertTrue(b.all("#flag-claim").isEmpty(), "no flag form for an editor");
    assertTrue(b.all("#show-suggestions").isEmpty(), "no suggestions to accept for an editor");
    b.click("#edit-article");
    b.waitFor("textarea[name=text]");
    String text = b.find("textarea[name=text]").getAttribute("value");
    b.type("textarea[name=text]", text.replace("3.2 million", "3.4 million"));
    b.click(".editor form button[type=submit]");
    b.waitFor(card + ".claim-needs_recheck");
    assertEquals(1, b.all("#article-text mark.claim-needs_recheck").size(), "the changed quote is marked apart");
    assertTrue(b.all("#confirm-recheck-" + claim + ", #resolve-" + claim).isEmpty(), "the editor does not settle it");
    assertTrue(b.find(card + " .recheck").getText().contains("Waiting for an assigned fact-checker"));
    String reason = b.find("li.transition:has(button[data-to=TRANSLATION]) .recheck-reason").getText();
    assertTrue(reason.contains("3.2 million") && reason.contains("3.4 million"), "both texts: " + reason);
    String approve = b.find("li.transition:has(button[data-to=APPROVED]) .blocked").getText();
    assertTrue(approve.contains("You wrote this article or its current text"), approve);
    assertFalse(approve.contains("guard."), "no raw codes: " + approve);
    b.logout();

    // The checker sees what was checked beside what the text says now, and confirms the verdict.
    b.login("checker");
    b.open("#/articles/" + article);
    b.waitFor(card + " .recheck");
    assertTrue(b.find(card + " .recheck-was").getText().contains("3.2 million passengers in 2025"));
    assertTrue(b.find(card + " .recheck-was").getText().contains("True"), "the verdict given then");
    assertTrue(b.find(card + " .recheck-now").getText().contains("3.4 million passengers in 2025"));
    assertEquals("3.2", b.find(card + " .diff del").getText());
    assertEquals("3.4", b.find(card + " .diff ins").getText());
    assertEquals("Needs re-check", b.find(card + " .status-needs-recheck").getText());
    bothLanguages(b, "article-recheck", "#confirm-recheck-" + claim, card);
    b.type("input[name=recheck-note-" + claim + "]", "The revised report says 3.4 million.");
    b.click("#confirm-recheck-" + claim);
    b.waitFor(card + ".claim-resolved");
    assertTrue(b.all(card + " .recheck").isEmpty());
    b.click("button[data-to=TRANSLATION]");
    b.waitFor(".page-head .state-translation");
    assertTrue(Api.get("editor", "articles/" + article + "/audit?size=200").body()
        .contains("The revised report says 3.4 million."), "the note is in the audit trail");
    b.logout();
  }

  @Test
  void whoeverTranslatedOrSubmittedATranslationIsNotOfferedItsApproval() {
    String both = Api.account("EDITOR", "TRANSLATOR");
    long article = Articles.submittedBy(both).article();

    Browser b = browser;
    b.loginInEnglish(both);
    b.open("#/articles/" + article);
    b.waitFor("#own-translation-he");
    assertTrue(b.all("#approve-he").isEmpty(), "no approve button for the translation's own translator");
    b.click("#open-translation-he");
    b.waitFor("#own-translation-he");
    assertTrue(b.all("#approve-translation").isEmpty());
    b.logout();
    b.login("reviewer");
    b.open("#/articles/" + article);
    b.waitFor("#approve-he");
    assertTrue(b.all("#own-translation-he").isEmpty());
    b.logout();
  }

  /** Issue 19: PDF export has no font for Ol Chiki (Santali); the editor learns it before assigning. */
  @Test
  void assigningATranslatorIntoAScriptPdfCannotSetWarnsFirst() {
    long id = Articles.id(Articles.draft("Santali"));
    Browser b = browser;
    b.loginInEnglish("editor");
    b.open("#/articles/" + id);
    b.waitFor("#assign-role");
    b.choose("#assign-role", "TRANSLATOR");
    // Every language in the list has a face today, so the test adds one whose script has none (Santali,
    // Ol Chiki), as a longer list would; choosing it is what asks the server.
    b.script("arguments[0].add(new Option('Santali (sat)', 'sat'))", b.find("#assign-language"));
    b.choose("#assign-language", "sat");
    b.waitForText(".pdf-warning", "Ol Chiki");
    b.choose("#assign-language", "th");
    b.until(d -> d.findElements(By.cssSelector(".pdf-warning")).isEmpty());
    b.logout();
  }

  @Test
  void markupInAnArticleShowsAsTextAndRunsNothing() {
    String evilTitle = "<img src=x onerror=\"window.__pwned='title'\"> Headline " + UUID.randomUUID().toString().substring(0, 6);
    String evilText = "Before <script>window.__pwned='script'</script> after.\n\n"
        + "<img src=x onerror=window.__pwned='img'> and <a href=\"javascript:window.__pwned='link'\">a link</a>";
    Api.Reply created = Api.post("editor", "articles", Api.json(Map.of("title", evilTitle, "language", "en",
        "text", evilText)));
    assertEquals(201, created.status(), created::toString);
    long id = Articles.id(created.json());
    assertEquals(201, Api.post("editor", "articles/" + id + "/comments",
        Api.json(Map.of("body", "<script>window.__pwned='comment'</script>"))).status());

    Browser b = browser;
    b.loginInEnglish("editor");
    b.open("#/articles/" + id);
    b.waitFor("#article-text");
    assertEquals(evilTitle, b.heading());
    String text = b.find("#article-text").getText();
    assertTrue(text.contains("<script>window.__pwned='script'</script>"), text);
    assertTrue(text.contains("<img src=x onerror=window.__pwned='img'>"), text);
    assertTrue(b.find("main").getText().contains("<script>window.__pwned='comment'</script>"));
    assertEquals(0, b.all("main img").size(), "no image element came out of the text");
    assertEquals(0, b.all("main script").size(), "no script element came out of the text");
    assertEquals(0, b.all("#article-text a").size(), "no link came out of the text");
    b.script("return new Promise(r => setTimeout(r, 300))");
    assertEquals(null, b.script("return window.__pwned === undefined ? null : String(window.__pwned)"),
        "nothing from the article ran");
    b.logout();
  }

  @Test
  void aReviewerLogsInOpensTheirArticleAndCommentsWithTheKeyboardOnly() {
    String title = "Keyboard " + UUID.randomUUID().toString().substring(0, 8);
    Api.Reply created = Api.post("editor", "articles", Api.json(Map.of("title", title, "language", "en",
        "text", "A paragraph to read.")));
    assertEquals(201, created.status(), created::toString);
    long id = Articles.id(created.json());
    // Long overdue, so it heads the reviewer's queue however many other tests assigned them.
    assertEquals(201, Api.post("editor", "articles/" + id + "/assignments",
        Api.json(Map.of("user", "reviewer", "role", "REVIEWER", "due", "2001-01-01"))).status());
    // In review, so it is a step waiting for the reviewer on the first screen after login.
    assertEquals(200, Articles.transition("editor", id, "IN_REVIEW").status());

    Browser b = browser;
    b.open("#/login");
    b.language("en");
    if (!b.all("#logout").isEmpty()) {
      b.logout();
    }
    b.tabTo("input[name=username]", 30);
    b.keys("reviewer");
    b.tabTo("input[name=password]", 3);
    b.keys("demo", org.openqa.selenium.Keys.ENTER);
    b.waitFor("#logout");
    b.waitFor("a[href$='#/articles/" + id + "']");
    b.tabTo("a[href$='#/articles/" + id + "']", 80);
    b.keys(org.openqa.selenium.Keys.ENTER);
    b.waitForText("main h1", title);
    String note = "Checked by keyboard " + id;
    b.tabTo("#comment-body", 200);
    b.keys(note);
    b.tabTo("button[type=submit]", 3).sendKeys(org.openqa.selenium.Keys.ENTER);
    b.waitForText("main", note);
    assertTrue(Api.get("editor", "articles/" + id + "/comments").body().contains(note), "the comment was saved");
    b.logout();
  }

  @Test
  void everyMainScreenIsAccessibleInEnglishAndMirroredInHebrew() {
    long id = Articles.staffed("Screens");
    assertEquals(200, Articles.transition("editor", id, "IN_REVIEW").status());
    assertEquals(200, Articles.transition("reviewer", id, "FACT_CHECK").status());
    long resolved = Claims.flagged(id, "opened in 1998");
    long source = Claims.source("https://example.org/bridge/" + UUID.randomUUID(), "Bridge register");
    assertEquals(201, Claims.cite(resolved, source, "SUPPORTS", "p. 4").status());
    assertEquals(200, Claims.resolve(resolved, "TRUE", "The register says 1998.").status());
    Claims.flagged(id, "40,000 cars a day");

    Browser b = browser;
    b.open("#/login");
    b.language("en");
    b.driver.navigate().refresh();
    b.waitFor(".login-form");
    // Not asserted (timing belongs in BENCHMARKS.md): how long a fresh load takes to the first screen.
    System.out.println("BrowserIT: first screen rendered " + b.script(
        "return Math.round(performance.getEntriesByName('fd:first-screen')[0].startTime)") + " ms after navigation start");
    bothLanguages(b, "login", ".login-form");

    b.login("translator");
    b.waitFor("main table, main .empty");
    bothLanguages(b, "queue", "main table, main .empty");
    b.open("#/articles/" + id);
    b.click("#open-translation-he");
    b.waitFor("#target-0");
    assertEquals("rtl", b.find("#target-0").getAttribute("dir"));
    bothLanguages(b, "translation", "#target-0");
    b.logout();

    b.login("editor");
    b.open("#/articles/" + id);
    b.waitFor("#article-text mark.claim-resolved");
    assertEquals("ltr", b.find("#article-text").getAttribute("dir"), "English text stays left to right");
    bothLanguages(b, "article", ".blocked li");
    b.open("#/new");
    bothLanguages(b, "new-article", "textarea[name=text]");
    b.logout();

    b.login("admin");
    b.open("#/admin");
    bothLanguages(b, "admin", "main table");
    b.logout();
    b.language("en");
  }

  /** The current screen in English, then in Hebrew (the language switch re-renders it in place). */
  private static void bothLanguages(Browser b, String screen, String ready) {
    bothLanguages(b, screen, ready, null);
  }

  /** As above, plus a screenshot ({@code …-detail}) with the {@code detail} element scrolled to the top. */
  private static void bothLanguages(Browser b, String screen, String ready, String detail) {
    for (String lang : List.of("en", "he")) {
      b.language(lang);
      b.waitFor(ready);
      check(b, lang, screen);
      if (detail != null) {
        b.script("arguments[0].scrollIntoView({block: 'start'})", b.find(detail));
        b.screenshot(lang + "-" + screen + "-detail");
      }
    }
    b.language("en");
  }

  /**
   * Screenshot, and in Hebrew the mirrored layout: the brand on the right, the menu on the left.
   * axe-core runs on every screen in English, and in Hebrew where content and interface differ in
   * direction (article, translation): the rest is the same markup and stylesheet.
   */
  private static void check(Browser b, String lang, String screen) {
    b.screenshot(lang + "-" + screen);
    if (lang.equals("en") || screen.startsWith("article") || screen.equals("translation")) {
      b.assertAccessible(lang + " " + screen);
    }
    WebElement brand = b.find(".brand");
    WebElement language = b.find("#language");
    boolean brandRight = brand.getRect().getX() > language.getRect().getX();
    assertEquals(lang.equals("he"), brandRight, lang + " " + screen + ": the top bar mirrors with the direction");
    assertFalse(b.all("main h1").isEmpty(), screen + " has a heading");
    assertEquals("h1", b.driver.switchTo().activeElement().getTagName().toLowerCase(),
        screen + ": focus moves to the new screen's heading");
    assertTrue(b.driver.findElements(By.cssSelector("main h1")).get(0).getText().length() > 0);
  }
}
