package org.herald.app;

import java.nio.file.Path;
import org.herald.store.Store;

/** The API contract over the embedded DuckDB store. */
class DuckDbApiTest extends ApiContract {
  @Override
  Store open(Path dir) {
    return Store.embedded(dir);
  }
}
