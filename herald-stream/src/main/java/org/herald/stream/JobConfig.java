package org.herald.stream;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * What the job needs to know.
 *
 * @param kafka        bootstrap servers, HOST:PORT
 * @param input        the topic of raw articles
 * @param documents    the topic analysed documents go to (contract JSON keyed by id), or null
 * @param events       the topic events go to (one JSON per event), or null
 * @param jdbcUrl      the PostgreSQL store, or null for none
 * @param indexDir     where the task managers keep their text index (rebuilt from the store
 *                     by whoever opens it)
 * @param bounded      stop at the end the input topic has when the job starts
 * @param textOnly     extraction and language only, for measuring the plumbing
 * @param failAfter    for tests: the analysing subtask 0 fails once after this many documents
 *                     (negative: never)
 */
public record JobConfig(String kafka, String input, @Nullable String documents,
    @Nullable String events, @Nullable String jdbcUrl, String indexDir, String groupId,
    int parallelism, long checkpointMillis, boolean bounded, boolean textOnly, int failAfter,
    long dedupHours) implements Serializable {
  private static final long serialVersionUID = 1L;
}
