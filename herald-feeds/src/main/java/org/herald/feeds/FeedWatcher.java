package org.herald.feeds;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.herald.core.HeraldException;
import org.herald.store.CrawlState;
import org.jspecify.annotations.Nullable;

/**
 * Follows feeds: polls each on its own schedule, queues the articles it lists in the store, and
 * fetches and ingests the queue on one worker. A feed that fails is retried later with a
 * growing delay and never holds up the others; an article that fails in passing is retried a
 * few times, one that cannot succeed (404, too large, unreadable) is given up with its reason.
 */
public final class FeedWatcher implements AutoCloseable {
  /**
   * @param interval the poll interval of a feed that names none
   * @param attempts how often an article is tried before it is given up
   * @param retryAfter the wait before an article's second try (doubled for each further one)
   */
  public record Settings(Duration interval, int attempts, Duration retryAfter) {
    public static Settings defaults() {
      return new Settings(Duration.ofMinutes(10), 3, Duration.ofMinutes(1));
    }
  }

  /** One feed as {@code /api/status} shows it. */
  public record FeedStatus(String url, long intervalSeconds, @Nullable String lastPoll,
      @Nullable String nextPoll, @Nullable Integer lastStatus, @Nullable String lastError,
      int failures, int items, int taken) {}

  /**
   * The watcher as {@code /api/status} shows it.
   *
   * @param articles the listed articles by state (pending is the ingest queue)
   * @param failures articles failed, refused or waiting for a retry, by reason
   * @param ingested articles this process stored
   */
  public record Status(boolean running, List<FeedStatus> feeds, Map<String, Long> articles,
      Map<String, Long> failures, long ingested) {}

  private static final Duration LONGEST_BACKOFF = Duration.ofHours(6);

  private final List<FeedSource> feeds;
  private final CrawlState state;
  private final Fetcher fetcher;
  private final ArticleSink sink;
  private final Settings settings;
  private final Consumer<String> log;
  private final Map<URI, Instant> nextPoll = new ConcurrentHashMap<>();
  private final Set<String> working = ConcurrentHashMap.newKeySet();
  private final AtomicLong ingested = new AtomicLong();
  private final Object signal = new Object();
  private @Nullable ScheduledExecutorService scheduler;
  private @Nullable Thread worker;
  private volatile boolean stopped;

  public FeedWatcher(List<FeedSource> feeds, CrawlState state, Fetcher fetcher, ArticleSink sink,
      Settings settings, Consumer<String> log) {
    this.feeds = List.copyOf(feeds);
    this.state = state;
    this.fetcher = fetcher;
    this.sink = sink;
    this.settings = settings;
    this.log = log;
  }

  /** Polls every feed now and then on its schedule, and ingests on a worker thread. */
  public synchronized void start() {
    if (scheduler != null) {
      return;
    }
    AtomicInteger n = new AtomicInteger();
    ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(
        Math.min(4, feeds.size()), r -> {
          Thread t = new Thread(r, "herald-feed-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    scheduler = pool;
    for (FeedSource f : feeds) {
      schedule(f, Duration.ZERO);
    }
    Thread w = new Thread(this::work, "herald-feed-ingest");
    w.setDaemon(true);
    worker = w;
    w.start();
  }

  private void schedule(FeedSource f, Duration delay) {
    ScheduledExecutorService s = scheduler;
    if (s == null || stopped) {
      return;
    }
    nextPoll.put(f.url(), Instant.now().plus(delay));
    s.schedule(() -> {
      Duration next;
      try {
        next = poll(f);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.accept("feed " + f.url() + ": internal error: " + e);
        next = interval(f);
      }
      schedule(f, next);
    }, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Polls every feed once and ingests everything due, in this thread (tests, one-off runs). */
  public void pollOnce() throws InterruptedException {
    for (FeedSource f : feeds) {
      poll(f);
    }
    drain();
  }

  private Duration interval(FeedSource f) {
    return f.interval() != null ? f.interval() : settings.interval();
  }

  /**
   * Polls one feed and queues what it lists.
   *
   * @return the time to its next poll
   */
  Duration poll(FeedSource f) throws InterruptedException {
    URI url = f.url();
    CrawlState.Feed old = state.feed(url.toString())
        .orElse(CrawlState.Feed.fresh(url.toString()));
    Duration interval = interval(f);
    Instant now = Instant.now();
    Integer status = null;
    try {
      if (!fetcher.allowed(url)) {
        throw new Fetcher.FetchFailed("robots.txt refuses it", true);
      }
      Fetcher.Response res = fetcher.get(url, old.etag(), old.lastModified(),
          fetcher.settings().feedLimit());
      status = res.status();
      if (status == 304) {
        state.saveFeed(new CrawlState.Feed(old.url(), old.etag(), old.lastModified(), now,
            now.plus(interval), 304, null, 0, old.items(), old.taken()));
        log.accept("feed " + url + ": not modified");
        return interval;
      }
      if (status != 200) {
        throw new Fetcher.FetchFailed("HTTP " + status, true);
      }
      FeedParser.Listing listing = FeedParser.parse(res.body(), res.uri());
      List<CrawlState.Item> items = new ArrayList<>(listing.items());
      for (URI child : listing.sitemaps()) {
        items.addAll(childSitemap(url, child));
      }
      int queued = state.polled(new CrawlState.Feed(old.url(), res.etag(), res.lastModified(),
          now, now.plus(interval), status, null, 0, old.items(), old.taken()), items);
      log.accept("feed " + url + ": " + items.size() + " items, " + queued
          + " new or changed");
      if (queued > 0) {
        synchronized (signal) {
          signal.notifyAll();
        }
      }
      return interval;
    } catch (Fetcher.FetchFailed | FeedParser.MalformedFeed e) {
      int failures = old.failures() + 1;
      Duration next = backoff(interval, failures);
      state.saveFeed(new CrawlState.Feed(old.url(), old.etag(), old.lastModified(), now,
          now.plus(next), status, e.getMessage(), failures, old.items(), old.taken()));
      log.accept("feed " + url + ": " + e.getMessage() + "; next try in " + words(next));
      return next;
    }
  }

  private List<CrawlState.Item> childSitemap(URI feed, URI child) throws InterruptedException {
    try {
      Fetcher.Response res = fetcher.get(child, null, null, fetcher.settings().feedLimit());
      if (res.status() != 200) {
        throw new Fetcher.FetchFailed("HTTP " + res.status(), true);
      }
      return FeedParser.parse(res.body(), res.uri()).items();
    } catch (Fetcher.FetchFailed | FeedParser.MalformedFeed e) {
      log.accept("feed " + feed + ": its sitemap " + child + ": " + e.getMessage());
      return List.of();
    }
  }

  /** A failing feed's next try: its interval, doubled for each further failure, up to 6 h. */
  static Duration backoff(Duration interval, int failures) {
    Duration d = interval;
    for (int i = 1; i < failures && d.compareTo(LONGEST_BACKOFF) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : d;
  }

  private static String words(Duration d) {
    long s = d.toSeconds();
    return s >= 3600 && s % 3600 == 0 ? s / 3600 + " h" : s >= 60 && s % 60 == 0 ? s / 60 + " min"
        : s + " s";
  }

  /**
   * Fetches and ingests the queued articles that are due.
   *
   * @return how many were tried
   */
  int drain() throws InterruptedException {
    int tried = 0;
    while (!stopped) {
      List<CrawlState.Pending> due = state.pending(Instant.now(), 20);
      List<CrawlState.Pending> mine = new ArrayList<>();
      for (CrawlState.Pending p : due) {
        if (working.add(p.url())) {
          mine.add(p);
        }
      }
      if (mine.isEmpty()) {
        return tried;
      }
      for (CrawlState.Pending p : mine) {
        try {
          take(p);
        } finally {
          working.remove(p.url());
        }
        tried++;
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedException();
        }
        if (stopped) {
          return tried;
        }
      }
    }
    return tried;
  }

  private void take(CrawlState.Pending item) throws InterruptedException {
    URI url = URI.create(item.url());
    try {
      if (!fetcher.allowed(url)) {
        state.giveUp(item, CrawlState.REFUSED, "robots.txt refuses it");
        log.accept("robots.txt of " + Fetcher.hostKey(url) + " refuses " + url
            + ": not fetched");
        return;
      }
      Fetcher.Response res = fetcher.get(url, null, null, fetcher.settings().pageLimit());
      int status = res.status();
      if (status == 200) {
        ArticleSink.Stored stored = sink.ingest(new ArticleSink.Article(res.uri(), res.body(),
            res.contentType(), item.published()));
        state.taken(item, stored.documentId());
        ingested.incrementAndGet();
        log.accept((stored.added() ? "stored " : "already stored ") + url + " as "
            + stored.documentId());
      } else if (status == 408 || status == 429 || status >= 500) {
        retryOrGiveUp(item, "HTTP " + status);
      } else {
        giveUp(item, "HTTP " + status);
      }
    } catch (Fetcher.FetchFailed e) {
      if (e.passing) {
        retryOrGiveUp(item, e.getMessage());
      } else {
        giveUp(item, e.getMessage());
      }
    } catch (HeraldException e) {
      giveUp(item, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      giveUp(item, "internal error: " + e);
    }
  }

  private void retryOrGiveUp(CrawlState.Pending item, String reason) {
    if (item.attempts() + 1 >= settings.attempts()) {
      giveUp(item, reason);
      return;
    }
    Duration wait = settings.retryAfter().multipliedBy(1L << Math.min(item.attempts(), 10));
    state.retry(item, reason, Instant.now().plus(wait));
    log.accept(item.url() + ": " + reason + "; next try in " + words(wait));
  }

  private void giveUp(CrawlState.Pending item, String reason) {
    state.giveUp(item, CrawlState.FAILED, reason);
    log.accept(item.url() + ": " + reason + "; given up");
  }

  private void work() {
    while (!stopped) {
      try {
        if (drain() == 0) {
          synchronized (signal) {
            signal.wait(1000);
          }
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        log.accept("feed ingest: internal error: " + e);
        try {
          Thread.sleep(1000);
        } catch (InterruptedException ie) {
          return;
        }
      }
    }
  }

  /** Where every feed stands, the queue, and the failures by reason. */
  public Status status() {
    List<FeedStatus> out = new ArrayList<>();
    for (FeedSource f : feeds) {
      CrawlState.Feed row = state.feed(f.url().toString())
          .orElse(CrawlState.Feed.fresh(f.url().toString()));
      Instant next = nextPoll.getOrDefault(f.url(), row.nextPoll());
      out.add(new FeedStatus(row.url(), interval(f).toSeconds(), text(row.lastPoll()),
          text(next), row.lastStatus(), row.lastError(), row.failures(), row.items(),
          row.taken()));
    }
    return new Status(scheduler != null && !stopped, out, state.states(),
        state.failuresByReason(), ingested.get());
  }

  private static @Nullable String text(@Nullable Instant t) {
    return t == null ? null : t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }

  /**
   * Stops polling and lets the worker finish the article in hand (it is not interrupted, so
   * that the store and the text index are never written by an interrupted thread).
   */
  @Override
  public void close() {
    stopped = true;
    ScheduledExecutorService s = scheduler;
    if (s != null) {
      s.shutdown();
    }
    synchronized (signal) {
      signal.notifyAll();
    }
    Thread w = worker;
    if (w != null) {
      try {
        w.join(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
