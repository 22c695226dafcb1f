package org.herald.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.herald.core.ContractJson;
import org.herald.core.Pipeline;
import org.herald.engine.Engine;
import org.herald.engine.EngineConfig;
import org.herald.store.Articles;
import org.herald.store.Store;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any request to the REST API, one of its routes with fuzzed path ids, query values (well
 * encoded or raw, bad escapes included) and POST bodies, with or without the token, gets a 2xx
 * or a 4xx within {@link #DEADLINE_MS}, never a 5xx. A 4xx is a problem document (status,
 * title, detail); a JSON 2xx parses, and a page of items holds at most the asked limit; a write
 * without the token is a 401. One server on the loopback address over an embedded DuckDB store
 * of the hand-tagged {@link Articles}, with the text-only pipeline (no model loads), serves every
 * input. {@code POST /api/reanalyze} is left out: it takes neither parameters nor a body, and
 * would replace the hand-tagged documents with text-only ones. {@code bench/fuzz.sh} fuzzes it;
 * the kept inputs ({@code ApiFuzzTestInputs/}) run in every test run.
 */
class ApiFuzzTest {
  private static final String TOKEN = "fuzz-token";
  private static final int DEADLINE_MS = 20_000;
  private static final List<String[]> ROUTES = List.of(
      get("/api/documents"), get("/api/documents/{doc}"), get("/api/documents/{doc}/raw"),
      get("/api/documents/{doc}/reviews"), get("/api/events"), get("/api/events/timeline"),
      get("/api/events/network"), get("/api/events/places"), get("/api/events/{event}"),
      get("/api/cameo"), get("/api/cameo/codes"), get("/api/entities"),
      get("/api/entities/{entity}"), get("/api/quotes"), get("/api/search"), get("/api/stats"),
      get("/api/status"), get("/api/export"), get("/api/reviews"), get("/api/reviews/export"), get("/api/kb"),
      get("/api/rules"), get("/api/openapi.json"), get("/api/{any}"),
      post("/api/documents"), post("/api/analyze"), post("/api/event-mentions/{mention}/split"),
      post("/api/event-mentions/{mention}/review"), post("/api/event-mentions/{mention}/rule"),
      post("/api/documents/{doc}/events"), post("/api/entities/{entity}/review"),
      post("/api/entities/{entity}/rule"));
  private static final List<String> PARAMETERS = List.of("limit", "offset", "from", "to",
      "minConfidence", "q", "actor", "source", "target", "code", "root", "lang", "place",
      "bucket", "by", "edges", "format", "reviewed", "name", "published", "url", "nlp",
      "speaker", "tokens");
  private static final List<String> VALUES = List.of("", " ", "0", "1", "-1", "50", "1000",
      "1001", "2147483647", "2147483648", "-2147483648", "1e3", "0.5", "NaN", "Infinity", "-0",
      "2021-12-15", "2021-02-30", "0000-01-01", "9999-12-31", "2021-12-15T10:00:00Z", "CHN",
      "RUSGOV", "Q7747", "herald:g7", "IGOWSTG7", "04", "042", "0421", "190", "de", "en", "fr",
      "day", "week", "month", "root", "quadClass", "gdelt", "jsonl", "csv", "parquet", "true",
      "false", "Putin", "video call", "\"Xi Jinping\"", "Videoanruf*", "*", "?", "a~", "/[a-z]+/",
      "title:Putin", "(", ")", "AND", "NOT", "%", "%zz", "%C3%28", "/(.*a){40}/", "*:*",
      "title_de:[a TO z]", "\"a b\"~100000", "a~2", "*a", "Q7747 OR Q15031", "\\",
      "https://example.org/a",
      "example.org", "x".repeat(500), "x".repeat(501));
  private static final List<String> FIELDS = List.of("verdict", "code", "source", "target",
      "date", "note", "reviewer", "start", "end", "document", "kbId");
  private static final List<String> FIELD_VALUES = List.of("confirmed", "rejected",
      "corrected", "042", "190", "0421", "999", "CHN", "RUSGOV", "Q7747", "Q15031", "none",
      "2021-12-15", "2021-13-01", "analyst", "", "herald:g7");
  private static final List<String> TYPES = List.of("application/json",
      "text/plain; charset=utf-8", "text/html", "application/octet-stream",
      "application/x-www-form-urlencoded", "");

  @TempDir static Path dir;
  private static Store store;
  private static Javalin app;
  private static Pipeline textPipeline;
  private static final Map<String, List<String>> IDS = new LinkedHashMap<>();

  /**
   * Starts the server on the first input, not in a {@code @BeforeAll}: when fuzzing, Jazzer
   * re-instruments the classes loaded before the first input, and a record with a type annotation
   * ({@code @Nullable}) so retransformed throws NoSuchFieldError on its fields (JDK-8376185);
   * classes first loaded by an input are instrumented as they load.
   */
  private static synchronized void start() {
    if (app != null) {
      return;
    }
    store = Store.embedded(dir.resolve("store"));
    store.put(Articles.germanCall(), null);
    store.put(Articles.englishCall(), null);
    store.put(Articles.g7Condemns(), null);
    textPipeline = Engine.textPipeline(EngineConfig.DEFAULTS);
    app = new ApiServer(store, () -> textPipeline, () -> textPipeline, TOKEN)
        .withRules(new ReviewRules(dir.resolve("data")))
        .create().start(InetAddress.getLoopbackAddress().getHostAddress(), 0);
    IDS.put("doc", ids("SELECT id FROM documents"));
    IDS.put("event", ids("SELECT id FROM events"));
    IDS.put("mention", ids("SELECT id FROM event_mentions"));
    IDS.put("entity", ids("SELECT id FROM entities"));
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.stop();
    }
    if (store != null) {
      store.close();
    }
  }

  @FuzzTest(maxDuration = "2m")
  void anyRequestGetsAnAnswerOrAProblem(FuzzedDataProvider data) throws IOException {
    start();
    String[] route = data.pickValue(ROUTES);
    String method = route[0];
    String path = route[1];
    for (String kind : List.of("doc", "event", "mention", "entity", "any")) {
      if (path.contains("{" + kind + "}")) {
        String id = kind.equals("any") || data.consumeInt(0, 3) == 0
            ? data.consumeString(40) : data.pickValue(IDS.get(kind));
        path = path.replace("{" + kind + "}", segment(id));
      }
    }
    StringBuilder query = new StringBuilder();
    String limit = null; // the first limit given counts; "?" where it was sent raw
    int params = data.consumeInt(0, 4);
    for (int i = 0; i < params; i++) {
      String name = data.pickValue(PARAMETERS);
      String value = data.consumeBoolean() ? data.pickValue(VALUES) : data.consumeString(60);
      boolean raw = data.consumeInt(0, 3) == 0;
      query.append(i == 0 ? '?' : '&').append(name).append('=')
          .append(raw ? rawQuery(value) : URLEncoder.encode(value, StandardCharsets.UTF_8));
      if (name.equals("limit") && limit == null) {
        limit = raw ? "?" : value;
      }
    }
    boolean authorised = data.consumeInt(0, 7) != 0;
    String type = data.pickValue(TYPES);
    byte[] body = method.equals("POST") ? body(data, path) : new byte[0];
    Answer a = send(method, path + query, authorised, type, body);

    String what = method + " " + path + query + (body.length > 0
        ? " <- " + new String(body, StandardCharsets.UTF_8) : "") + " => " + a;
    assertThat(a.status()).as(what).isBetween(200, 499);
    assertThat(a.status() / 100).as(what).isNotEqualTo(3);
    if (a.status() >= 400) {
      assertThat(a.type()).as(what).startsWith("application/problem+json");
      JsonNode p = ContractJson.mapper().readTree(a.body());
      assertThat(p.path("status").asInt()).as(what).isEqualTo(a.status());
      assertThat(p.path("title").asText()).as(what).isNotBlank();
      assertThat(p.path("detail").asText()).as(what).isNotBlank();
      return;
    }
    if (method.equals("POST") && !route[1].contains("{any}")) {
      assertThat(authorised).as("a write without the token was done: " + what).isTrue();
    }
    if (a.type().startsWith("application/json")) {
      JsonNode n = ContractJson.mapper().readTree(a.body());
      assertThat(n).as(what).isNotNull();
      if (n.has("items") && n.has("limit")) {
        Integer asked = limit == null || limit.isBlank() ? Integer.valueOf(50) : parsed(limit);
        if (asked != null) {
          assertThat(n.get("limit").asInt()).as(what).isEqualTo(asked);
          assertThat(n.get("items").size()).as(what).isLessThanOrEqualTo(asked);
        }
        assertThat(n.path("total").asLong()).as(what).isGreaterThanOrEqualTo(0);
      }
    }
  }

  /** A POST body: mostly a JSON object of the review fields, sometimes any bytes. */
  private static byte[] body(FuzzedDataProvider data, String path) {
    if (path.equals("/api/documents") || path.equals("/api/analyze")
        || data.consumeInt(0, 4) == 0) {
      return data.consumeBytes(2000);
    }
    ObjectNode o = ContractJson.mapper().createObjectNode();
    int fields = data.consumeInt(0, 6);
    for (int i = 0; i < fields; i++) {
      String f = data.pickValue(FIELDS);
      switch (data.consumeInt(0, 5)) {
        case 0 -> o.put(f, data.consumeInt());
        case 1 -> o.put(f, data.consumeInt(-5, 2000));
        case 2 -> o.putNull(f);
        case 3 -> o.put(f, data.consumeString(80));
        case 4 -> o.put(f, data.consumeBoolean());
        default -> o.put(f, data.pickValue(FIELD_VALUES));
      }
    }
    return o.toString().getBytes(StandardCharsets.UTF_8);
  }

  record Answer(int status, String type, String body) {
    @Override
    public String toString() {
      return status + " " + type + " " + (body.length() > 300 ? body.substring(0, 300) : body);
    }
  }

  /**
   * One request over a fresh connection, written by hand so that a raw query reaches the
   * server as it is; an answer that takes longer than the deadline fails the input.
   */
  private static Answer send(String method, String target, boolean authorised, String type,
      byte[] body) throws IOException {
    int port = app.port();
    InetAddress loopback = InetAddress.getLoopbackAddress();
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    StringBuilder h = new StringBuilder().append(method).append(' ').append(target)
        .append(" HTTP/1.1\r\nHost: ").append(loopback.getHostAddress()).append(':').append(port)
        .append("\r\nConnection: close\r\n");
    if (authorised) {
      h.append("Authorization: Bearer ").append(TOKEN).append("\r\n");
    }
    if (method.equals("POST")) {
      if (!type.isEmpty()) {
        h.append("Content-Type: ").append(type).append("\r\n");
      }
      h.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.write(h.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
    head.write(body);
    byte[] response;
    try (SilentCloseable allowed = BugDetectors.allowNetworkConnections(
            (host, p) -> p == port && (host.equals(loopback.getHostAddress())
                || host.equals(loopback.getHostName())));
        Socket s = new Socket()) {
      s.connect(new InetSocketAddress(loopback, port), DEADLINE_MS);
      s.setSoTimeout(DEADLINE_MS);
      OutputStream out = s.getOutputStream();
      out.write(head.toByteArray());
      out.flush();
      long t0 = System.nanoTime();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      byte[] buf = new byte[65536];
      int n;
      while ((n = in.read(buf)) >= 0) {
        all.write(buf, 0, n);
        if ((System.nanoTime() - t0) / 1_000_000 > DEADLINE_MS) {
          fail("no whole answer within " + DEADLINE_MS + " ms: " + method + " " + target);
        }
      }
      response = all.toByteArray();
    } catch (SocketTimeoutException e) {
      throw new AssertionError("no answer within " + DEADLINE_MS + " ms: " + method + " "
          + target, e);
    }
    return parse(response, method + " " + target);
  }

  /** Status, media type and body (de-chunked) of an HTTP/1.1 answer. */
  private static Answer parse(byte[] response, String what) {
    String all = new String(response, StandardCharsets.ISO_8859_1);
    int end = all.indexOf("\r\n\r\n");
    assertThat(end).as("an HTTP answer to " + what + ": " + all).isPositive();
    String[] lines = all.substring(0, end).split("\r\n");
    assertThat(lines[0]).as(what).matches("HTTP/1\\.1 \\d{3}.*");
    int status = Integer.parseInt(lines[0].substring(9, 12));
    String type = "";
    boolean chunked = false;
    for (String line : lines) {
      String l = line.toLowerCase(Locale.ROOT);
      if (l.startsWith("content-type:")) {
        type = line.substring(13).strip();
      } else if (l.startsWith("transfer-encoding:") && l.contains("chunked")) {
        chunked = true;
      }
    }
    byte[] body = java.util.Arrays.copyOfRange(response, end + 4, response.length);
    if (chunked) {
      body = dechunk(body);
    }
    return new Answer(status, type, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < b.length) {
      int eol = i;
      while (eol + 1 < b.length && !(b[eol] == '\r' && b[eol + 1] == '\n')) {
        eol++;
      }
      String size = new String(b, i, eol - i, StandardCharsets.ISO_8859_1).split(";")[0].strip();
      int n = Integer.parseInt(size, 16);
      if (n == 0) {
        break;
      }
      out.write(b, eol + 2, n);
      i = eol + 2 + n + 2;
    }
    return out.toByteArray();
  }

  /** A path segment: percent-encoded, so that the route is the one chosen. */
  private static String segment(String id) {
    String s = URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    return s.isEmpty() ? "x" : s;
  }

  /**
   * A query value as sent, without encoding: the characters a query may hold are kept (a
   * stray or bad % escape too), the others percent-encoded, so that the request stays HTTP.
   */
  private static String rawQuery(String value) {
    StringBuilder s = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$'()*+,;:@/?%".indexOf(c) >= 0)) {
        s.append(c);
      } else {
        s.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return s.toString();
  }

  private static @Nullable Integer parsed(String v) {
    try {
      return Integer.valueOf(v.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static List<String> ids(String sql) {
    List<String> out = new ArrayList<>();
    store.query(sql, List.of()).forEach(n -> out.add(n.path("id").asText()));
    assertThat(out).as(sql).isNotEmpty();
    return out;
  }

  private static String[] get(String path) {
    return new String[] {"GET", path};
  }

  private static String[] post(String path) {
    return new String[] {"POST", path};
  }
}
