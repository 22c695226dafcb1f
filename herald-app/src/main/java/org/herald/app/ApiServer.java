package org.herald.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;
import org.herald.core.ContractJson;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.herald.core.Pipeline;
import org.herald.core.RawInput;
import org.herald.core.model.Document;
import org.herald.feeds.FeedWatcher;
import org.herald.store.Exporter;
import org.herald.store.KeptByWrites;
import org.herald.store.Queries;
import org.herald.store.Store;
import org.jspecify.annotations.Nullable;

/**
 * The REST API over a store, described by {@code /api/openapi.json}. Every error is JSON with
 * status, title and detail (RFC 9457's problem form); a bad parameter is a 400. Writing
 * (POST) needs the token when one is set.
 */
final class ApiServer {
  static final String OPENAPI = "/org/herald/app/openapi.json";
  private static final String PROBLEM = "herald.problem";
  /** Herald's version, read from its resource once rather than at each {@code /api/status}. */
  private static final String VERSION = org.herald.engine.Engine.version();

  private final Store store;
  private final Queries queries;
  private final AnswerCache cache;
  /**
   * What {@code /api/status} reads from the store, kept until a write ({@link KeptByWrites}):
   * its answer holds the cache's counters, so it is never kept whole.
   */
  private final KeptByWrites<Boolean, Long> documents;
  private final KeptByWrites<Boolean, FeedWatcher.Status> feeds;
  private final Memo<Pipeline> pipeline;
  private final Supplier<Pipeline> textPipeline;
  private @Nullable ReviewRules rules;
  private @Nullable String writesOff;
  private final @Nullable String token;
  private @Nullable FeedWatcher watcher;
  private boolean page = true;

  /**
   * @param pipeline built on the first POST: loading the models takes half a minute, and a
   *     server that only answers queries never needs them
   */
  ApiServer(Store store, Supplier<Pipeline> pipeline, @Nullable String token) {
    this(store, pipeline, () -> org.herald.engine.Engine.textPipeline(
        org.herald.engine.EngineConfig.DEFAULTS), token);
  }

  /** @param textPipeline extraction only, for {@code POST /api/documents?nlp=false} */
  ApiServer(Store store, Supplier<Pipeline> pipeline, Supplier<Pipeline> textPipeline,
      @Nullable String token) {
    this.store = store;
    this.queries = new Queries(store);
    this.cache = new AnswerCache(store);
    this.documents = new KeptByWrites<>(store.seesEveryWrite(), store::writes);
    this.feeds = new KeptByWrites<>(store.seesEveryWrite(), store::writes);
    this.pipeline = memoize(pipeline);
    this.textPipeline = memoize(textPipeline);
    this.token = token == null || token.isBlank() ? null : token;
  }

  /** Shows this watcher in {@code /api/status}. */
  ApiServer watching(@Nullable FeedWatcher w) {
    this.watcher = w;
    return this;
  }

  /**
   * Lets reviews become rules in a data directory; the pipeline is made again after each, so
   * that the next analysis applies it.
   */
  ApiServer withRules(@Nullable ReviewRules r) {
    this.rules = r;
    return this;
  }

  /**
   * Turns every write off (reads stay), for a server on a public address without a token.
   *
   * @param why the answer a write gets
   */
  ApiServer writesOff(String why) {
    this.writesOff = why;
    return this;
  }

  /** Serves the API without the web page ({@code herald watch}). */
  ApiServer withoutPage() {
    this.page = false;
    return this;
  }

  /** A client error: answered with its status and detail. */
  static final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    ApiError(int status, String detail) {
      super(detail);
      this.status = status;
    }
  }

  Javalin create() {
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = 20L * 1024 * 1024;
      config.http.prefer405over404 = true;
      config.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems()));
      if (page) {
        config.staticFiles.enableWebjars();
        config.staticFiles.add(sf -> {
          sf.hostedPath = "/";
          sf.directory = "/org/herald/app/web";
          sf.location = io.javalin.http.staticfiles.Location.CLASSPATH;
        });
      }
    });
    app.get("/api/openapi.json", this::openapi);
    app.get("/api/documents", cache.ofAll(this::documents));
    // a stored document's answer changes only where it is analysed again or reviewed, fact
    // writes all; one not stored (404) is never kept
    app.get("/api/documents/{id}", cache.ofFacts(this::document));
    app.get("/api/documents/{id}/raw", this::raw);
    app.post("/api/documents", this::postDocument);
    app.post("/api/analyze", this::analyze);
    app.get("/api/events", cache.ofFacts(this::events));
    app.get("/api/events/timeline", cache.ofFacts(this::timeline));
    app.get("/api/events/network", cache.ofFacts(ctx -> json(ctx,
        queries.network(eventFilter(ctx), integer(ctx, "edges", 100, 1, 1000)))));
    app.get("/api/events/places", cache.ofFacts(ctx -> json(ctx,
        queries.places(eventFilter(ctx)))));
    app.get("/api/events/{id}", cache.ofFacts(this::event));
    app.get("/api/cameo", this::cameo);
    app.post("/api/event-mentions/{id}/split", this::split);
    app.get("/api/entities", cache.ofFacts(this::entities));
    app.get("/api/entities/{id}", cache.ofFacts(this::entity));
    app.get("/api/quotes", cache.ofFacts(this::quotes));
    app.get("/api/search", cache.ofAll(this::search));
    app.get("/api/stats", cache.ofAll(ctx -> json(ctx, queries.stats())));
    app.get("/api/learned", cache.ofFacts(ctx -> json(ctx, ContractJson.mapper().valueToTree(
        store.learned().all()))));
    app.get("/api/status", this::status);
    app.post("/api/reanalyze", this::reanalyze);
    app.get("/api/export", this::export);
    new ReviewRoutes(store, this::authorise, rules, pipeline::reset).register(app);
    app.exception(ApiError.class, (e, ctx) -> problem(ctx, e.status, e.getMessage()));
    app.exception(HeraldException.class, (e, ctx) -> problem(ctx,
        e.code().category() == ErrorCode.Category.USER ? 400 : 500, e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> problem(ctx, 500, "internal error: " + e));
    app.error(404, ctx -> {
      if (ctx.attribute(PROBLEM) == null) {
        problem(ctx, 404, "no such resource: " + ctx.path());
      }
    });
    app.error(405, ctx -> problem(ctx, 405, ctx.method() + " is not allowed on " + ctx.path()));
    return app;
  }

  private void openapi(Context ctx) throws IOException {
    try (InputStream in = ApiServer.class.getResourceAsStream(OPENAPI)) {
      if (in == null) {
        throw new HeraldException(ErrorCode.RESOURCE, "the OpenAPI document is missing");
      }
      ctx.contentType("application/json").result(in.readAllBytes());
    }
  }

  private void documents(Context ctx) {
    json(ctx, queries.documents(new Queries.DocumentFilter(text(ctx, "q"), date(ctx, "from"),
        date(ctx, "to"), pattern(ctx, "lang", "[a-z]{2}"), text(ctx, "source"),
        actor(ctx, "actor"), pattern(ctx, "root", "\\d{2}"), limit(ctx), offset(ctx))));
  }

  private void document(Context ctx) {
    String id = ctx.pathParam("id");
    Optional<String> doc = store.documentJson(id);
    if (doc.isEmpty()) {
      throw new ApiError(404, "no document " + id);
    }
    ctx.contentType("application/json").result(doc.get());
  }

  /** The input a document was analysed from, as read (decompressed). */
  private void raw(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    if (!store.has(id)) {
      throw new ApiError(404, "no document " + id);
    }
    byte[] gz = store.rawGzip(id).orElseThrow(() ->
        new ApiError(404, "the input of document " + id + " was not stored"));
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
      ctx.contentType("application/octet-stream").result(in.readAllBytes());
    }
  }

  private void postDocument(Context ctx) throws JsonProcessingException {
    authorise(ctx);
    byte[] body = ctx.bodyAsBytes();
    RawInput raw = postedInput(ctx, body);
    String nlp = pattern(ctx, "nlp", "true|false");
    Pipeline p = "false".equals(nlp) ? textPipeline.get() : pipeline.get();
    Document text = p.extract(raw);
    Optional<String> stored = store.documentJson(text.id());
    if (stored.isPresent()) {
      ctx.status(200).header("Location", "/api/documents/" + text.id())
          .contentType("application/json").result(stored.get());
      return;
    }
    Document doc = p.run(text, org.herald.core.StageListener.NONE);
    store.put(doc, body);
    store.commit();
    ctx.status(201).header("Location", "/api/documents/" + doc.id())
        .contentType("application/json").result(ContractJson.write(doc, false, false));
  }

  /**
   * Analyses a posted input with this process's pipeline and answers its document, storing
   * nothing: {@code herald analyze} sends its files here while a server runs, instead of loading
   * models of its own. It costs what an ingest costs, so it needs the token as writes do.
   */
  private void analyze(Context ctx) {
    authorise(ctx);
    RawInput raw = postedInput(ctx, ctx.bodyAsBytes());
    boolean tokens = "true".equals(pattern(ctx, "tokens", "true|false"));
    double min = minConfidence(ctx);
    Document doc = pipeline.get().analyze(raw).withEventsFrom(min);
    ctx.contentType("application/json").result(ContractJson.write(doc, false, tokens));
  }

  /** The input of a POST: the body, named and dated by the query's name, published, url, lang. */
  private static RawInput postedInput(Context ctx, byte[] body) {
    String name = Optional.ofNullable(text(ctx, "name")).orElse("posted");
    RawInput raw = RawInput.of(name, body);
    String type = ctx.contentType();
    if (type != null && type.startsWith("text/plain") && !name.endsWith(".txt")) {
      raw = RawInput.of(name + ".txt", body);
    }
    String published = date(ctx, "published");
    if (published != null) {
      raw = raw.withPublished(published);
    }
    String url = text(ctx, "url");
    if (url != null) {
      raw = raw.withUrl(url);
    }
    String lang = pattern(ctx, "lang", "[a-z]{2}");
    if (lang != null) {
      raw = raw.withLanguage(lang);
    }
    return raw;
  }

  /** The store, the feeds with their polls, the ingest queue and the failures by reason. */
  private void status(Context ctx) {
    ObjectNode o = ContractJson.mapper().createObjectNode();
    o.put("version", VERSION);
    o.put("store", store.describe());
    o.put("documents", documents.get(Boolean.TRUE, () -> store.count(
        "SELECT count(*) FROM documents", java.util.List.of())));
    FeedWatcher.Status s;
    if (watcher != null) {
      s = watcher.status(); // its polls to come, from memory, beside the store's
    } else {
      s = feeds.get(Boolean.TRUE, () -> {
        org.herald.store.CrawlState crawl = store.crawl();
        java.util.List<FeedWatcher.FeedStatus> feeds = new java.util.ArrayList<>();
        for (org.herald.store.CrawlState.Feed f : crawl.feeds()) {
          feeds.add(new FeedWatcher.FeedStatus(f.url(), 0, text(f.lastPoll()), null,
              f.lastStatus(), f.lastError(), f.failures(), f.items(), f.taken()));
        }
        return new FeedWatcher.Status(false, feeds, crawl.states(), crawl.failuresByReason(),
            0);
      });
    }
    o.put("watching", s.running());
    o.set("feeds", ContractJson.mapper().valueToTree(s.feeds()));
    o.set("articles", ContractJson.mapper().valueToTree(s.articles()));
    o.put("queue", s.articles().getOrDefault(org.herald.store.CrawlState.PENDING, 0L));
    o.set("failures", ContractJson.mapper().valueToTree(s.failures()));
    o.put("ingested", s.ingested());
    ObjectNode answers = o.putObject("answerCache");
    answers.put("on", cache.on());
    answers.put("hits", cache.hits());
    answers.put("computed", cache.computed());
    json(ctx, o);
  }

  private static @Nullable String text(java.time.@Nullable Instant t) {
    return t == null ? null : t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }

  /** Re-analyses the stored documents an older pipeline or knowledge base made. */
  private void reanalyze(Context ctx) {
    authorise(ctx);
    Reanalysis.Summary s = Reanalysis.run(store, pipeline.get());
    ObjectNode o = ContractJson.mapper().createObjectNode();
    o.put("stale", s.stale());
    o.put("reanalysed", s.done());
    o.set("failures", ContractJson.mapper().valueToTree(s.failures()));
    o.set("unmatchedReviews", ContractJson.mapper().valueToTree(s.unmatchedReviews()));
    json(ctx, o);
  }

  private void events(Context ctx) {
    json(ctx, queries.events(eventFilter(ctx)));
  }

  private static Queries.EventFilter eventFilter(Context ctx) {
    return new Queries.EventFilter(actor(ctx, "source"), actor(ctx, "target"),
        actor(ctx, "actor"), pattern(ctx, "code", "\\d{2,4}"), pattern(ctx, "root", "\\d{2}"),
        date(ctx, "from"), date(ctx, "to"), text(ctx, "place"), text(ctx, "q"), limit(ctx),
        offset(ctx), reviewed(ctx), minConfidence(ctx));
  }

  /** The minConfidence parameter: a number from 0 to 1, 0 where absent. */
  private static double minConfidence(Context ctx) {
    String v = text(ctx, "minConfidence");
    if (v == null) {
      return 0;
    }
    try {
      double d = Double.parseDouble(v);
      if (d >= 0 && d <= 1) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ApiError(400, "minConfidence must be a number from 0 to 1, not '" + v + "'");
  }

  private void timeline(Context ctx) {
    String bucket = Optional.ofNullable(pattern(ctx, "bucket", "day|week|month")).orElse("week");
    String by = Optional.ofNullable(pattern(ctx, "by", "root|quadClass")).orElse("root");
    json(ctx, queries.timeline(eventFilter(ctx),
        Queries.Bucket.valueOf(bucket.toUpperCase(java.util.Locale.ROOT)),
        by.equals("quadClass")));
  }

  /** The CAMEO root codes with their names, QuadClass and Goldstein value. */
  private void cameo(Context ctx) {
    com.fasterxml.jackson.databind.node.ArrayNode out =
        ContractJson.mapper().createArrayNode();
    org.herald.kb.EventDictionary dict = org.herald.kb.EventDictionary.bundled();
    for (int r = 1; r <= 20; r++) {
      String root = String.format("%02d", r);
      org.herald.kb.EventDictionary.Code c = dict.code(root + "0");
      if (c != null) {
        out.addObject().put("root", root).put("name", c.name()).put("quadClass", c.quadClass())
            .put("goldstein", c.goldstein());
      }
    }
    json(ctx, out);
  }

  private void event(Context ctx) {
    String id = ctx.pathParam("id");
    json(ctx, queries.event(id).orElseThrow(() -> new ApiError(404, "no event " + id)));
  }

  private void split(Context ctx) {
    authorise(ctx);
    String fresh = store.split(ctx.pathParam("id"));
    ctx.status(201);
    json(ctx, queries.event(fresh).orElseThrow());
  }

  private void entities(Context ctx) {
    json(ctx, queries.entities(text(ctx, "q"), limit(ctx), offset(ctx)));
  }

  private void entity(Context ctx) {
    String id = ctx.pathParam("id");
    json(ctx, queries.entity(id).orElseThrow(() -> new ApiError(404, "no entity " + id)));
  }

  /** Quotes by speaker (the store entity id an actor page shows), words and publication day. */
  private void quotes(Context ctx) {
    json(ctx, queries.quotes(new Queries.QuoteFilter(text(ctx, "speaker"), text(ctx, "q"),
        date(ctx, "from"), date(ctx, "to"), limit(ctx), offset(ctx))));
  }

  private void search(Context ctx) {
    String q = text(ctx, "q");
    if (q == null) {
      throw new ApiError(400, "q is required");
    }
    json(ctx, queries.search(q, limit(ctx)));
  }

  private void export(Context ctx) throws IOException {
    String f = ctx.queryParam("format");
    Exporter.Format format = Exporter.Format.parse(f == null ? "jsonl" : f);
    Exporter x = new Exporter(store, org.herald.kb.KnowledgeBase.bundled()::fips)
        .reviewedOnly(reviewed(ctx)).minConfidence(minConfidence(ctx));
    ctx.contentType(format.mediaType);
    ctx.header("Content-Disposition", "attachment; filename=\"herald-events."
        + format.extension + "\"");
    if (format == Exporter.Format.PARQUET) {
      Path tmp = Files.createTempFile("herald-export", ".parquet");
      try {
        x.write(format, tmp);
        ctx.result(Files.readAllBytes(tmp));
      } finally {
        Files.deleteIfExists(tmp);
      }
    } else {
      x.write(format, ctx.outputStream());
    }
  }

  private void authorise(Context ctx) {
    if (writesOff != null) {
      throw new ApiError(403, writesOff);
    }
    if (token == null) {
      return;
    }
    String given = ctx.header("Authorization");
    if (given != null && given.startsWith("Bearer ")) {
      given = given.substring(7).strip();
    } else {
      given = ctx.header("X-Herald-Token");
    }
    if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
        token.getBytes(StandardCharsets.UTF_8))) {
      throw new ApiError(401, "this needs the token set in HERALD_TOKEN"
          + " (Authorization: Bearer TOKEN)");
    }
  }

  // ---- parameters: each checked, a bad one is a 400 -----------------------------------------

  private static @Nullable String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > 500) {
      throw new ApiError(400, name + " is longer than 500 characters");
    }
    return v.strip();
  }

  private static @Nullable String pattern(Context ctx, String name, String regex) {
    String v = text(ctx, name);
    if (v != null && !v.matches(regex)) {
      throw new ApiError(400, name + " must match " + regex + ", not '" + v + "'");
    }
    return v;
  }

  private static @Nullable String actor(Context ctx, String name) {
    String v = text(ctx, name);
    if (v != null && !v.matches("[\\p{L}\\p{N}:._#' -]{1,100}")) {
      throw new ApiError(400, name + " must be a country (CHN), an actor code (CHNGOV) or an"
          + " entity id (Q15031), not '" + v + "'");
    }
    return v;
  }

  private static @Nullable String date(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null) {
      return null;
    }
    try {
      if (!v.matches("\\d{4}-\\d{2}-\\d{2}")) {
        throw new DateTimeParseException("not YYYY-MM-DD", v, 0);
      }
      return LocalDate.parse(v).toString();
    } catch (DateTimeParseException e) {
      throw new ApiError(400, name + " must be a date YYYY-MM-DD, not '" + v + "'");
    }
  }

  /** {@code reviewed=true}: only events with a report an analyst confirmed, corrected or added. */
  private static boolean reviewed(Context ctx) {
    return "true".equals(pattern(ctx, "reviewed", "true|false"));
  }

  private static int limit(Context ctx) {
    return integer(ctx, "limit", 50, 1, 1000);
  }

  private static int offset(Context ctx) {
    return integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
  }

  private static int integer(Context ctx, String name, int dflt, int min, int max) {
    String v = text(ctx, name);
    if (v == null) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ApiError(400, name + " must be a whole number from " + min + " to " + max
          + ", not '" + v + "'");
    }
  }

  static void json(Context ctx, Object node) {
    try {
      ctx.contentType("application/json").result(ContractJson.mapper().writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new HeraldException(ErrorCode.INTERNAL, "cannot write JSON", e);
    }
  }

  static void problem(Context ctx, int status, String detail) {
    ctx.attribute(PROBLEM, Boolean.TRUE);
    ctx.status(status).contentType("application/problem+json").result(problem(status, detail));
  }

  private static String problem(int status, String detail) {
    ObjectNode o = ContractJson.mapper().createObjectNode();
    o.put("status", status);
    o.put("title", HttpStatus.forStatus(status).getMessage());
    o.put("detail", detail);
    return o.toString();
  }

  /**
   * Jetty's answer to a request it refuses before any route sees it (a control character in the
   * path, for one: {@code GET /api/events/%00}): a problem document like every other error, not
   * Jetty's HTML page.
   */
  private static final class JettyProblems extends org.eclipse.jetty.server.handler.ErrorHandler {
    @Override
    public java.nio.ByteBuffer badMessageError(int status, String reason,
        org.eclipse.jetty.http.HttpFields.Mutable fields) {
      fields.put(org.eclipse.jetty.http.HttpHeader.CONTENT_TYPE, "application/problem+json");
      return java.nio.ByteBuffer.wrap(problem(status, "the request is malformed: "
          + (reason == null ? HttpStatus.forStatus(status).getMessage() : reason))
          .getBytes(StandardCharsets.UTF_8));
    }
  }

  static <T> Memo<T> memoize(Supplier<T> s) {
    return s instanceof Memo<T> m ? m : new Memo<>(s);
  }

  /** A value made on first use, made again after {@link #reset}. */
  static final class Memo<T> implements Supplier<T> {
    private final Supplier<T> make;
    private @Nullable T value;

    Memo(Supplier<T> make) {
      this.make = make;
    }

    @Override
    public synchronized T get() {
      if (value == null) {
        value = make.get();
      }
      return value;
    }

    /** The next {@link #get} makes the value again (a pipeline after a new rule). */
    synchronized void reset() {
      value = null;
    }
  }
}
