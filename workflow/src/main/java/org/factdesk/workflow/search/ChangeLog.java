package org.factdesk.workflow.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The change log (table {@code change_log}, V16): one row per changed article, claim or source per
 * transaction. Rows are written through the JTA data source, whose connection Liberty shares with
 * the persistence context inside one transaction, so a row commits or rolls back with its change.
 */
@ApplicationScoped
public class ChangeLog {
  /** What a row names; an ARTICLE change also re-indexes the article's claims. */
  public enum Kind {
    ARTICLE,
    CLAIM,
    SOURCE
  }

  /** One row. */
  public record Change(long seq, Kind kind, long id) {}

  private static final Object RECORDED = new Object();

  @Resource(lookup = "jdbc/factdesk")
  DataSource dataSource;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject Clock clock;

  /** Logs that {@code id} changed, once per transaction. */
  @SuppressWarnings("unchecked")
  public void record(Kind kind, long id) {
    if (transactions.getTransactionKey() != null) {
      Set<String> seen = (Set<String>) transactions.getResource(RECORDED);
      if (seen == null) {
        seen = new HashSet<>();
        transactions.putResource(RECORDED, seen);
      }
      if (!seen.add(kind + ":" + id)) {
        return;
      }
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert = c.prepareStatement(
            "INSERT INTO change_log (kind, entity_id, changed_at) VALUES (?, ?, ?)")) {
      insert.setString(1, kind.name());
      insert.setLong(2, id);
      insert.setObject(3, OffsetDateTime.now(clock));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not log a change of " + kind + " " + id, e);
    }
  }

  /** Rows after {@code seq} (at most {@code limit}), oldest first, and rows whose seq is in {@code gaps}. */
  public List<Change> after(long seq, Collection<Long> gaps, int limit) {
    String where = "seq > ?" + (gaps.isEmpty() ? ""
        : " OR seq IN (" + gaps.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")");
    List<Change> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement(
            "SELECT seq, kind, entity_id FROM change_log WHERE " + where + " ORDER BY seq")) {
      q.setLong(1, seq);
      q.setMaxRows(limit);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          out.add(new Change(rs.getLong(1), Kind.valueOf(rs.getString(2)), rs.getLong(3)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the change log", e);
    }
    return out;
  }

  /** The largest seq of the rows logged before {@code time} (0 when there is none). */
  public long headBefore(OffsetDateTime time) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement("SELECT MAX(seq) FROM change_log WHERE changed_at < ?")) {
      q.setObject(1, time);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the change log", e);
    }
  }

  /**
   * Deletes the rows logged before {@code time} and moves the horizon past them, in one local
   * transaction; returns how many rows went. Idempotent, so every instance may run it.
   */
  public int trimBefore(OffsetDateTime time) {
    long through = headBefore(time);
    if (through == 0) {
      return 0;
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement horizon = c.prepareStatement(
              "UPDATE change_log_horizon SET trimmed_through = ? WHERE id = 1 AND trimmed_through < ?");
          PreparedStatement delete = c.prepareStatement("DELETE FROM change_log WHERE seq <= ?")) {
        horizon.setLong(1, through);
        horizon.setLong(2, through);
        horizon.executeUpdate();
        delete.setLong(1, through);
        int deleted = delete.executeUpdate();
        c.commit();
        return deleted;
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not trim the change log", e);
    }
  }

  /** The highest seq trimmed away so far (0: none): an index that applied less must be rebuilt. */
  public long trimmedThrough() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement("SELECT trimmed_through FROM change_log_horizon WHERE id = 1");
        ResultSet rs = q.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the change log's horizon", e);
    }
  }
}
