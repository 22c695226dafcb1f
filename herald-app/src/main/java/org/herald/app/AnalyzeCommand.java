package org.herald.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.herald.core.ContractJson;
import org.herald.core.HeraldException;
import org.herald.core.Pipeline;
import org.herald.core.RawInput;
import org.herald.engine.Engine;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code herald analyze}: one contract JSON document per input, one per line. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Analyses each file (.html, .htm, .txt; - for standard input; a directory for"
        + " its files) and writes one JSON document per line to standard output.",
        "A file that cannot be analysed gives one line on standard error; the others go on;"
            + " the exit status is then 1."})
final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE") List<String> files;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date, the anchor for relative dates.")
  @Nullable String published;

  @Option(names = "--lang", paramLabel = "de|en|auto", defaultValue = "auto",
      description = "The language, or auto to identify it (default).")
  String lang;

  @Option(names = "--url", paramLabel = "URL", description = "The article's address.")
  @Nullable String url;

  @Option(names = "--pretty", description = "Indent the JSON.")
  boolean pretty;

  @Option(names = "--tokens", description = "Include each sentence's words and dependency arcs.")
  boolean tokens;

  @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0",
      description = "Write only the events of at least this confidence (0.2: the events Herald"
          + " stands behind; default 0, all).")
  double minConfidence;

  @Option(names = "--local", description = "Analyse in this process even while a `serve` or"
      + " `watch` runs (by default analyze then sends its files to that process, whose models"
      + " are loaded, unless a pipeline option is given).")
  boolean local;

  @Option(names = "--data", paramLabel = "DIR", description = "The data directory whose running"
      + " server analyze uses (default: $HERALD_DATA, else ./herald-data).")
  java.nio.file.@Nullable Path data;

  @Mixin PipelineOptions pipelineOptions;

  @Override
  public Integer call() {
    if (minConfidence < 0 || minConfidence > 1) {
      throw new HeraldException(org.herald.core.ErrorCode.BAD_ARGUMENT,
          "--min-confidence must be between 0 and 1, not " + minConfidence);
    }
    if (published != null && !published.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new HeraldException(org.herald.core.ErrorCode.BAD_ARGUMENT,
          "--published must be YYYY-MM-DD, not '" + published + "'");
    }
    List<String> names = Inputs.names(files);
    Optional<RemoteHerald> server = local || !pipelineOptions.isDefault() ? Optional.empty()
        : RemoteHerald.find(dataDir());
    if (server.isPresent()) {
      System.err.println("herald: analysing through " + server.get().describe());
      RemoteHerald remote = server.get();
      return each(names, raw -> {
        String json = remote.analyze(raw, tokens, minConfidence);
        return pretty ? ContractJson.mapper().writerWithDefaultPrettyPrinter()
            .writeValueAsString(ContractJson.mapper().readTree(json)) : json.strip();
      });
    }
    loadAhead(names, language());
    Pipeline pipeline = pipelineOptions.build();
    return each(names, raw -> ContractJson.write(
        pipeline.analyze(raw).withEventsFrom(minConfidence), pretty, tokens));
  }

  /** How one input becomes its line of JSON: here, or in a running server. */
  private interface Analysis {
    String json(RawInput raw) throws java.io.IOException;
  }

  /**
   * Each input read and analysed, its JSON a line on standard output; one that fails gives a
   * line on standard error naming it, and the others go on. Returns the exit status.
   */
  private int each(List<String> names, Analysis analysis) {
    String language = language();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int failed = 0;
    for (String name : names) {
      try {
        out.println(analysis.json(Inputs.read(name, published, url, language)));
      } catch (HeraldException e) {
        failed++;
        System.err.println("herald: " + Inputs.named(name, e.getMessage()));
      } catch (java.io.IOException e) {
        failed++;
        System.err.println("herald: " + name + ": the server answered no JSON: "
            + e.getMessage());
      } catch (RuntimeException e) {
        failed++;
        System.err.println("herald: " + name + ": internal error: " + e);
      }
    }
    return failed == 0 ? 0 : 1;
  }

  /** The language --lang gives, or null to identify it. */
  private @Nullable String language() {
    return lang.equals("auto") ? null : lang;
  }

  private java.nio.file.Path dataDir() {
    StoreOptions store = new StoreOptions();
    store.data = data;
    return store.dataDir();
  }

  /**
   * The first input's language models load while the knowledge base does (standard input is
   * read once, so its language is known only where --lang gives it).
   */
  private void loadAhead(List<String> names, @Nullable String language) {
    if (names.isEmpty() || names.get(0).equals("-") && language == null) {
      return;
    }
    try {
      RawInput first = names.get(0).equals("-") ? new RawInput("-", new byte[0], "text/plain",
          null, null, language) : Inputs.read(names.get(0), published, url, language);
      Engine.loadAhead(pipelineOptions.config(), first, language);
    } catch (HeraldException e) {
      // reported when the input is analysed
    }
  }
}
