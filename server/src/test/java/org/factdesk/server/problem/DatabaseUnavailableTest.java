package org.factdesk.server.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {
  @Test
  void connectionFailuresAndShutdownsAreUnavailability() {
    assertTrue(DatabaseUnavailable.explains(new PersistenceException(new SQLException("refused", "08001"))));
    assertTrue(DatabaseUnavailable.explains(new RuntimeException(new SQLException("terminating connection", "57P01"))));
    assertTrue(DatabaseUnavailable.explains(new SQLException("I/O error", "08006")));
  }

  @Test
  void otherDatabaseFailuresAreNot() {
    assertFalse(DatabaseUnavailable.explains(new PersistenceException(new SQLIntegrityConstraintViolationException("dup", "23505"))));
    assertFalse(DatabaseUnavailable.explains(new SQLException("syntax", "42601")));
    assertFalse(DatabaseUnavailable.explains(new IllegalStateException("no cause")));
  }
}
