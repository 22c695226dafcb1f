package org.herald.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.herald.core.ContractJson;
import org.herald.feeds.TestSite;
import org.herald.store.Queries;
import org.herald.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code herald watch} killed with SIGKILL while it takes in a feed's articles, then started
 * again: nothing is lost, nothing is stored twice, and its first poll of the feed after the
 * restart is conditional. Runs the text-only pipeline in a child JVM.
 */
class FeedCrashIT {
  private static final int ARTICLES = 30;

  @TempDir Path tmp;

  @Test
  void aKilledWatcherLosesAndDuplicatesNothing() throws Exception {
    try (TestSite site = TestSite.start()) {
      StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\">"
          + "<channel><title>t</title><link>" + site.url("/") + "</link><description>d"
          + "</description>");
      for (int i = 0; i < ARTICLES; i++) {
        String path = "/article-" + i + ".html";
        site.page(path, "text/html", "<html lang=\"de\"><body><article><h1>Meldung " + i
            + "</h1><p>Die Regierung hat am Dienstag Gespräche über die Energieversorgung"
            + " geführt, teilte ein Sprecher in Berlin mit. Es ist die Meldung Nummer " + i
            + " dieser Reihe, und die Minister wollen sich im kommenden Monat erneut treffen."
            + "</p></article></body></html>");
        rss.append("<item><title>").append(i).append("</title><link>").append(site.url(path))
            .append("</link><pubDate>Tue, 09 Feb 2021 10:00:00 GMT</pubDate></item>");
      }
      site.page("/rss.xml", "application/rss+xml", rss.append("</channel></rss>").toString());
      site.delay(150);
      Path feeds = tmp.resolve("feeds.txt");
      Files.writeString(feeds, site.url("/rss.xml") + "\n");
      Path data = tmp.resolve("data");

      Process first = watch(feeds, data).start();
      int stored = 0;
      try (BufferedReader r = new BufferedReader(
          new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while (stored < 10 && (line = r.readLine()) != null) {
          if (line.contains(" stored http")) {
            stored++;
          }
        }
        first.destroyForcibly();
      }
      assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(stored).as("articles stored before the kill").isEqualTo(10);
      assertThat(first.exitValue()).as("killed, not finished").isEqualTo(137);
      int pollsBefore = site.requests("/rss.xml").size();

      site.delay(0);
      Path log = tmp.resolve("second.log");
      Process second = watch(feeds, data).redirectOutput(log.toFile()).start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      int taken = 0;
      while (taken < ARTICLES && System.nanoTime() < deadline && second.isAlive()) {
        Thread.sleep(500);
        taken = takenSoFar(data);
      }
      second.destroy();
      assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(site.requests("/rss.xml").get(pollsBefore).ifNoneMatch())
          .as("the first poll after the restart is conditional").isNotNull();
      try (Store store = Store.embedded(data)) {
        assertThat(store.count("SELECT count(*) FROM documents", List.of()))
            .as(Files.readString(log))
            .isEqualTo(ARTICLES);
        assertThat(store.count("SELECT count(DISTINCT url) FROM documents", List.of()))
            .isEqualTo(ARTICLES);
        assertThat(store.count("SELECT count(*) FROM crawl_items WHERE state = 'taken'",
            List.of())).isEqualTo(ARTICLES);
        assertThat(new Queries(store).stats().get("indexed").asInt()).isEqualTo(ARTICLES);
      }
      for (int i = 0; i < ARTICLES; i++) {
        assertThat(site.requests("/article-" + i + ".html").size()).as("article " + i)
            .isBetween(1, 2);
      }
    }
  }

  /** The articles taken so far, as the running watcher's /api/status says. */
  private static int takenSoFar(Path data) {
    try {
      JsonNode lock = ContractJson.mapper().readTree(data.resolve(ServerLock.FILE).toFile());
      HttpResponse<String> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(lock.path("url").asText() + "/api/status")).build(),
          HttpResponse.BodyHandlers.ofString());
      return ContractJson.mapper().readTree(res.body()).path("articles").path("taken").asInt();
    } catch (Exception e) {
      return 0;
    }
  }

  private static ProcessBuilder watch(Path feeds, Path data) {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "watch", "--no-nlp", "--feeds", feeds.toString(), "--data",
        data.toString(), "--host-delay", "0s", "--interval", "1m").redirectErrorStream(true);
  }
}
