package org.factdesk.workflow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One change, recorded in the same transaction as the change itself, so an article and its audit
 * event are stored together or not at all. Rows are only ever inserted.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {
  @Id
  @SequenceGenerator(name = "audit_event_id", sequenceName = "audit_event_id_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_id")
  @Column(name = "id")
  private Long id;

  @Column(name = "article_id", updatable = false)
  private Long articleId;

  @Column(name = "actor", updatable = false)
  private String actor;

  @Column(name = "occurred_at", updatable = false)
  private OffsetDateTime occurredAt;

  @Column(name = "action", updatable = false)
  private String action;

  @Column(name = "subject", updatable = false)
  private String subject;

  @Column(name = "before_value", updatable = false)
  private String before;

  @Column(name = "after_value", updatable = false)
  private String after;

  @Column(name = "note", updatable = false)
  private String note;

  protected AuditEvent() {}

  AuditEvent(
      Long articleId,
      String actor,
      OffsetDateTime occurredAt,
      String action,
      String subject,
      String before,
      String after,
      String note) {
    this.articleId = articleId;
    this.actor = actor;
    this.occurredAt = occurredAt;
    this.action = action;
    this.subject = subject;
    this.before = before;
    this.after = after;
    this.note = note;
  }

  public Long id() {
    return id;
  }

  public Long articleId() {
    return articleId;
  }

  public String actor() {
    return actor;
  }

  public OffsetDateTime occurredAt() {
    return occurredAt;
  }

  public String action() {
    return action;
  }

  public String subject() {
    return subject;
  }

  public String before() {
    return before;
  }

  public String after() {
    return after;
  }

  public String note() {
    return note;
  }
}
