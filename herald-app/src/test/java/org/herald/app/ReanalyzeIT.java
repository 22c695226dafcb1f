package org.herald.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.herald.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents stored by the text-only pipeline are completed by {@code herald reanalyze} from the
 * input stored with them; a second run finds nothing left to do.
 */
class ReanalyzeIT {
  @TempDir Path tmp;

  @Test
  void reanalyzeCompletesWhatAnOlderPipelineStored() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    List<DemoCommand.Sample> samples = DemoCommand.samples().subList(0, 2);
    for (DemoCommand.Sample s : samples) {
      Files.write(in.resolve(s.file()), s.bytes());
    }
    Path data = tmp.resolve("data");
    Cli.Result ingest = Cli.run("ingest", "--no-nlp", "--published", "2021-12-08", "--data",
        data.toString(), in.toString());
    assertThat(ingest.out()).contains("2 documents: 2 new");
    try (Store store = Store.embedded(data)) {
      assertThat(store.count("SELECT count(*) FROM event_mentions", List.of())).isZero();
    }
    Cli.Result first = Cli.run("reanalyze", "--data", data.toString());
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.out()).contains("2 documents were analysed by another version",
        "2 re-analysed, 0 failed");
    try (Store store = Store.embedded(data)) {
      assertThat(store.count("SELECT count(*) FROM documents", List.of())).isEqualTo(2);
      assertThat(store.count("SELECT count(*) FROM event_mentions", List.of())).isPositive();
      assertThat(store.count("SELECT count(*) FROM documents WHERE published = '2021-12-08'",
          List.of())).isEqualTo(2);
    }
    Cli.Result second = Cli.run("reanalyze", "--data", data.toString());
    assertThat(second.out()).contains("0 documents were analysed by another version");
  }
}
