package org.factdesk.server.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The harness's own PostgreSQL database: created fresh, read by JDBC behind the server's back, dropped. */
final class Database implements AutoCloseable {
  final String url;
  final String name;
  private final String serverUrl;
  private Connection connection;

  /** {@code serverUrl} ends with a slash, e.g. jdbc:postgresql://127.0.0.1:5432/ (user postgres, trust). */
  Database(String serverUrl, String name) {
    this.serverUrl = serverUrl;
    this.name = name;
    this.url = serverUrl + name;
  }

  Database create() throws SQLException {
    try (Connection admin = DriverManager.getConnection(serverUrl + "postgres", "postgres", "");
        Statement s = admin.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + name);
    }
    Log.info("database %s created", url);
    return this;
  }

  void drop() {
    try {
      close();
      try (Connection admin = DriverManager.getConnection(serverUrl + "postgres", "postgres", "");
          Statement s = admin.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }
    } catch (SQLException e) {
      Log.info("could not drop %s: %s", name, e.getMessage());
    }
  }

  Connection connection() throws SQLException {
    if (connection == null || !connection.isValid(2)) {
      connection = DriverManager.getConnection(url, "postgres", "");
    }
    return connection;
  }

  /** Rows of a query, each as column name → value (as text). */
  List<Map<String, String>> rows(String sql) throws SQLException {
    List<Map<String, String>> rows = new ArrayList<>();
    try (Statement s = connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 1; i <= columns; i++) {
          row.put(rs.getMetaData().getColumnLabel(i), rs.getString(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  long count(String sql) throws SQLException {
    try (Statement s = connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Every table's row count and an MD5 of its whole content (rows as text, sorted), in one
   * statement, so two snapshots are equal exactly when no row was added, removed or changed.
   * Sequences are left out: PostgreSQL never rolls them back, so a rejected insert may use a number.
   */
  Map<String, String> snapshot() throws SQLException {
    if (snapshotSql == null) {
      List<String> parts = new ArrayList<>();
      for (var row : rows("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
          + " AND table_type = 'BASE TABLE' ORDER BY table_name")) {
        String t = row.get("table_name");
        parts.add("SELECT '" + t + "' AS t, count(*) || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '-')"
            + " AS v FROM " + t + " x");
      }
      snapshotSql = String.join(" UNION ALL ", parts);
    }
    Map<String, String> snapshot = new LinkedHashMap<>();
    for (var row : rows(snapshotSql)) {
      snapshot.put(row.get("t"), row.get("v"));
    }
    return snapshot;
  }

  private String snapshotSql;

  /** Tables whose content differs between two snapshots. */
  static List<String> changed(Map<String, String> before, Map<String, String> after) {
    List<String> changed = new ArrayList<>();
    for (String t : after.keySet()) {
      if (!after.get(t).equals(before.get(t))) {
        changed.add(t);
      }
    }
    return changed;
  }

  @Override
  public void close() throws SQLException {
    if (connection != null) {
      connection.close();
      connection = null;
    }
  }
}
