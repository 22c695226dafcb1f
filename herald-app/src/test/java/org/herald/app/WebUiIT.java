package org.herald.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.herald.feeds.FeedWatcher;
import org.herald.feeds.TestSite;
import org.herald.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real browser (Debian's chromium and chromium-driver, which .ci/run
 * installs; skipped where they are absent) over the demo data: the bundled samples, the
 * starting article when ../shared is there, and an article whose text holds script tags. Clicks
 * from a search to an article, to an actor, to an event, and opens the event explorer; from a
 * speaker's quotes on their actor page to all of them and on to an article; saves a screenshot
 * of each page in target/screenshots.
 */
class WebUiIT {
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SHARED_SAMPLE = Path.of(
      System.getProperty("herald.shared", "../../shared")).resolve("samples/000_7ba96fe7dfb3fead.txt");
  private static final Path SHOTS = Path.of("target/screenshots");

  private static Path tmp;
  private static Store store;
  private static Javalin app;
  private static WebDriver browser;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
        "needs Debian's chromium and chromium-driver (.ci/run installs them)");
    tmp = Files.createTempDirectory("herald-web");
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    for (DemoCommand.Sample s : DemoCommand.samples()) {
      Files.write(in.resolve(s.file()), s.bytes());
      Files.writeString(in.resolve(s.file().replaceFirst("\\.[^.]+$", "") + ".meta.json"),
          "{\"published\": \"" + s.published() + "\"}");
    }
    if (Files.exists(SHARED_SAMPLE)) {
      Files.copy(SHARED_SAMPLE, in.resolve("xi-putin.txt"));
      Files.writeString(in.resolve("xi-putin.meta.json"), "{\"published\": \"2021-12-15\"}");
    }
    Files.writeString(in.resolve("hostile.html"), "<html><head><title>Leserbriefe"
        + " &lt;script&gt;window.__pwnedTitle = true&lt;/script&gt;</title></head><body><article>"
        + "<h1>Leserbriefe zum Haushalt</h1><p>BERLIN - Die Bundesregierung hat am Montag den"
        + " Haushalt für das kommende Jahr beschlossen. Finanzminister Christian Lindner sprach"
        + " von einem soliden Plan.</p><p>Ein Leser schrieb &lt;script&gt;window.__pwned ="
        + " true&lt;/script&gt; und &lt;img src=x onerror=\"window.__pwned2 = true\"&gt; in das"
        + " Formular der Redaktion. Die Redaktion veröffentlicht Zuschriften ungekürzt.</p>"
        + "</article></body></html>", StandardCharsets.UTF_8);
    Path data = tmp.resolve("data");
    Cli.Result r = Cli.run("ingest", "--published", "2023-01-16", "--data", data.toString(),
        in.toString());
    assertThat(r.status()).as(r.out() + r.err()).isZero();
    store = Store.embedded(data);
    app = new ApiServer(store, () -> {
      throw new IllegalStateException("no POST here");
    }, null).create().start("localhost", 0);
    base = "http://localhost:" + app.port() + "/";
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
        "--user-data-dir=" + tmp.resolve("chromium"), "--window-size=1366,1000");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (app != null) {
      app.stop();
    }
    if (store != null) {
      store.close();
    }
  }

  private static void open(String hash, String page) {
    browser.get(base + hash);
    ready(page);
  }

  private static void ready(String page) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.attributeToBe(
        By.tagName("body"), "data-ready", page));
  }

  private static void shot(String name) throws Exception {
    File f = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), SHOTS.resolve(name + ".png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  @Test
  void fromASearchToAnArticleToAnActorToAnEvent() throws Exception {
    browser.manage().window().setSize(new Dimension(1366, 1000));
    String query = Files.exists(SHARED_SAMPLE) ? "Videoanruf" : "Putin";
    open("#/search?q=" + query, "search");
    List<WebElement> results = browser.findElements(By.cssSelector(".result .doc-link"));
    assertThat(results).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector(".facet"))).isNotEmpty();
    shot("search");

    results.get(0).click();
    ready("doc");
    assertThat(browser.findElements(By.cssSelector("#article-text .hl-entity")).size())
        .isGreaterThan(5);
    assertThat(browser.findElements(By.cssSelector("#article-text .hl-time"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#article-text .hl-trigger"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#events-table tbody tr"))).isNotEmpty();
    WebElement putin = browser.findElements(By.cssSelector("#article-text .hl-entity")).stream()
        .filter(e -> e.getText().contains("Putin")).findFirst().orElseThrow();
    putin.click();
    WebElement actorLink = new WebDriverWait(browser, Duration.ofSeconds(5)).until(
        ExpectedConditions.elementToBeClickable(By.cssSelector("#detail .actor-link")));
    assertThat(browser.findElement(By.id("detail")).getText()).contains("RUSGOV");
    shot("article");

    actorLink.click();
    ready("actor");
    assertThat(browser.findElement(By.id("actor-name")).getText()).contains("Putin");
    assertThat(browser.findElements(By.cssSelector("#actor-timeline rect"))).isNotEmpty();
    shot("actor");

    browser.findElements(By.cssSelector("#actor-events .event-link")).get(0).click();
    ready("event");
    assertThat(browser.findElements(By.cssSelector("#mentions tbody tr"))).isNotEmpty();
    shot("event");

    open("#/events", "events");
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#network canvas")));
    assertThat(browser.findElements(By.cssSelector("#map path.country")).size())
        .isGreaterThan(100);
    assertThat(browser.findElements(By.cssSelector("#timeline rect"))).isNotEmpty();
    assertThat(((Number) js("return window.heraldNetwork.nodes().length")).intValue())
        .isGreaterThan(2);
    shot("events");
  }

  @Test
  void anActorPageListsTheirQuotesWithTheirDaysAndSources() throws Exception {
    browser.manage().window().setSize(new Dimension(1366, 1000));
    JsonNode top = store.query("SELECT speaker_entity AS id, count(*) AS n FROM quotes"
        + " WHERE speaker_entity IS NOT NULL GROUP BY speaker_entity ORDER BY n DESC, id"
        + " LIMIT 1", List.of());
    assertThat(top).as("a speaker of a quote in the samples").isNotEmpty();
    String speaker = top.get(0).get("id").asText();
    JsonNode quotes = new org.herald.store.Queries(store).quotes(
        new org.herald.store.Queries.QuoteFilter(speaker, null, null, null, 50, 0)).get("items");
    open("#/actor/" + java.net.URLEncoder.encode(speaker, StandardCharsets.UTF_8)
        .replace("+", "%20"), "actor");
    List<WebElement> items = browser.findElements(By.cssSelector("#actor-quotes li"));
    assertThat(items).hasSize(Math.min(10, quotes.size()));
    for (int i = 0; i < items.size(); i++) {
      JsonNode q = quotes.get(i);
      WebElement item = items.get(i);
      assertThat(item.findElement(By.tagName("q")).getText()).isEqualTo(q.get("quote_text")
          .asText());
      assertThat(item.findElement(By.className("quote-date")).getText())
          .startsWith(q.get("published").asText());
      WebElement source = item.findElement(By.cssSelector(".quote-source .doc-link"));
      assertThat(source.getText()).isEqualTo(q.get("title").asText());
      assertThat(source.getAttribute("href")).endsWith("#/doc/" + q.get("doc_id").asText());
      if (!q.get("via").isNull()) {
        assertThat(item.findElement(By.className("quote-via")).getText())
            .isEqualTo("· via " + q.get("via").asText());
      }
    }
    js("document.getElementById('actor-quotes').scrollIntoView()");
    shot("actor-quotes");

    browser.findElement(By.id("all-quotes")).click();
    ready("quotes");
    assertThat(browser.findElements(By.cssSelector("#quote-list li"))).hasSize(quotes.size());
    assertThat(browser.findElement(By.id("quote-results")).getText())
        .startsWith(quotes.size() + " quotes");
    shot("quotes");
    WebElement first = browser.findElement(By.cssSelector("#quote-list li .doc-link"));
    first.click();
    ready("doc");
    assertThat(browser.findElement(By.id("article-title")).getText())
        .isEqualTo(quotes.get(0).get("title").asText());
  }

  @Test
  void anArticlesScriptNeverRuns() throws Exception {
    browser.manage().window().setSize(new Dimension(1366, 1000));
    open("#/search?q=Formular", "search");
    assertThat(browser.findElement(By.cssSelector(".snippet")).getText()).contains("Formular");
    browser.findElement(By.cssSelector(".result .doc-link")).click();
    ready("doc");
    assertThat(browser.findElement(By.id("article-text")).getText())
        .contains("<script>window.__pwned = true</script>", "<img src=x onerror=");
    assertThat(browser.findElement(By.id("article-title")).getText()).contains("<script>");
    assertThat(js("return [window.__pwned, window.__pwned2, window.__pwnedTitle]"
        + ".every(x => x === undefined)")).isEqualTo(true);
    assertThat(browser.findElements(By.cssSelector("#article-text script, #article-text img")))
        .isEmpty();
  }

  @Test
  void theArticleFitsAPhone() throws Exception {
    browser.manage().window().setSize(new Dimension(390, 844));
    open("#/search?q=Putin", "search");
    browser.findElement(By.cssSelector(".result .doc-link")).click();
    ready("doc");
    Object wide = js("return [...document.querySelectorAll('body *')].filter(e =>"
        + " e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 5)"
        + ".map(e => e.tagName + '.' + e.className).join(' ')");
    assertThat(((Number) js("return document.documentElement.scrollWidth - window.innerWidth"))
        .intValue()).as("wider than the screen: %s", wide).isLessThanOrEqualTo(1);
    shot("article-phone");
  }

  @Test
  void theStatusPageShowsEachFeedWithItsPollsAndProblems() throws Exception {
    browser.manage().window().setSize(new Dimension(1366, 900));
    try (TestSite site = TestSite.start();
        Store feedStore = Store.embedded(tmp.resolve("feeds-data"))) {
      StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\">"
          + "<channel><title>Welt</title><link>" + site.url("/") + "</link><description>d"
          + "</description>");
      for (DemoCommand.Sample s : DemoCommand.samples()) {
        site.page("/" + s.file(), s.file().endsWith(".txt") ? "text/plain" : "text/html",
            new String(s.bytes(), StandardCharsets.UTF_8));
        rss.append("<item><title>").append(s.file()).append("</title><link>")
            .append(site.url("/" + s.file())).append("</link></item>");
      }
      rss.append("<item><title>gone</title><link>").append(site.url("/gone.html"))
          .append("</link></item>");
      site.page("/politik.xml", "application/rss+xml", rss.append("</channel></rss>")
          .toString());
      site.status("/wirtschaft.xml", 503);
      site.page("/sport.xml", "text/html", "<html><body>Not a feed</body></html>");
      Path feeds = tmp.resolve("feeds.txt");
      Files.writeString(feeds, site.url("/politik.xml") + "\n" + site.url("/wirtschaft.xml")
          + " 30m\n" + site.url("/sport.xml") + " 1h\n");
      FeedWatcher watcher = FeedsIT.options(feeds, "5s", true).watcher(feedStore, () -> {
        throw new IllegalStateException("text only here");
      }, () -> org.herald.engine.Engine.textPipeline(
          org.herald.engine.EngineConfig.DEFAULTS), line -> { });
      watcher.start();
      Javalin feedApp = null;
      try {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (watcher.status().articles().get("taken") + watcher.status().articles()
            .get("failed") < DemoCommand.samples().size() + 1
            && System.nanoTime() < deadline) {
          Thread.sleep(200);
        }
        feedApp = new ApiServer(feedStore, () -> {
          throw new IllegalStateException("no POST here");
        }, null).watching(watcher).create().start("localhost", 0);
        browser.get("http://localhost:" + feedApp.port() + "/#/status");
        ready("status");
        List<WebElement> rows = browser.findElements(By.cssSelector("#feeds tbody tr"));
        assertThat(rows).hasSize(3);
        assertThat(browser.findElements(By.cssSelector("#feeds tr.feed-bad"))).hasSize(2);
        assertThat(browser.findElement(By.id("feeds")).getText()).contains("HTTP 503",
            "not RSS, Atom or a sitemap", "every 30 min");
        assertThat(browser.findElement(By.id("service")).getText()).contains("following feeds",
            "yes");
        assertThat(browser.findElement(By.id("failures")).getText())
            .contains("failed: HTTP 404");
        shot("status");
      } finally {
        watcher.close();
        if (feedApp != null) {
          feedApp.stop();
        }
      }
    }
  }

  private static void waitFor(String css) {
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  private static void keys(CharSequence... k) {
    new org.openqa.selenium.interactions.Actions(browser).sendKeys(k).perform();
  }

  @Test
  void anArticleIsReviewedWithTheKeyboardAndTheReviewsAreGold() throws Exception {
    browser.manage().window().setSize(new Dimension(1366, 1000));
    DemoCommand.Sample sample = DemoCommand.samples().stream()
        .filter(x -> x.file().equals("en-macron-moscow.html")).findFirst().orElseThrow();
    Path in = tmp.resolve("review-in");
    Files.createDirectories(in);
    Files.write(in.resolve(sample.file()), sample.bytes());
    Path data = tmp.resolve("review-data");
    Cli.Result ingested = Cli.run("ingest", "--published", sample.published(), "--data",
        data.toString(), in.toString());
    assertThat(ingested.status()).as(ingested.err()).isZero();
    try (Store reviewStore = Store.embedded(data)) {
      String doc = reviewStore.query("SELECT id FROM documents", List.of()).get(0).get("id")
          .asText();
      Javalin reviewApp = new ApiServer(reviewStore, () -> {
        throw new IllegalStateException("no analysis here");
      }, null).withRules(new ReviewRules(data)).create().start("localhost", 0);
      String base2 = "http://localhost:" + reviewApp.port();
      try (ServerLock lock = ServerLock.write(data, base2, null)) {
        browser.get(base2 + "/#/review/" + doc);
        ready("review");
        List<WebElement> rows = browser.findElements(By.cssSelector("#review-events tr.review-row"));
        assertThat(rows.size()).isGreaterThanOrEqualTo(3);
        String first = rows.get(0).getAttribute("data-id");
        String second = rows.get(1).getAttribute("data-id");
        String third = rows.get(2).getAttribute("data-id");

        keys("c");
        waitFor("tr[data-id='" + first + "'][data-verdict='confirmed']");
        keys("j", "x");
        waitFor("tr[data-id='" + second + "'][data-verdict='rejected']");
        keys("r");
        waitFor("ul#review-rules li");
        assertThat(browser.findElement(By.id("review-rules")).getText()).contains("---",
            "rejected by analyst");
        keys("j", "e");
        waitFor("form.review-form select");
        keys("036", org.openqa.selenium.Keys.TAB, org.openqa.selenium.Keys.TAB,
            org.openqa.selenium.Keys.TAB, org.openqa.selenium.Keys.ENTER);
        waitFor("tr[data-id='" + third + "'][data-verdict='corrected']");

        js("const t = document.getElementById('review-text').firstChild;"
            + " const at = t.textContent.indexOf('his demand');"
            + " const r = document.createRange(); r.setStart(t, at + 4); r.setEnd(t, at + 10);"
            + " const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);"
            + " document.activeElement.blur();");
        keys("a");
        waitFor("#add-event form.review-form select");
        keys("100", org.openqa.selenium.Keys.TAB, "RUSGOV", org.openqa.selenium.Keys.TAB,
            "IGOWSTNAT", org.openqa.selenium.Keys.ENTER);
        waitFor("tr.review-row[data-verdict='added']");

        keys("n", "e");
        waitFor("#review-entities form.review-form input");
        keys("none", org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("review-history"), "link of"));
        js("window.scrollTo(0, 0)");
        shot("review");

        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.util.function.Function<String, String> get = path -> {
          try {
            return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base2 + path))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        };
        com.fasterxml.jackson.databind.JsonNode state = org.herald.core.ContractJson.mapper()
            .readTree(get.apply("/api/documents/" + doc + "/reviews"));
        assertThat(state.get("reports").findValuesAsText("review")).contains("confirmed",
            "rejected", "corrected", "added");
        assertThat(state.get("history").findValuesAsText("kind")).contains("link");
        assertThat(state.get("history").findValuesAsText("reviewer")).containsOnly("analyst");
        String gdelt = get.apply("/api/export?format=gdelt&reviewed=true");
        assertThat(gdelt.strip().split("\n")).as(gdelt).hasSize(3);
        assertThat(gdelt).contains("\t036\t", "\t100\t", "IGOWSTNAT");

        Path gold = tmp.resolve("review-gold/reviews.jsonl");
        Files.createDirectories(gold.getParent());
        Cli.Result export = Cli.run("export", "--format", "reviews", "--out", gold.toString(),
            "--data", data.toString());
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(export.err()).contains("1 reviewed documents with 3 events",
            "through the running Herald server");
        Cli.Result eval = Cli.run("eval", "news", "--data", gold.getParent().toString(),
            gold.toString());
        assertThat(eval.status()).as(eval.err()).isZero();
        assertThat(eval.out()).containsPattern("all +root +3 ");
        assertThat(eval.out()).doesNotContain("news root F1 0.000");
      } finally {
        reviewApp.stop();
      }
    }
  }
}
