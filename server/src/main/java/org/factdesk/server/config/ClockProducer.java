package org.factdesk.server.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The clock every service reads: UTC, so stored times never depend on the host's zone, and ticking
 * in microseconds, the precision PostgreSQL stores, so a time read back equals the time written.
 */
@ApplicationScoped
public class ClockProducer {
  @Produces
  Clock clock() {
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  }
}
