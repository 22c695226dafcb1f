package org.herald.app;

import io.javalin.Javalin;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.herald.core.Pipeline;
import org.herald.feeds.FeedWatcher;
import org.herald.store.Store;
import org.jspecify.annotations.Nullable;

/**
 * One process that owns the store: it serves the API (and the web page), follows feeds, and
 * on an embedded store writes the lock file through which the other commands reach it. Runs
 * until the process is stopped.
 */
final class Service {
  private Service() {}

  /**
   * @param lockDir the embedded store's data directory, or null on PostgreSQL (no lock file)
   * @param page whether to serve the web page too
   * @param watcherFactory makes the feed watcher from a log, or null without feeds
   * @param rules where reviews become rules, or null
   */
  static void run(Store store, Supplier<Pipeline> pipeline, Supplier<Pipeline> text,
      @Nullable WatcherFactory watcherFactory, String host, int port, boolean page,
      @Nullable Path lockDir, @Nullable ReviewRules rules, PrintStream out)
      throws InterruptedException {
    String token = System.getenv("HERALD_TOKEN");
    token = token == null || token.isBlank() ? null : token;
    Supplier<Pipeline> full = ApiServer.memoize(pipeline);
    Supplier<Pipeline> textOnly = ApiServer.memoize(text);
    FeedWatcher watcher = watcherFactory == null ? null
        : watcherFactory.create(full, textOnly, line -> log(out, line));
    ApiServer api = new ApiServer(store, full, textOnly, token).watching(watcher)
        .withRules(rules);
    if (!page) {
      api.withoutPage();
    }
    boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1");
    if (token == null && !loopback) {
      api.writesOff("writes are off: Herald serves " + host + " without HERALD_TOKEN; set"
          + " HERALD_TOKEN to allow them");
      out.println("Herald serves " + host + " without HERALD_TOKEN: every write through the API"
          + " is off (reads stay). Set HERALD_TOKEN to allow writes.");
    }
    Javalin app = api.create();
    CountDownLatch stopped = new CountDownLatch(1);
    ServerLock[] lock = new ServerLock[1];
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (watcher != null) {
        watcher.close();
      }
      app.stop();
      if (lock[0] != null) {
        lock[0].close();
      }
      stopped.countDown();
    }));
    app.start(host, port);
    String shownHost = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
    String base = "http://" + shownHost + ":" + app.port();
    if (lockDir != null) {
      lock[0] = ServerLock.write(lockDir, base, token);
    }
    out.println((page ? "Herald is serving " : "Herald is watching feeds into ")
        + store.describe() + (page ? " on " + base + "/" : "") + " (API: " + base
        + "/api/openapi.json; status: " + base + "/api/status)."
        + (lockDir == null ? "" : " Other herald commands on this store go through it.")
        + " Ctrl-C stops it.");
    out.flush();
    // the pipeline (the knowledge base) is made now, beside the models loading in the
    // background, so that the first request does not wait for it
    Thread ready = new Thread(() -> {
      try {
        full.get();
      } catch (RuntimeException e) {
        // the first request that needs the pipeline says what went wrong
      }
    }, "herald-ready");
    ready.setDaemon(true);
    ready.start();
    if (watcher != null) {
      watcher.start();
    }
    stopped.await();
  }

  /** Makes the feed watcher once the pipelines and the log are known. */
  interface WatcherFactory {
    @Nullable FeedWatcher create(Supplier<Pipeline> full, Supplier<Pipeline> text,
        Consumer<String> log);
  }

  private static void log(PrintStream out, String line) {
    synchronized (out) {
      out.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + line);
      out.flush();
    }
  }
}
