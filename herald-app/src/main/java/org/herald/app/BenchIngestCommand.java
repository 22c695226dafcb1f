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
        + " language only, then with the whole pipeline (models loaded before the clock starts),"
        + " and prints documents/s of each."})
final class BenchIngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH") List<String> paths;

  @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default 2).")
  int threads;

  @Mixin PipelineOptions pipelineOptions;

  @Override
  public Integer call() throws Exception {
    List<String> names = Inputs.names(paths);
    EngineConfig config = EngineConfig.DEFAULTS.withKnowledge(pipelineOptions.knowledge);
    Pipeline text = Engine.textPipeline(config);
    double without = run(text, names, "without NLP");
    Pipeline full = pipelineOptions.build();
    full.analyze(Inputs.read(names.get(0), null, null, null));
    double with = run(full, names, "with NLP");
    System.out.printf(Locale.ROOT, "ingest documents/s without NLP %.1f%n", without);
    System.out.printf(Locale.ROOT, "ingest documents/s with NLP %.1f%n", with);
    return 0;
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
