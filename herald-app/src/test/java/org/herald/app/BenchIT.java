package org.herald.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code herald bench} against plain CoreNLP, with the real models. */
class BenchIT {
  @Test
  void plainCoreNlpAloneIsTimedWithoutHeraldsPipeline(@TempDir Path dir) throws Exception {
    Path text = Files.writeString(dir.resolve("gut.txt"), "Bundeskanzler Olaf Scholz traf am"
        + " Montag in Washington US-Präsident Joe Biden.");
    Cli.Result r = Cli.run("bench", "--baseline", "corenlp-alone", "--repeat", "1",
        text.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).containsPattern("plain CoreNLP: 1 documents in [0-9.]+ s with 2 threads")
        .doesNotContain("warm-up", "ratio", "time per stage");
  }

  @Test
  void anUnknownBaselineIsAUserError(@TempDir Path dir) throws Exception {
    Path text = Files.writeString(dir.resolve("gut.txt"), "Olaf Scholz traf Joe Biden.");
    Cli.Result r = Cli.run("bench", "--baseline", "spacy", text.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--baseline must be corenlp or corenlp-alone, not 'spacy'");
  }
}
