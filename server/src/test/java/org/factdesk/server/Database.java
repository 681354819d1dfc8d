package org.factdesk.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A direct connection to the test server's database, for states only another server instance could
 * leave behind. The build hands the tests the same FACTDESK_DB_* variables as the server (on the
 * embedded database, a URL with AUTO_SERVER so two processes can share the file).
 */
final class Database {
  private Database() {}

  static Connection connect() throws SQLException {
    String url = System.getenv("FACTDESK_DB_URL");
    if (url == null || url.isBlank()) {
      throw new IllegalStateException("FACTDESK_DB_URL is not set for the tests (see server/pom.xml)");
    }
    String user = System.getenv().getOrDefault("FACTDESK_DB_USER", "factdesk");
    String password = System.getenv().getOrDefault("FACTDESK_DB_PASSWORD", "factdesk");
    return DriverManager.getConnection(url, user, password);
  }
}
