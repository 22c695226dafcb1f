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
import org.herald.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled samples, and the article this project started from when ../shared is there,
 * ingested twice with the full pipeline: the second run stores nothing; the API finds the
 * Xi-Putin video call with its evidence; every GDELT export line has 61 columns.
 */
class IngestSamplesIT {
  private static final Path SHARED_SAMPLE = Path.of(
      System.getProperty("herald.shared", "../../shared")).resolve("samples/000_7ba96fe7dfb3fead.txt");

  @TempDir Path tmp;

  @Test
  void ingestingTwiceStoresNothingNewAndTheApiFindsTheCall() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    int files = 0;
    for (DemoCommand.Sample s : DemoCommand.samples()) {
      Files.write(in.resolve(s.file()), s.bytes());
      Files.writeString(in.resolve(s.file().replaceFirst("\\.[^.]+$", "") + ".meta.json"),
          "{\"published\": \"" + s.published() + "\"}");
      files++;
    }
    boolean shared = Files.exists(SHARED_SAMPLE);
    if (shared) {
      Files.copy(SHARED_SAMPLE, in.resolve("sample.txt"));
      Files.writeString(in.resolve("sample.meta.json"), "{\"published\": \"2021-12-15\"}");
      files++;
    }
    Path data = tmp.resolve("data");
    Cli.Result first = Cli.run("ingest", "--data", data.toString(), in.toString());
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.out()).contains(files + " documents: " + files + " new, 0 already stored");
    Cli.Result second = Cli.run("ingest", "--data", data.toString(), in.toString());
    assertThat(second.out()).contains(files + " documents: 0 new, " + files + " already stored");

    Cli.Result gdelt = Cli.run("export", "--format", "gdelt", "--data", data.toString());
    List<String> lines = gdelt.out().lines().toList();
    assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));

    if (!shared) {
      return;
    }
    try (Store store = Store.embedded(data)) {
      Javalin app = new ApiServer(store, () -> {
        throw new IllegalStateException("no POST here");
      }, null).create().start("localhost", 0);
      try {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + app.port() + "/api/events?source=CHN&target=RUS"))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode items = ContractJson.mapper().readTree(r.body()).get("items");
        JsonNode call = null;
        for (JsonNode e : items) {
          if (e.get("root").asText().equals("04") && "2021-12-15".equals(
              e.get("event_date").asText()) && e.get("mentions").toString().contains("Video")) {
            call = e;
          }
        }
        assertThat(call).as("the video call among %s", items).isNotNull();
        assertThat(call.get("source").get("name").asText()).contains("Xi");
        assertThat(call.get("mentions").get(0).get("sentence").get("text").asText())
            .isNotBlank();
      } finally {
        app.stop();
      }
    }
  }
}
