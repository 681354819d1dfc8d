package org.factdesk.server.config.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.factdesk.workflow.audit.AuditChain;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V13 hashes the events a database already holds, chain by chain, as the server would have. Runs on
 * an in-memory H2; {@code -Dfactdesk.v13.url=jdbc:postgresql://…/empty_db -Dfactdesk.v13.user=postgres}
 * runs it on PostgreSQL.
 */
class V13AuditChainTest {
  private static final String URL = System.getProperty("factdesk.v13.url", "jdbc:h2:mem:v13;DB_CLOSE_DELAY=-1");
  private static final String USER = System.getProperty("factdesk.v13.user", "sa");

  @Test
  void hashesEveryStoredEventInItsChain() throws SQLException {
    Flyway.configure().dataSource(URL, USER, "").locations("classpath:db/migration").target("12").load().migrate();
    // 2,300 events: more than two of the migration's pages, the chains interleaved by id.
    int events = 2300;
    try (Connection c = DriverManager.getConnection(URL, USER, ""); Statement s = c.createStatement()) {
      s.execute("INSERT INTO app_user (username, version, display_name, password_hash, active, created_at)"
          + " VALUES ('ed', 0, 'Ed', 'x', TRUE, CURRENT_TIMESTAMP)");
      for (int a = 1; a <= 2; a++) {
        s.execute("INSERT INTO article (id, version, title, slug, language, priority, state, author, current_revision,"
            + " created_at, updated_at) VALUES (" + a + ", 0, 'T', 's" + a + "', 'he', 'NORMAL', 'DRAFT', 'ed', 1,"
            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
      }
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_event (id, article_id, actor, occurred_at,"
          + " action, subject, before_value, after_value, note) VALUES (?, ?, 'ed', ?, 'article.revised', ?, ?, ?, ?)")) {
        for (int id = 1; id <= events; id++) {
          insert.setLong(1, id);
          insert.setObject(2, id % 3 == 0 ? null : (long) (id % 3));
          insert.setObject(3, OffsetDateTime.of(2026, 1, 1, 0, 0, 0, id * 1000, ZoneOffset.ofHours(4)).plusMinutes(id));
          insert.setString(4, "revision:" + id);
          insert.setString(5, id % 2 == 0 ? null : "{\"state\":\"DRAFT\"}");
          insert.setString(6, "{\"note\":\"\u05ea\u05d9\u05e7\u05d5\u05df \\\"" + id + "\\\"\"}");
          insert.setString(7, id % 5 == 0 ? null : "\u0645\u0631\u0627\u062c\u0639\u0629 " + id);
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
    Flyway.configure().dataSource(URL, USER, "").locations("classpath:db/migration")
        .javaMigrations(new V13__Audit_chain()).load().migrate();

    Map<Long, String> heads = new HashMap<>();
    int checked = 0;
    try (Connection c = DriverManager.getConnection(URL, USER, ""); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, article_id, actor, occurred_at, action, subject, before_value,"
            + " after_value, note, previous_hash, hash FROM audit_event ORDER BY id")) {
      while (rs.next()) {
        Long article = rs.getObject(2) == null ? null : rs.getLong(2);
        String previous = heads.getOrDefault(article, AuditChain.GENESIS);
        assertEquals(previous, rs.getString(10), "event " + rs.getLong(1) + " follows its chain's last");
        String hash = AuditChain.hash(AuditChain.members(rs.getLong(1), article, rs.getString(3),
            rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
            rs.getString(9), previous));
        assertEquals(hash, rs.getString(11), "event " + rs.getLong(1));
        heads.put(article, hash);
        checked++;
      }
    }
    assertEquals(events, checked);
    assertEquals(3, heads.size());
  }
}
