package org.herald.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.herald.core.ContractJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code herald analyze} end to end with the real models, as the contract describes it. */
class AnalyzeIT {
  @Test
  void badFilesGetOneLineEachAndTheOthersAreStillAnalysed(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path binary = Files.write(dir.resolve("image.html"), new byte[] {(byte) 0xFF, (byte) 0xD8,
        (byte) 0xFF, 0, 1, 2});
    Path french = Files.writeString(dir.resolve("french.txt"), "Le président français a"
        + " rencontré hier le chancelier allemand à Paris pour parler de la guerre en Ukraine.");
    Path good = Files.writeString(dir.resolve("gut.txt"), "Bundeskanzler Olaf Scholz traf am"
        + " Montag in Washington US-Präsident Joe Biden.");
    Path missing = dir.resolve("missing.txt");
    Cli.Result r = Cli.run("analyze", empty.toString(), binary.toString(), french.toString(),
        good.toString(), missing.toString());
    assertThat(r.status()).isEqualTo(1);
    String[] errors = r.err().strip().split("\n");
    assertThat(errors).hasSize(4);
    assertThat(errors[0]).isEqualTo("herald: " + empty + ": the file is empty");
    assertThat(errors[1]).isEqualTo("herald: " + binary + ": not text but a JPEG image");
    assertThat(errors[2]).startsWith("herald: " + french + ": the text is in French (fr)");
    assertThat(errors[3]).isEqualTo("herald: " + missing + ": no such file");
    String[] lines = r.out().strip().split("\n");
    assertThat(lines).hasSize(1);
    JsonNode doc = ContractJson.mapper().readTree(lines[0]);
    assertThat(doc.get("language").asText()).isEqualTo("de");
    assertThat(doc.get("entities").toString()).contains("Olaf Scholz", "Joe Biden", "\"USA\"");
  }

  @Test
  void aGzipBombIsReadOnlyToTheLimitAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
    // 40 gzip members of 64 MiB of zeros each: 2.5 GiB inflated from about 2.6 MB, more than a
    // Java array holds; the whole of it read into memory ended the batch with an
    // OutOfMemoryError.
    java.io.ByteArrayOutputStream member = new java.io.ByteArrayOutputStream();
    try (var z = new java.util.zip.GZIPOutputStream(member)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        z.write(zeros);
      }
    }
    Path bomb = dir.resolve("bomb.html.gz");
    try (var out = Files.newOutputStream(bomb)) {
      for (int i = 0; i < 40; i++) {
        out.write(member.toByteArray());
      }
    }
    Path good = Files.writeString(dir.resolve("gut.txt"), "Bundeskanzler Olaf Scholz traf am"
        + " Montag in Washington US-Präsident Joe Biden.");
    Cli.Result r = Cli.run("analyze", bomb.toString(), good.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("herald: " + bomb + ": not text")
        .doesNotContain("OutOfMemory");
    assertThat(r.out().strip().split("\n")).hasSize(1);
    assertThat(r.out()).contains("Olaf Scholz");
  }

  @Test
  void readsStandardInputAndSidecarMetadata(@TempDir Path dir) throws Exception {
    Path article = Files.writeString(dir.resolve("a.txt"), "The NATO summit in Madrid ended"
        + " on Thursday, Reuters reported.");
    Files.writeString(dir.resolve("a.meta.json"),
        "{\"published\": \"2022-06-30\", \"url\": \"https://example.org/a\"}");
    Cli.Result r = Cli.run("analyze", article.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).as(r.err()).isNotBlank();
    JsonNode doc = ContractJson.mapper().readTree(r.out());
    assertThat(doc.get("published").asText()).isEqualTo("2022-06-30");
    assertThat(doc.get("url").asText()).isEqualTo("https://example.org/a");
    assertThat(doc.get("language").asText()).isEqualTo("en");
  }

  @Test
  void aGzippedPageTakesTheSidecarOfItsName(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("b.html.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(page))) {
      out.write("<html><body><p>The NATO summit in Madrid ended on Thursday.</p></body></html>"
          .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("b.meta.json"), "{\"published\": \"2022-06-30\"}");
    Cli.Result r = Cli.run("analyze", page.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(ContractJson.mapper().readTree(r.out()).get("published").asText())
        .isEqualTo("2022-06-30");
  }

  @Test
  void readsStandardInput() throws Exception {
    var oldIn = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(
          "Die Nato tagte in Brüssel.".getBytes(StandardCharsets.UTF_8)));
      Cli.Result stdin = Cli.run("analyze", "--lang", "de", "--published", "2023-01-02", "-");
      assertThat(stdin.status()).as(stdin.err()).isZero();
      assertThat(stdin.out()).as(stdin.err()).startsWith("{");
      JsonNode d = ContractJson.mapper().readTree(stdin.out());
      assertThat(d.get("published").asText()).isEqualTo("2023-01-02");
      assertThat(d.get("language").asText()).isEqualTo("de");
    } finally {
      System.setIn(oldIn);
    }
  }

  @Test
  void aBadOptionIsAUserError() {
    Cli.Result r = Cli.run("analyze", "--published", "15.12.2021", "x.txt");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--published must be YYYY-MM-DD");
  }

  @Test
  void helpListsTheCommands() {
    Cli.Result r = Cli.run("--help");
    assertThat(r.out()).contains("analyze", "eval", "bench", "demo");
  }
}
