package org.factdesk.workflow.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;

/** Consecutive failed password checks of one account, and until when it is locked because of them. */
@Entity
@Table(name = "login_failure")
public class LoginFailure {
  @Id
  @Column(name = "username", updatable = false)
  private String username;

  @Column(name = "failures")
  private int failures;

  @Column(name = "last_failure_at")
  private OffsetDateTime lastFailureAt;

  @Column(name = "locked_until")
  private OffsetDateTime lockedUntil;

  protected LoginFailure() {}

  LoginFailure(String username) {
    this.username = username;
  }

  /** One more failure; the count starts again when the last one is older than {@code window}. */
  void failedAt(OffsetDateTime now, Duration window) {
    failures = lastFailureAt != null && lastFailureAt.plus(window).isAfter(now) ? failures + 1 : 1;
    lastFailureAt = now;
    lockedUntil = LoginThrottle.lockFor(failures).map(now::plus).orElse(null);
  }

  public int failures() {
    return failures;
  }

  public OffsetDateTime lockedUntil() {
    return lockedUntil;
  }
}
