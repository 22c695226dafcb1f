package org.herald.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's news source: the bundled samples as an RSS feed and pages on a loopback port, so
 * that {@code herald demo} takes them in through the feed watcher as a live service would.
 */
final class LocalFeed implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, DemoCommand.Sample> pages = new LinkedHashMap<>();

  private LocalFeed(HttpServer server) {
    this.server = server;
  }

  /** Serves the samples on a free loopback port. */
  static LocalFeed start(List<DemoCommand.Sample> samples) throws IOException {
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    LocalFeed feed = new LocalFeed(server);
    for (DemoCommand.Sample s : samples) {
      feed.pages.put("/samples/" + s.file(), s);
    }
    server.createContext("/", feed::handle);
    server.start();
    return feed;
  }

  /** The feed's address. */
  URI url() {
    return URI.create(base() + "/feed.xml");
  }

  /** The sample a page address serves, or null. */
  DemoCommand.Sample sample(URI page) {
    return pages.get(page.getPath());
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    byte[] body;
    String type;
    if (path.equals("/feed.xml")) {
      body = rss().getBytes(StandardCharsets.UTF_8);
      type = "application/rss+xml; charset=utf-8";
    } else if (pages.containsKey(path)) {
      body = pages.get(path).bytes();
      type = path.endsWith(".txt") ? "text/plain; charset=utf-8" : "text/html";
    } else {
      x.sendResponseHeaders(404, -1);
      x.close();
      return;
    }
    x.getResponseHeaders().set("Content-Type", type);
    x.sendResponseHeaders(200, body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  private String rss() {
    StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<rss version=\"2.0\"><channel><title>Herald's bundled samples</title><link>")
        .append(base()).append("/</link><description>The demo's articles</description>\n");
    for (Map.Entry<String, DemoCommand.Sample> e : pages.entrySet()) {
      String link = base() + e.getKey();
      String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
          LocalDate.parse(e.getValue().published()).atStartOfDay(ZoneOffset.UTC).plusHours(12));
      s.append("<item><title>").append(e.getValue().file()).append("</title><link>")
          .append(link).append("</link><guid>").append(link).append("</guid><pubDate>")
          .append(date).append("</pubDate></item>\n");
    }
    return s.append("</channel></rss>\n").toString();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
