package org.herald.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.jspecify.annotations.Nullable;

/**
 * A JDBC database, embedded DuckDB or PostgreSQL, with its schema brought up to date on open.
 * One connection writes (callers serialise writes); a small pool of connections reads, so the
 * server answers queries while an ingest writes. A writer asks what it needs to know before it
 * writes on its own connection ({@link #readOnWriter}), never behind the server's queries.
 *
 * <p>A PostgreSQL server may go away (restarted, failed over, the network dropped) while the
 * store is open. A connection it dropped is replaced by a new one when next used, waiting up
 * to {@link #RECONNECT_WAIT} for the server to accept connections again; once such a wait has
 * failed, each later use tries once, without waiting, until the server answers. Work that
 * failed on a dropped connection before its commit is run once more on the new connection (the
 * server rolled it back); where that is not possible it fails with a {@link HeraldException}
 * that says "database unreachable" and whether anything was written. Nothing is lost
 * silently.
 *
 * <p>Embedded DuckDB does not always undo a commit that failed halfway, as on a full disk: it
 * may go on to show part of the failed transaction, write it with a later commit, or crash the
 * process at a later statement (DuckDB 1.4). So a commit that fails, or any failure to read or
 * write its files, stops the database: its connections close without the checkpoint DuckDB
 * runs when the last one closes (it runs here, in {@link #close}, while the database works), so
 * its files keep every commit before the failure and nothing after. The failure is a {@link
 * HeraldException} of {@link ErrorCode#RESOURCE} that names the database file and says where
 * the disk is full; every later use fails with one that says the store has stopped, until the
 * store is opened again.
 */
final class Database implements AutoCloseable {
  /** The migrations in order; each runs once, recorded in herald_schema. */
  static final List<String> MIGRATIONS = List.of("V1__schema.sql", "V2__event_evidence.sql",
      "V3__crawl.sql", "V4__reviews.sql", "V5__learned.sql", "V6__quote_speaker.sql");

  enum Dialect { DUCKDB, POSTGRES }

  /** How long a use of a dropped connection waits for the server to accept connections. */
  static final Duration RECONNECT_WAIT = Duration.ofSeconds(10);

  /** How many statements a reading connection keeps prepared. */
  static final int STATEMENTS = 200;

  /** How many connections read. */
  static final int READERS = 16;

  private final Dialect dialect;
  private final String url;
  private volatile Connection writer;
  private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
  private final Set<Connection> all = ConcurrentHashMap.newKeySet();
  /** The statements each reading connection prepared, by their SQL: see {@link #statement}. */
  private final Map<Connection, Map<String, PreparedStatement>> statements =
      new ConcurrentHashMap<>();
  /** Whether the last attempt to reach the server failed: the next one does not wait. */
  private volatile boolean unreachable;
  /** Why the embedded database stopped ("its disk was full"); null while it works. */
  private volatile @Nullable String stopped;

  private Database(Dialect dialect, String url, Connection writer) {
    this.dialect = dialect;
    this.url = url;
    this.writer = writer;
    all.add(writer);
  }

  /**
   * An embedded DuckDB file in {@code dir} (created if needed). Where a full disk stops it
   * being created, the file begun is removed: DuckDB would refuse it once there is room.
   */
  static Database duckDb(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.UNREADABLE, dir + ": cannot create the data directory: "
          + e.getMessage());
    }
    Path file = dir.resolve("herald.duckdb").toAbsolutePath();
    boolean fresh = !Files.exists(file);
    try {
      return open(Dialect.DUCKDB, "jdbc:duckdb:" + file);
    } catch (HeraldException e) {
      if (fresh && e.getCause() != null && diskFull(e.getCause())) {
        for (Path begun : List.of(file, file.resolveSibling(file.getFileName() + ".wal"))) {
          try {
            Files.deleteIfExists(begun);
          } catch (IOException e2) {
            e.addSuppressed(e2);
          }
        }
      }
      throw e;
    }
  }

  /** A PostgreSQL database at a JDBC URL (user and password in the URL's parameters). */
  static Database postgres(String jdbcUrl) {
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new HeraldException(ErrorCode.BAD_ARGUMENT,
          "--db must be a PostgreSQL JDBC URL (jdbc:postgresql://host/db?user=...), not " + jdbcUrl);
    }
    return open(Dialect.POSTGRES, jdbcUrl);
  }

  /**
   * Turns off the two DuckDB optimizers that build a table's statistics of the moment into a
   * prepared plan: a statement kept ({@link #statement}) and run again after an ingest then
   * read garbage strings, lost rows or crashed the process (DuckDB 1.4.4; "SELECT language,
   * count(*) ... GROUP BY language" prepared on an empty store gave "e" for "de").
   */
  private static void keepPlansSound(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SET disabled_optimizers = 'compressed_materialization,statistics_propagation'");
    }
  }

  private static Database open(Dialect dialect, String url) {
    Database db = null;
    try {
      Connection c = DriverManager.getConnection(url);
      db = new Database(dialect, url, c);
      if (dialect == Dialect.DUCKDB) {
        try (Statement s = c.createStatement()) {
          s.execute("PRAGMA disable_checkpoint_on_shutdown"); // close() runs it while sound
        }
        keepPlansSound(c);
      }
      db.migrate();
      for (int i = 0; i < READERS; i++) {
        Connection r = dialect == Dialect.DUCKDB
            ? ((org.duckdb.DuckDBConnection) c).duplicate() : DriverManager.getConnection(url);
        if (dialect == Dialect.DUCKDB) {
          keepPlansSound(r);
        }
        db.readers.add(r);
        db.all.add(r);
      }
      return db;
    } catch (SQLException e) {
      if (db != null) {
        db.closeConnections();
      }
      if (diskFull(e)) {
        throw new HeraldException(ErrorCode.RESOURCE, "cannot open the store " + redact(url)
            + ": its disk is full (" + firstLine(e) + ")", e);
      }
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

  /**
   * The writing connection, a new one where the server dropped the last; the caller holds the
   * store's write lock.
   *
   * @throws SQLException where the server cannot be reached
   */
  Connection writer() throws SQLException {
    if (writer.isClosed()) {
      writer = connect();
    }
    return writer;
  }

  /**
   * Runs work in one transaction on the writing connection: all of it is committed or none.
   * On PostgreSQL a transaction-scoped advisory lock makes the transactions of all writing
   * processes one at a time. The caller holds the store's write lock.
   *
   * @param failure what the error message says could not be done
   */
  <T> T transaction(String failure, SqlWork<T> work) {
    return transaction(failure, work, () -> { });
  }

  /**
   * Runs work in one transaction as {@link #transaction(String, SqlWork)} does, calling {@code
   * committingHook} right before the commit that makes it visible to the reading connections (once
   * for each attempt that gets that far): what the work wrote is seen by no other connection
   * before it.
   *
   * @param committingHook called right before the commit
   */
  <T> T transaction(String failure, SqlWork<T> work, Runnable committingHook) {
    for (int attempt = 1; ; attempt++) {
      requireRunning(failure);
      Connection c;
      try {
        c = writer();
      } catch (SQLException e) {
        if (lost(e)) {
          throw unreachable(failure, e, "nothing of it was written");
        }
        throw new HeraldException(ErrorCode.INTERNAL, failure + ": " + e.getMessage(), e);
      }
      boolean committing = false;
      try {
        c.setAutoCommit(false);
        lockWriters(c);
        T result = work.run(c);
        committing = true;
        committingHook.run();
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        quietly(c::rollback, e);
        if (e instanceof SQLException s && spoils(s, committing)) {
          throw stop(failure, s, committing ? "it may or may not have been written"
              : "nothing of it was written");
        }
        if (e instanceof SQLException s && lost(s)) {
          discard(c);
          if (committing) {
            throw unreachable(failure, s, "it may or may not have been written");
          }
          if (attempt == 1) {
            continue; // the server rolled it back: once more, on a new connection
          }
          throw unreachable(failure, s, "nothing of it was written");
        }
        if (e instanceof SQLException s) {
          throw new HeraldException(ErrorCode.INTERNAL, failure + ": " + s.getMessage(), s);
        }
        throw (RuntimeException) e;
      } finally {
        quietly(() -> {
          if (!c.isClosed()) {
            c.setAutoCommit(true);
          }
        }, null);
      }
    }
  }

  /**
   * On PostgreSQL, several processes may write (ingests, the stream job's subtasks): a
   * transaction-scoped advisory lock makes their merges of event reports one at a time, so two
   * reports of one event never start two events. DuckDB has one writing process.
   */
  private void lockWriters(Connection c) throws SQLException {
    if (dialect == Dialect.POSTGRES) {
      try (Statement st = c.createStatement()) {
        st.execute("SELECT pg_advisory_xact_lock(72720)");
      }
    }
  }

  /** Runs statements on the writing connection, outside a transaction. */
  void execute(String... statements) {
    requireRunning("statement failed");
    Connection c = null;
    try {
      c = writer();
      try (Statement st = c.createStatement()) {
        for (String sql : statements) {
          st.execute(sql);
        }
      }
    } catch (SQLException e) {
      if (lost(e)) {
        discard(c);
        throw unreachable("statement failed", e, "it may or may not have been run");
      }
      if (spoils(e, false)) {
        throw stop("statement failed", e, "it may or may not have been run");
      }
      throw new HeraldException(ErrorCode.INTERNAL, "statement failed: " + e.getMessage(), e);
    }
  }

  /**
   * Runs {@code work} on a reading connection from the pool. Where the server had dropped the
   * connection, the work runs once more on a new one, so work keeps what it read to itself
   * until it returns; work that throws a {@link HeraldException} is not run again.
   */
  <T> T read(SqlWork<T> work) {
    requireRunning("store query failed");
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
      for (int attempt = 1; ; attempt++) {
        try {
          if (c.isClosed()) {
            requireRunning("store query failed"); // it stopped: a closed connection stays so
            statements.remove(c);
            c = connect();
          }
          return work.run(c);
        } catch (SQLException e) {
          if (!lost(e)) {
            throw new HeraldException(ErrorCode.INTERNAL, "store query failed: "
                + e.getMessage(), e);
          }
          discard(c);
          if (attempt == 2) {
            throw unreachable("store query failed", e, "nothing was read");
          }
        } catch (HeraldException e) {
          if (e.getCause() instanceof SQLException s && lost(s)) {
            discard(c);
          }
          throw e;
        }
      }
    } finally {
      if (stopped != null) {
        quietly(c::close, null); // it stopped while this read ran
      }
      readers.add(c); // a closed one is replaced when next taken
    }
  }

  /** Fails where the embedded database has stopped after a failed write. */
  private void requireRunning(String failure) {
    String why = stopped;
    if (why != null) {
      throw new HeraldException(ErrorCode.RESOURCE, failure + ": the store " + describe()
          + " has stopped after " + why + "; open it again");
    }
  }

  /**
   * Whether a failure leaves the embedded database in doubt: a failed commit, which DuckDB may
   * not have undone whole, or a failure to read or write its files. Never on PostgreSQL, whose
   * server rolls back what failed.
   */
  private boolean spoils(SQLException e, boolean committing) {
    if (dialect != Dialect.DUCKDB) {
      return false;
    }
    String message = String.valueOf(e.getMessage());
    return committing || message.contains("Failed to commit") || message.contains("IO Error")
        || message.contains("FATAL") || message.contains("INTERNAL Error") || diskFull(e);
  }

  /**
   * Stops the embedded database after a failure that left it in doubt: closes the writing
   * connection and the idle reading ones (a busy one when its read ends), without a checkpoint,
   * so that its files keep what was committed before and the next open reads them alone. The
   * caller holds the store's write lock.
   *
   * @param outcome what became of the work that failed
   * @return the error to throw
   */
  private HeraldException stop(String failure, SQLException e, String outcome) {
    boolean full = diskFull(e);
    stopped = full ? "its disk was full" : "a failed write (" + firstLine(e) + ")";
    discard(writer);
    List<Connection> idle = new ArrayList<>();
    readers.drainTo(idle);
    for (Connection r : idle) {
      quietly(r::close, e);
    }
    readers.addAll(idle); // closed: a read finds the database stopped before it takes one
    return new HeraldException(ErrorCode.RESOURCE, failure + ": " + (full
        ? "the disk of the store " + describe() + " is full (" : "the store " + describe()
        + " could not be written (") + firstLine(e) + "); " + outcome + ", and the store has"
        + " stopped: " + (full ? "free space and open it again" : "open it again"), e);
  }

  /** Whether a failure, or one that caused it, is a full disk (or a full quota). */
  static boolean diskFull(Throwable e) {
    Set<Throwable> seen = new HashSet<>();
    for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && (message.contains("No space left on device")
          || message.contains("Disk quota exceeded"))) {
        return true;
      }
    }
    return false;
  }

  /** The first line of a failure's message: DuckDB adds a stack trace to some. */
  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end).strip();
  }

  /**
   * Runs read-only {@code work} on the writing connection, outside a transaction, for a writer
   * that asks before it writes (is this document stored?): it waits for the write in progress,
   * not for a reading connection behind the queries the server is answering. Where the server
   * had dropped the connection, the work runs once more on a new one. The caller holds the
   * store's write lock.
   */
  <T> T readOnWriter(SqlWork<T> work) {
    for (int attempt = 1; ; attempt++) {
      Connection c = null;
      try {
        c = writer();
        return work.run(c);
      } catch (SQLException e) {
        if (!lost(e)) {
          throw new HeraldException(ErrorCode.INTERNAL, "store query failed: " + e.getMessage(),
              e);
        }
        discard(c);
        if (attempt == 2) {
          throw unreachable("store query failed", e, "nothing was read");
        }
      }
    }
  }

  /**
   * Whether a failure means the server dropped the connection or cannot be reached (SQL state
   * class 08, or the server shutting down or starting up). Never on DuckDB, which is in this
   * process.
   */
  boolean lost(SQLException e) {
    if (dialect != Dialect.POSTGRES) {
      return false;
    }
    Set<Throwable> seen = new HashSet<>();
    for (Throwable t = e; t != null && seen.add(t); ) {
      if (t instanceof SQLException s) {
        String state = s.getSQLState();
        if (state != null && (state.startsWith("08") || state.equals("57P01")
            || state.equals("57P02") || state.equals("57P03"))) {
          return true;
        }
        t = s.getNextException() != null ? s.getNextException() : s.getCause();
      } else {
        t = t.getCause();
      }
    }
    return false;
  }

  /**
   * A new connection to the server, waiting up to {@link #RECONNECT_WAIT} while it refuses,
   * unless the last attempt already failed.
   */
  private Connection connect() throws SQLException {
    long deadline = System.nanoTime() + (unreachable ? 0 : RECONNECT_WAIT.toNanos());
    long pauseMillis = 100;
    while (true) {
      try {
        Connection c = DriverManager.getConnection(url);
        unreachable = false;
        all.add(c);
        return c;
      } catch (SQLException e) {
        if (!lost(e)) {
          throw e;
        }
        if (System.nanoTime() + pauseMillis * 1_000_000 > deadline) {
          unreachable = true;
          throw e;
        }
        try {
          Thread.sleep(pauseMillis);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw e;
        }
        pauseMillis = Math.min(pauseMillis * 2, 1000);
      }
    }
  }

  private HeraldException unreachable(String failure, SQLException e, String outcome) {
    return new HeraldException(ErrorCode.RESOURCE, failure + ": database unreachable ("
        + e.getMessage() + "); " + outcome, e);
  }

  /** Closes a connection the server dropped; it is replaced when next used. */
  private void discard(@Nullable Connection c) {
    if (c != null) {
      quietly(c::close, null);
      all.remove(c);
      statements.remove(c);
    }
  }

  /**
   * A statement of a reading connection for {@code sql}, prepared the first time and kept for
   * the next reads of the same SQL on that connection (its {@value #STATEMENTS} last used): the
   * caller binds every parameter, reads its results and does not close it. Preparing took
   * DuckDB about 0.2 ms of each small query, and PostgreSQL plans a statement it has seen only
   * once (issue 23's load test). Only the thread holding the connection uses its statements.
   */
  PreparedStatement statement(Connection c, String sql) throws SQLException {
    Map<String, PreparedStatement> kept = statements.computeIfAbsent(c,
        k -> new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= STATEMENTS) {
              return false;
            }
            quietly(eldest.getValue()::close, null);
            return true;
          }
        });
    PreparedStatement ps = kept.get(sql);
    if (ps == null || ps.isClosed()) {
      ps = c.prepareStatement(sql);
      kept.put(sql, ps);
    }
    return ps;
  }

  private interface SqlAction {
    void run() throws SQLException;
  }

  /** Runs a clean-up step whose failure cannot change the outcome; noted on {@code primary}. */
  private static void quietly(SqlAction action, @Nullable Throwable primary) {
    try {
      action.run();
    } catch (SQLException | RuntimeException e) {
      if (primary != null) {
        primary.addSuppressed(e);
      }
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

  /**
   * Closes the database. An embedded one that works is checkpointed first, as DuckDB would when
   * its last connection closes; where that fails (a full disk), its log keeps what it holds and
   * the next open reads it from there.
   */
  @Override
  public void close() {
    if (dialect == Dialect.DUCKDB && stopped == null && !all.isEmpty()) {
      try (Statement s = writer.createStatement()) {
        s.execute("CHECKPOINT");
      } catch (SQLException e) {
        // the log keeps every commit: nothing is lost
      }
    }
    closeConnections();
  }

  private void closeConnections() {
    for (Connection c : all) {
      quietly(c::close, null); // closing: nothing left to do with it
    }
    all.clear();
  }
}
