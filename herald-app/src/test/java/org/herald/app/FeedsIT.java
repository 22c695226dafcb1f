package org.herald.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.herald.core.ContractJson;
import org.herald.engine.Engine;
import org.herald.engine.EngineConfig;
import org.herald.feeds.FeedWatcher;
import org.herald.feeds.TestSite;
import org.herald.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds served from loopback: an RSS feed, an Atom feed and a news sitemap on one site, and on
 * another a feed that answers 500, one that never answers and one that is not XML; one listed
 * page is 50 MB. Every good article is stored once through the full pipeline, a second poll
 * is conditional and stores nothing, an article added to a feed arrives with the next poll, a
 * changed article becomes a new version linked to the old one, and /api/status names each
 * bad feed with its reason.
 */
class FeedsIT {
  @TempDir Path tmp;

  private static String page(String title, String body) {
    return "<!DOCTYPE html><html lang=\"en\"><head><title>" + title + "</title></head><body>"
        + "<nav>Home | World | Politics</nav><article><h1>" + title + "</h1><p>" + body
        + "</p><p>Officials said further talks were planned for the coming weeks, and both"
        + " delegations described the meeting as constructive.</p></article>"
        + "<footer>Copyright Example News</footer></body></html>";
  }

  private static String rss(TestSite site, String... paths) {
    StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss"
        + " version=\"2.0\"><channel><title>World</title><link>" + site.url("/")
        + "</link><description>World news</description>");
    for (String p : paths) {
      s.append("<item><title>").append(p).append("</title><link>").append(site.url(p))
          .append("</link><pubDate>Wed, 10 Mar 2021 09:00:00 GMT</pubDate></item>");
    }
    return s.append("</channel></rss>").toString();
  }

  private static String atom(TestSite site, String updated) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<title>Politics</title><id>urn:politics</id><updated>" + updated + "</updated>"
        + "<entry><title>a3</title><id>urn:a3</id><link href=\"" + site.url("/a3.html")
        + "\"/><published>2021-03-11T08:00:00Z</published><updated>" + updated
        + "</updated></entry><entry><title>a1</title><id>urn:a1</id><link href=\""
        + site.url("/a1.html") + "\"/><updated>2021-03-10T09:00:00Z</updated></entry></feed>";
  }

  @Test
  void feedsAreFollowedOnceEachPoliteAndConditionalWithBadFeedsReported() throws Exception {
    try (TestSite news = TestSite.start(); TestSite bad = TestSite.start();
        Store store = Store.embedded(tmp.resolve("data"))) {
      news.page("/a1.html", "text/html", page("Ministers meet in Vienna",
          "The foreign ministers of Austria and Hungary met in Vienna on Tuesday to discuss"
          + " border controls and energy supplies."));
      news.page("/a2.html", "text/html", page("Talks on trade resume",
          "Negotiators from the European Union and Japan resumed talks on a trade agreement"
          + " in Brussels on Wednesday."));
      news.page("/a3.html", "text/html", page("Parliament debates budget",
          "The Polish parliament debated the draft budget for the coming year on Thursday."));
      news.page("/a4.html", "text/html", page("Envoy visits Kyiv",
          "A United Nations envoy visited Kyiv on Friday and met the foreign minister."));
      news.huge("/huge.html", 50L << 20);
      news.page("/rss.xml", "application/rss+xml", rss(news, "/a1.html", "/a2.html",
          "/huge.html"));
      news.page("/atom.xml", "application/atom+xml", atom(news, "2021-03-11T08:00:00Z"));
      news.page("/news-sitemap.xml", "application/xml", "<?xml version=\"1.0\"?><urlset"
          + " xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news="
          + "\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>" + news.url("/a4.html")
          + "</loc><news:news><news:publication><news:name>Example</news:name><news:language>"
          + "en</news:language></news:publication><news:publication_date>2021-03-12T10:00:00Z"
          + "</news:publication_date><news:title>Envoy</news:title></news:news></url></urlset>");
      bad.status("/broken.xml", 500);
      bad.hang("/silent.xml");
      bad.page("/malformed.xml", "application/xml", "<rss version=\"2.0\"><channel><item>");
      Path feedsFile = tmp.resolve("feeds.txt");
      Files.writeString(feedsFile, String.join("\n", "# test feeds",
          news.url("/rss.xml").toString(), news.url("/atom.xml") + " 5m",
          news.url("/news-sitemap.xml").toString(), bad.url("/broken.xml").toString(),
          bad.url("/silent.xml").toString(), bad.url("/malformed.xml").toString()) + "\n");

      FeedOptions options = options(feedsFile, "3s", false);
      List<String> log = Collections.synchronizedList(new ArrayList<>());
      FeedWatcher watcher = options.watcher(store,
          () -> Engine.pipeline(EngineConfig.DEFAULTS),
          () -> Engine.textPipeline(EngineConfig.DEFAULTS), log::add);

      watcher.pollOnce();
      assertThat(store.count("SELECT count(*) FROM documents", List.of())).as(log.toString())
          .isEqualTo(4);
      assertThat(store.count("SELECT count(DISTINCT url) FROM documents", List.of()))
          .isEqualTo(4);
      assertThat(store.query("SELECT published FROM documents WHERE url = ?",
          List.of(news.url("/a4.html").toString())).get(0).path("published").asText())
          .as("the news sitemap's day for a page that gives none").isEqualTo("2021-03-12");
      assertThat(store.count("SELECT count(*) FROM mentions", List.of()))
          .as("analysed by the full pipeline").isPositive();
      assertThat(news.requests("/a1.html")).as("listed twice, fetched once").hasSize(1);
      assertThat(news.requests("/robots.txt")).as("robots.txt asked once").hasSize(1);
      assertThat(news.requests("/rss.xml").get(0).userAgent()).startsWith("Herald/");

      Javalin app = new ApiServer(store, () -> Engine.pipeline(EngineConfig.DEFAULTS), null)
          .watching(watcher).create().start("127.0.0.1", 0);
      try {
        JsonNode status = get("http://127.0.0.1:" + app.port() + "/api/status");
        assertThat(status.path("documents").asInt()).isEqualTo(4);
        assertThat(feed(status, bad.url("/broken.xml")).path("lastStatus").asInt())
            .isEqualTo(500);
        assertThat(feed(status, bad.url("/broken.xml")).path("lastError").asText())
            .isEqualTo("HTTP 500");
        assertThat(feed(status, bad.url("/silent.xml")).path("lastError").asText())
            .isEqualTo("no full answer within 3 s");
        assertThat(feed(status, bad.url("/malformed.xml")).path("lastError").asText())
            .startsWith("not RSS, Atom or a sitemap");
        assertThat(feed(status, news.url("/rss.xml")).path("taken").asInt()).isEqualTo(2);
        assertThat(feed(status, news.url("/rss.xml")).path("lastError").isNull()).isTrue();
        assertThat(feed(status, news.url("/atom.xml")).path("intervalSeconds").asInt())
            .isEqualTo(300);
        assertThat(status.path("failures").path("failed: larger than 10 MB").asInt())
            .isEqualTo(1);
        assertThat(status.path("articles").path("taken").asInt()).isEqualTo(4);
        assertThat(status.path("queue").asInt()).isZero();
      } finally {
        app.stop();
      }

      watcher.pollOnce();
      assertThat(store.count("SELECT count(*) FROM documents", List.of())).isEqualTo(4);
      for (String feed : List.of("/rss.xml", "/atom.xml", "/news-sitemap.xml")) {
        List<TestSite.Request> polls = news.requests(feed);
        assertThat(polls).hasSize(2);
        assertThat(polls.get(1).ifNoneMatch()).as(feed + " asked conditionally").isNotNull();
      }
      assertThat(news.requests("/a2.html")).hasSize(1);

      news.page("/a5.html", "text/html", page("Summit postponed",
          "The summit of Baltic leaders planned for Monday in Riga was postponed by a week."));
      news.page("/rss.xml", "application/rss+xml", rss(news, "/a5.html", "/a1.html",
          "/a2.html", "/huge.html"));
      news.page("/a3.html", "text/html", page("Parliament passes budget",
          "The Polish parliament passed the budget for the coming year on Friday."));
      news.page("/atom.xml", "application/atom+xml", atom(news, "2021-03-12T16:00:00Z"));
      String oldA3 = store.query("SELECT id FROM documents WHERE url = ?",
          List.of(news.url("/a3.html").toString())).get(0).path("id").asText();
      watcher.pollOnce();
      assertThat(store.count("SELECT count(*) FROM documents WHERE url = ?",
          List.of(news.url("/a5.html").toString()))).as("added to a feed").isEqualTo(1);
      assertThat(store.query("SELECT previous_id FROM documents WHERE url = ? AND id <> ?",
          List.of(news.url("/a3.html").toString(), oldA3)).get(0).path("previous_id").asText())
          .as("a changed article is a new version linked to the old one").isEqualTo(oldA3);
      assertThat(store.count("SELECT count(*) FROM documents", List.of())).isEqualTo(6);
      assertThat(news.requests("/huge.html")).as("given up, not fetched again").hasSize(1);
    }
  }

  /** The options of {@code serve --feeds FILE} for a loopback site: no delay between requests. */
  static FeedOptions options(Path feeds, String timeout, boolean noNlp) {
    FeedOptions o = new FeedOptions();
    o.feeds = feeds;
    o.interval = "10m";
    o.hostDelay = "0s";
    o.timeout = timeout;
    o.pageLimit = 10;
    o.noNlp = noNlp;
    return o;
  }

  private static JsonNode feed(JsonNode status, URI url) {
    for (JsonNode f : status.path("feeds")) {
      if (f.path("url").asText().equals(url.toString())) {
        return f;
      }
    }
    throw new AssertionError("no feed " + url + " in " + status);
  }

  private static JsonNode get(String url) throws Exception {
    HttpResponse<String> res = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    return ContractJson.mapper().readTree(res.body());
  }
}
