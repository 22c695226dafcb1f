package org.herald.app;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.herald.coding.NerRefiner;
import org.herald.engine.Engine;
import org.herald.engine.eval.ExtractionEval;
import org.herald.engine.eval.GermEvalNer;
import org.herald.engine.eval.NewsQuoteEval;
import org.herald.kb.KnowledgeBase;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code herald eval KIND}: quality against public gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measures quality against a gold data set; the last line is 'KIND metric value'.",
    subcommands = {EvalCommand.Ner.class, EvalCommand.Extract.class, EvalCommand.Link.class,
        EvalCommand.Actors.class, EvalCommand.Time.class, EvalCommand.Quotes.class,
        EvalCommand.Events.class, EvalCommand.Plover.class, NewsEvalCommand.class})
final class EvalCommand implements Runnable {
  @Override
  public void run() {
    throw new HeraldException(ErrorCode.BAD_ARGUMENT, "eval needs a KIND: ner, extract, link, actors, time, quotes, events, plover, news");
  }

  /** GermEval 2014 named entities. */
  @Command(name = "ner", mixinStandardHelpOptions = true,
      description = {"Tags the words of a GermEval 2014 file (without re-tokenising) and prints"
          + " precision, recall and strict span F1 at the outer level (*deriv and *part count"
          + " as O)."})
  static final class Ner implements Callable<Integer> {
    @Parameters(paramLabel = "GOLD.tsv") Path gold;

    @Option(names = "--out", paramLabel = "PRED.tsv",
        description = "Write the gold lines with the predicted tag appended.")
    @Nullable Path out;

    @Option(names = "--no-refine", description = "Measure the tagger alone, without Herald's"
        + " knowledge refinement.")
    boolean noRefine;

    @Mixin NerOption nerOption;

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(gold)) {
        throw new HeraldException(ErrorCode.BAD_GOLD_DATA, gold + ": no such file");
      }
      Engine.quietCoreNlp();
      List<GermEvalNer.GoldSentence> sentences = GermEvalNer.read(gold);
      KnowledgeBase kb = KnowledgeBase.bundled();
      GermEvalNer eval = new GermEvalNer(nerOption.ner, noRefine ? null : new NerRefiner(kb));
      long t0 = System.nanoTime();
      List<List<String>> predicted = eval.predict(sentences);
      double seconds = (System.nanoTime() - t0) / 1e9;
      if (out != null) {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          GermEvalNer.write(sentences, predicted, w);
        }
      }
      GermEvalNer.Scores s = GermEvalNer.score(sentences, predicted);
      System.out.printf(Locale.ROOT, "%d sentences in %.1f s%n", sentences.size(), seconds);
      System.out.printf(Locale.ROOT, "%-4s %9s %9s %9s %7s %7s%n", "type", "precision",
          "recall", "F1", "gold", "found");
      for (String type : List.of("PER", "LOC", "ORG", "OTH", "ALL")) {
        int[] c = s.counts().get(type);
        System.out.printf(Locale.ROOT, "%-4s %9.3f %9.3f %9.3f %7d %7d%n", type,
            s.precision(type), s.recall(type), s.f1(type), c[2], c[1]);
      }
      System.out.printf(Locale.ROOT, "ner F1 %.3f%n", s.f1("ALL"));
      return 0;
    }
  }

  /** Article extraction against the article-extraction-benchmark or trafilatura's set. */
  @Command(name = "extract", mixinStandardHelpOptions = true,
      description = {"Extracts every *.html and *.html.gz file in DIR and scores the result"
          + " against the gold file beside DIR (ground-truth.json of the"
          + " article-extraction-benchmark, or evaldata.json of trafilatura's evaluation set),"
          + " for the even and the odd half of the documents and for all."})
  static final class Extract implements Callable<Integer> {
    @Parameters(paramLabel = "DIR") Path dir;

    @Option(names = "--out", paramLabel = "PRED.json",
        description = "Write {name: {articleBody, title, date, author}}.")
    @Nullable Path out;

    @Option(names = "--gold", paramLabel = "FILE",
        description = "The gold file (default: ground-truth.json or evaldata.json beside DIR).")
    @Nullable Path gold;

    @Override
    public Integer call() {
      if (!Files.isDirectory(dir)) {
        throw new HeraldException(ErrorCode.BAD_GOLD_DATA, dir + ": not a directory");
      }
      Path parent = dir.toAbsolutePath().getParent();
      Path goldFile = gold != null ? gold
          : Files.exists(parent.resolve("ground-truth.json")) ? parent.resolve("ground-truth.json")
          : parent.resolve("evaldata.json");
      if (!Files.isRegularFile(goldFile)) {
        throw new HeraldException(ErrorCode.BAD_GOLD_DATA, goldFile + ": no gold file");
      }
      var extractor = new org.herald.extract.ArticleExtractor(
          org.herald.extract.ExtractConfig.DEFAULTS);
      long t0 = System.nanoTime();
      Map<String, ExtractionEval.Prediction> predictions = ExtractionEval.extractAll(extractor, dir);
      double seconds = (System.nanoTime() - t0) / 1e9;
      if (out != null) {
        ExtractionEval.write(predictions, out);
      }
      boolean segments = goldFile.getFileName().toString().equals("evaldata.json");
      List<ExtractionEval.Figures> figures = segments
          ? ExtractionEval.scoreSegments(predictions, goldFile)
          : ExtractionEval.scoreShingles(predictions, goldFile);
      System.out.printf(Locale.ROOT, "%d pages in %.1f s (%.1f pages/s, %.1f ms per page)%n",
          predictions.size(), seconds, predictions.size() / seconds,
          ExtractionEval.meanMillis(predictions));
      System.out.printf(Locale.ROOT, "%-5s %5s %9s %9s %9s%s%n", "half", "docs", "precision",
          "recall", "F1", segments ? "  accuracy  title   date  author" : "");
      for (ExtractionEval.Figures f : figures) {
        StringBuilder extra = new StringBuilder();
        f.extra().values().forEach(v -> extra.append(String.format(Locale.ROOT, " %7.3f", v)));
        System.out.printf(Locale.ROOT, "%-5s %5d %9.3f %9.3f %9.3f%s%n", f.part(), f.documents(),
            f.precision(), f.recall(), f.f1(), extra);
      }
      System.out.printf(Locale.ROOT, "extract F1 %.3f%n", figures.get(2).f1());
      return 0;
    }
  }

  /** Entity linking on Herald's own gold sentences. */
  @Command(name = "link", mixinStandardHelpOptions = true,
      description = {"Analyses the sentences of a linking gold file (default"
          + " eval/linking-gold.tsv) and prints the share of gold mentions linked to the right"
          + " knowledge-base entry (NIL: left unlinked), overall, by language, and for the"
          + " mentions Herald found."})
  static final class Link implements Callable<Integer> {
    @Parameters(paramLabel = "GOLD.tsv", arity = "0..1") @Nullable Path gold;

    @Option(names = "--errors", description = "List the wrong answers.")
    boolean errors;

    @Mixin NerOption nerOption;

    @Override
    public Integer call() throws IOException {
      Path file = gold != null ? gold : Path.of("eval", "linking-gold.tsv");
      if (!Files.isRegularFile(file)) {
        throw new HeraldException(ErrorCode.BAD_GOLD_DATA, file + ": no such file");
      }
      Engine.quietCoreNlp();
      var docs = org.herald.engine.eval.LinkingEval.read(file);
      var pipeline = Engine.pipeline(org.herald.engine.EngineConfig.DEFAULTS.withNer(nerOption.ner));
      var outcomes = org.herald.engine.eval.LinkingEval.run(pipeline, docs);
      for (var o : outcomes) {
        if (errors && !o.correct()) {
          System.out.printf(Locale.ROOT, "wrong %s %s [%s] gold %s%s, herald %s %s%n",
              o.gold().language(), o.gold().date(), o.gold().surface(), o.gold().id(),
              o.gold().actor() == null ? "" : " " + o.gold().actor(),
              o.found() ? o.id() : "(not found)", o.actor() == null ? "" : o.actor());
        }
      }
      print("all", outcomes);
      print("de", outcomes.stream().filter(o -> o.gold().language().equals("de")).toList());
      print("en", outcomes.stream().filter(o -> o.gold().language().equals("en")).toList());
      print("NIL", outcomes.stream().filter(o -> o.gold().id().equals("NIL")).toList());
      print("found", outcomes.stream().filter(o -> o.found()).toList());
      long right = outcomes.stream().filter(o -> o.correct()).count();
      System.out.printf(Locale.ROOT, "link accuracy %.3f%n", right / (double) outcomes.size());
      return 0;
    }

    private static void print(String part, List<org.herald.engine.eval.LinkingEval.Outcome> os) {
      long right = os.stream().filter(o -> o.correct()).count();
      System.out.printf(Locale.ROOT, "%-6s %4d mentions %4d right  accuracy %.3f%n", part,
          os.size(), right, os.isEmpty() ? 0 : right / (double) os.size());
    }
  }

  /** Actor codes on PETRARCH-2's GSR validation sentences. */
  @Command(name = "actors", mixinStandardHelpOptions = true,
      description = {"Analyses the sentences of PETR2_GSR_validation.UniversalPetrarch.xml on"
          + " their dates and prints the share of the gold events' source and target actor codes"
          + " that Herald gives some entity of the sentence: exactly, and by country."})
  static final class Actors implements Callable<Integer> {
    @Parameters(paramLabel = "GSR.xml") Path gold;

    @Option(names = "--errors", description = "List the codes not found.")
    boolean errors;

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(gold)) {
        throw new HeraldException(ErrorCode.BAD_GOLD_DATA, gold + ": no such file");
      }
      Engine.quietCoreNlp();
      var sentences = org.herald.engine.eval.ActorCodeEval.read(gold);
      var pipeline = Engine.pipeline(org.herald.engine.EngineConfig.DEFAULTS);
      var outcomes = org.herald.engine.eval.ActorCodeEval.run(pipeline, sentences);
      var withCountry = outcomes.stream().filter(o -> !o.code().startsWith("---")).toList();
      if (errors) {
        for (var o : withCountry) {
          if (!o.exact()) {
            System.out.printf(Locale.ROOT, "missed %s %s herald %s | %s%n", o.sentence().id(),
                o.code(), o.herald(), o.sentence().text());
          }
        }
      }
      long exact = withCountry.stream().filter(o -> o.exact()).count();
      long country = withCountry.stream().filter(o -> o.country()).count();
      System.out.printf(Locale.ROOT, "%d sentences, %d gold actor codes, %d with a country%n",
          sentences.size(), outcomes.size(), withCountry.size());
      System.out.printf(Locale.ROOT, "country accuracy %.3f%n", country / (double) withCountry.size());
      System.out.printf(Locale.ROOT, "actors accuracy %.3f%n", exact / (double) withCountry.size());
      return 0;
    }
  }

  /** Time normalisation on Herald's own gold sentences. */
  @Command(name = "time", mixinStandardHelpOptions = true,
      description = {"Analyses the sentences of a time gold file (default eval/time-gold.tsv)"
          + " on their anchor dates and prints the share of gold expressions whose value Herald"
          + " gets exactly (an overlapping expression with the gold value), by language, and"
          + " the same for a baseline: HeidelTime 2.1 (--system heideltime) or the predictions"
          + " of another system in a file (--predicted FILE, one JSON object per line:"
          + " {\"line\": N, \"start\": S, \"end\": E, \"value\": V})."})
  static final class Time implements Callable<Integer> {
    @Parameters(paramLabel = "GOLD.tsv", arity = "0..1") @Nullable Path gold;

    @Option(names = "--system", defaultValue = "herald", paramLabel = "herald|heideltime",
        description = "The system to measure (default herald).")
    String system;

    @Option(names = "--predicted", paramLabel = "FILE",
        description = "Score another system's predictions instead (for example chrono-node's,"
            + " from bench/time-chrono.mjs).")
    @Nullable Path predicted;

    @Option(names = "--errors", description = "List the wrong values.")
    boolean errors;

    @Override
    public Integer call() throws Exception {
      Path file = gold != null ? gold : Path.of("eval", "time-gold.tsv");
      if (!Files.isRegularFile(file)) {
        throw new HeraldException(ErrorCode.BAD_GOLD_DATA, file + ": no such file");
      }
      var sentences = org.herald.engine.eval.TimeEval.read(file);
      Map<Integer, List<org.herald.engine.eval.TimeEval.Predicted>> answers;
      String name = system;
      double speed = 0;
      long t0 = System.nanoTime();
      if (predicted != null) {
        name = predicted.getFileName().toString();
        answers = new java.util.HashMap<>();
        var mapper = org.herald.core.ContractJson.mapper();
        for (String line : Files.readAllLines(predicted, StandardCharsets.UTF_8)) {
          if (line.isBlank()) {
            continue;
          }
          var n = mapper.readTree(line);
          answers.computeIfAbsent(n.get("line").asInt(), k -> new java.util.ArrayList<>())
              .add(new org.herald.engine.eval.TimeEval.Predicted(n.get("start").asInt(),
                  n.get("end").asInt(), n.get("value").asText()));
        }
      } else if (system.equals("heideltime")) {
        answers = new org.herald.engine.eval.HeidelTimeBaseline().run(sentences);
      } else if (system.equals("herald")) {
        Engine.quietCoreNlp();
        var pipeline = Engine.pipeline(org.herald.engine.EngineConfig.DEFAULTS);
        var docs = org.herald.engine.eval.TimeEval.analyse(pipeline, sentences);
        answers = org.herald.engine.eval.TimeEval.herald(sentences, docs);
        speed = org.herald.engine.eval.TimeEval.speed(
            new org.herald.coding.time.TimeStage(), docs.values(), 20);
      } else {
        throw new HeraldException(ErrorCode.BAD_ARGUMENT, "--system must be herald or heideltime");
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      var outcomes = org.herald.engine.eval.TimeEval.score(sentences, answers);
      if (errors) {
        for (var o : outcomes) {
          if (!o.correct()) {
            System.out.printf(Locale.ROOT, "wrong %s %s [%s] gold %s, %s %s%n",
                o.sentence().language(), o.sentence().anchor(), o.gold().text(),
                o.gold().value(), name, o.value());
          }
        }
      }
      System.out.printf(Locale.ROOT, "%s: %d sentences in %.1f s%s%n", name, sentences.size(),
          seconds, speed > 0 ? String.format(Locale.ROOT,
              " (with CoreNLP; the time stage alone: %.0f sentences/s)", speed) : "");
      for (String lang : List.of("de", "en")) {
        var part = outcomes.stream().filter(o -> o.sentence().language().equals(lang)).toList();
        long right = part.stream().filter(o -> o.correct()).count();
        long found = part.stream().filter(o -> o.value() != null).count();
        System.out.printf(Locale.ROOT, "%s %4d expressions  found %.3f  value accuracy %.3f%n",
            lang, part.size(), found / (double) part.size(), right / (double) part.size());
      }
      long right = outcomes.stream().filter(o -> o.correct()).count();
      long found = outcomes.stream().filter(o -> o.value() != null).count();
      System.out.printf(Locale.ROOT, "all %4d expressions  found %.3f%n", outcomes.size(),
          found / (double) outcomes.size());
      System.out.printf(Locale.ROOT, "time accuracy %.3f%n", right / (double) outcomes.size());
      return 0;
    }
  }

  /** Direct and indirect speech on the Redewiedergabe samples or on the news gold set. */
  @Command(name = "quotes", mixinStandardHelpOptions = true,
      description = {"With DIR (the Redewiedergabe folder with metadata_all838.tsv and tsv/):"
          + " analyses the non-fiction samples of one text type (default Nachrichten, the news)"
          + " and prints token-level precision, recall and F1 of direct and of indirect speech.",
          "With news gold files (GOLD.jsonl, docs/CODEBOOK.md, \"Quotes\"): analyses the pages"
          + " of the articles annotated for quotes and prints, per language and gold kind"
          + " (direct, partial, indirect, and direct and partial together as 'marked'),"
          + " precision, recall and F1 of the quoted words and the speaker accuracy among the"
          + " quotes found; the last line is 'quotes news marked F1 X'."})
  static final class Quotes implements Callable<Integer> {
    @Parameters(paramLabel = "DIR|GOLD.jsonl", arity = "1..*") List<Path> inputs;

    @Option(names = "--type", defaultValue = "Nachrichten",
        description = "The text type of the Redewiedergabe samples (default Nachrichten).")
    String type;

    @Option(names = "--data", paramLabel = "DIR",
        description = "Where the news gold's pages are (default ../shared/data).")
    Path data = Path.of("..", "shared", "data");

    @Option(names = "--errors", description = "List each news article's missed and false"
        + " quotes and wrong speakers.")
    boolean errors;

    @Option(names = "--speakers", description = "List each news article's wrong speakers, gold"
        + " against Herald's, with the sentence before the quote and the quote's sentences.")
    boolean speakers;

    @Mixin NerOption nerOption;

    @Override
    public Integer call() throws IOException {
      Path dir = inputs.get(0);
      if (inputs.size() == 1 && Files.isDirectory(dir)) {
        return redewiedergabe(dir);
      }
      return news();
    }

    private int redewiedergabe(Path dir) throws IOException {
      if (!Files.isRegularFile(dir.resolve("metadata_all838.tsv"))) {
        throw new HeraldException(ErrorCode.BAD_GOLD_DATA,
            dir + ": no metadata_all838.tsv (the Redewiedergabe folder)");
      }
      Engine.quietCoreNlp();
      var samples = org.herald.engine.eval.QuoteEval.read(dir, type);
      var pipeline = Engine.pipeline(org.herald.engine.EngineConfig.DEFAULTS.withNer(nerOption.ner));
      long t0 = System.nanoTime();
      var counts = org.herald.engine.eval.QuoteEval.run(pipeline, samples);
      System.out.printf(Locale.ROOT, "%d samples (%s) in %.1f s%n", samples.size(), type,
          (System.nanoTime() - t0) / 1e9);
      String[] kinds = {"direct", "indirect"};
      for (int k = 0; k < 2; k++) {
        var c = counts[k];
        System.out.printf(Locale.ROOT, "%-8s precision %.3f  recall %.3f  F1 %.3f  (gold words %d)%n",
            kinds[k], c.precision(), c.recall(), c.f1(), c.tp() + c.fn());
      }
      System.out.printf(Locale.ROOT, "quotes direct F1 %.3f%n", counts[0].f1());
      return 0;
    }

    private int news() throws IOException {
      if (!Files.isDirectory(data)) {
        throw new HeraldException(ErrorCode.BAD_GOLD_DATA, data + ": no such directory (--data)");
      }
      List<NewsQuoteEval.Article> articles = new java.util.ArrayList<>();
      for (Path g : inputs) {
        articles.addAll(NewsQuoteEval.read(g));
      }
      if (articles.isEmpty()) {
        throw new HeraldException(ErrorCode.BAD_GOLD_DATA,
            inputs + ": no article is annotated for quotes (no 'quotes' list)");
      }
      Engine.quietCoreNlp();
      var pipeline = Engine.pipeline(org.herald.engine.EngineConfig.DEFAULTS.withNer(nerOption.ner));
      long t0 = System.nanoTime();
      var outcomes = NewsQuoteEval.run(pipeline, articles, data);
      for (var o : outcomes) {
        if (o.failure() != null) {
          System.out.println("failed " + o.article().page() + ": " + o.failure());
        } else if (errors) {
          System.out.println("== " + o.article().page() + " (" + o.article().lang() + ")");
          o.errors().forEach(e -> System.out.println("  " + e));
        }
        if (o.failure() == null && speakers && !o.wrongSpeakers().isEmpty()) {
          System.out.println("== speakers " + o.article().page() + " (" + o.article().lang() + ")");
          o.wrongSpeakers().forEach(e -> System.out.println("  " + e));
        }
      }
      System.out.printf(Locale.ROOT, "%d articles, %d gold quotes in %.1f s%n", outcomes.size(),
          articles.stream().mapToInt(a -> a.quotes().size()).sum(), (System.nanoTime() - t0) / 1e9);
      System.out.printf(Locale.ROOT, "%-4s %-8s %5s %9s %9s %9s %8s %9s%n", "lang", "kind",
          "words", "precision", "recall", "F1", "speakers", "accuracy");
      NewsQuoteEval.Counts marked = null;
      for (String lang : List.of("de", "en", "all")) {
        var kinds = NewsQuoteEval.total(outcomes.stream()
            .filter(o -> lang.equals("all") || o.article().lang().equals(lang)).toList());
        for (int k = 0; k < NewsQuoteEval.KINDS.size(); k++) {
          String kind = NewsQuoteEval.KINDS.get(k);
          System.out.println(NewsQuoteEval.line(lang, kind, kinds.get(k),
              NewsQuoteEval.precisionOf(kinds, kind)));
        }
        var m = NewsQuoteEval.marked(kinds);
        System.out.println(NewsQuoteEval.line(lang, "marked", m, m.precision()));
        marked = m;
      }
      System.out.printf(Locale.ROOT, "quotes news marked F1 %.3f%n", marked.f1());
      return 0;
    }
  }

  /** Event coding on PETRARCH's validation files. */
  @Command(name = "events", mixinStandardHelpOptions = true,
      description = {"Codes each record of a PETRARCH validation file (the text only, as"
          + " English on the record's date), writes one line per record {\"id\", \"events\":"
          + " [{\"source\", \"target\", \"code\"}]}, and prints strict and loose precision,"
          + " recall and F1 (loose: first three letters of the actors, first two digits of the"
          + " code)."})
  static final class Events implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.xml") Path gold;

    @Option(names = "--out", paramLabel = "PRED.jsonl", description = "Where to write the events.")
    @Nullable Path out;

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(gold)) {
        throw new HeraldException(ErrorCode.BAD_GOLD_DATA, gold + ": no such file");
      }
      Engine.quietCoreNlp();
      var records = org.herald.engine.eval.EventEval.read(gold);
      var pipeline = Engine.pipeline(org.herald.engine.EngineConfig.DEFAULTS);
      Path target = out != null ? out : Files.createTempFile("herald-events", ".jsonl");
      org.herald.engine.eval.EventEval.Figures f;
      try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
        f = org.herald.engine.eval.EventEval.run(pipeline, records, w);
      }
      System.out.printf(Locale.ROOT, "%d records, %d gold events, %d coded%n", records.size(),
          f.gold(), f.predicted());
      System.out.printf(Locale.ROOT, "strict precision %.3f recall %.3f F1 %.3f%n",
          f.precision(true), f.recall(true), f.f1(true));
      System.out.printf(Locale.ROOT, "loose  precision %.3f recall %.3f F1 %.3f%n",
          f.precision(false), f.recall(false), f.f1(false));
      System.out.printf(Locale.ROOT, "events loose F1 %.3f%n", f.f1(false));
      return 0;
    }
  }

  /** PLOVER categories on the CAMEO-manual sentences. */
  @Command(name = "plover", mixinStandardHelpOptions = true,
      description = {"Codes the sentences of PLOVER_GSR_CAMEO.json in DIR and prints PLOVER"
          + " category accuracy (Herald's first event, mapped with CAMEO2PLOVER-2021.txt, against"
          + " the gold category), overall and per category."})
  static final class Plover implements Callable<Integer> {
    @Parameters(paramLabel = "DIR") Path dir;

    @Override
    public Integer call() throws IOException {
      Path gold = dir.resolve("PLOVER_GSR_CAMEO.json");
      Path map = dir.resolve("CAMEO2PLOVER-2021.txt");
      if (!Files.isRegularFile(gold) || !Files.isRegularFile(map)) {
        throw new HeraldException(ErrorCode.BAD_GOLD_DATA,
            dir + ": needs PLOVER_GSR_CAMEO.json and CAMEO2PLOVER-2021.txt");
      }
      Engine.quietCoreNlp();
      var records = org.herald.engine.eval.PloverEval.read(gold);
      var pipeline = Engine.pipeline(org.herald.engine.EngineConfig.DEFAULTS);
      var f = org.herald.engine.eval.PloverEval.run(pipeline, records,
          org.herald.engine.eval.PloverEval.mapping(map));
      f.byCategory().forEach((k, c) -> System.out.printf(Locale.ROOT, "%-12s %3d/%3d%n", k, c[0],
          c[1]));
      System.out.printf(Locale.ROOT, "%d records: no event %d, gold category among the events %.3f%n",
          f.records(), f.none(), f.anyRight() / (double) f.records());
      System.out.printf(Locale.ROOT, "gold category with a gold source %.3f%n",
          f.sourceRight() / (double) f.records());
      System.out.printf(Locale.ROOT,
          "%d records with gold targets: gold category, source and target %.3f%n",
          f.withTarget(), f.tripleRight() / (double) f.withTarget());
      System.out.printf(Locale.ROOT, "plover accuracy %.3f%n",
          f.firstRight() / (double) f.records());
      return 0;
    }
  }
}
