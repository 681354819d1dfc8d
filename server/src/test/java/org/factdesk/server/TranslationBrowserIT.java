package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The translation workspace in headless Chromium: figures of claims that a translation changed, and the override. */
@ExtendWith(ArquillianExtension.class)
class TranslationBrowserIT {
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
  void aChangedFigureShowsUnderItsBlockAndAnEditorApprovesOnlyWithAReason() {
    long article = Claims.draft(List.of("The ferries carried 3.2 million passengers in 2025.", "Commuters deserve better."));
    assertEquals(201, Articles.assign(article, "checker", "FACT_CHECKER", null).status());
    assertEquals(201, Articles.assign(article, "translator", "TRANSLATOR", "ru").status());
    long claim = Claims.flagged(article, "3.2 million passengers in 2025");
    long task = Api.get("editor", "articles/" + article + "/translations").array().getJsonObject(0)
        .getJsonNumber("id").longValue();

    Browser b = browser;
    b.loginInEnglish("translator");
    b.open("#/translations/" + task);
    b.waitFor("#target-0");
    b.type("#target-title", "Паромы");
    b.type("#target-0", "Паромы перевезли 3,7 млн пассажиров в 2025 году.");
    b.type("#target-1", "Пассажиры заслуживают лучшего.");
    b.click("#save-translation");
    b.waitFor("#figures-0 .figure-warning.blocking");
    String warning = b.find("#figures-0 .figure-warning").getText();
    assertTrue(warning.contains(String.valueOf(claim)) && warning.contains("3.2 million") && warning.contains("3,7"),
        warning);
    b.assertAccessible("translation-figures");
    b.screenshot("translation-figures-en");
    b.click("#submit-translation");
    b.waitFor(".page-head .state-t_submitted");
    b.logout();

    b.login("reviewer");
    b.open("#/translations/" + task);
    b.waitFor("#figure-override");
    b.click("#approve-translation");
    b.waitFor(".slot [role=alert]");
    assertTrue(b.find(".slot [role=alert]").getText().contains("3,7"), b.find(".slot [role=alert]").getText());
    b.type("#figure-override", "The Russian desk rounds to the ministry's later figure on purpose.");
    b.click("#approve-translation");
    b.waitFor("#approval-override");
    assertTrue(b.find("#approval-override").getText().contains("later figure"));
    b.waitFor(".page-head .state-t_approved");
    b.screenshot("translation-override-en");
    b.logout();
  }
}
