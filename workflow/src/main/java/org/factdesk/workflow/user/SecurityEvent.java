package org.factdesk.workflow.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * Something that matters to the newsroom's security, for admins to read: who (the name tried or the
 * account concerned, and who acted), what, when, from which address. Never a password or a token.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {
  /** What happened. */
  public enum Kind {
    /** A wrong password (or an unknown name) at login. */
    LOGIN_FAILED,
    /** Failures in a row locked the name. */
    LOCKOUT,
    /** A login refused because the name is locked. */
    LOGIN_WHILE_LOCKED,
    /** A request refused for lack of permission (403). */
    ACCESS_REFUSED,
    /** An admin created an account. */
    ACCOUNT_CREATED,
    /** An admin changed an account (roles, languages, active, name, password). */
    ACCOUNT_CHANGED,
    /** Someone changed their own password. */
    PASSWORD_CHANGED,
    /** An admin lifted a lock. */
    LOCK_LIFTED
  }

  @Id
  @SequenceGenerator(name = "security_event_id", sequenceName = "security_event_id_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_event_id")
  @Column(name = "id")
  private Long id;

  @Column(name = "occurred_at", updatable = false)
  private OffsetDateTime occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", updatable = false)
  private Kind kind;

  @Column(name = "username", updatable = false)
  private String username;

  @Column(name = "actor", updatable = false)
  private String actor;

  @Column(name = "address", updatable = false)
  private String address;

  @Column(name = "detail", updatable = false)
  private String detail;

  protected SecurityEvent() {}

  SecurityEvent(OffsetDateTime at, Kind kind, String username, String actor, String address, String detail) {
    this.occurredAt = at;
    this.kind = kind;
    this.username = clip(username, 64);
    this.actor = clip(actor, 64);
    this.address = clip(address, 64);
    this.detail = clip(detail, 2000);
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public Long id() {
    return id;
  }

  public OffsetDateTime occurredAt() {
    return occurredAt;
  }

  public Kind kind() {
    return kind;
  }

  /** The name tried at login, or the account concerned. */
  public String username() {
    return username;
  }

  /** Who acted (an admin, or the user themselves); null for a failed login. */
  public String actor() {
    return actor;
  }

  public String address() {
    return address;
  }

  public String detail() {
    return detail;
  }
}
