package org.herald.app;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.herald.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code herald bench api}: loads synthetic events into a fresh embedded store and measures
 * the latency of typical API queries over HTTP.
 */
@Command(name = "api", mixinStandardHelpOptions = true,
    description = {"Fills a fresh embedded store with synthetic events (default 1,000,000, one"
        + " mention each, over 50,000 documents), serves it, and prints p50 and p99 latency of"
        + " typical API queries."})
final class BenchApiCommand implements Callable<Integer> {
  @Option(names = "--events", defaultValue = "1000000", description = "Events to load.")
  int events;

  @Option(names = "--runs", defaultValue = "100", description = "Measured runs per query.")
  int runs;

  static final List<String> COUNTRIES = List.of("CHN", "RUS", "USA", "DEU", "FRA", "GBR", "UKR",
      "POL", "ITA", "ESP", "JPN", "IND", "BRA", "TUR", "IRN", "ISR", "PSE", "SYR", "IRQ", "AFG",
      "PAK", "KOR", "PRK", "CAN", "MEX", "EGY", "SAU", "NGA", "ZAF", "KEN", "ETH", "SDN", "VEN",
      "COL", "ARG", "AUS", "IDN", "PHL", "VNM", "THA");
  static final List<String> AGENTS = List.of("GOV", "MIL", "OPP", "BUS", "MED", "", "COP", "REB");
  static final List<String> CODES = List.of("010", "020", "036", "040", "042", "043", "051",
      "057", "061", "071", "080", "090", "100", "111", "112", "120", "130", "138", "141", "145",
      "150", "160", "172", "173", "180", "190", "193", "200");
  static final List<String> PLACES = List.of("Kyiv", "Moscow", "Beijing", "Washington",
      "Berlin", "Paris", "London", "Gaza", "Damascus", "Kabul", "Tehran", "Ankara");

  @Override
  public Integer call() throws Exception {
    if (events < 1000) {
      throw new HeraldException(ErrorCode.BAD_ARGUMENT, "--events must be at least 1000");
    }
    Path dir = Files.createTempDirectory("herald-bench-api");
    try (Store store = Store.embedded(dir)) {
      long t0 = System.nanoTime();
      load(store, events);
      System.out.printf(Locale.ROOT, "loaded %,d synthetic events in %.1f s%n", events,
          (System.nanoTime() - t0) / 1e9);
      Javalin app = new ApiServer(store, () -> {
        throw new HeraldException(ErrorCode.BAD_ARGUMENT, "no analysis in the benchmark");
      }, null).create().start("localhost", 0);
      try {
        measure(app.port());
      } finally {
        app.stop();
      }
    } finally {
      DemoCommand.emptyDirectory(dir);
      Files.deleteIfExists(dir);
    }
    return 0;
  }

  private static String list(List<String> xs) {
    StringBuilder b = new StringBuilder("[");
    for (String x : xs) {
      b.append(b.length() == 1 ? "" : ", ").append('\'').append(x).append('\'');
    }
    return b.append(']').toString();
  }

  /** Synthetic rows made by the database itself: fast, and the same on every run. */
  static void load(Store store, int n) {
    int docs = Math.max(1, n / 20);
    String c = list(COUNTRIES);
    String a = list(AGENTS);
    String codes = list(CODES);
    String places = list(PLACES);
    store.execute(
        "INSERT INTO documents SELECT 'd' || i, 'https://news.example.org/' || i,"
            + " 'Synthetic report ' || i, CASE WHEN i % 3 = 0 THEN 'en' ELSE 'de' END,"
            + " (DATE '2015-01-01' + CAST((i * 37) % 3650 AS INTEGER))::VARCHAR,"
            + " 'synthetic/' || i, 'bench', 'bench', '2026-01-01T00:00:00Z',"
            + " 'Synthetic report number ' || i, '{}', NULL, NULL FROM range(" + docs + ") t(i)",
        "INSERT INTO entities SELECT 'K' || i, 'Entity ' || i, 'PERSON', 'K' || i,"
            + " " + c + "[1 + i % 40] || 'GOV', " + c + "[1 + i % 40], NULL, NULL"
            + " FROM range(2000) t(i)",
        "INSERT INTO mentions SELECT 'd' || (i % " + docs + "), 'K' || (i % 2000), 'e1', i,"
            + " i + 5, 'Name', (DATE '2015-01-01' + CAST((i * 37) % 3650 AS INTEGER))"
            + "::VARCHAR FROM range(" + (docs * 2) + ") t(i)",
        "CREATE TEMP TABLE syn AS SELECT i, " + c + "[1 + i % 40] AS c1, "
            + c + "[1 + (i * 7 + 3) % 40] AS c2, " + a + "[1 + i % 8] AS a1, "
            + a + "[1 + (i // 8) % 8] AS a2, " + codes + "[1 + (i * 13) % 28] AS code, "
            + places + "[1 + (i * 11) % 12] AS place,"
            + " (DATE '2015-01-01' + CAST((i * 37) % 3650 AS INTEGER))::VARCHAR AS day,"
            + " 'd' || (i % " + docs + ") AS doc FROM range(" + n + ") t(i)",
        "INSERT INTO events SELECT 'ev-' || i, 'K' || (i % 2000), c1 || a1, c1, 'Entity ' || (i % 2000),"
            + " 'K' || ((i * 7 + 3) % 2000), c2 || a2, c2, 'Entity ' || ((i * 7 + 3) % 2000), code,"
            + " substr(code, 1, 2), 1 + i % 4, (i % 21) - 10.0, day, day, place, 50.0, 30.0, c1,"
            + " false, i % 5 = 0, 1, 1, 1, 'https://news.example.org/' || (i % " + docs + "),"
            + " '2026-01-01T00:00:00Z', lower('Synthetic evidence sentence ' || i"
            + " || ' about talks in ' || place || '.'), false FROM syn",
        "INSERT INTO event_mentions SELECT doc || ':' || i, doc, i, 'ev-' || i, 'K' || (i % 2000),"
            + " c1 || a1, c1, 'Entity ' || (i % 2000), 'K' || ((i * 7 + 3) % 2000), c2 || a2, c2,"
            + " 'Entity ' || ((i * 7 + 3) % 2000), code, substr(code, 1, 2), 1 + i % 4,"
            + " (i % 21) - 10.0, day, 'text', place, 0, 60, 'Synthetic evidence sentence ' || i"
            + " || ' about talks in ' || place || '.', 10, 20, 'talks', NULL, false, 'asserted',"
            + " 0.8, i % 5 = 0, 'news.example.org', 'new event', false, NULL FROM syn",
        "DROP TABLE syn",
        "CHECKPOINT");
  }

  private void measure(int port) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    List<String> queries = List.of("/api/events?source=CHN&target=RUS",
        "/api/events?root=14&from=2020-01-01&to=2020-12-31", "/api/events?actor=USAGOV&code=04",
        "/api/events?place=Kyiv&limit=20", "/api/events?q=talks%20in%20gaza&limit=20",
        "/api/events", "/api/events/ev-4242", "/api/entities?q=entity%2012",
        "/api/entities/K42", "/api/documents?from=2021-01-01&limit=20", "/api/stats");
    List<Double> all = new ArrayList<>();
    System.out.printf(Locale.ROOT, "%-55s %8s %8s%n", "query", "p50 ms", "p99 ms");
    for (String q : queries) {
      HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + q)).build();
      for (int i = 0; i < 5; i++) {
        check(q, http.send(r, HttpResponse.BodyHandlers.ofString()));
      }
      double[] ms = new double[runs];
      for (int i = 0; i < runs; i++) {
        long t = System.nanoTime();
        check(q, http.send(r, HttpResponse.BodyHandlers.ofString()));
        ms[i] = (System.nanoTime() - t) / 1e6;
        all.add(ms[i]);
      }
      Arrays.sort(ms);
      System.out.printf(Locale.ROOT, "%-55s %8.1f %8.1f%n", q, percentile(ms, 50),
          percentile(ms, 99));
    }
    double[] each = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    System.out.printf(Locale.ROOT, "all %d requests: p50 %.1f ms, p99 %.1f ms%n", each.length,
        percentile(each, 50), percentile(each, 99));
    System.out.printf(Locale.ROOT, "api p99 ms %.1f%n", percentile(each, 99));
  }

  private static void check(String q, HttpResponse<String> r) {
    if (r.statusCode() != 200) {
      throw new HeraldException(ErrorCode.INTERNAL, q + " answered " + r.statusCode() + ": "
          + r.body());
    }
  }

  static double percentile(double[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
