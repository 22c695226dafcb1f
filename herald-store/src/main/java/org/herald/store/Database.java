package org.herald.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;

/**
 * A JDBC database, embedded DuckDB or PostgreSQL, with its schema brought up to date on open.
 * One connection writes (callers serialise writes); a small pool of connections reads, so the
 * server answers queries while an ingest writes.
 */
final class Database implements AutoCloseable {
  /** The migrations in order; each runs once, recorded in herald_schema. */
  static final List<String> MIGRATIONS = List.of("V1__schema.sql", "V2__event_evidence.sql",
      "V3__crawl.sql", "V4__reviews.sql");

  enum Dialect { DUCKDB, POSTGRES }

  private static final int READERS = 4;

  private final Dialect dialect;
  private final String url;
  private final Connection writer;
  private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
  private final List<Connection> all = new ArrayList<>();

  private Database(Dialect dialect, String url, Connection writer) {
    this.dialect = dialect;
    this.url = url;
    this.writer = writer;
    all.add(writer);
  }

  /** An embedded DuckDB file in {@code dir} (created if needed). */
  static Database duckDb(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.UNREADABLE, dir + ": cannot create the data directory: "
          + e.getMessage());
    }
    return open(Dialect.DUCKDB, "jdbc:duckdb:" + dir.resolve("herald.duckdb").toAbsolutePath());
  }

  /** A PostgreSQL database at a JDBC URL (user and password in the URL's parameters). */
  static Database postgres(String jdbcUrl) {
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new HeraldException(ErrorCode.BAD_ARGUMENT,
          "--db must be a PostgreSQL JDBC URL (jdbc:postgresql://host/db?user=...), not " + jdbcUrl);
    }
    return open(Dialect.POSTGRES, jdbcUrl);
  }

  private static Database open(Dialect dialect, String url) {
    try {
      Connection c = DriverManager.getConnection(url);
      Database db = new Database(dialect, url, c);
      db.migrate();
      for (int i = 0; i < READERS; i++) {
        Connection r = dialect == Dialect.DUCKDB
            ? ((org.duckdb.DuckDBConnection) c).duplicate() : DriverManager.getConnection(url);
        db.readers.add(r);
        db.all.add(r);
      }
      return db;
    } catch (SQLException e) {
      String why = e.getMessage() != null && e.getMessage().contains("lock")
          ? " (is another herald process using it? an embedded store has one user at a time)"
          : "";
      throw new HeraldException(ErrorCode.UNREADABLE,
          "cannot open the store " + redact(url) + ": " + e.getMessage() + why, e);
    }
  }

  private static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  Dialect dialect() {
    return dialect;
  }

  String describe() {
    return dialect == Dialect.DUCKDB ? url.substring("jdbc:duckdb:".length()) : redact(url);
  }

  /** The writing connection; the caller holds the store's write lock. */
  Connection writer() {
    return writer;
  }

  /** Runs {@code work} on a reading connection from the pool. */
  <T> T read(SqlWork<T> work) {
    Connection c;
    try {
      c = readers.poll(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HeraldException(ErrorCode.INTERNAL, "interrupted waiting for the store");
    }
    if (c == null) {
      throw new HeraldException(ErrorCode.INTERNAL, "the store is busy");
    }
    try {
      return work.run(c);
    } catch (SQLException e) {
      throw new HeraldException(ErrorCode.INTERNAL, "store query failed: " + e.getMessage(), e);
    } finally {
      readers.add(c);
    }
  }

  interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  /** The schema version the store is at. */
  int schemaVersion() {
    return read(c -> {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT max(version) FROM herald_schema")) {
        rs.next();
        return rs.getInt(1);
      }
    });
  }

  private void migrate() throws SQLException {
    try (Statement s = writer.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS herald_schema (version INTEGER PRIMARY KEY,"
          + " name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    }
    int current;
    try (Statement s = writer.createStatement();
        ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM herald_schema")) {
      rs.next();
      current = rs.getInt(1);
    }
    if (current > MIGRATIONS.size()) {
      throw new HeraldException(ErrorCode.UNREADABLE, "the store " + describe() + " has schema"
          + " version " + current + ", newer than this Herald knows (" + MIGRATIONS.size() + ")");
    }
    for (int v = current + 1; v <= MIGRATIONS.size(); v++) {
      String name = MIGRATIONS.get(v - 1);
      writer.setAutoCommit(false);
      try (Statement s = writer.createStatement()) {
        for (String stmt : statements(load(name))) {
          if (dialect == Dialect.DUCKDB && stmt.startsWith("CREATE INDEX")) {
            continue;
          }
          s.execute(stmt);
        }
        try (var ps = writer.prepareStatement(
            "INSERT INTO herald_schema (version, name, applied_at) VALUES (?, ?, ?)")) {
          ps.setInt(1, v);
          ps.setString(2, name);
          ps.setString(3, java.time.Instant.now().toString());
          ps.executeUpdate();
        }
        writer.commit();
      } catch (SQLException e) {
        writer.rollback();
        throw e;
      } finally {
        writer.setAutoCommit(true);
      }
    }
  }

  private static String load(String name) {
    try (InputStream in = Database.class.getResourceAsStream("migrations/" + name)) {
      if (in == null) {
        throw new HeraldException(ErrorCode.RESOURCE, "migration " + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.RESOURCE, "cannot read migration " + name, e);
    }
  }

  /** The statements of a script: comments dropped, split at semicolons ending a line. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : script.split("\n")) {
      int comment = line.indexOf("--");
      String code = (comment >= 0 ? line.substring(0, comment) : line).strip();
      if (code.isEmpty()) {
        continue;
      }
      cur.append(cur.length() == 0 ? "" : " ").append(code);
      if (code.endsWith(";")) {
        out.add(cur.substring(0, cur.length() - 1).strip());
        cur.setLength(0);
      }
    }
    if (!cur.toString().isBlank()) {
      out.add(cur.toString().strip());
    }
    return out;
  }

  @Override
  public void close() {
    for (Connection c : all) {
      try {
        c.close();
      } catch (SQLException e) {
        // closing: nothing left to do with it
      }
    }
  }
}
