package org.herald.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.herald.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While {@code herald serve} runs on an embedded store (in a child process, with a token),
 * {@code export}, {@code ingest}, {@code reanalyze}, {@code split} and {@code analyze} work
 * through it and say so; once it stops, they open the store directly again.
 */
class ServeOwnsStoreIT {
  @TempDir Path tmp;

  @Test
  void theCommandLineWorksThroughARunningServer() throws Exception {
    List<DemoCommand.Sample> samples = DemoCommand.samples();
    Path first = tmp.resolve("first");
    Path more = tmp.resolve("more");
    Files.createDirectories(first);
    Files.createDirectories(more);
    Files.write(first.resolve(samples.get(0).file()), samples.get(0).bytes());
    for (DemoCommand.Sample s : samples.subList(1, 3)) {
      Files.write(more.resolve(s.file()), s.bytes());
    }
    Path data = tmp.resolve("data");
    Cli.Result ingest = Cli.run("ingest", "--published", samples.get(0).published(), "--data",
        data.toString(), first.toString());
    assertThat(ingest.status()).as(ingest.err()).isZero();

    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx4g", "-Xss4m", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0",
        "--data", data.toString()).redirectErrorStream(true);
    pb.environment().put("HERALD_TOKEN", "test-token-4711");
    Process server = pb.start();
    try {
      BufferedReader r = new BufferedReader(
          new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String line = r.readLine();
      assertThat(line).startsWith("Herald is serving");
      assertThat(data.resolve(ServerLock.FILE)).exists();

      Cli.Result export = Cli.run("export", "--format", "gdelt", "--data", data.toString());
      assertThat(export.status()).as(export.err()).isZero();
      String[] rows = export.out().split("\n");
      assertThat(rows.length).isPositive();
      assertThat(rows[0].split("\t", -1)).hasSize(61);
      assertThat(export.err()).contains(rows.length + " events exported through the running"
          + " Herald server (process " + server.pid());

      Cli.Result add = Cli.run("ingest", "--no-nlp", "--data", data.toString(), more.toString());
      assertThat(add.status()).as(add.err()).isZero();
      assertThat(add.out()).contains("Ingesting 2 inputs through the running Herald server",
          "2 documents: 2 new, 0 already stored, 0 failed");
      Cli.Result again = Cli.run("ingest", "--no-nlp", "--data", data.toString(),
          more.toString());
      assertThat(again.out()).contains("2 documents: 0 new, 2 already stored, 0 failed");

      Cli.Result reanalyze = Cli.run("reanalyze", "--data", data.toString());
      assertThat(reanalyze.status()).as(reanalyze.err()).isZero();
      assertThat(reanalyze.out()).contains("Re-analysing through the running Herald server",
          "2 documents were analysed by another version", "2 re-analysed, 0 failed");

      Path page = first.resolve(samples.get(0).file());
      Cli.Result remote = Cli.run("analyze", "--published", samples.get(0).published(),
          "--data", data.toString(), page.toString());
      assertThat(remote.status()).as(remote.err()).isZero();
      assertThat(remote.err()).contains("analysing through the running Herald server (process "
          + server.pid());
      Cli.Result local = Cli.run("analyze", "--local", "--published",
          samples.get(0).published(), "--data", data.toString(), page.toString());
      assertThat(local.err()).doesNotContain("through");
      assertThat(remote.out()).as("the server's pipeline is this one's")
          .isEqualTo(local.out()).contains("\"events\":[{");
      Cli.Result bad = Cli.run("analyze", "--data", data.toString(), page.toString(),
          tmp.resolve("missing.html").toString());
      assertThat(bad.status()).isEqualTo(1);
      assertThat(bad.out().lines()).hasSize(1);
      assertThat(bad.err()).contains("missing.html");

      Cli.Result split = Cli.run("split", "--data", data.toString(), "no-such-doc:1");
      assertThat(split.status()).isNotZero();
      assertThat(split.err()).contains("no event mention no-such-doc:1");
    } finally {
      server.destroy();
      assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(data.resolve(ServerLock.FILE)).as("removed when the server stops")
        .doesNotExist();
    Cli.Result direct = Cli.run("export", "--format", "jsonl", "--data", data.toString());
    assertThat(direct.status()).as(direct.err()).isZero();
    assertThat(direct.err()).doesNotContain("through");
    try (Store store = Store.embedded(data)) {
      assertThat(store.count("SELECT count(*) FROM documents", List.of())).isEqualTo(3);
      assertThat(store.count("SELECT count(DISTINCT doc_id) FROM mentions", List.of()))
          .as("all three analysed").isEqualTo(3);
    }
  }
}
