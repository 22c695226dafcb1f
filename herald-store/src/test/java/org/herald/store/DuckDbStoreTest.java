package org.herald.store;

import java.nio.file.Path;

/** The store contract on the embedded DuckDB store. */
class DuckDbStoreTest extends StoreContract {
  @Override
  Store open(Path dir) {
    return Store.embedded(dir);
  }

  @Override
  Store reopen(Path dir) {
    return Store.embedded(dir);
  }
}
