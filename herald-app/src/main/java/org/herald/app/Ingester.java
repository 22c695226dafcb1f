package org.herald.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.herald.core.HeraldException;
import org.herald.core.Pipeline;
import org.herald.core.RawInput;
import org.herald.core.model.Document;
import org.herald.store.Store;
import org.jspecify.annotations.Nullable;

/**
 * Analyses inputs into a store on a few threads. A document whose content id is stored is
 * skipped after extraction, before the expensive stages. A failed input is reported with its
 * reason and the rest go on. Each document is stored in one transaction.
 */
final class Ingester {
  /** What an ingest did. */
  record Summary(int documents, int added, int skipped, List<String> failures, long nanos) {
    int failed() {
      return failures.size();
    }

    double perSecond() {
      return nanos == 0 ? 0 : documents / (nanos / 1e9);
    }

    void print(PrintStream out) {
      out.printf("%d documents: %d new, %d already stored, %d failed (%.1f documents/s)%n",
          documents, added, skipped, failed(), perSecond());
      for (String f : failures) {
        out.println("  failed: " + f);
      }
    }
  }

  private final Pipeline pipeline;
  private final Store store;
  private final int threads;
  private final @Nullable PrintStream log;

  /** @param log where to say what became of each input, or null */
  Ingester(Pipeline pipeline, Store store, int threads, @Nullable PrintStream log) {
    this.pipeline = pipeline;
    this.store = store;
    this.threads = Math.max(1, threads);
    this.log = log;
  }

  /** Ingests named inputs; {@code reader} turns a name into its raw input. */
  Summary run(List<String> names, Function<String, RawInput> reader, Progress progress) {
    long t0 = System.nanoTime();
    AtomicInteger added = new AtomicInteger();
    AtomicInteger skipped = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (String name : names) {
        futures.add(pool.submit(() -> {
          try {
            if (one(name, reader)) {
              added.incrementAndGet();
              say("stored " + name);
            } else {
              skipped.incrementAndGet();
              say("skipped " + name + " (already stored)");
            }
          } catch (HeraldException e) {
            failures.add(Inputs.named(name, e.getMessage()));
          } catch (RuntimeException | StackOverflowError e) {
            failures.add(name + ": internal error: " + e);
          }
          progress.update(done.incrementAndGet(), names.size());
        }));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        } catch (java.util.concurrent.ExecutionException e) {
          failures.add("internal error: " + e.getCause());
        }
      }
    } finally {
      pool.shutdown();
      try {
        pool.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      store.commit();
      progress.finish();
    }
    List<String> sorted = new ArrayList<>(failures);
    Collections.sort(sorted);
    return new Summary(names.size(), added.get(), skipped.get(), sorted, System.nanoTime() - t0);
  }

  /**
   * Ingests named inputs through a running server, one after the other (the server analyses
   * them with its own threads and pipeline).
   */
  static Summary remote(RemoteHerald server, boolean nlp, List<String> names,
      Function<String, RawInput> reader, @Nullable PrintStream log) {
    long t0 = System.nanoTime();
    int added = 0;
    int skipped = 0;
    List<String> failures = new ArrayList<>();
    for (String name : names) {
      try {
        if (server.ingest(reader.apply(name), nlp)) {
          added++;
          if (log != null) {
            log.println("stored " + name);
          }
        } else {
          skipped++;
          if (log != null) {
            log.println("skipped " + name + " (already stored)");
          }
        }
      } catch (HeraldException e) {
        failures.add(Inputs.named(name, e.getMessage()));
      }
    }
    Collections.sort(failures);
    return new Summary(names.size(), added, skipped, failures, System.nanoTime() - t0);
  }

  private void say(String line) {
    if (log != null) {
      synchronized (log) {
        log.println(line);
        log.flush();
      }
    }
  }

  /** @return whether the input was new */
  private boolean one(String name, Function<String, RawInput> reader) {
    RawInput raw = reader.apply(name);
    Document text = pipeline.extract(raw);
    if (store.hasForWriter(text.id())) {
      return false;
    }
    Document doc = pipeline.run(text, org.herald.core.StageListener.NONE);
    return store.put(doc, raw.bytes());
  }

  /** Shows how far an ingest is: a bar on a terminal, nothing otherwise. */
  interface Progress {
    void update(int done, int total);

    void finish();

    Progress NONE = new Progress() {
      @Override
      public void update(int done, int total) {}

      @Override
      public void finish() {}
    };

    /** A bar on standard error when it is a terminal. */
    static Progress bar(java.io.@Nullable Console console, PrintStream err) {
      if (console == null) {
        return NONE;
      }
      return new Progress() {
        private long last;

        @Override
        public synchronized void update(int done, int total) {
          long now = System.nanoTime();
          if (done < total && now - last < 100_000_000L) {
            return;
          }
          last = now;
          int width = 30;
          int filled = total == 0 ? width : (int) ((long) done * width / total);
          err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/"
              + total);
          err.flush();
        }

        @Override
        public void finish() {
          err.println();
        }
      };
    }
  }
}
