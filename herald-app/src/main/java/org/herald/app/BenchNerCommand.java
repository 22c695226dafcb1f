package org.herald.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.herald.engine.Engine;
import org.herald.engine.eval.GermEvalNer;
import org.herald.nlp.NerSpeed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code herald bench ner}: words/s of the German entity tagger on one thread, and its heap. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = {"Times the German entity tagger alone on one thread over the words of a"
        + " GermEval 2014 file (after a warm-up pass) and prints words/s, the heap the loaded"
        + " models keep and the peak heap; the last line is 'ner words/s X'."})
final class BenchNerCommand implements Callable<Integer> {
  @Parameters(paramLabel = "GOLD.tsv") Path gold;

  @Mixin NerOption nerOption;

  @Option(names = "--repeat", defaultValue = "3",
      description = "How often the words are tagged in the measured pass (default 3).")
  int repeat;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(gold)) {
      throw new HeraldException(ErrorCode.BAD_GOLD_DATA, gold + ": no such file");
    }
    Engine.quietCoreNlp();
    List<List<String>> sentences = GermEvalNer.read(gold).stream()
        .map(GermEvalNer.GoldSentence::words).toList();
    NerSpeed.Result r = NerSpeed.measure(sentences, "de", nerOption.ner, repeat);
    System.gc();
    long retained = 0;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        retained += pool.getUsage().getUsed();
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "tagger %s: %d words in %.2f s on one thread%n", nerOption.ner,
        r.words(), r.seconds());
    System.out.printf(Locale.ROOT, "heap after loading and tagging (after GC): %d MB%n",
        retained / (1024 * 1024));
    System.out.printf(Locale.ROOT, "peak heap: %d MB%n", peak / (1024 * 1024));
    System.out.printf(Locale.ROOT, "ner words/s %.0f%n", r.wordsPerSecond());
    return 0;
  }
}
