package org.factdesk.workflow.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A logged-in browser: known by the SHA-256 of its bearer token, never by the token itself. */
@Entity
@Table(name = "user_session")
public class UserSession {
  @Id
  @Column(name = "token_sha256", updatable = false)
  private String tokenSha256;

  @Column(name = "username", updatable = false)
  private String username;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at")
  private OffsetDateTime expiresAt;

  /** The account's credential version when the password was checked: the session works only while it is current. */
  @Column(name = "credential_version", updatable = false)
  private long credentialVersion;

  protected UserSession() {}

  UserSession(String tokenSha256, String username, long credentialVersion, OffsetDateTime createdAt,
      OffsetDateTime expiresAt) {
    this.tokenSha256 = tokenSha256;
    this.username = username;
    this.credentialVersion = credentialVersion;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public String username() {
    return username;
  }

  public long credentialVersion() {
    return credentialVersion;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime expiresAt() {
    return expiresAt;
  }

  void extendTo(OffsetDateTime expiry) {
    this.expiresAt = expiry;
  }
}
