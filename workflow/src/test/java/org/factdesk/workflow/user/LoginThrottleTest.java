package org.factdesk.workflow.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 27, 9, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void theFirstFailuresAreFreeThenEachLockDoublesUpToFifteenMinutes() {
    for (int n = 0; n < LoginThrottle.FREE_FAILURES; n++) {
      assertEquals(Optional.empty(), LoginThrottle.lockFor(n), "failure " + n);
    }
    assertEquals(Optional.of(Duration.ofSeconds(30)), LoginThrottle.lockFor(5));
    assertEquals(Optional.of(Duration.ofSeconds(60)), LoginThrottle.lockFor(6));
    assertEquals(Optional.of(Duration.ofSeconds(480)), LoginThrottle.lockFor(9));
    assertEquals(Optional.of(Duration.ofMinutes(15)), LoginThrottle.lockFor(10), "16 min is capped");
    assertEquals(Optional.of(Duration.ofMinutes(15)), LoginThrottle.lockFor(Integer.MAX_VALUE), "no overflow");
  }

  @Test
  void failuresCountInARowWithinTheWindowAndTheFifthLocks() {
    LoginFailure f = new LoginFailure("fc");
    for (int i = 0; i < 4; i++) {
      f.failedAt(T0.plusMinutes(i), LoginThrottle.WINDOW);
      assertNull(f.lockedUntil(), "failure " + (i + 1));
    }
    assertEquals(4, f.failures());
    f.failedAt(T0.plusMinutes(4), LoginThrottle.WINDOW);
    assertEquals(5, f.failures());
    assertEquals(T0.plusMinutes(4).plusSeconds(30), f.lockedUntil());
    f.failedAt(T0.plusMinutes(5), LoginThrottle.WINDOW);
    assertEquals(T0.plusMinutes(5).plusSeconds(60), f.lockedUntil());
  }

  @Test
  void aFailureAfterAQuietWindowStartsTheCountAgain() {
    LoginFailure f = new LoginFailure("fc");
    for (int i = 0; i < 5; i++) {
      f.failedAt(T0.plusSeconds(i), LoginThrottle.WINDOW);
    }
    assertEquals(5, f.failures());
    f.failedAt(T0.plus(LoginThrottle.WINDOW).plusSeconds(5), LoginThrottle.WINDOW);
    assertEquals(1, f.failures());
    assertNull(f.lockedUntil());
  }
}
