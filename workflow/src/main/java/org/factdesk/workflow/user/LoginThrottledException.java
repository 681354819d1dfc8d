package org.factdesk.workflow.user;

import java.time.Duration;

/** The account is locked after too many failed logins; the password was not even checked. */
public class LoginThrottledException extends RuntimeException {
  private final Duration retryAfter;

  public LoginThrottledException(String username, Duration retryAfter) {
    super("Too many failed logins for " + username + "; try again in " + retryAfter.toSeconds() + " s");
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
