package org.factdesk.workflow.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.factdesk.workflow.article.Article;

/**
 * The e-mail channel: turns a claimed event into one mail_message per person who wants mail of that
 * kind, and hands the server's sender what is due, claimed with leases like webhook deliveries.
 * Sending happens outside any request, so a failing SMTP server delays mail and never a change.
 */
@ApplicationScoped
public class MailQueue {
  /** After this many failed attempts a message is given up on (FAILED stays visible in the table). */
  static final int MAX_ATTEMPTS = 12;

  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject Dispatches dispatches;
  @Inject Audience audience;
  @Inject MailPreferences preferences;
  @Inject Clock clock;

  /** One mail to send: to whom, in which language, about which events (one, or a day's for a digest). */
  public record Mail(String username, String email, String language, List<Long> messageIds, List<OutboxEvent> events,
      List<String> titles, boolean digest) {}

  /** The channel's work for one claimed event (in a {@link DeliveryBatch}); {@code digestAt}: the next digest. Mails to send now. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int enqueue(Dispatches.Claimed claimed, String instance, long digestAt) {
    if (!dispatches.complete(claimed, instance)) {
      return 0;
    }
    OutboxEvent event = em.find(OutboxEvent.class, claimed.eventId());
    int queued = 0;
    for (String username : event == null ? List.<String>of() : audience.of(event)) {
      Delivery delivery = preferences.deliveries(username).getOrDefault(event.type(), Delivery.IMMEDIATE);
      if (delivery == Delivery.NEVER || preferences.contact(username).email() == null) {
        continue;
      }
      em.persist(new MailMessage(username, event.id(), delivery,
          delivery == Delivery.DIGEST ? digestAt : clock.instant().toEpochMilli()));
      queued += delivery == Delivery.IMMEDIATE ? 1 : 0;
    }
    return queued;
  }

  /** Without an SMTP server the channel's work is done at once: nothing is queued that no one would send. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int skip(Dispatches.Claimed claimed, String instance) {
    dispatches.complete(claimed, instance);
    return 0;
  }

  /**
   * Claims the next due mail: the oldest due IMMEDIATE message, or every due DIGEST message of one
   * person. Empty when nothing is due that nobody holds.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Mail> claim(String instance, Duration lease, int max) {
    long now = clock.instant().toEpochMilli();
    @SuppressWarnings("unchecked")
    List<Object[]> due = em.createNativeQuery("SELECT id, username, delivery FROM mail_message WHERE state = 'PENDING'"
            + " AND next_attempt_at <= ? AND lease_until < ? ORDER BY next_attempt_at, id")
        .setParameter(1, now)
        .setParameter(2, now)
        .setMaxResults(max)
        .getResultList();
    List<Mail> mails = new ArrayList<>();
    List<String> digested = new ArrayList<>();
    for (Object[] row : due) {
      String username = (String) row[1];
      boolean digest = "DIGEST".equals(row[2]);
      if (digest && digested.contains(username)) {
        continue;
      }
      // The same condition again in the UPDATE: of instances racing, one claims (decision 0006).
      String which = digest ? "username = ? AND delivery = 'DIGEST'" : "id = ?";
      int won = em.createNativeQuery("UPDATE mail_message SET claimed_by = ?, lease_until = ?, attempts = attempts + 1"
              + " WHERE " + which + " AND state = 'PENDING' AND next_attempt_at <= ? AND lease_until < ?")
          .setParameter(1, instance)
          .setParameter(2, now + lease.toMillis())
          .setParameter(3, digest ? username : ((Number) row[0]).longValue())
          .setParameter(4, now)
          .setParameter(5, now)
          .executeUpdate();
      if (won == 0) {
        continue;
      }
      if (digest) {
        digested.add(username);
      }
      @SuppressWarnings("unchecked")
      List<Object[]> held = em.createNativeQuery("SELECT id, event_id FROM mail_message WHERE claimed_by = ?"
              + " AND state = 'PENDING' AND lease_until = ? AND " + which + " ORDER BY event_id")
          .setParameter(1, instance)
          .setParameter(2, now + lease.toMillis())
          .setParameter(3, digest ? username : ((Number) row[0]).longValue())
          .getResultList();
      var contact = preferences.contact(username);
      List<OutboxEvent> events = held.stream().map(r -> em.find(OutboxEvent.class, ((Number) r[1]).longValue())).toList();
      mails.add(new Mail(username, contact.email(), contact.language(),
          held.stream().map(r -> ((Number) r[0]).longValue()).toList(), events,
          events.stream().map(e -> em.find(Article.class, e.articleId()).title()).toList(), digest));
    }
    return mails;
  }

  /** Records the outcome, if {@code instance} still holds the messages; a failure waits a backoff. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void finish(Mail mail, String instance, String error, Duration retryBase) {
    long next = clock.instant().toEpochMilli()
        + WebhookService.backoffMillis(1 + attemptsOf(mail), retryBase.toMillis(), ThreadLocalRandom.current().nextDouble());
    String clipped = error == null || error.length() <= 500 ? error : error.substring(0, 500);
    for (long id : mail.messageIds()) {
      // Two statements, not a CASE over a parameter: PostgreSQL cannot type a bare "? IS NULL".
      var update = error == null
          ? em.createNativeQuery("UPDATE mail_message SET state = 'SENT', sent_at = ?, lease_until = 0"
              + " WHERE id = ? AND state = 'PENDING' AND claimed_by = ?").setParameter(1, OffsetDateTime.now(clock))
          : em.createNativeQuery("UPDATE mail_message SET state = CASE WHEN attempts >= " + MAX_ATTEMPTS
              + " THEN 'FAILED' ELSE 'PENDING' END, last_error = ?, next_attempt_at = " + next + ", lease_until = 0"
              + " WHERE id = ? AND state = 'PENDING' AND claimed_by = ?").setParameter(1, clipped);
      update.setParameter(2, id).setParameter(3, instance).executeUpdate();
    }
  }

  private int attemptsOf(Mail mail) {
    if (mail.messageIds().isEmpty()) {
      return 0;
    }
    return ((Number) em.createNativeQuery("SELECT MAX(attempts) FROM mail_message WHERE id = ?")
        .setParameter(1, mail.messageIds().get(0)).getSingleResult()).intValue() - 1;
  }
}
