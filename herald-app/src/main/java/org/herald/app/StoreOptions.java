package org.herald.app;

import java.nio.file.Path;
import org.herald.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Where the store lives: an embedded data directory, or a PostgreSQL database. */
final class StoreOptions {
  @Option(names = "--data", paramLabel = "DIR",
      description = "The data directory (default: $HERALD_DATA, else ./herald-data): the"
          + " embedded DuckDB store and the text index.")
  @Nullable Path data;

  @Option(names = "--db", paramLabel = "JDBC-URL",
      description = "A PostgreSQL JDBC URL (default: $HERALD_DB); the text index stays in the"
          + " data directory.")
  @Nullable String db;

  Path dataDir() {
    if (data != null) {
      return data;
    }
    String env = System.getenv("HERALD_DATA");
    return Path.of(env == null || env.isBlank() ? "herald-data" : env);
  }

  @Nullable String jdbcUrl() {
    if (db != null) {
      return db;
    }
    String env = System.getenv("HERALD_DB");
    return env == null || env.isBlank() ? null : env;
  }

  /** The embedded store's data directory, or null for PostgreSQL. */
  @Nullable Path embeddedDir() {
    return jdbcUrl() == null ? dataDir() : null;
  }

  /**
   * The serve or watch process that owns the embedded store, if one runs: commands then work
   * through its API. On PostgreSQL every command works directly, so this is empty.
   */
  java.util.Optional<RemoteHerald> running() {
    return jdbcUrl() != null ? java.util.Optional.empty() : RemoteHerald.find(dataDir());
  }

  /** Opens the store, creating an embedded one if there is none (ingest). */
  Store open() {
    String url = jdbcUrl();
    return url == null ? Store.embedded(dataDir()) : Store.postgres(url, dataDir().resolve("index"));
  }

  /** Opens a store that must exist already (serve, export, reanalyze, split). */
  Store openExisting() {
    if (jdbcUrl() == null && !java.nio.file.Files.exists(dataDir().resolve("herald.duckdb"))) {
      throw new org.herald.core.HeraldException(org.herald.core.ErrorCode.BAD_ARGUMENT,
          "no store in " + dataDir() + ": `herald ingest` one first, or give --data or --db");
    }
    return open();
  }
}
