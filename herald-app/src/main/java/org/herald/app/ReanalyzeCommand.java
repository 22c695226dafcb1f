package org.herald.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.herald.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code herald reanalyze}: re-runs the documents an older pipeline or knowledge base made. */
@Command(name = "reanalyze", mixinStandardHelpOptions = true,
    description = "Re-analyses every stored document whose pipeline or knowledge-base version"
        + " differs from this Herald's, from the input stored with it, and replaces it. While"
        + " serve or watch owns the embedded store, that process does it with its pipeline.")
final class ReanalyzeCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;
  @Mixin PipelineOptions pipelineOptions;

  @Override
  public Integer call() {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    pipelineOptions.rules = new ReviewRules(storeOptions.dataDir());
    Optional<RemoteHerald> remote = storeOptions.running();
    Reanalysis.Summary s;
    if (remote.isPresent()) {
      out.println("Re-analysing through " + remote.get().describe());
      s = remote.get().reanalyze();
    } else {
      try (Store store = storeOptions.openExisting()) {
        pipelineOptions.learned = store.learned();
        s = Reanalysis.run(store, pipelineOptions.build());
      }
    }
    for (String line : s.lines()) {
      (line.startsWith("herald: ") ? System.err : out).println(line);
    }
    return s.failures().isEmpty() ? 0 : 1;
  }
}
