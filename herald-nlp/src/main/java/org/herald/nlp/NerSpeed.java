package org.herald.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;

/**
 * Times the entity tagger alone on one thread: words already split into sentences are
 * tokenised and tagged for parts of speech first (not timed), then the {@code ner} annotator
 * runs over them {@code repeat} times after one warm-up pass.
 */
public final class NerSpeed {
  private NerSpeed() {}

  /** Words tagged and the seconds the tagger took for them. */
  public record Result(long words, double seconds) {
    public double wordsPerSecond() {
      return words / seconds;
    }
  }

  public static Result measure(List<List<String>> sentences, String language, NerModel ner,
      int repeat) {
    Properties before = CoreNlpModels.properties(language, CoreNlpModels.Mode.PRETOKENIZED, ner);
    before.setProperty("annotators", "tokenize,ssplit,pos");
    Properties only = CoreNlpModels.properties(language, CoreNlpModels.Mode.PRETOKENIZED, ner);
    only.setProperty("annotators", ner.annotator(language));
    only.setProperty("enforceRequirements", "false");
    only.setProperty("ner.nthreads", "1");
    StanfordCoreNLP prepare = new StanfordCoreNLP(before);
    StanfordCoreNLP tagger = new StanfordCoreNLP(only);
    String text = PretokenizedTagger.joined(sentences);
    long words = sentences.stream().mapToLong(List::size).sum();
    tagger.annotate(prepared(prepare, text));
    long nanos = 0;
    for (int r = 0; r < repeat; r++) {
      Annotation a = prepared(prepare, text);
      long t0 = System.nanoTime();
      tagger.annotate(a);
      nanos += System.nanoTime() - t0;
    }
    return new Result(words * repeat, nanos / 1e9);
  }

  private static Annotation prepared(StanfordCoreNLP prepare, String text) {
    Annotation a = new Annotation(text);
    prepare.annotate(a);
    return a;
  }
}
