package org.factdesk.server.problem;

import java.sql.SQLException;

/**
 * Tells a failure to reach the database (down, restarting, refusing connections) from a failure of
 * our own, so that callers get 503 with Retry-After instead of 500, wherever the failure surfaces.
 */
public final class DatabaseUnavailable {
  /** Seconds a client should wait before retrying; PostgreSQL restarts in a few seconds. */
  public static final int RETRY_AFTER_SECONDS = 5;

  private DatabaseUnavailable() {}

  public static boolean explains(Throwable thrown) {
    for (Throwable c = thrown; c != null; c = c.getCause()) {
      if (c instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        // 08: connection exceptions; 57P01..57P03: admin shutdown, crash shutdown, cannot connect now.
        if (state.startsWith("08") || state.startsWith("57P")) {
          return true;
        }
      }
      if (c.getClass().getName().endsWith("ResourceException")
          || c.getClass().getName().equals("org.eclipse.persistence.exceptions.DatabaseException")
              && String.valueOf(c.getMessage()).contains("Connection")) {
        return true;
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return false;
  }
}
