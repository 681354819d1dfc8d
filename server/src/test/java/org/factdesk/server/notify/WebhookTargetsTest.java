package org.factdesk.server.notify;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookTargetsTest {
  @Test
  void loopbackPrivateLinkLocalAndUniqueLocalTargetsAreRefused() {
    for (String url : List.of("http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.1.2.3/",
        "http://172.16.0.1/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data", "http://[::1]/",
        "http://[fd00::1]/", "http://100.64.0.1/", "http://0.0.0.0/", "http://[::ffff:127.0.0.1]/")) {
      assertNotNull(WebhookTargets.refusal(url, false), url);
    }
  }

  @Test
  void publicAddressesPassAndPrivateOnesOnlyWhenAllowed() {
    assertNull(WebhookTargets.refusal("https://93.184.215.14/hook", false));
    assertNull(WebhookTargets.refusal("http://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/", false));
    assertNull(WebhookTargets.refusal("http://127.0.0.1:8080/hook", true));
  }

  @Test
  void onlyHttpUrlsWithAHostAndNoCredentials() {
    for (String url : List.of("ftp://93.184.215.14/", "file:///etc/passwd", "https://user:pw@93.184.215.14/",
        "not a url", "/relative")) {
      assertNotNull(WebhookTargets.refusal(url, true), url);
    }
  }
}
