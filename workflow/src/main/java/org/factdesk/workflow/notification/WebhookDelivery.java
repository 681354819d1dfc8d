package org.factdesk.workflow.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One event for one webhook: PENDING until a receiver answers 2xx (DELIVERED) or the webhook is given
 * up on (FAILED). Claimed with a lease for each attempt; every attempt sends the same event key.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {
  public static final String PENDING = "PENDING";
  public static final String DELIVERED = "DELIVERED";
  public static final String FAILED = "FAILED";

  @Id
  @SequenceGenerator(name = "webhook_delivery_id", sequenceName = "webhook_delivery_id_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_id")
  @Column(name = "id")
  private Long id;

  @Column(name = "webhook_id", updatable = false)
  private long webhookId;

  @Column(name = "event_id", updatable = false)
  private long eventId;

  @Column(name = "state")
  private String state;

  @Column(name = "attempts")
  private int attempts;

  /** Epoch milliseconds, like the lease. */
  @Column(name = "next_attempt_at")
  private long nextAttemptAt;

  @Column(name = "claimed_by")
  private String claimedBy;

  @Column(name = "lease_until")
  private long leaseUntil;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "finished_at")
  private OffsetDateTime finishedAt;

  protected WebhookDelivery() {}

  WebhookDelivery(long webhookId, long eventId, long now, OffsetDateTime createdAt) {
    this.webhookId = webhookId;
    this.eventId = eventId;
    this.state = PENDING;
    this.nextAttemptAt = now;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public long webhookId() {
    return webhookId;
  }

  public long eventId() {
    return eventId;
  }

  public String state() {
    return state;
  }

  public int attempts() {
    return attempts;
  }

  public long nextAttemptAt() {
    return nextAttemptAt;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime finishedAt() {
    return finishedAt;
  }
}
