package org.factdesk.workflow.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** A receiver an admin registered, the event types it wants, and whether it is still being sent to. */
@Entity
@Table(name = "webhook")
public class Webhook {
  @Id
  @SequenceGenerator(name = "webhook_id", sequenceName = "webhook_id_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_id")
  @Column(name = "id")
  private Long id;

  @Version
  @Column(name = "version")
  private long version;

  @Column(name = "url", updatable = false)
  private String url;

  /** Comma-separated dotted names. */
  @Column(name = "event_types", updatable = false)
  private String eventTypes;

  @Column(name = "secret", updatable = false)
  private String secret;

  @Column(name = "active")
  private boolean active;

  @Column(name = "created_by", updatable = false)
  private String createdBy;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  /** Since when every delivery has failed (null: the last one succeeded). */
  @Column(name = "failing_since")
  private OffsetDateTime failingSince;

  @Column(name = "disabled_at")
  private OffsetDateTime disabledAt;

  protected Webhook() {}

  Webhook(String url, List<String> eventTypes, String secret, String createdBy, OffsetDateTime createdAt) {
    this.url = url;
    this.eventTypes = String.join(",", eventTypes);
    this.secret = secret;
    this.active = true;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public boolean wants(String type) {
    return active && types().contains(type);
  }

  /** A delivery succeeded: the receiver is healthy again. */
  void succeeded() {
    failingSince = null;
  }

  /** A delivery failed; after {@code patience} of nothing but failures the webhook is switched off. */
  boolean failed(OffsetDateTime now, Duration patience) {
    if (failingSince == null) {
      failingSince = now;
    }
    if (active && !failingSince.plus(patience).isAfter(now)) {
      active = false;
      disabledAt = now;
      return true;
    }
    return false;
  }

  void disable(OffsetDateTime now) {
    active = false;
    disabledAt = now;
  }

  public Long id() {
    return id;
  }

  public String url() {
    return url;
  }

  public List<String> types() {
    return Arrays.asList(eventTypes.split(","));
  }

  public String secret() {
    return secret;
  }

  public boolean active() {
    return active;
  }

  public String createdBy() {
    return createdBy;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime failingSince() {
    return failingSince;
  }

  public OffsetDateTime disabledAt() {
    return disabledAt;
  }
}
