package org.factdesk.server.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The clock every service reads: UTC, so stored times never depend on the host's zone, and ticking
 * in microseconds, the precision PostgreSQL stores, so a time read back equals the time written.
 */
@ApplicationScoped
public class ClockProducer {
  @Produces
  Clock clock() {
    return new MicrosecondClock(Clock.systemUTC());
  }

  /**
   * {@code Clock.tick(base, 1 µs)} would do, but its {@code millis()} divides by the tick in whole
   * milliseconds and throws for anything finer; this one truncates the instant instead.
   */
  static final class MicrosecondClock extends Clock {
    private final Clock base;

    MicrosecondClock(Clock base) {
      this.base = base;
    }

    @Override
    public ZoneId getZone() {
      return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return new MicrosecondClock(base.withZone(zone));
    }

    @Override
    public Instant instant() {
      return base.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public long millis() {
      return base.millis();
    }
  }
}
