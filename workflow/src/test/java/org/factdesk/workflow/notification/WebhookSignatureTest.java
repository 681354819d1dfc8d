package org.factdesk.workflow.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
  // The Standard Webhooks reference vector; the expected value was also computed with Python's hmac module.
  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  private static final long TIMESTAMP = 1614265330L;
  private static final String BODY = "{\"test\": 2432232314}";

  @Test
  void signsTheStandardWebhooksReferenceMessage() {
    assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY));
  }

  @Test
  void verifiesAnyOfSeveralSignaturesAndRejectsAChangedMessage() {
    String good = WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY);
    assertTrue(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY, "v1,bm90IGl0 " + good));
    assertFalse(WebhookSignature.verify(SECRET, ID, TIMESTAMP + 1, BODY, good), "another timestamp");
    assertFalse(WebhookSignature.verify(SECRET, "msg_other", TIMESTAMP, BODY, good), "another id");
    assertFalse(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY + " ", good), "another body");
  }

  @Test
  void newSecretsAreWhsecAndThirtyTwoRandomBytes() {
    String a = WebhookSignature.newSecret();
    String b = WebhookSignature.newSecret();
    assertTrue(a.startsWith("whsec_"), a);
    assertEquals(32, Base64.getDecoder().decode(a.substring(6)).length);
    assertNotEquals(a, b);
  }

  @Test
  void backoffDoublesUpToAnHourWithJitterOfAtMostHalf() {
    assertEquals(500, WebhookService.backoffMillis(1, 1000, 0.0));
    assertEquals(1000, WebhookService.backoffMillis(1, 1000, 1.0));
    assertEquals(8000, WebhookService.backoffMillis(4, 1000, 1.0));
    assertEquals(3_600_000, WebhookService.backoffMillis(40, 30_000, 1.0), "capped at an hour");
    long jittered = WebhookService.backoffMillis(3, 1000, 0.5);
    assertTrue(jittered >= 2000 && jittered <= 4000, "between half and all of 4 s: " + jittered);
  }
}
