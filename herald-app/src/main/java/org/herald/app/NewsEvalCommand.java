package org.herald.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.herald.coding.events.EventConfidence;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.herald.engine.Engine;
import org.herald.engine.EngineConfig;
import org.herald.engine.eval.ConfidenceFit;
import org.herald.engine.eval.NewsEval;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code herald eval news}: events and people on the news gold set (docs/CODEBOOK.md). */
@Command(name = "news", mixinStandardHelpOptions = true,
    description = {"Analyses the pages of news gold files (one JSON object per article, as"
        + " docs/CODEBOOK.md describes; the pages are read under --data) on their publication"
        + " dates and prints precision, recall and F1 of Herald's events as (source, target,"
        + " code, date) at the root level and strictly (and at the root level without the date,"
        + " to see what dating costs), per language, and the share of gold"
        + " persons with the right country and the right role. The last line is"
        + " 'news root F1 X'."})
final class NewsEvalCommand implements Callable<Integer> {
  @Parameters(paramLabel = "GOLD.jsonl", arity = "1..*") List<Path> gold;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Where the pages are (default ../shared/data).")
  Path data = Path.of("..", "shared", "data");

  @Option(names = "--out", paramLabel = "PRED.jsonl",
      description = "Write Herald's events, one article a line, in the gold format.")
  @Nullable Path out;

  @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0.2",
      description = "Count only the events of at least this confidence (default 0.2: the"
          + " events Herald stands behind; the codebook's precision rules leave the others at"
          + " 0.1).")
  double minConfidence;

  @Option(names = "--errors", description = "List each article's missed and false events and"
      + " wrong persons (root level).")
  boolean errors;

  @Option(names = "--fit-confidence", paramLabel = "MODEL.tsv",
      description = "Fit the event confidence model on the gold files instead of scoring (the"
          + " events keep the coding rules' confidence), write it to MODEL.tsv and print how a"
          + " model fitted on four fifths of the articles does on the fifth"
          + " (herald-coding/src/main/resources/org/herald/coding/events/confidence-model.tsv is"
          + " the bundled one).")
  @Nullable Path fitConfidence;

  @Mixin NerOption nerOption;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(data)) {
      throw new HeraldException(ErrorCode.BAD_GOLD_DATA, data + ": no such directory (--data)");
    }
    List<NewsEval.Article> articles = new ArrayList<>();
    for (Path g : gold) {
      articles.addAll(NewsEval.read(g));
    }
    Engine.quietCoreNlp();
    var pipeline = Engine.pipeline(EngineConfig.DEFAULTS.withNer(nerOption.ner)
        .withRuleConfidence(fitConfidence != null));
    long t0 = System.nanoTime();
    List<NewsEval.Outcome> outcomes = NewsEval.run(pipeline, articles, data, minConfidence);
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (fitConfidence != null) {
      return fit(outcomes, fitConfidence);
    }
    if (out != null) {
      Files.write(out, NewsEval.predictions(outcomes), StandardCharsets.UTF_8);
    }
    for (NewsEval.Outcome o : outcomes) {
      if (o.failure() != null) {
        System.out.println("failed " + o.article().page() + ": " + o.failure());
      }
      if (errors) {
        printErrors(o);
      }
    }
    System.out.printf(Locale.ROOT, "%d articles in %.1f s; events left out: %s%n",
        outcomes.size(), seconds, NewsEval.leftOut(outcomes));
    System.out.printf(Locale.ROOT, "%-4s %-6s %5s %5s %5s %9s %9s %9s%n", "lang", "level",
        "gold", "found", "right", "precision", "recall", "F1");
    NewsEval.Counts all = null;
    for (String lang : List.of("de", "en", "all")) {
      var part = outcomes.stream()
          .filter(o -> lang.equals("all") || o.article().lang().equals(lang)).toList();
      for (boolean strict : new boolean[] {false, true}) {
        NewsEval.Counts c = NewsEval.counts(part, strict);
        System.out.printf(Locale.ROOT, "%-4s %-6s %5d %5d %5d %9.3f %9.3f %9.3f%n", lang,
            strict ? "strict" : "root", c.gold(), c.found(), c.right(), c.precision(),
            c.recall(), c.f1());
        if (lang.equals("all") && !strict) {
          all = c;
        }
      }
      NewsEval.Counts u = NewsEval.counts(part, false, false);
      System.out.printf(Locale.ROOT, "%-4s %-6s %5d %5d %5d %9.3f %9.3f %9.3f%n", lang, "nodate",
          u.gold(), u.found(), u.right(), u.precision(), u.recall(), u.f1());
    }
    for (String lang : List.of("de", "en", "all")) {
      var part = outcomes.stream()
          .filter(o -> lang.equals("all") || o.article().lang().equals(lang)).toList();
      int persons = part.stream().mapToInt(o -> o.article().persons().size()).sum();
      int countries = part.stream().mapToInt(NewsEval.Outcome::personsRight).sum();
      int roles = part.stream().mapToInt(NewsEval.Outcome::rolesRight).sum();
      System.out.printf(Locale.ROOT, "%-4s persons %4d  country %.3f  role %.3f%n", lang,
          persons, persons == 0 ? 0 : countries / (double) persons,
          persons == 0 ? 0 : roles / (double) persons);
    }
    List<ConfidenceFit.Sample> samples = ConfidenceFit.samples(outcomes);
    printReliability("confidence", samples, ConfidenceFit.confidences(samples));
    System.out.printf(Locale.ROOT, "news root F1 %.3f%n", all.f1());
    return 0;
  }

  /** Fits the confidence model, writes it, and prints how it does on articles held out. */
  private int fit(List<NewsEval.Outcome> outcomes, Path model) throws IOException {
    List<ConfidenceFit.Sample> samples = ConfidenceFit.samples(outcomes);
    Map<String, Double> weights = ConfidenceFit.fit(samples);
    long right = samples.stream().filter(ConfidenceFit.Sample::right).count();
    Files.write(model, EventConfidence.lines(weights, List.of(
        "Herald's event confidence model (EventConfidence): feature TAB weight of a logistic",
        "regression. Written by: herald eval news --fit-confidence MODEL.tsv "
            + String.join(" ", gold.stream().map(Path::toString).toList()),
        samples.size() + " events at the rules' confidence " + minConfidence + " and up, "
            + right + " right at the root level; L2 penalty " + ConfidenceFit.PENALTY)),
        StandardCharsets.UTF_8);
    double[] rules = ConfidenceFit.confidences(samples);
    double[] held = ConfidenceFit.crossValidated(samples, 5);
    printReliability("rules' confidence", samples, rules);
    printReliability("model fitted on the other four fifths of the articles", samples, held);
    System.out.printf(Locale.ROOT, "brier rules %.4f%n", ConfidenceFit.brier(samples, rules));
    System.out.printf(Locale.ROOT, "brier held out %.4f%n", ConfidenceFit.brier(samples, held));
    System.out.println("model written to " + model);
    return 0;
  }

  private static void printReliability(String what, List<ConfidenceFit.Sample> samples,
      double[] p) {
    System.out.printf(Locale.ROOT, "%-7s %5s %5s %9s %9s   (%s, root level)%n", "bin",
        "found", "right", "precision", "mean", what);
    ConfidenceFit.reliability(samples, p).forEach(System.out::println);
  }

  private static void printErrors(NewsEval.Outcome o) {
    System.out.println("== " + o.article().page() + " (" + o.article().lang() + ", "
        + o.article().published() + ")");
    NewsEval.Match root = o.root();
    for (NewsEval.Tuple t : root.missed()) {
      System.out.println("  missed " + line(t));
    }
    for (NewsEval.Tuple t : root.wrong()) {
      System.out.println("  false  " + line(t));
    }
    for (String p : o.personErrors()) {
      System.out.println("  person " + p);
    }
  }

  private static String line(NewsEval.Tuple t) {
    return String.format(Locale.ROOT, "%s -> %s %s %s |%s %s", t.source(),
        t.target().isEmpty() ? "-" : t.target(), t.code(), t.date(),
        t.trigger() == null ? "" : " (" + t.trigger() + ")",
        t.evidence() == null ? "" : t.evidence().replaceAll("\\s+", " "));
  }
}
