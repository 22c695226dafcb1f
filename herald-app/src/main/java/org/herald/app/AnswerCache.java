package org.herald.app;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.herald.store.Store;
import org.jspecify.annotations.Nullable;

/**
 * The answers of the API's reading routes, kept until the store is written to. An answer is
 * keyed by its path and query and by the store's count of writes when it was computed, so that
 * no answer outlives the data it was read from, and kept only where no write began or ended
 * while it was computed, so that all kept answers of one count saw the same data; the routes of
 * events, entities, quotes and one stored document count only the writes that can change them
 * ({@link Store#factWrites}), so that an ingest of text alone does not clear them. Many clients
 * asking the same while it is being computed wait for the one computation. Only a store that
 * sees every write of its database is cached (the embedded one); on PostgreSQL, which other
 * processes write, every request is computed.
 *
 * <p>Issue 23's load test: 32 clients on 2 cores, where each answer computed by DuckDB costs 3 to
 * 6 statements of about 1 ms each, so that the closed loop's latency is the CPU's queue.
 */
final class AnswerCache {
  /** At most this many answers of one count of writes; more are computed, not kept. */
  static final int MAX_ANSWERS = 4096;
  /** At most this many bytes of answers of one count of writes. */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  private final boolean on;
  private final Generation all;
  private final Generation facts;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong computed = new AtomicLong();

  AnswerCache(Store store) {
    this.on = store.seesEveryWrite();
    this.all = new Generation(store::writes);
    this.facts = new Generation(store::factWrites);
  }

  /** A route whose answer depends on everything stored (documents, search, stats). */
  Handler ofAll(Handler route) {
    return ctx -> answer(all, route, ctx);
  }

  /**
   * A route whose answer depends only on events, entities, quotes, reviews, learned names, or
   * on one stored document (whose id is the hash of its text: storing another leaves it).
   */
  Handler ofFacts(Handler route) {
    return ctx -> answer(facts, route, ctx);
  }

  /** Answers served from the cache since start ({@code /api/status}). */
  long hits() {
    return hits.get();
  }

  /** Answers computed since start, kept or not. */
  long computed() {
    return computed.get();
  }

  boolean on() {
    return on;
  }

  private void answer(Generation gen, Handler route, Context ctx) throws Exception {
    if (!on) {
      route.handle(ctx);
      return;
    }
    long writes = gen.writes.getAsLong();
    Answers answers = writes % 2 == 1 ? null : gen.current(writes);
    String key = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
    if (answers == null || answers.full()) {
      // a write under way (the count odd) or one newer than this request: compute, keep nothing
      computed.incrementAndGet();
      route.handle(ctx);
      return;
    }
    CompletableFuture<@Nullable Answer> mine = new CompletableFuture<>();
    CompletableFuture<@Nullable Answer> theirs = answers.byKey.putIfAbsent(key, mine);
    if (theirs != null) {
      Answer a = awaitQuietly(theirs);
      if (a != null) {
        hits.incrementAndGet();
        ctx.status(200).contentType(a.contentType()).result(a.body());
        return;
      }
      computed.incrementAndGet();
      route.handle(ctx); // its computation failed or was not kept: compute it here
      return;
    }
    computed.incrementAndGet();
    Answer a = null;
    try {
      route.handle(ctx);
      a = capture(ctx);
      if (gen.writes.getAsLong() != writes) {
        // a write began while it was computed: it may have seen part of it ("documents 255",
        // then "254" from an answer computed just before), so it is served but not kept
        a = null;
      }
    } finally {
      if (a == null || !answers.add(a)) {
        answers.byKey.remove(key, mine);
        mine.complete(null);
      } else {
        mine.complete(a);
      }
    }
  }

  /** The answer the route wrote, or null where it is no plain 200 with JSON. */
  private static @Nullable Answer capture(Context ctx) throws IOException {
    String type = ctx.res().getContentType();
    if (ctx.status().getCode() != 200 || type == null || !type.startsWith("application/json")) {
      return null;
    }
    InputStream in = ctx.resultInputStream();
    if (in == null) {
      return null;
    }
    byte[] body = in.readAllBytes();
    ctx.result(body);
    return new Answer(type, body);
  }

  private static @Nullable Answer awaitQuietly(CompletableFuture<@Nullable Answer> f) {
    try {
      return f.join();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private record Answer(String contentType, byte[] body) {}

  /** The answers of one count of writes. */
  private static final class Answers {
    final long writes;
    final Map<String, CompletableFuture<@Nullable Answer>> byKey = new ConcurrentHashMap<>();
    final AtomicLong bytes = new AtomicLong();

    Answers(long writes) {
      this.writes = writes;
    }

    boolean full() {
      return byKey.size() >= MAX_ANSWERS || bytes.get() >= MAX_BYTES;
    }

    boolean add(Answer a) {
      return bytes.addAndGet(a.body().length) <= MAX_BYTES;
    }
  }

  /** The answers of the latest count of writes of one kind; older ones are dropped. */
  private static final class Generation {
    final LongSupplier writes;
    final AtomicReference<Answers> latest;

    Generation(LongSupplier writes) {
      this.writes = writes;
      this.latest = new AtomicReference<>(new Answers(writes.getAsLong()));
    }

    /** The answers of this count, or null where a newer count is already cached. */
    @Nullable Answers current(long count) {
      while (true) {
        Answers a = latest.get();
        if (a.writes == count) {
          return a;
        }
        if (a.writes > count) {
          return null; // a write moved the count while this request began: keep nothing
        }
        latest.compareAndSet(a, new Answers(count));
      }
    }
  }
}
