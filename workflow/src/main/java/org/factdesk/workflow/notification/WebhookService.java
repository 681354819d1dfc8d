package org.factdesk.workflow.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.factdesk.workflow.common.ForbiddenException;
import org.factdesk.workflow.common.NotFoundException;
import org.factdesk.workflow.common.ValidationException;
import org.factdesk.workflow.user.Actor;
import org.factdesk.workflow.user.Role;

/**
 * Webhooks: admins register receivers; the webhook channel turns each claimed event into one delivery
 * per interested webhook; deliveries are claimed with leases, sent (by the server), and their attempts
 * recorded, with exponential backoff and jitter between failures.
 */
@ApplicationScoped
public class WebhookService {
  public static final int MAX_URL = 2000;
  static final long MAX_BACKOFF_MILLIS = Duration.ofHours(1).toMillis();

  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject Dispatches dispatches;
  @Inject Clock clock;

  /** One attempt to make: where, signed with what, and the exact body (the same on every attempt). */
  public record Outgoing(long deliveryId, int attempt, long webhookId, String url, String secret, String eventKey,
      String body) {}

  /** One row of the delivery log. */
  public record Attempt(int attempt, OffsetDateTime at, Integer status, String error, long durationMillis) {}

  @Transactional
  public Webhook register(Actor actor, String url, List<String> types) {
    requireAdmin(actor, "register a webhook");
    if (url == null || url.isBlank() || url.length() > MAX_URL) {
      throw new ValidationException("url", "required", Map.of(), "the receiver's http(s) URL, at most " + MAX_URL + " characters");
    }
    if (types == null || types.isEmpty()) {
      throw new ValidationException("events", "required", Map.of(), "at least one event type");
    }
    for (String type : types) {
      if (!DomainEvents.notifiable(type)) {
        throw new ValidationException("events", "unknownEventType", Map.of("type", String.valueOf(type)),
            "unknown event type " + type + "; known: " + String.join(", ", DomainEvents.NOTIFIABLE));
      }
    }
    Webhook hook = new Webhook(url, List.copyOf(new LinkedHashSet<>(types)), WebhookSignature.newSecret(),
        actor.username(), OffsetDateTime.now(clock));
    em.persist(hook);
    return hook;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Webhook> list(Actor actor) {
    requireAdmin(actor, "read webhooks");
    return em.createQuery("select w from Webhook w order by w.id", Webhook.class).getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Webhook find(Actor actor, long id) {
    requireAdmin(actor, "read webhooks");
    Webhook hook = em.find(Webhook.class, id);
    if (hook == null) {
      throw new NotFoundException("webhook", id);
    }
    return hook;
  }

  /** Stops sending to it; its delivery log stays. */
  @Transactional
  public void disable(Actor actor, long id) {
    find(actor, id).disable(OffsetDateTime.now(clock));
  }

  /** The webhook's deliveries, newest first, each with its attempts. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Map.Entry<WebhookDelivery, List<Attempt>>> deliveries(Actor actor, long id, int max) {
    find(actor, id);
    List<WebhookDelivery> rows = em.createQuery("select d from WebhookDelivery d where d.webhookId = :w"
            + " order by d.id desc", WebhookDelivery.class)
        .setParameter("w", id)
        .setMaxResults(max)
        .getResultList();
    List<Map.Entry<WebhookDelivery, List<Attempt>>> log = new ArrayList<>();
    for (WebhookDelivery d : rows) {
      @SuppressWarnings("unchecked")
      List<Object[]> attempts = em.createNativeQuery("SELECT attempt, attempted_at, status, error, duration_ms"
              + " FROM webhook_attempt WHERE delivery_id = ? ORDER BY attempt")
          .setParameter(1, d.id())
          .getResultList();
      log.add(Map.entry(d, attempts.stream().map(a -> new Attempt(((Number) a[0]).intValue(), time(a[1]),
          a[2] == null ? null : ((Number) a[2]).intValue(), (String) a[3], ((Number) a[4]).longValue())).toList()));
    }
    return log;
  }

  /** The webhook channel's work for one claimed event: a delivery for each webhook that wants it (in a {@link DeliveryBatch}). */
  @Transactional(Transactional.TxType.MANDATORY)
  public int fanOut(Dispatches.Claimed claimed, String instance) {
    if (!dispatches.complete(claimed, instance)) {
      return 0;
    }
    OutboxEvent event = em.find(OutboxEvent.class, claimed.eventId());
    long now = clock.instant().toEpochMilli();
    int made = 0;
    for (Webhook hook : em.createQuery("select w from Webhook w where w.active = true", Webhook.class).getResultList()) {
      if (event != null && hook.wants(event.type())) {
        em.persist(new WebhookDelivery(hook.id(), event.id(), now, OffsetDateTime.now(clock)));
        made++;
      }
    }
    return made;
  }

  /** Claims up to {@code max} deliveries that are due and that nobody holds. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Outgoing> claimDue(String instance, Duration lease, int max) {
    long now = clock.instant().toEpochMilli();
    List<WebhookDelivery> due = em.createQuery("select d from WebhookDelivery d where d.state = :pending"
            + " and d.nextAttemptAt <= :now and d.leaseUntil < :now order by d.nextAttemptAt", WebhookDelivery.class)
        .setParameter("pending", WebhookDelivery.PENDING)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
    List<Outgoing> claimed = new ArrayList<>();
    for (WebhookDelivery d : due) {
      int won = em.createQuery("update WebhookDelivery d set d.claimedBy = :me, d.leaseUntil = :until,"
              + " d.attempts = d.attempts + 1 where d.id = :id and d.state = :pending and d.nextAttemptAt <= :now"
              + " and d.leaseUntil < :now")
          .setParameter("me", instance)
          .setParameter("until", now + lease.toMillis())
          .setParameter("id", d.id())
          .setParameter("pending", WebhookDelivery.PENDING)
          .setParameter("now", now)
          .executeUpdate();
      if (won == 1) {
        Webhook hook = em.find(Webhook.class, d.webhookId());
        OutboxEvent event = em.find(OutboxEvent.class, d.eventId());
        claimed.add(new Outgoing(d.id(), d.attempts() + 1, hook.id(), hook.url(), hook.secret(), event.key(),
            body(event)));
      }
    }
    return claimed;
  }

  /**
   * Records an attempt, if {@code instance} still holds the delivery: delivered on 2xx; otherwise the
   * next attempt after a backoff, and the webhook switched off after {@code patience} of failures.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean recordAttempt(Outgoing o, String instance, Integer status, String error, long durationMillis,
      Duration retryBase, Duration patience) {
    OffsetDateTime at = OffsetDateTime.now(clock);
    boolean ok = status != null && status >= 200 && status < 300;
    long next = clock.instant().toEpochMilli()
        + backoffMillis(o.attempt(), retryBase.toMillis(), ThreadLocalRandom.current().nextDouble());
    int held = em.createQuery("update WebhookDelivery d set d.state = :state, d.finishedAt = :finished,"
            + " d.nextAttemptAt = :next, d.leaseUntil = 0 where d.id = :id and d.state = :pending and d.claimedBy = :me")
        .setParameter("state", ok ? WebhookDelivery.DELIVERED : WebhookDelivery.PENDING)
        .setParameter("finished", ok ? at : null)
        .setParameter("next", next)
        .setParameter("id", o.deliveryId())
        .setParameter("pending", WebhookDelivery.PENDING)
        .setParameter("me", instance)
        .executeUpdate();
    if (held != 1) {
      return false;
    }
    em.createNativeQuery("INSERT INTO webhook_attempt (delivery_id, attempt, attempted_at, status, error, duration_ms)"
            + " VALUES (?, ?, ?, ?, ?, ?)")
        .setParameter(1, o.deliveryId())
        .setParameter(2, o.attempt())
        .setParameter(3, at)
        .setParameter(4, status)
        .setParameter(5, error == null ? null : error.length() <= 500 ? error : error.substring(0, 500))
        .setParameter(6, durationMillis)
        .executeUpdate();
    Webhook hook = em.find(Webhook.class, o.webhookId());
    if (ok) {
      hook.succeeded();
    } else if (hook.failed(at, patience)) {
      em.createQuery("update WebhookDelivery d set d.state = :failed, d.finishedAt = :at where d.webhookId = :w"
              + " and d.state = :pending")
          .setParameter("failed", WebhookDelivery.FAILED)
          .setParameter("at", at)
          .setParameter("w", hook.id())
          .setParameter("pending", WebhookDelivery.PENDING)
          .executeUpdate();
    }
    return true;
  }

  /**
   * Exponential backoff with jitter: the base doubled per failed attempt, at most an hour, then a
   * random half to all of it (so receivers that come back are not hit by every sender at once).
   */
  static long backoffMillis(int attempt, long baseMillis, double random) {
    double full = Math.min(MAX_BACKOFF_MILLIS, baseMillis * Math.pow(2, Math.max(0, attempt - 1)));
    return (long) (full * (0.5 + random / 2));
  }

  /** The delivery's body, from the stored event alone: every attempt sends exactly these bytes. */
  static String body(OutboxEvent e) {
    JsonObjectBuilder data = Json.createObjectBuilder()
        .add("id", e.key())
        .add("article", e.articleId());
    if (e.revision() != null) {
      data.add("revision", e.revision());
    }
    data.add("actor", e.actor());
    JsonObject details = DomainEvents.parse(e.details());
    if (details != null) {
      details.forEach(data::add);
    }
    return Json.createObjectBuilder()
        .add("type", e.type())
        .add("timestamp", e.occurredAt().withOffsetSameInstant(ZoneOffset.UTC).toString())
        .add("data", data)
        .build()
        .toString();
  }

  private static void requireAdmin(Actor actor, String action) {
    if (!actor.has(Role.ADMIN)) {
      throw new ForbiddenException(action, "only admins manage webhooks");
    }
  }

  private static OffsetDateTime time(Object value) {
    if (value instanceof OffsetDateTime t) {
      return t;
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant().atOffset(ZoneOffset.UTC);
    }
    return value == null ? null : OffsetDateTime.parse(value.toString().replace(' ', 'T'));
  }
}
