package org.herald.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.herald.core.ContractJson;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.herald.core.RawInput;
import org.herald.nlp.NlpConfig;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any bytes as the sidecar {@code a.meta.json} beside {@code a.txt} give the input with valid
 * metadata, each value the sidecar's own (published a day YYYY-MM-DD or an ISO date-time on one,
 * language one Herald analyses, url an absolute http(s) address, or null); or a refusal that
 * names the sidecar and says why; never another exception. {@code bench/fuzz.sh} fuzzes it; the
 * kept inputs ({@code SidecarFuzzTestInputs/}) run in every test run.
 */
class SidecarFuzzTest {
  private static final byte[] ARTICLE = "The NATO summit in Madrid ended on Thursday."
      .getBytes(StandardCharsets.UTF_8);

  @TempDir static Path dir;

  @FuzzTest(maxDuration = "2m")
  void anySidecarGivesValidMetadataOrAReason(byte[] sidecar) throws IOException {
    Path article = dir.resolve("a.txt");
    Path meta = dir.resolve("a.meta.json");
    Files.write(article, ARTICLE);
    Files.write(meta, sidecar);
    RawInput in;
    try {
      in = Inputs.read(article.toString(), null, null, null);
    } catch (HeraldException e) {
      assertThat(e.code().category()).as(e.getMessage()).isEqualTo(ErrorCode.Category.USER);
      assertThat(e.getMessage()).startsWith(meta + ": ");
      assertThat(e.getMessage().substring(meta.toString().length() + 2)).isNotBlank();
      return;
    }
    assertThat(in.name()).isEqualTo(article.toString());
    assertThat(in.bytes()).isEqualTo(ARTICLE);
    // Read it was, so it is exactly one JSON object, and each value the input carries is its own.
    JsonNode node = ContractJson.mapper().reader()
        .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(sidecar);
    assertThat(node).isNotNull();
    assertThat(node.isObject()).as("the sidecar read is a JSON object").isTrue();
    assertThat(in.published()).isEqualTo(text(node, "published"));
    assertThat(in.url()).isEqualTo(text(node, "url"));
    assertThat(in.language()).isEqualTo(text(node, "language"));
    if (in.published() != null) {
      assertThat(in.published()).matches("\\d{4}-\\d{2}-\\d{2}(T.+)?");
      assertThat(LocalDate.parse(in.published().substring(0, 10))).isNotNull();
    }
    if (in.language() != null) {
      assertThat(NlpConfig.KNOWN).contains(in.language());
    }
    if (in.url() != null) {
      assertThat(in.url()).matches("(?i)https?://.+");
      assertThat(URI.create(in.url()).getHost()).isNotNull();
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
