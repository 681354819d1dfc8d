package org.factdesk.server.reliability;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** Progress lines on standard output, with the time of day. */
final class Log {
  private Log() {}

  static void info(String format, Object... args) {
    System.out.println(LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + " " + String.format(format, args));
    System.out.flush();
  }
}
