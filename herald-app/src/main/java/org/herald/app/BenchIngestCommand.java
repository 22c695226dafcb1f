package org.herald.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.herald.core.Pipeline;
import org.herald.engine.Engine;
import org.herald.engine.EngineConfig;
import org.herald.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code herald bench ingest}: documents/s into a fresh embedded store, without and with NLP. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Ingests the files twice into fresh embedded stores, first with extraction and"
        + " language only, then with the whole pipeline, and prints documents/s of each. Models"
        + " are loaded on five of the files before the clock starts."})
final class BenchIngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH") List<String> paths;

  @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default 2).")
  int threads;

  @Mixin PipelineOptions pipelineOptions;

  @Override
  public Integer call() throws Exception {
    List<String> names = Inputs.names(paths);
    EngineConfig config = pipelineOptions.config();
    Pipeline text = Engine.textPipeline(config);
    warmUp(text, names);
    double without = run(text, names, "without NLP");
    Pipeline full = pipelineOptions.build();
    warmUp(full, names);
    double with = run(full, names, "with NLP");
    System.out.printf(Locale.ROOT, "ingest documents/s without NLP %.1f%n", without);
    System.out.printf(Locale.ROOT, "ingest documents/s with NLP %.1f%n", with);
    return 0;
  }

  /** Loads what loads lazily (language and NLP models) before the clock starts. */
  private static void warmUp(Pipeline pipeline, List<String> names) {
    for (String n : names.subList(0, Math.min(5, names.size()))) {
      try {
        pipeline.analyze(Inputs.read(n, null, null, null));
      } catch (org.herald.core.HeraldException e) {
        // a page Herald refuses warms up as well
      }
    }
  }

  private double run(Pipeline pipeline, List<String> names, String label) throws Exception {
    Path dir = Files.createTempDirectory("herald-bench-ingest");
    try (Store store = Store.embedded(dir)) {
      Ingester.Summary s = new Ingester(pipeline, store, threads, null).run(names,
          n -> Inputs.read(n, null, null, null), Ingester.Progress.NONE);
      System.out.printf(Locale.ROOT, "%s: ", label);
      s.print(System.out);
      return s.perSecond();
    } finally {
      DemoCommand.emptyDirectory(dir);
      Files.deleteIfExists(dir);
    }
  }
}
