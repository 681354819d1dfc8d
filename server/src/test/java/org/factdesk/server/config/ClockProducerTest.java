package org.factdesk.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ClockProducerTest {
  private final Clock clock = new ClockProducer().clock();

  @Test
  void ticksInMicrosecondsInUtc() {
    Instant now = clock.instant();
    assertEquals(0, now.getNano() % 1_000, "no nanoseconds below the microsecond: " + now);
    assertEquals(ZoneOffset.UTC, clock.getZone());
  }

  @Test
  void millisAgreesWithTheInstant() {
    long before = System.currentTimeMillis();
    long millis = clock.millis();
    long after = System.currentTimeMillis();
    assertTrue(before <= millis && millis <= after, millis + " outside " + before + ".." + after);
  }
}
