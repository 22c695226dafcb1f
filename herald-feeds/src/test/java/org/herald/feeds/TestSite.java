package org.herald.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A web site on a loopback port for feed tests: pages with ETags that answer conditional
 * requests with 304, and bad behaviour on demand (an error status, no answer, an endless
 * body). Records every request with its conditional headers.
 */
public final class TestSite implements AutoCloseable {
  /** A request as the site saw it. */
  public record Request(String path, String ifNoneMatch, String userAgent) {}

  private sealed interface Route permits Page, Status, Hang, Huge {}

  private record Page(String type, byte[] body) implements Route {}

  private record Status(int status) implements Route {}

  private record Hang() implements Route {}

  private record Huge(long bytes) implements Route {}

  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "test-site");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile long delayMillis;

  private TestSite(HttpServer server) {
    this.server = server;
  }

  /** A site on a free loopback port. */
  public static TestSite start() throws IOException {
    HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    TestSite site = new TestSite(s);
    s.createContext("/", site::handle);
    s.setExecutor(site.pool);
    s.start();
    return site;
  }

  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  public void page(String path, String type, String body) {
    routes.put(path, new Page(type, body.getBytes(StandardCharsets.UTF_8)));
  }

  public void status(String path, int status) {
    routes.put(path, new Status(status));
  }

  /** A path that accepts the request and never answers. */
  public void hang(String path) {
    routes.put(path, new Hang());
  }

  /** A page of this many bytes, sent without a length. */
  public void huge(String path, long bytes) {
    routes.put(path, new Huge(bytes));
  }

  /** Makes every page answer slowly. */
  public void delay(long millis) {
    delayMillis = millis;
  }

  /** The requests for a path, oldest first. */
  public List<Request> requests(String path) {
    List<Request> out = new ArrayList<>();
    for (Request r : requests) {
      if (r.path().equals(path)) {
        out.add(r);
      }
    }
    return out;
  }

  private void handle(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    String inm = x.getRequestHeaders().getFirst("If-None-Match");
    requests.add(new Request(path, inm, x.getRequestHeaders().getFirst("User-Agent")));
    Route route = routes.get(path);
    try {
      if (route instanceof Page p) {
        if (delayMillis > 0 && !path.endsWith(".xml")) {
          Thread.sleep(delayMillis);
        }
        String etag = "\"" + etag(p.body()) + "\"";
        x.getResponseHeaders().set("ETag", etag);
        if (etag.equals(inm)) {
          x.sendResponseHeaders(304, -1);
          return;
        }
        x.getResponseHeaders().set("Content-Type", p.type());
        x.sendResponseHeaders(200, p.body().length);
        try (OutputStream out = x.getResponseBody()) {
          out.write(p.body());
        }
      } else if (route instanceof Status s) {
        x.sendResponseHeaders(s.status(), -1);
      } else if (route instanceof Hang) {
        Thread.sleep(120_000);
      } else if (route instanceof Huge h) {
        x.getResponseHeaders().set("Content-Type", "text/html");
        x.sendResponseHeaders(200, 0);
        byte[] chunk = "<p>endless page</p>\n".repeat(3000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = x.getResponseBody()) {
          for (long sent = 0; sent < h.bytes(); sent += chunk.length) {
            out.write(chunk);
          }
        } catch (IOException e) {
          // the client gave up, as it should
        }
      } else {
        x.sendResponseHeaders(404, -1);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      x.close();
    }
  }

  private static String etag(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
