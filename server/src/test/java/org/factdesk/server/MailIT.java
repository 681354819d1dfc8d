package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Notification mail through a real SMTP server (GreenMail) in this test (issue 20). */
@ExtendWith(ArquillianExtension.class)
class MailIT {
  private static GreenMail smtp;

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.factdesk();
  }

  @BeforeAll
  static void startSmtp() {
    int port = Integer.parseInt(System.getProperty("factdesk.test.smtpPort", "19381"));
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  /** A new fact-checker with this address, whose interface (and so mail) language is {@code language}. */
  private static String checkerMailedAt(String email, String language) {
    String user = Api.account("FACT_CHECKER");
    String etag = Api.get("admin", "users/" + user).etag();
    Api.Reply set = Api.patch("admin", "users/" + user, Api.json(Map.of("email", email)), "If-Match", etag);
    assertEquals(200, set.status(), set::toString);
    Api.Reply lang = Api.put(user, "me/notifications/preferences", Api.json(Map.of("language", language)));
    assertEquals(200, lang.status(), lang::toString);
    assertEquals(email, lang.json().getString("email"));
    return user;
  }

  private static List<MimeMessage> to(String email, Duration wait) throws Exception {
    long until = System.nanoTime() + wait.toNanos();
    while (true) {
      List<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
        try {
          return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(email);
        } catch (Exception e) {
          return false;
        }
      }).toList();
      if (!found.isEmpty() || System.nanoTime() > until) {
        return found;
      }
      Thread.sleep(100);
    }
  }

  @Test
  void theAssigneeIsMailedInTheirLanguageAsTextAndHtml() throws Exception {
    String email = "checker-" + System.nanoTime() + "@example.org";
    String user = checkerMailedAt(email, "ru");
    long article = Articles.id(Articles.draft("Mailed"));
    assertEquals(201, Articles.assign(article, user, "FACT_CHECKER", null).status());
    List<MimeMessage> mail = to(email, Duration.ofSeconds(20));
    assertEquals(1, mail.size());
    MimeMessage m = mail.get(0);
    assertTrue(m.getSubject().contains("назначает вас"), m.getSubject());
    assertTrue(m.getSubject().contains("Mailed"), m.getSubject());
    assertEquals("factdesk@example.org", m.getFrom()[0].toString());
    MimeMultipart parts = (MimeMultipart) m.getContent();
    assertEquals(2, parts.getCount(), "plain text and HTML");
    assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
    assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
    assertTrue(GreenMailUtil.getBody(parts.getBodyPart(0)).length() > 0);
    assertTrue(((String) parts.getBodyPart(0).getContent()).contains("/#/articles/" + article));
  }

  @Test
  void neverMeansNoMailAndDigestWaitsForTheDailyMail() throws Exception {
    String never = "never-" + System.nanoTime() + "@example.org";
    String digest = "digest-" + System.nanoTime() + "@example.org";
    String control = "control-" + System.nanoTime() + "@example.org";
    String quiet = checkerMailedAt(never, "en");
    String daily = checkerMailedAt(digest, "he");
    String loud = checkerMailedAt(control, "en");
    assertEquals(200, Api.put(quiet, "me/notifications/preferences",
        kinds("assignment.created", "NEVER"))
        .status());
    Api.Reply chosen = Api.put(daily, "me/notifications/preferences",
        kinds("assignment.created", "DIGEST"));
    assertEquals("DIGEST", chosen.json().getJsonObject("kinds").getString("assignment.created"), chosen::toString);
    assertEquals(400, Api.put(daily, "me/notifications/preferences",
        kinds("article.exploded", "NEVER"))
        .status());
    // All or nothing: a bad delivery refuses the language sent with it (the fuzzer found it stored).
    Api.Reply half = Api.put(daily, "me/notifications/preferences", "{\"language\":\"ru\","
        + "\"kinds\":[{\"type\":\"assignment.created\",\"delivery\":\"HOURLY\"}]}");
    assertEquals(400, half.status(), half::toString);
    Api.Reply kept = Api.get(daily, "me/notifications/preferences");
    assertEquals("he", kept.json().getString("language"), kept::toString);
    assertEquals("DIGEST", kept.json().getJsonObject("kinds").getString("assignment.created"), kept::toString);
    long first = Articles.id(Articles.draft("Digest one"));
    long second = Articles.id(Articles.draft("Digest two"));
    for (String user : List.of(quiet, daily, loud)) {
      Articles.assign(first, user, "FACT_CHECKER", null);
      Articles.assign(second, user, "FACT_CHECKER", null);
    }
    assertEquals(2, awaitCount(control, 2), "immediately: one mail per assignment");
    assertEquals(List.of(), to(never, Duration.ofSeconds(2)), "never: no mail");
    assertEquals(List.of(), to(digest, Duration.ofMillis(100)), "digest: not yet");
    Notifications.await(quiet, first, l -> !l.isEmpty()); // never is about mail: the bell still rings
    try (Connection db = Database.connect();
         PreparedStatement s = db.prepareStatement("UPDATE mail_message SET next_attempt_at = 0 WHERE username = ?")) {
      s.setString(1, daily); // the daily hour has come
      s.executeUpdate();
    }
    List<MimeMessage> day = to(digest, Duration.ofSeconds(20));
    assertEquals(1, day.size(), "one mail for the day's events");
    String text = (String) ((MimeMultipart) day.get(0).getContent()).getBodyPart(0).getContent();
    assertTrue(text.contains("/#/articles/" + first) && text.contains("/#/articles/" + second), text);
    assertTrue(day.get(0).getSubject().contains("2 עדכונים"), day.get(0).getSubject());
  }

  private static String kinds(String type, String delivery) {
    return "{\"kinds\":[{\"type\":\"" + type + "\",\"delivery\":\"" + delivery + "\"}]}";
  }

  private static int awaitCount(String email, int count) throws Exception {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    List<MimeMessage> now;
    while ((now = to(email, Duration.ZERO)).size() < count && System.nanoTime() < until) {
      Thread.sleep(100);
    }
    return now.size();
  }
}
