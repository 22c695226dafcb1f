package org.herald.feeds;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Fetches feeds and pages politely: one request at a time per host with a delay between
 * requests (kept across restarts through {@link Hosts}), robots.txt honoured, a User-Agent
 * naming Herald, conditional requests, a deadline for the whole answer and a size cap.
 */
public final class Fetcher implements AutoCloseable {
  /**
   * How the fetcher behaves.
   *
   * @param hostDelay the least time between two requests to one host
   * @param timeout the longest a whole answer (headers and body) may take
   * @param pageLimit the largest page, in bytes
   * @param feedLimit the largest feed or sitemap, in bytes
   */
  public record Settings(Duration hostDelay, Duration timeout, long pageLimit, long feedLimit,
      String userAgent) {
    public static Settings defaults(String version) {
      return new Settings(Duration.ofSeconds(1), Duration.ofSeconds(30), 10L << 20, 20L << 20,
          "Herald/" + version + " (news event coder; +https://github.com/herald-events/herald)");
    }

    public Settings withHostDelay(Duration d) {
      return new Settings(d, timeout, pageLimit, feedLimit, userAgent);
    }

    public Settings withTimeout(Duration d) {
      return new Settings(hostDelay, d, pageLimit, feedLimit, userAgent);
    }

    public Settings withPageLimit(long bytes) {
      return new Settings(hostDelay, timeout, bytes, feedLimit, userAgent);
    }
  }

  /** Where the time of each host's last request is kept. */
  public interface Hosts {
    Optional<Instant> lastRequest(String host);

    void requested(String host, Instant at);

    /** Hosts remembered in memory only. */
    static Hosts inMemory() {
      Map<String, Instant> last = new ConcurrentHashMap<>();
      return new Hosts() {
        @Override
        public Optional<Instant> lastRequest(String host) {
          return Optional.ofNullable(last.get(host));
        }

        @Override
        public void requested(String host, Instant at) {
          last.put(host, at);
        }
      };
    }
  }

  /** An answer: status, body, validators, media type, and the address after redirects. */
  public record Response(int status, byte[] body, @Nullable String etag,
      @Nullable String lastModified, @Nullable String contentType, URI uri) {}

  /** A fetch that failed; {@code passing} when trying again later may succeed. */
  public static final class FetchFailed extends Exception {
    private static final long serialVersionUID = 1L;
    public final boolean passing;

    FetchFailed(String reason, boolean passing) {
      super(reason);
      this.passing = passing;
    }
  }

  private static final Duration ROBOTS_TTL = Duration.ofHours(6);

  private final Settings settings;
  private final Hosts hosts;
  private final Consumer<String> log;
  private final HttpClient client;
  private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
  private final Map<String, Instant> lastRequest = new ConcurrentHashMap<>();
  private final Map<String, Robots> robots = new ConcurrentHashMap<>();

  private record Robots(BaseRobotRules rules, Instant until) {}

  public Fetcher(Settings settings, Hosts hosts, Consumer<String> log) {
    this.settings = settings;
    this.hosts = hosts;
    this.log = log;
    this.client = HttpClient.newBuilder()
        .connectTimeout(settings.timeout())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  public Settings settings() {
    return settings;
  }

  /**
   * Whether robots.txt lets Herald fetch an address. A robots.txt that is missing (4xx) allows
   * everything. One that cannot be had (no answer, 5xx) is a passing failure named as such, and
   * is asked for again next time.
   */
  public boolean allowed(URI url) throws InterruptedException, FetchFailed {
    String key = hostKey(url);
    Robots r = robots.get(key);
    if (r == null || r.until().isBefore(Instant.now())) {
      URI robotsUrl = URI.create(url.getScheme() + "://" + url.getRawAuthority() + "/robots.txt");
      SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
      Response res;
      try {
        res = get(robotsUrl, null, null, 512 * 1024);
      } catch (FetchFailed e) {
        throw new FetchFailed("cannot fetch robots.txt of " + key + ": " + e.getMessage(), true);
      }
      if (res.status() >= 500) {
        throw new FetchFailed("robots.txt of " + key + " answered HTTP " + res.status(), true);
      }
      BaseRobotRules rules = res.status() == 200
          ? parser.parseContent(robotsUrl.toString(), res.body(),
              res.contentType() == null ? "text/plain" : res.contentType(), List.of("herald"))
          : parser.failedFetch(res.status());
      r = new Robots(rules, Instant.now().plus(ROBOTS_TTL));
      robots.put(key, r);
    }
    return r.rules().isAllowed(url.toString());
  }

  /**
   * Fetches an address, waiting for the host's turn.
   *
   * @param etag, lastModified validators of an earlier answer, for a conditional request
   * @param limit the largest body accepted, in bytes
   */
  public Response get(URI url, @Nullable String etag, @Nullable String lastModified, long limit)
      throws FetchFailed, InterruptedException {
    String key = hostKey(url);
    ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock(true));
    lock.lockInterruptibly();
    try {
      waitForTurn(key);
      HttpRequest.Builder req = HttpRequest.newBuilder(url)
          .timeout(settings.timeout())
          .header("User-Agent", settings.userAgent())
          .header("Accept", "text/html, application/xhtml+xml, application/rss+xml,"
              + " application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
          .GET();
      if (etag != null) {
        req.header("If-None-Match", etag);
      }
      if (lastModified != null) {
        req.header("If-Modified-Since", lastModified);
      }
      CompletableFuture<HttpResponse<byte[]>> f =
          client.sendAsync(req.build(), info -> new CappedBody(limit, info));
      try {
        HttpResponse<byte[]> res = f.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        return new Response(res.statusCode(), res.body(),
            res.headers().firstValue("ETag").orElse(null),
            res.headers().firstValue("Last-Modified").orElse(null),
            res.headers().firstValue("Content-Type").orElse(null), res.uri());
      } catch (TimeoutException e) {
        f.cancel(true);
        throw new FetchFailed("no full answer within " + settings.timeout().toSeconds() + " s",
            true);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof TooLarge) {
          throw new FetchFailed(cause.getMessage(), false);
        }
        if (cause instanceof java.net.http.HttpConnectTimeoutException) {
          throw new FetchFailed("no connection within " + settings.timeout().toSeconds() + " s",
              true);
        }
        if (cause instanceof java.net.http.HttpTimeoutException) {
          // the client's own timer, which races the deadline above: the same failure
          throw new FetchFailed("no full answer within " + settings.timeout().toSeconds() + " s",
              true);
        }
        if (cause instanceof IllegalArgumentException) {
          throw new FetchFailed("not a fetchable address: " + cause.getMessage(), false);
        }
        String why = cause == null ? e.toString() : cause.getClass().getSimpleName()
            + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        throw new FetchFailed("cannot fetch: " + why, true);
      } finally {
        Instant now = Instant.now();
        lastRequest.put(key, now);
        try {
          hosts.requested(key, now);
        } catch (RuntimeException e) {
          log.accept("cannot record the request to " + key + ": " + e.getMessage());
        }
      }
    } finally {
      lock.unlock();
    }
  }

  private void waitForTurn(String key) throws InterruptedException {
    Instant last = lastRequest.computeIfAbsent(key,
        k -> hosts.lastRequest(k).orElse(Instant.EPOCH));
    Duration wait = Duration.between(Instant.now(), last.plus(settings.hostDelay()));
    if (!wait.isNegative() && !wait.isZero()) {
      Thread.sleep(Math.min(wait.toMillis(), settings.hostDelay().toMillis()));
    }
  }

  /** Host and port: politeness and robots.txt are per host. */
  static String hostKey(URI url) {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    return url.getPort() < 0 ? host : host + ":" + url.getPort();
  }

  @Override
  public void close() {
    // The JDK's client has no close before Java 21; its threads are daemons.
  }

  /** A body too large for its cap. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super("larger than " + limitText(limit));
    }

    private static String limitText(long limit) {
      return limit >= (1L << 20) ? (limit >> 20) + " MB" : (limit >> 10) + " KB";
    }
  }

  /** Collects a body up to a cap, and gives up as soon as it is passed. */
  private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final long limit;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final OptionalLong declared;
    private Flow.@Nullable Subscription subscription;

    CappedBody(long limit, HttpResponse.ResponseInfo info) {
      this.limit = limit;
      this.declared = info.headers().firstValueAsLong("Content-Length");
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (declared.isPresent() && declared.getAsLong() > limit) {
        s.cancel();
        result.completeExceptionally(new TooLarge(limit));
        return;
      }
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer b : items) {
        if (buffer.size() + (long) b.remaining() > limit) {
          if (subscription != null) {
            subscription.cancel();
          }
          result.completeExceptionally(new TooLarge(limit));
          return;
        }
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        buffer.writeBytes(bytes);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(buffer.toByteArray());
    }
  }
}
