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
 * One domain event, stored in the transaction of the change it describes. Rows are only inserted; the
 * id orders them (the SSE event id), the key is what every channel sends as the event's identity.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {
  @Id
  @SequenceGenerator(name = "outbox_event_id", sequenceName = "outbox_event_id_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_event_id")
  @Column(name = "id")
  private Long id;

  @Column(name = "event_key", updatable = false)
  private String key;

  @Column(name = "event_type", updatable = false)
  private String type;

  @Column(name = "article_id", updatable = false)
  private long articleId;

  @Column(name = "revision_number", updatable = false)
  private Integer revision;

  @Column(name = "subject", updatable = false)
  private String subject;

  @Column(name = "actor", updatable = false)
  private String actor;

  @Column(name = "occurred_at", updatable = false)
  private OffsetDateTime occurredAt;

  /** A small JSON object: who was assigned, which claim or translation, from and to which state. */
  @Column(name = "details", updatable = false)
  private String details;

  protected OutboxEvent() {}

  OutboxEvent(String key, String type, long articleId, Integer revision, String subject, String actor,
      OffsetDateTime occurredAt, String details) {
    this.key = key;
    this.type = type;
    this.articleId = articleId;
    this.revision = revision;
    this.subject = subject;
    this.actor = actor;
    this.occurredAt = occurredAt;
    this.details = details;
  }

  public Long id() {
    return id;
  }

  public String key() {
    return key;
  }

  public String type() {
    return type;
  }

  public long articleId() {
    return articleId;
  }

  public Integer revision() {
    return revision;
  }

  public String subject() {
    return subject;
  }

  public String actor() {
    return actor;
  }

  public OffsetDateTime occurredAt() {
    return occurredAt;
  }

  public String details() {
    return details;
  }

  public boolean notifiable() {
    return DomainEvents.notifiable(type);
  }
}
