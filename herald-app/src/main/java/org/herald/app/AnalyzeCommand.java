package org.herald.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.herald.core.ContractJson;
import org.herald.core.HeraldException;
import org.herald.core.Pipeline;
import org.herald.core.model.Document;
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
    String language = lang.equals("auto") ? null : lang;
    Pipeline pipeline = pipelineOptions.build();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int failed = 0;
    for (String name : Inputs.names(files)) {
      try {
        Document doc = pipeline.analyze(Inputs.read(name, published, url, language));
        if (minConfidence > 0) {
          doc = doc.toBuilder().events(doc.events().stream()
              .filter(e -> e.confidence() >= minConfidence).toList()).build();
        }
        out.println(ContractJson.write(doc, pretty, tokens));
      } catch (HeraldException e) {
        failed++;
        String msg = e.getMessage();
        System.err.println("herald: " + (msg.startsWith(name) ? msg : name + ": " + msg));
      } catch (RuntimeException e) {
        failed++;
        System.err.println("herald: " + name + ": internal error: " + e);
      }
    }
    return failed == 0 ? 0 : 1;
  }
}
