package org.factdesk.workflow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One change, recorded in the same transaction as the change itself, so an article and its audit
 * event are stored together or not at all. Rows are only ever inserted; each carries the hash that
 * links it to the event before it in its chain ({@link AuditChain}).
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

  @Column(name = "previous_hash", updatable = false)
  private String previousHash;

  @Column(name = "hash", updatable = false)
  private String hash;

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

  /** An event as a row holds it, for tests that build chains without a database. */
  static AuditEvent restored(long id, Long articleId, String actor, OffsetDateTime occurredAt, String action,
      String subject, String before, String after, String note) {
    AuditEvent e = new AuditEvent(articleId, actor, occurredAt, action, subject, before, after, note);
    e.id = id;
    return e;
  }

  /** Links the event to its chain; called once, after persist gave it its id. */
  void seal(String previous) {
    this.previousHash = previous;
    this.hash = AuditChain.hash(members());
  }

  /** What the hash covers (previousHash included), as {@link AuditChain#members} lays it out. */
  public Map<String, Object> members() {
    return AuditChain.members(id, articleId, actor, occurredAt, action, subject, before, after, note, previousHash);
  }

  /** One line of the NDJSON export: the members and the hash, in canonical form. */
  public String exportLine() {
    Map<String, Object> line = members();
    line.put("hash", hash);
    return CanonicalJson.write(line);
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

  public String previousHash() {
    return previousHash;
  }

  public String hash() {
    return hash;
  }
}
