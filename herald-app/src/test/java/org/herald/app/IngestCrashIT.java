package org.herald.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.store.Queries;
import org.herald.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 during an ingest of 1,000 files, run it again: nothing is lost, nothing is stored
 * twice, and the text index holds every document. Runs the text-only pipeline (no models), in
 * a child JVM that is killed with SIGKILL once it has stored 150 documents.
 */
class IngestCrashIT {
  private static final String[] PLACES = {"Berlin", "Paris", "Warschau", "Rom", "Madrid"};
  private static final String[] TOPICS = {"Handel", "Energie", "Verteidigung", "Klima", "Migration"};

  @TempDir Path tmp;

  @Test
  void aKilledIngestLosesAndDuplicatesNothing() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    for (int i = 0; i < 1000; i++) {
      String place = PLACES[i % PLACES.length];
      String topic = TOPICS[(i / 5) % TOPICS.length];
      Files.writeString(in.resolve(String.format("a%04d.txt", i)), place.toUpperCase()
          + " - Die Regierung hat am Dienstag Gespräche über " + topic + " geführt, die"
          + " Meldung Nummer " + i + " dieser Reihe. Die Minister wollen sich im kommenden Monat"
          + " erneut treffen, teilte ein Sprecher in " + place + " mit.\n",
          StandardCharsets.UTF_8);
    }
    Path data = tmp.resolve("data");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "ingest", "--no-nlp", "--verbose", "--data", data.toString(),
        in.toString()).redirectErrorStream(true).start();
    int stored = 0;
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (stored < 150 && (line = r.readLine()) != null) {
        if (line.startsWith("stored ")) {
          stored++;
        }
      }
      child.destroyForcibly();
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(stored).as("documents stored before the kill").isEqualTo(150);
    assertThat(child.exitValue()).as("killed, not finished").isEqualTo(137);

    Cli.Result again = Cli.run("ingest", "--no-nlp", "--data", data.toString(), in.toString());
    assertThat(again.status()).as(again.err()).isZero();
    Matcher m = Pattern.compile("1000 documents: (\\d+) new, (\\d+) already stored, 0 failed")
        .matcher(again.out());
    assertThat(m.find()).as(again.out()).isTrue();
    int added = Integer.parseInt(m.group(1));
    int skipped = Integer.parseInt(m.group(2));
    assertThat(added + skipped).isEqualTo(1000);
    assertThat(skipped).isGreaterThanOrEqualTo(150);

    try (Store store = Store.embedded(data)) {
      assertThat(store.count("SELECT count(*) FROM documents", List.of())).isEqualTo(1000);
      assertThat(store.count("SELECT count(DISTINCT source_name) FROM documents", List.of()))
          .isEqualTo(1000);
      assertThat(new Queries(store).stats().get("indexed").asInt()).isEqualTo(1000);
      assertThat(new Queries(store).search("\"Meldung Nummer 999\"", 5).get("total").asInt())
          .isEqualTo(1);
    }
    Cli.Result third = Cli.run("ingest", "--no-nlp", "--data", data.toString(), in.toString());
    assertThat(third.out()).contains("1000 documents: 0 new, 1000 already stored, 0 failed");
  }
}
