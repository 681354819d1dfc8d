package org.factdesk.server.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factdesk.workflow.notification.WebhookService;
import org.factdesk.workflow.notification.WebhookService.Outgoing;
import org.factdesk.workflow.notification.WebhookSignature;

/**
 * Sends due webhook deliveries as Standard Webhooks POSTs: {@code webhook-id} is the event's key (the
 * same on every retry), {@code webhook-timestamp} the attempt's time, {@code webhook-signature} over
 * both and the body. Redirects are not followed (they could lead anywhere, SSRF).
 */
@ApplicationScoped
public class WebhookSender {
  private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
  private static final int BATCH = 20;

  @Inject WebhookService webhooks;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "FACTDESK_WEBHOOK_ALLOW_PRIVATE", defaultValue = "false")
  boolean allowPrivate;

  @Inject
  @ConfigProperty(name = "FACTDESK_WEBHOOK_TIMEOUT_SECONDS", defaultValue = "10")
  long timeoutSeconds;

  /** The first retry's delay; each further one doubles it (at most an hour), with jitter. */
  @Inject
  @ConfigProperty(name = "FACTDESK_WEBHOOK_RETRY_SECONDS", defaultValue = "30")
  long retrySeconds;

  /** How long a webhook may fail without a single success before it is switched off. */
  @Inject
  @ConfigProperty(name = "FACTDESK_WEBHOOK_DISABLE_AFTER_HOURS", defaultValue = "24")
  long disableAfterHours;

  private final HttpClient client = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();

  public boolean allowPrivate() {
    return allowPrivate;
  }

  /** Claims and sends every delivery now due; returns how many attempts were made. */
  public int sendDue(String instance, Duration lease) {
    int made = 0;
    List<Outgoing> due;
    while (!(due = webhooks.claimDue(instance, lease, BATCH)).isEmpty()) {
      for (Outgoing o : due) {
        attempt(o, instance);
        made++;
      }
    }
    return made;
  }

  private void attempt(Outgoing o, String instance) {
    long started = System.nanoTime();
    Integer status = null;
    String error = WebhookTargets.refusal(o.url(), allowPrivate);
    if (error == null) {
      try {
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(o.url()))
            .timeout(Duration.ofSeconds(timeoutSeconds))
            .header("Content-Type", "application/json")
            .header("User-Agent", "Factdesk-Webhooks")
            .header("webhook-id", o.eventKey())
            .header("webhook-timestamp", String.valueOf(timestamp))
            .header("webhook-signature", WebhookSignature.sign(o.secret(), o.eventKey(), timestamp, o.body()))
            .POST(HttpRequest.BodyPublishers.ofString(o.body(), StandardCharsets.UTF_8))
            .build();
        status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status < 200 || status >= 300) {
          error = "HTTP " + status;
        }
      } catch (java.io.IOException e) {
        error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        error = "interrupted";
      }
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    if (!webhooks.recordAttempt(o, instance, status, error, millis, Duration.ofSeconds(retrySeconds),
        Duration.ofHours(disableAfterHours))) {
      LOG.info("Webhook delivery " + o.deliveryId() + " was taken over by another instance before its result was kept");
    }
  }
}
