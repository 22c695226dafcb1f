package org.herald.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.herald.core.ContractJson;
import org.herald.core.Pipeline;
import org.herald.engine.Engine;
import org.herald.engine.EngineConfig;
import org.herald.store.Articles;
import org.herald.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the REST API answers, whichever database holds the store. The store is filled with
 * hand-tagged articles; POST runs the text-only pipeline, so no model loads.
 */
abstract class ApiContract {
  static final String TOKEN = "s3cret";
  private static Pipeline textPipeline;

  @TempDir Path dir;
  Store store;
  Javalin app;
  final HttpClient http = HttpClient.newHttpClient();

  abstract Store open(Path dir) throws Exception;

  @BeforeEach
  void start() throws Exception {
    store = open(dir);
    store.put(Articles.germanCall(), null);
    store.put(Articles.englishCall(), null);
    store.put(Articles.g7Condemns(), null);
    app = new ApiServer(store, ApiContract::textPipeline, TOKEN).create().start("localhost", 0);
  }

  private static synchronized Pipeline textPipeline() {
    if (textPipeline == null) {
      textPipeline = Engine.textPipeline(EngineConfig.DEFAULTS);
    }
    return textPipeline;
  }

  @AfterEach
  void stop() {
    app.stop();
    store.close();
  }

  record Answer(int status, String type, String body) {
    JsonNode json() throws Exception {
      return ContractJson.mapper().readTree(body);
    }
  }

  Answer get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  Answer send(HttpRequest r) throws Exception {
    HttpResponse<String> res = http.send(r, HttpResponse.BodyHandlers.ofString());
    return new Answer(res.statusCode(), res.headers().firstValue("Content-Type").orElse(""),
        res.body());
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + app.port() + path);
  }

  @Test
  void theVideoCallIsOneEventWithItsEvidence() throws Exception {
    Answer a = get("/api/events?source=CHN&target=RUS");
    assertThat(a.status()).isEqualTo(200);
    JsonNode page = a.json();
    assertThat(page.get("total").asInt()).isEqualTo(1);
    JsonNode e = page.get("items").get(0);
    assertThat(e.get("root").asText()).isEqualTo("04");
    assertThat(e.get("num_articles").asInt()).isEqualTo(2);
    assertThat(e.get("mentions").findValues("text")).extracting(JsonNode::asText)
        .anySatisfy(t -> assertThat(t).contains("hielten am Mittwoch einen Videoanruf ab"));
    Answer one = get("/api/events/" + e.get("id").asText());
    assertThat(one.json().get("mentions")).hasSize(2);
    assertThat(get("/api/events?source=CHN&target=RUS&minConfidence=0.2").json().get("total")
        .asInt()).as("a report Herald stands behind").isEqualTo(1);
  }

  @Test
  void badParametersAreFourHundredsInJson() throws Exception {
    for (String q : List.of("/api/events?root=4", "/api/events?from=2021-02-30",
        "/api/events?to=yesterday", "/api/events?limit=0", "/api/events?limit=x",
        "/api/events?offset=-1", "/api/events?code=abc", "/api/events?source=%3Bdrop",
        "/api/documents?lang=German", "/api/documents?from=2021", "/api/search",
        "/api/export?format=xml", "/api/events?q=" + "x".repeat(501),
        "/api/events?minConfidence=2", "/api/events?minConfidence=high",
        "/api/export?minConfidence=-0.1")) {
      Answer a = get(q);
      assertThat(a.status()).as(q).isEqualTo(400);
      assertThat(a.type()).as(q).startsWith("application/problem+json");
      JsonNode p = a.json();
      assertThat(p.get("status").asInt()).isEqualTo(400);
      assertThat(p.get("title").asText()).isEqualTo("Bad Request");
      assertThat(p.get("detail").asText()).isNotBlank();
    }
    for (String[] q : new String[][] {{"/api/quotes?from=2021-13-01", "from"},
        {"/api/quotes?to=soon", "to"}, {"/api/quotes?limit=0", "limit"},
        {"/api/quotes?limit=1001", "limit"}, {"/api/quotes?offset=x", "offset"},
        {"/api/quotes?q=" + "x".repeat(501), "q"},
        {"/api/quotes?speaker=" + "Q".repeat(501), "speaker"}}) {
      Answer a = get(q[0]);
      assertThat(a.status()).as(q[0]).isEqualTo(400);
      assertThat(a.type()).as(q[0]).startsWith("application/problem+json");
      assertThat(a.json().get("detail").asText()).as(q[0]).startsWith(q[1] + " ");
    }
    Answer missing = get("/api/documents/nope");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("detail").asText()).isEqualTo("no document nope");
    assertThat(get("/api/nothing").status()).isEqualTo(404);
    assertThat(send(HttpRequest.newBuilder(uri("/api/stats"))
        .DELETE().build()).status()).isEqualTo(405);
  }

  @Test
  void everyDocumentedPathAnswers() throws Exception {
    JsonNode spec = get("/api/openapi.json").json();
    assertThat(spec.get("openapi").asText()).startsWith("3.");
    Map<String, String> example = Map.of("{id}", "x");
    Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields();
    int n = 0;
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> p = paths.next();
      if (!p.getValue().has("get")) {
        continue;
      }
      String path = p.getKey().replace("{id}", example.get("{id}"));
      if (path.equals("/api/search") || path.equals("/api/kb")) {
        path += "?q=Putin";
      }
      Answer a = get(path);
      n++;
      assertThat(a.status()).as(path).isIn(200, 404);
      if (a.status() == 404) {
        assertThat(a.json().get("detail").asText()).as(path).doesNotStartWith("no such resource");
      }
    }
    assertThat(n).isGreaterThanOrEqualTo(9);
  }

  @Test
  void documentsEntitiesSearchAndStats() throws Exception {
    JsonNode docs = get("/api/documents?lang=de").json();
    assertThat(docs.get("total").asInt()).isEqualTo(2);
    String id = Articles.germanCall().id();
    JsonNode doc = get("/api/documents/" + id).json();
    assertThat(doc.get("id").asText()).isEqualTo(id);
    assertThat(doc.get("events")).hasSize(2);
    assertThat(get("/api/documents?q=" + enc("Videoanruf") + "&from=2021-12-14").json()
        .get("items").get(0).get("snippet").asText()).contains("<b>Videoanruf</b>");
    JsonNode putin = get("/api/entities/Q7747").json();
    assertThat(putin.get("months").get(0).get("mentions").asInt()).isEqualTo(3);
    assertThat(get("/api/entities?q=xi").json().get("total").asInt()).isEqualTo(1);
    assertThat(get("/api/search?q=" + enc("video call")).json().get("total").asInt())
        .isEqualTo(1);
    JsonNode stats = get("/api/stats").json();
    assertThat(stats.get("documents").asInt()).isEqualTo(3);
    assertThat(stats.get("events").asInt()).isEqualTo(3);
  }

  @Test
  void quotesAreListedBySpeakerWordsAndDayAPageAtATime() throws Exception {
    store.put(Articles.pressConference(), null);
    JsonNode first = get("/api/quotes?speaker=Q7747&limit=2").json();
    assertThat(first.get("total").asInt()).isEqualTo(3);
    assertThat(first.get("limit").asInt()).isEqualTo(2);
    assertThat(first.get("offset").asInt()).isZero();
    assertThat(first.get("items").findValuesAsText("quote_text")).containsExactly(
        "Gas prices rose by 50% this year", "the file gas_2021 was complete");
    JsonNode indirect = first.get("items").get(1);
    assertThat(indirect.get("title").asText()).isEqualTo("Putin on gas prices");
    assertThat(indirect.get("published").asText()).isEqualTo("2021-12-17");
    assertThat(indirect.get("url").asText()).isEqualTo("https://news.example.com/world/putin-gas");
    assertThat(indirect.get("direct").asBoolean()).isFalse();
    assertThat(indirect.get("speaker_entity").asText()).isEqualTo("Q7747");
    assertThat(indirect.get("speaker_name").asText()).isEqualTo("Putin");
    assertThat(indirect.get("via").asText()).isEqualTo("Interfax");
    assertThat(get("/api/quotes?speaker=Q7747&limit=2&offset=2").json().get("items")
        .findValuesAsText("quote_text")).containsExactly("Wir sind enge Partner");
    assertThat(get("/api/quotes?q=" + enc("50%")).json().get("total").asInt()).isEqualTo(1);
    assertThat(get("/api/quotes?q=_").json().get("items").findValuesAsText("quote_text"))
        .containsExactly("the file gas_2021 was complete");
    assertThat(get("/api/quotes?from=2021-12-16&to=2021-12-17").json().get("total").asInt())
        .isEqualTo(3);
    assertThat(get("/api/quotes?to=2021-12-15").json().get("items").findValuesAsText("doc_id"))
        .containsExactly(Articles.germanCall().id());
    assertThat(get("/api/entities/Q7747").json().get("quotes")).hasSize(3);
  }

  @Test
  void learnedPeopleAreListed() throws Exception {
    assertThat(get("/api/learned").json()).isEmpty();
    store.put(Articles.describes("2019-05-10", "USAGOV", "Zölle"), null);
    JsonNode learned = get("/api/learned").json();
    assertThat(learned).hasSize(1);
    assertThat(learned.get(0).get("name").asText()).isEqualTo("Robert Lighthizer");
    assertThat(learned.get(0).get("actor").asText()).isEqualTo("USAGOV");
    assertThat(learned.get(0).get("documents").asInt()).isEqualTo(1);
  }

  @Test
  void exportsGdeltRowsOfSixtyOneColumns() throws Exception {
    Answer a = get("/api/export?format=gdelt");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body().lines().toList()).hasSize(3)
        .allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));
    assertThat(get("/api/export?format=csv").body().lines()).hasSize(4);
    HttpResponse<byte[]> parquet = http.send(HttpRequest.newBuilder(
        uri("/api/export?format=parquet")).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(new String(parquet.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
  }

  @Test
  void postingNeedsTheTokenAndStoresOnce() throws Exception {
    String text = "Berlin. Die Bundesregierung hat am Dienstag neue Hilfen für die Ukraine"
        + " beschlossen. Das Kabinett billigte das Paket einstimmig.";
    HttpRequest.Builder post = HttpRequest.newBuilder(uri("/api/documents?published=2022-03-01"))
        .header("Content-Type", "text/plain; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(text));
    Answer refused = send(post.build());
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.json().get("detail").asText()).contains("HERALD_TOKEN");
    assertThat(send(post.copy().header("Authorization", "Bearer wrong").build()).status())
        .isEqualTo(401);
    Answer created = send(post.copy().header("Authorization", "Bearer " + TOKEN).build());
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("published").asText()).isEqualTo("2022-03-01");
    Answer again = send(post.copy().header("Authorization", "Bearer " + TOKEN).build());
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("id")).isEqualTo(created.json().get("id"));
    assertThat(get("/api/stats").json().get("documents").asInt()).isEqualTo(4);
    Answer empty = send(HttpRequest.newBuilder(uri("/api/documents"))
        .header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.noBody()).build());
    assertThat(empty.status()).isEqualTo(400);
  }

  @Test
  void analysingNeedsTheTokenAndStoresNothing() throws Exception {
    String text = "Wien. Die Regierung hat am Mittwoch ein neues Gesetz beschlossen.";
    int before = get("/api/stats").json().get("documents").asInt();
    HttpRequest.Builder post = HttpRequest.newBuilder(
        uri("/api/analyze?published=2023-05-10&name=wien.txt"))
        .header("Content-Type", "text/plain; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(text));
    assertThat(send(post.build()).status()).isEqualTo(401);
    Answer done = send(post.copy().header("Authorization", "Bearer " + TOKEN).build());
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.json().get("published").asText()).isEqualTo("2023-05-10");
    assertThat(done.json().get("text").asText()).contains("neues Gesetz");
    assertThat(get("/api/documents/" + done.json().get("id").asText()).status())
        .as("not stored").isEqualTo(404);
    assertThat(get("/api/stats").json().get("documents").asInt()).isEqualTo(before);
    Answer bad = send(HttpRequest.newBuilder(uri("/api/analyze?minConfidence=2"))
        .header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString(text)).build());
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("detail").asText()).contains("minConfidence");
  }

  @Test
  void aMergeCanBeUndoneOverTheApi() throws Exception {
    String mention = Articles.englishCall().id() + ":0";
    HttpRequest.Builder split = HttpRequest.newBuilder(
        uri("/api/event-mentions/" + mention + "/split")).POST(HttpRequest.BodyPublishers.noBody());
    assertThat(send(split.build()).status()).isEqualTo(401);
    Answer done = send(split.copy().header("Authorization", "Bearer " + TOKEN).build());
    assertThat(done.status()).isEqualTo(201);
    assertThat(done.json().get("num_mentions").asInt()).isEqualTo(1);
    assertThat(get("/api/events?source=CHN&target=RUS").json().get("total").asInt())
        .isEqualTo(2);
  }

  /**
   * An answer asked again is the same until the store is written to, and every write shows in
   * the next answer: on the embedded store the answers are kept (issue 23), on PostgreSQL, which
   * other processes write, never.
   */
  @Test
  void answersFollowEveryWrite() throws Exception {
    JsonNode cache = get("/api/status").json().get("answerCache");
    assertThat(cache.get("on").asBoolean()).isEqualTo(store.seesEveryWrite());
    List<String> paths = List.of("/api/stats", "/api/documents?limit=50",
        "/api/search?q=Treffen", "/api/events?limit=50", "/api/entities?q=berta",
        "/api/events/timeline?bucket=day", "/api/events?source=CHN&target=RUS");
    Map<String, String> first = new java.util.HashMap<>();
    for (String p : paths) {
      Answer a = get(p);
      assertThat(a.status()).as(p).isEqualTo(200);
      assertThat(get(p).body()).as(p + " asked again").isEqualTo(a.body());
      first.put(p, a.body());
    }
    long hits = get("/api/status").json().get("answerCache").get("hits").asLong();
    assertThat(hits).as("answers served from the cache")
        .isEqualTo(store.seesEveryWrite() ? paths.size() : 0);

    Answer text = send(HttpRequest.newBuilder(uri("/api/documents?nlp=false"
        + "&published=2021-12-20")).header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "text/plain; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString("Ein Treffen der Vereine fand statt."))
        .build());
    assertThat(text.status()).isEqualTo(201);
    assertThat(get("/api/stats").json().get("documents").asInt()).isEqualTo(4);
    assertThat(get("/api/documents?limit=50").json().get("total").asInt()).isEqualTo(4);
    assertThat(get("/api/search?q=Treffen").body()).contains(text.json().get("id").asText());
    for (String p : paths.subList(3, paths.size())) {
      assertThat(get(p).body()).as(p + " after a document of text alone").isEqualTo(first.get(p));
    }

    store.put(Articles.meeting(1), null);
    assertThat(get("/api/events?limit=50").json().get("total").asInt()).isEqualTo(
        ContractJson.mapper().readTree(first.get("/api/events?limit=50")).get("total").asInt()
            + 1);
    assertThat(get("/api/entities?q=berta").body()).contains("Berta1");
    assertThat(get("/api/events/timeline?bucket=day").body())
        .isNotEqualTo(first.get("/api/events/timeline?bucket=day"));
    assertThat(get("/api/stats").json().get("documents").asInt()).isEqualTo(5);

    String mention = Articles.englishCall().id() + ":0";
    assertThat(send(HttpRequest.newBuilder(uri("/api/event-mentions/" + mention + "/split"))
        .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.noBody())
        .build()).status()).isEqualTo(201);
    assertThat(get("/api/events?source=CHN&target=RUS").json().get("total").asInt())
        .as("after a split").isEqualTo(2);
  }

  private Answer post(String path, String body, boolean token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token) {
      b.header("Authorization", "Bearer " + TOKEN);
    }
    return send(b.build());
  }

  @Test
  void reviewsNeedTheTokenAKnownReportAndAGoodBodyAndChangeNothingOtherwise() throws Exception {
    String g = Articles.germanCall().id();
    String before = get("/api/documents/" + g + "/reviews").body();
    String events = get("/api/events?limit=100").body();
    assertThat(post("/api/event-mentions/" + g + ":0/review", "{\"verdict\": \"confirmed\"}",
        false).status()).isEqualTo(401);
    Answer unknown = post("/api/event-mentions/" + g + ":99/review",
        "{\"verdict\": \"confirmed\"}", true);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("detail").asText()).isEqualTo("no event mention " + g + ":99");
    for (String[] bad : new String[][] {
        {"{\"verdict\": ", "the body is not JSON"},
        {"[1, 2]", "the body must be a JSON object"},
        {"{}", "verdict is required"},
        {"{\"verdict\": \"maybe\"}", "verdict must be confirmed, rejected or corrected"},
        {"{\"verdict\": \"corrected\"}", "a correction gives at least one of"},
        {"{\"verdict\": \"corrected\", \"code\": \"999\"}", "'999' is not a CAMEO"},
        {"{\"verdict\": \"corrected\", \"source\": \"nobody\"}", "is neither an entity id"},
        {"{\"verdict\": \"corrected\", \"date\": \"2021-13-45\"}", "date must be YYYY-MM-DD"},
        {"{\"verdict\": \"rejected\", \"code\": \"042\"}", "only a correction gives"},
        {"{\"verdict\": \"confirmed\", \"color\": \"red\"}", "unknown field 'color'"}}) {
      Answer a = post("/api/event-mentions/" + g + ":0/review", bad[0], true);
      assertThat(a.status()).as(bad[0]).isEqualTo(400);
      assertThat(a.json().get("detail").asText()).as(bad[0]).contains(bad[1]);
    }
    assertThat(post("/api/documents/nope/events", "{}", true).status()).isEqualTo(404);
    assertThat(post("/api/documents/" + g + "/events", "{\"start\": 0, \"end\": 5}", true)
        .json().get("detail").asText()).isEqualTo("code is required");
    assertThat(post("/api/entities/Q7747/review", "{\"document\": \"nope\", \"verdict\":"
        + " \"confirmed\"}", true).status()).isEqualTo(404);
    assertThat(post("/api/entities/Q7747/review", "{\"document\": \"" + g + "\", \"verdict\":"
        + " \"corrected\", \"kbId\": \"Q0\"}", true).json().get("detail").asText())
        .contains("'Q0' is not in the knowledge base");
    assertThat(get("/api/documents/" + g + "/reviews").body()).isEqualTo(before);
    assertThat(get("/api/events?limit=100").body()).isEqualTo(events);

    Answer ok = post("/api/event-mentions/" + g + ":1/review", "{\"verdict\": \"rejected\","
        + " \"note\": \"one call\", \"reviewer\": \"ana\"}", true);
    assertThat(ok.status()).isEqualTo(201);
    assertThat(ok.json().get("verdict").asText()).isEqualTo("rejected");
    assertThat(ok.json().get("reviewer").asText()).isEqualTo("ana");
    Answer fixed = post("/api/event-mentions/" + g + ":0/review", "{\"verdict\": \"corrected\","
        + " \"code\": \"036\", \"target\": \"Q7747\"}", true);
    assertThat(fixed.status()).isEqualTo(201);
    int at = Articles.germanCall().text().indexOf("sagte");
    Answer added = post("/api/documents/" + g + "/events", "{\"start\": " + at + ", \"end\": "
        + (at + 5) + ", \"code\": \"010\", \"source\": \"Q7747\", \"date\": \"2021-12-15\"}",
        true);
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    Answer link = post("/api/entities/Q15031/review", "{\"document\": \"" + g + "\","
        + " \"verdict\": \"confirmed\"}", true);
    assertThat(link.status()).isEqualTo(201);

    JsonNode mine = get("/api/documents/" + g + "/reviews").json();
    assertThat(mine.get("reports").findValuesAsText("review"))
        .containsExactly("corrected", "rejected", "added");
    assertThat(mine.get("history")).hasSize(4);
    JsonNode figures = get("/api/reviews").json();
    assertThat(figures.get("rejected").asInt()).isEqualTo(1);
    assertThat(get("/api/events?reviewed=true").json().get("total").asInt()).isEqualTo(2);
    String gdelt = get("/api/export?format=gdelt&reviewed=true").body();
    assertThat(gdelt.split("\n")).hasSize(2);
    assertThat(gdelt).contains("\t036\t");
    String gold = get("/api/reviews/export").body();
    assertThat(gold.split("\n")).hasSize(1);
    assertThat(ContractJson.mapper().readTree(gold).get("events").findValuesAsText("code"))
        .containsExactly("036", "010");
    assertThat(get("/api/cameo/codes").json().size()).isGreaterThan(200);
  }

  @Test
  void aServerWithItsWritesOffRefusesEveryWriteAndStillAnswersReads() throws Exception {
    Javalin open = new ApiServer(store, ApiContract::textPipeline, null)
        .writesOff("writes are off: no token").create().start("localhost", 0);
    try {
      HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
          + open.port() + "/api/event-mentions/" + Articles.germanCall().id() + ":0/review"))
          .POST(HttpRequest.BodyPublishers.ofString("{\"verdict\": \"confirmed\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(post.statusCode()).isEqualTo(403);
      assertThat(post.body()).contains("writes are off");
      HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
          + open.port() + "/api/stats")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(read.statusCode()).isEqualTo(200);
    } finally {
      open.stop();
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
