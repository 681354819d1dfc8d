package org.factdesk.server.config.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import org.factdesk.workflow.audit.AuditChain;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * V13: the audit trail's hash chains (decision 0016). Adds {@code previous_hash} and {@code hash},
 * the newsroom chain's lock row, and hashes every event already stored, chain by chain, with the
 * same {@link AuditChain} rule the server appends with. Java, not SQL, because the rule is: Flyway
 * runs it once, inside its schema lock, before any instance serves a request, so no instance can
 * append to a chain while it is being hashed.
 */
public class V13__Audit_chain extends BaseJavaMigration {
  private static final int PAGE = 1000;

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement()) {
      s.execute("ALTER TABLE audit_event ADD COLUMN previous_hash VARCHAR(64)");
      s.execute("ALTER TABLE audit_event ADD COLUMN hash VARCHAR(64)");
      // Newsroom-wide events have no article row to lock; they take this one.
      s.execute("CREATE TABLE audit_chain_lock (chain VARCHAR(20) NOT NULL PRIMARY KEY)");
      s.execute("INSERT INTO audit_chain_lock (chain) VALUES ('newsroom')");
    }
    hashChains(c, 0, "article_id IS NULL AND id > ? ORDER BY id");
    hashChains(c, 2, "article_id >= ? AND (article_id > ? OR id > ?) ORDER BY article_id, id");
    try (Statement s = c.createStatement()) {
      s.execute("ALTER TABLE audit_event ALTER COLUMN previous_hash SET NOT NULL");
      s.execute("ALTER TABLE audit_event ALTER COLUMN hash SET NOT NULL");
    }
  }

  /**
   * Hashes events in chain order, a page at a time after the last (article, id) seen; {@code rest}
   * binds the article to its first {@code articleParameters} parameters and the id to its last.
   */
  private static void hashChains(Connection c, int articleParameters, String rest) throws SQLException {
    String select = "SELECT id, article_id, actor, occurred_at, action, subject, before_value, after_value, note"
        + " FROM audit_event WHERE " + rest;
    long article = 0;
    long after = 0;
    Long chain = -1L;
    String previous = AuditChain.GENESIS;
    int read;
    try (PreparedStatement query = c.prepareStatement(select);
        PreparedStatement update = c.prepareStatement("UPDATE audit_event SET previous_hash = ?, hash = ? WHERE id = ?")) {
      query.setMaxRows(PAGE);
      do {
        for (int p = 1; p <= articleParameters; p++) {
          query.setLong(p, article);
        }
        query.setLong(articleParameters + 1, after);
        read = 0;
        try (ResultSet rs = query.executeQuery()) {
          while (rs.next()) {
            read++;
            long id = rs.getLong(1);
            Long articleId = rs.getObject(2) == null ? null : rs.getLong(2);
            if (!Objects.equals(articleId, chain)) {
              chain = articleId;
              previous = AuditChain.GENESIS;
            }
            Map<String, Object> members = AuditChain.members(id, articleId, rs.getString(3),
                rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), previous);
            previous = AuditChain.hash(members);
            update.setString(1, (String) members.get("previousHash"));
            update.setString(2, previous);
            update.setLong(3, id);
            update.addBatch();
            article = articleId == null ? 0 : articleId;
            after = id;
          }
        }
        update.executeBatch();
      } while (read == PAGE);
    }
  }
}
