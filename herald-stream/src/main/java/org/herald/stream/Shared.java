package org.herald.stream;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.herald.core.Pipeline;
import org.herald.store.Store;

/**
 * What the subtasks of one task manager share: one pipeline (the models load once per JVM and
 * serve every slot) and one store per database, closed when its last user closes it.
 */
final class Shared {
  private static final Map<String, Pipeline> PIPELINES = new HashMap<>();
  private static final Map<String, Store> STORES = new HashMap<>();
  private static final Map<String, Integer> USERS = new HashMap<>();

  private Shared() {}

  static synchronized Pipeline pipeline(String kind, Supplier<Pipeline> build) {
    return PIPELINES.computeIfAbsent(kind, k -> build.get());
  }

  static synchronized Store store(String jdbcUrl, Path indexDir) {
    Store s = STORES.computeIfAbsent(jdbcUrl, u -> Store.postgres(u, indexDir));
    USERS.merge(jdbcUrl, 1, Integer::sum);
    return s;
  }

  static synchronized void release(String jdbcUrl) {
    int left = USERS.merge(jdbcUrl, -1, Integer::sum);
    if (left <= 0) {
      USERS.remove(jdbcUrl);
      Store s = STORES.remove(jdbcUrl);
      if (s != null) {
        s.close();
      }
    }
  }
}
