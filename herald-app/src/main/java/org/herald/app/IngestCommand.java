package org.herald.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.herald.core.Pipeline;
import org.herald.engine.Engine;
import org.herald.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code herald ingest}: analyses files and directories into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Analyses files, directories (recursively: .html, .htm, .txt, and those"
        + " gzipped) and web addresses (http, https: fetched politely) into the store. A"
        + " document already stored (same content id) is skipped; an input that fails is"
        + " reported and the others go on.",
        "While serve or watch owns the embedded store, the work goes through it.",
        "Exit status 0 when nothing failed, else 1."})
final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH") List<String> paths;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "Documents analysed at once (default 2).")
  int threads;

  @Option(names = "--no-nlp", description = "Store only the clean text and metadata (fast);"
      + " `herald reanalyze` completes them later.")
  boolean noNlp;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for files that give none (no sidecar NAME.meta.json).")
  @org.jspecify.annotations.Nullable String published;

  @Option(names = "--verbose", description = "Say what became of each file.")
  boolean verbose;

  @Mixin StoreOptions storeOptions;
  @Mixin PipelineOptions pipelineOptions;

  @Override
  public Integer call() {
    if (published != null && !published.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new org.herald.core.HeraldException(org.herald.core.ErrorCode.BAD_ARGUMENT,
          "--published must be YYYY-MM-DD, not '" + published + "'");
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    pipelineOptions.rules = new ReviewRules(storeOptions.dataDir());
    List<String> names = Inputs.names(paths);
    java.util.Optional<RemoteHerald> remote = storeOptions.running();
    if (remote.isPresent()) {
      out.println("Ingesting " + names.size() + " inputs through " + remote.get().describe());
      Ingester.Summary s = Ingester.remote(remote.get(), !noNlp, names, this::read,
          verbose ? out : null);
      s.print(out);
      return s.failed() == 0 ? 0 : 1;
    }
    try (Store store = storeOptions.open()) {
      pipelineOptions.learned = store.learned();
      Pipeline pipeline = noNlp
          ? Engine.textPipeline(pipelineOptions.config())
          : pipelineOptions.build();
      out.println("Ingesting " + names.size() + " files into " + store.describe());
      Ingester.Summary s = new Ingester(pipeline, store, threads, verbose ? out : null).run(names,
          this::read,
          Ingester.Progress.bar(System.console(), System.err));
      s.print(out);
      return s.failed() == 0 ? 0 : 1;
    }
  }

  private org.herald.core.RawInput read(String name) {
    return withDefaultDate(Inputs.isAddress(name) ? Inputs.fetch(name)
        : Inputs.read(name, null, null, null));
  }

  private org.herald.core.RawInput withDefaultDate(org.herald.core.RawInput raw) {
    return raw.published() == null && published != null ? raw.withPublished(published) : raw;
  }
}
