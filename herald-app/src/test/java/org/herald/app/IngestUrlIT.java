package org.herald.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.herald.feeds.TestSite;
import org.herald.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code herald ingest URL} fetches a page as the feed watcher does and stores it with its
 * address; a page robots.txt refuses, or one that is missing, fails with its reason while the
 * others go on.
 */
class IngestUrlIT {
  @TempDir Path tmp;

  @Test
  void aWebPageIsFetchedPolitelyAndStoredWithItsAddress() throws Exception {
    try (TestSite site = TestSite.start()) {
      site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /intern/\n");
      site.page("/politik/gipfel.html", "text/html; charset=utf-8", "<html lang=\"de\"><head>"
          + "<title>Gipfel in Brüssel</title></head><body><article><h1>Gipfel in Brüssel</h1>"
          + "<p>Die Staats- und Regierungschefs der EU haben sich am Donnerstag in Brüssel auf"
          + " neue Hilfen für die Ukraine geeinigt, teilte ein Sprecher des Rates mit.</p>"
          + "</article></body></html>");
      site.page("/intern/notiz.html", "text/html", "<p>intern</p>");
      Path data = tmp.resolve("data");
      String page = site.url("/politik/gipfel.html").toString();
      Cli.Result r = Cli.run("ingest", "--no-nlp", "--published", "2023-03-23", "--data",
          data.toString(), page, site.url("/intern/notiz.html").toString(),
          site.url("/fehlt.html").toString());
      assertThat(r.status()).as(r.err()).isEqualTo(1);
      assertThat(r.out()).contains("3 documents: 1 new, 0 already stored, 2 failed",
          "/intern/notiz.html: robots.txt of its site refuses Herald",
          "/fehlt.html: HTTP 404");
      assertThat(site.requests("/intern/notiz.html")).isEmpty();
      assertThat(site.requests("/politik/gipfel.html").get(0).userAgent()).startsWith("Herald/");
      try (Store store = Store.embedded(data)) {
        assertThat(store.query("SELECT url, title, published FROM documents", List.of()).get(0)
            .toString()).contains(page, "Gipfel in Brüssel", "2023-03-23");
      }
    }
  }
}
