package org.herald.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.Callable;
import org.herald.core.Pipeline;
import org.herald.core.RawInput;
import org.herald.core.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code herald bench}: documents/s, tokens/s, time per stage and peak heap. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    subcommands = {BenchApiCommand.class, BenchIngestCommand.class, BenchNerCommand.class},
    description = {"Analyses the files (after one warm-up pass) and prints documents/s, tokens/s,"
        + " the time spent in each stage and the peak heap."})
final class BenchCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "FILE") List<String> files = List.of();

  @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default 2).")
  int threads;

  @Option(names = "--repeat", defaultValue = "3",
      description = "How often each file is analysed in the measured pass (default 3).")
  int repeat;

  @Option(names = "--extract-only",
      description = "Measure article extraction alone (pages/s), not the whole pipeline.")
  boolean extractOnly;

  @Option(names = "--baseline", paramLabel = "corenlp|corenlp-alone",
      description = "corenlp: also time plain CoreNLP as shipped (tokenize to depparse, every"
          + " sentence parsed) over the texts Herald extracted, on as many threads and as often,"
          + " and print the ratio of Herald's time to it. corenlp-alone: time plain CoreNLP"
          + " only, over the texts of Herald's extraction and language stages, with no Herald"
          + " models in this JVM to share its memory or its CoreNLP models.")
  @org.jspecify.annotations.Nullable String baseline;

  @Mixin PipelineOptions pipelineOptions;

  @Override
  public Integer call() throws Exception {
    if (files.isEmpty()) {
      throw new org.herald.core.HeraldException(org.herald.core.ErrorCode.BAD_ARGUMENT,
          "give the files to analyse, or a benchmark: bench api, bench ingest DIR, bench ner GOLD.tsv");
    }
    List<RawInput> inputs = new ArrayList<>();
    for (String name : Inputs.names(files)) {
      inputs.add(Inputs.read(name, null, null, null));
    }
    if (extractOnly) {
      return benchExtraction(inputs);
    }
    if (baseline != null && !baseline.equals("corenlp") && !baseline.equals("corenlp-alone")) {
      throw new org.herald.core.HeraldException(org.herald.core.ErrorCode.BAD_ARGUMENT,
          "--baseline must be corenlp or corenlp-alone, not '" + baseline + "'");
    }
    boolean alone = "corenlp-alone".equals(baseline);
    Pipeline pipeline = alone ? pipelineOptions.text() : pipelineOptions.build();
    long t0 = System.nanoTime();
    List<RawInput> usable = new ArrayList<>();
    List<Document> texts = new ArrayList<>();
    for (RawInput in : inputs) {
      try {
        texts.add(pipeline.analyze(in));
        usable.add(in);
      } catch (org.herald.core.HeraldException e) {
        // A page in another language or without text is reported and left out; the rest is timed.
        System.err.println("herald: " + e.getMessage() + " (left out of the benchmark)");
      }
    }
    if (usable.isEmpty()) {
      throw new org.herald.core.HeraldException(org.herald.core.ErrorCode.BAD_ARGUMENT,
          "none of the inputs could be analysed");
    }
    inputs = usable;
    if (alone) {
      printBaseline(texts, benchCoreNlp(texts), -1);
      return 0;
    }
    System.out.printf(Locale.ROOT, "warm-up (models loaded, %d documents): %.1f s%n",
        inputs.size(), (System.nanoTime() - t0) / 1e9);
    Map<String, AtomicLong> stageNanos = new ConcurrentHashMap<>();
    AtomicLong tokens = new AtomicLong();
    AtomicLong sentences = new AtomicLong();
    AtomicLong parsed = new AtomicLong();
    double seconds = timed(inputs, in -> {
      Document d = pipeline.analyze(in, (stage, nanos) ->
          stageNanos.computeIfAbsent(stage, k -> new AtomicLong()).addAndGet(nanos));
      tokens.addAndGet(d.sentences().stream().mapToLong(s -> s.tokens().size()).sum());
      sentences.addAndGet(d.sentences().size());
      parsed.addAndGet(d.sentences().stream().filter(s -> s.dependencies() != null).count());
    });
    int docs = inputs.size() * repeat;
    System.out.printf(Locale.ROOT, "documents: %d in %.2f s with %d threads%n", docs, seconds,
        threads);
    System.out.printf(Locale.ROOT, "documents/s: %.2f%n", docs / seconds);
    System.out.printf(Locale.ROOT, "tokens/s: %.0f%n", tokens.get() / seconds);
    System.out.printf(Locale.ROOT, "sentences parsed: %d of %d (%.1f%%)%n", parsed.get(),
        sentences.get(), 100.0 * parsed.get() / Math.max(1, sentences.get()));
    long total = stageNanos.values().stream().mapToLong(AtomicLong::get).sum();
    System.out.println("time per stage (share of thread time, ms per document):");
    for (Map.Entry<String, AtomicLong> e : new TreeMap<>(stageNanos).entrySet()) {
      System.out.printf(Locale.ROOT, "  %-10s %5.1f%% %9.1f%n", e.getKey(),
          100.0 * e.getValue().get() / total, e.getValue().get() / 1e6 / docs);
    }
    long peak = 0;
    for (MemoryPoolMXBean pool2 : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool2.getType() == MemoryType.HEAP) {
        peak += pool2.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "peak heap: %d MB%n", peak / (1024 * 1024));
    if (baseline != null) {
      printBaseline(texts, benchCoreNlp(texts), seconds);
    }
    return 0;
  }

  /** Plain CoreNLP's time, and the ratio of Herald's to it where Herald was timed too. */
  private void printBaseline(List<Document> texts, double plain, double herald) {
    System.out.printf(Locale.ROOT, "plain CoreNLP: %d documents in %.2f s with %d threads%n",
        texts.size() * repeat, plain, threads);
    if (herald >= 0) {
      System.out.printf(Locale.ROOT, "ratio herald/corenlp %.2f%n", herald / plain);
    }
  }

  /**
   * Seconds plain CoreNLP takes over the documents' clean texts, after a warm-up pass, on as
   * many threads and as often as Herald's measured pass.
   */
  private double benchCoreNlp(List<Document> docs) throws Exception {
    for (Document d : docs) {
      org.herald.nlp.CoreNlpBaseline.annotate(d.text(), d.language());
    }
    return timed(docs, d -> org.herald.nlp.CoreNlpBaseline.annotate(d.text(), d.language()));
  }

  /**
   * Seconds the work takes over the items, each {@link #repeat} times, on {@link #threads}
   * threads.
   */
  private <T> double timed(List<T> items, java.util.function.Consumer<T> work)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> jobs = new ArrayList<>();
      long start = System.nanoTime();
      for (int r = 0; r < repeat; r++) {
        for (T item : items) {
          jobs.add(pool.submit(() -> work.accept(item)));
        }
      }
      for (Future<?> f : jobs) {
        f.get();
      }
      return (System.nanoTime() - start) / 1e9;
    } finally {
      pool.shutdown();
    }
  }

  /** Pages/s of the extractor alone, after a warm-up pass, on {@code threads} threads. */
  private int benchExtraction(List<RawInput> inputs) throws Exception {
    var extractor = new org.herald.extract.ArticleExtractor(
        org.herald.extract.ExtractConfig.DEFAULTS);
    for (RawInput in : inputs) {
      extractQuietly(extractor, in);
    }
    double seconds = timed(inputs, in -> extractQuietly(extractor, in));
    int pages = inputs.size() * repeat;
    System.out.printf(Locale.ROOT, "extraction: %d pages in %.2f s with %d threads%n",
        pages, seconds, threads);
    System.out.printf(Locale.ROOT, "pages/s: %.1f%n", pages / seconds);
    return 0;
  }

  private static void extractQuietly(org.herald.core.Extractor extractor, RawInput in) {
    try {
      extractor.extract(in);
    } catch (org.herald.core.HeraldException e) {
      // a page without text still counts as work done
    }
  }
}
