package org.herald.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.herald.core.Pipeline;
import org.herald.engine.Engine;
import org.herald.feeds.FeedSource;
import org.herald.feeds.FeedWatcher;
import org.herald.feeds.Fetcher;
import org.herald.store.CrawlState;
import org.herald.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Which feeds to follow and how politely (serve, watch). */
final class FeedOptions {
  @Option(names = "--feeds", paramLabel = "FILE",
      description = "Follow the RSS, Atom and sitemap feeds listed in FILE (one address a line,"
          + " optionally followed by its interval such as 15m; # for comments).")
  @Nullable Path feeds;

  @Option(names = "--interval", defaultValue = "10m", paramLabel = "DURATION",
      description = "Poll interval of a feed that names none (default 10m).")
  String interval;

  @Option(names = "--host-delay", defaultValue = "1s", paramLabel = "DURATION",
      description = "Least time between two requests to one host (default 1s).")
  String hostDelay;

  @Option(names = "--timeout", defaultValue = "30s", paramLabel = "DURATION",
      description = "Longest a feed or page may take to arrive (default 30s).")
  String timeout;

  @Option(names = "--page-limit", defaultValue = "10", paramLabel = "MB",
      description = "Largest page fetched, in MB (default 10).")
  int pageLimit;

  @Option(names = "--no-nlp", description = "Store the feeds' articles as clean text and"
      + " metadata only (fast); `herald reanalyze` completes them later.")
  boolean noNlp;

  /** The fetcher's settings from these options. */
  Fetcher.Settings fetcherSettings() {
    if (pageLimit < 1 || pageLimit > 1024) {
      throw new org.herald.core.HeraldException(org.herald.core.ErrorCode.BAD_ARGUMENT,
          "--page-limit must be from 1 to 1024 MB, not " + pageLimit);
    }
    return Fetcher.Settings.defaults(Engine.version())
        .withHostDelay(FeedSource.duration(hostDelay, "--host-delay: ", Duration.ZERO))
        .withTimeout(FeedSource.duration(timeout, "--timeout: ", Duration.ofSeconds(1)))
        .withPageLimit((long) pageLimit << 20);
  }

  /** The watcher over the feeds file, or null without --feeds. */
  @Nullable FeedWatcher watcher(Store store, Supplier<Pipeline> full, Supplier<Pipeline> text,
      Consumer<String> log) {
    if (feeds == null) {
      return null;
    }
    CrawlState crawl = store.crawl();
    Fetcher fetcher = new Fetcher(fetcherSettings(), new Fetcher.Hosts() {
      @Override
      public java.util.Optional<java.time.Instant> lastRequest(String host) {
        return crawl.lastRequest(host);
      }

      @Override
      public void requested(String host, java.time.Instant at) {
        crawl.requested(host, at);
      }
    }, log);
    FeedWatcher.Settings settings = new FeedWatcher.Settings(
        FeedSource.duration(interval, "--interval: ", Duration.ofSeconds(1)), 3,
        Duration.ofMinutes(1));
    return new FeedWatcher(FeedSource.read(feeds), crawl, fetcher,
        new StoreSink(noNlp ? text : full, store), settings, log);
  }
}
