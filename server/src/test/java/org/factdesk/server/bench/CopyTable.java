package org.factdesk.server.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * One table filled by PostgreSQL's COPY (text format) on a connection of its own, so that every
 * table streams at once; nothing is visible until {@link #commit}.
 */
final class CopyTable implements AutoCloseable {
  private final String table;
  private final Connection connection;
  private final PGCopyOutputStream stream;
  private final Writer out;
  private long rows;

  CopyTable(String url, String user, String password, String table, String columns) throws SQLException {
    this.table = table;
    this.connection = DriverManager.getConnection(url, user, password);
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement()) {
      // The generator builds consistent rows; checking every foreign key row by row would triple the time.
      // verify() checks them all afterwards with one query per key.
      s.execute("SET session_replication_role = replica");
    }
    this.stream = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
        "COPY " + table + " (" + columns + ") FROM STDIN", 1 << 16);
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
  }

  void row(Object... values) {
    try {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          out.write('\t');
        }
        write(values[i]);
      }
      out.write('\n');
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException(table, e);
    }
  }

  long rows() {
    return rows;
  }

  String table() {
    return table;
  }

  private void write(Object v) throws IOException {
    if (v == null) {
      out.write("\\N");
    } else if (v instanceof String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '\\' -> out.write("\\\\");
          case '\t' -> out.write("\\t");
          case '\n' -> out.write("\\n");
          case '\r' -> out.write("\\r");
          default -> out.write(c);
        }
      }
    } else if (v instanceof Boolean b) {
      out.write(b ? "t" : "f");
    } else if (v instanceof Instant t) {
      out.write(t.toString());
    } else if (v instanceof LocalDate d) {
      out.write(d.toString());
    } else if (v instanceof Enum<?> e) {
      out.write(e.name());
    } else {
      out.write(v.toString());
    }
  }

  /** Ends the COPY and commits this table's rows. */
  void commit() throws SQLException {
    try {
      out.close();
    } catch (IOException e) {
      throw new SQLException("COPY " + table + " failed", e);
    }
    connection.commit();
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
