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
import java.util.List;
import org.herald.core.ContractJson;
import org.herald.engine.Engine;
import org.herald.engine.EngineConfig;
import org.herald.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rejected report becomes, with one request, a verb pattern in the data directory that the
 * next analysis applies: {@code reanalyze} finds the article stale, and the report is gone
 * while the other reviews stay on their reports. A corrected link becomes a name.
 */
class ReviewRulesIT {
  @TempDir Path tmp;

  private static JsonNode send(HttpRequest.Builder r) throws Exception {
    HttpResponse<String> res = HttpClient.newHttpClient().send(r.build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(res.statusCode()).as(res.body()).isBetween(200, 201);
    return ContractJson.mapper().readTree(res.body());
  }

  private static HttpRequest.Builder post(String base, String path, String body) {
    return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type",
        "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
  }

  @Test
  void aRejectionBecomesAPatternThatTheNextAnalysisApplies() throws Exception {
    DemoCommand.Sample sample = DemoCommand.samples().stream()
        .filter(x -> x.file().equals("en-macron-moscow.html")).findFirst().orElseThrow();
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.write(in.resolve(sample.file()), sample.bytes());
    Path data = tmp.resolve("data");
    Cli.Result ingest = Cli.run("ingest", "--published", sample.published(), "--data",
        data.toString(), in.toString());
    assertThat(ingest.status()).as(ingest.err()).isZero();
    String seeking;
    String held;
    try (Store store = Store.embedded(data)) {
      String doc = store.query("SELECT id FROM documents", List.of()).get(0).get("id").asText();
      seeking = store.query("SELECT id FROM event_mentions WHERE trigger_text LIKE 'seeking%'",
          List.of()).get(0).get("id").asText();
      held = store.query("SELECT id FROM event_mentions WHERE code = '046'", List.of()).get(0)
          .get("id").asText();
      Javalin app = new ApiServer(store, () -> Engine.pipeline(EngineConfig.DEFAULTS), null)
          .withRules(new ReviewRules(data)).create().start("localhost", 0);
      String base = "http://localhost:" + app.port();
      try {
        send(post(base, "/api/event-mentions/" + held + "/review", "{\"verdict\": \"confirmed\"}"));
        send(post(base, "/api/event-mentions/" + seeking + "/review",
            "{\"verdict\": \"rejected\", \"reviewer\": \"ana\"}"));
        JsonNode rule = send(post(base, "/api/event-mentions/" + seeking + "/rule", "{}"));
        assertThat(rule.get("file").asText()).isEqualTo("rules/patterns.tsv");
        assertThat(rule.get("line").asText()).isEqualTo("en\tseek\t---\t\tdefuse");
        assertThat(rule.get("origin").asText()).contains("rejected by ana", "of 'seeking'");

        JsonNode moscow = store.query("SELECT entity_id FROM mentions WHERE lower(mention_text)"
            + " = 'moscow' AND doc_id = ? ORDER BY start_off", List.of(doc)).get(0);
        String key = moscow.get("entity_id").asText();
        send(post(base, "/api/entities/" + key + "/review", "{\"document\": \"" + doc
            + "\", \"verdict\": \"corrected\", \"kbId\": \"geonames:524901\"}"));
        JsonNode name = send(post(base, "/api/entities/" + key + "/rule", "{\"document\": \""
            + doc + "\"}"));
        assertThat(name.get("file").asText()).isEqualTo("rules/names.tsv");
        assertThat(name.get("line").asText()).startsWith("geonames:524901\tLOCATION\tMoscow");
        assertThat(name.get("line").asText()).containsIgnoringCase("\tmoscow\t");
        JsonNode listed = send(HttpRequest.newBuilder(URI.create(base + "/api/rules")).GET());
        assertThat(listed).hasSize(2);
        assertThat(listed.findValuesAsText("origin")).allMatch(o -> o.startsWith("from review"));
      } finally {
        app.stop();
      }
    }
    assertThat(Files.readString(data.resolve("rules/patterns.tsv"))).contains("# from review",
        "en\tseek\t---\t\tdefuse");

    Cli.Result again = Cli.run("reanalyze", "--data", data.toString());
    assertThat(again.status()).as(again.err()).isZero();
    assertThat(again.out()).contains("1 documents were analysed by another version",
        "1 re-analysed, 0 failed", "1 reviews match no report now",
        "(rejected by ana) of 'seeking");
    try (Store store = Store.embedded(data)) {
      assertThat(store.count("SELECT count(*) FROM event_mentions WHERE trigger_text LIKE"
          + " 'seeking%'", List.of())).as("the pattern stops the report").isZero();
      assertThat(store.count("SELECT count(*) FROM event_mentions WHERE code = '046' AND"
          + " review = 'confirmed'", List.of())).as("the other review stays").isEqualTo(1);
    }
  }
}
