package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The bell and "changed by" in headless Chromium (issue 20). */
@ExtendWith(ArquillianExtension.class)
class NotificationBrowserIT {
  private static Browser browser;

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

  @Test
  void theBellCountsWhatLandsOnMeAnOpenArticleSaysWhoChangedItAndMailSettingsAreSaved() {
    String checker = Api.account("FACT_CHECKER");
    long article = Articles.id(Articles.draft("Bell"));
    Browser b = browser;
    b.loginInEnglish(checker);
    assertEquals(201, Articles.assign(article, checker, "FACT_CHECKER", null).status());
    b.waitForText("#bell .bell-count", "1"); // pushed over the live stream, no reload
    b.click("#bell");
    b.waitForText("#bell-panel", "assigned you to"); // names come in direction isolates (FSI … PDI)
    b.screenshot("notifications-bell");
    b.assertAccessible("notifications-bell");
    b.click("#bell-read-all");
    b.waitFor("#bell .bell-count[hidden]");

    b.open("#/articles/" + article);
    // The article screen itself, not any h1: "What needs me" has one too, and a comment posted before the
    // screen loads is rightly shown without a banner.
    b.waitForText(".article-screen h1", "Bell");
    assertEquals(201, Api.post("editor", "articles/" + article + "/comments",
        Api.json(java.util.Map.of("body", "Please look at the second paragraph."))).status());
    b.waitForText(".live-change", "Changed by");
    b.click("#live-refresh");
    b.waitForText(".article-screen", "Please look at the second paragraph.");

    b.open("#/notifications");
    b.waitFor("#save-preferences");
    b.choose("#pref-claim-flagged", "DIGEST");
    b.click("#save-preferences");
    b.waitForText("#status", "Settings saved");
    assertEquals("DIGEST", Api.get(checker, "me/notifications/preferences").json().getJsonObject("kinds")
        .getString("claim.flagged"));
  }
}
