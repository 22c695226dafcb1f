package org.herald.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.StringUtils;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.herald.core.Deadline;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;

/**
 * Loads CoreNLP pipelines and parsers once per JVM and shares them: CoreNLP's annotators are
 * thread-safe for concurrent {@code annotate} calls. Models come from the CoreNLP model jars on
 * the class path; nothing is downloaded. Models load on background threads, so that a
 * language's tagger and parser load side by side; a caller that needs one waits for it.
 */
final class CoreNlpModels {
  /** What a pipeline is for: running text, or words already split into sentences. */
  enum Mode { TEXT, PRETOKENIZED }

  private static final Map<String, CompletableFuture<StanfordCoreNLP>> PIPELINES =
      new ConcurrentHashMap<>();
  private static final Map<String, CompletableFuture<NeuralParser>> PARSERS =
      new ConcurrentHashMap<>();

  /**
   * Loads models in the background (two daemon threads: loading a model is one thread's work,
   * and the parser and the tagger of a language load side by side).
   */
  private static final ExecutorService LOADER = Executors.newFixedThreadPool(2, r -> {
    Thread t = new Thread(r, "herald-model-loader");
    t.setDaemon(true);
    return t;
  });

  /**
   * How many of a parser model's most frequent features have their hidden-layer sums computed
   * as it loads (CoreNLP's default): more costs load time and memory (4 KB each) for little.
   */
  private static final int PRECOMPUTED = 20_000;

  private CoreNlpModels() {}

  /**
   * The pipeline for a language, loaded on first use; the load is not counted in the time of
   * the document that asked for it ({@link Deadline#loadingExcluded}).
   */
  static StanfordCoreNLP pipeline(String language, Mode mode, NerModel ner) {
    return get(PIPELINES, language + "/" + mode + "/" + ner, () -> load(language, mode, ner));
  }

  /** The dependency parser for a language, loaded on first use as {@link #pipeline} is. */
  static NeuralParser parser(String language) {
    return get(PARSERS, language, () -> loadParser(language));
  }

  /**
   * Starts loading the dependency parser of a language in the background, where it is not
   * loaded or loading yet: the stage that tags a language's first sentences calls it, so that
   * the parser (the slowest model to load) is ready when the parse stage needs it.
   */
  static void parserInBackground(String language) {
    start(PARSERS, language, () -> loadParser(language));
  }

  /**
   * Starts loading the pipeline of a language in the background, as {@link #parserInBackground};
   * with Herald's German tagger, that tagger too (it loads when the pipeline first tags, else),
   * after what is queued before it.
   */
  static void pipelineInBackground(String language, Mode mode, NerModel ner) {
    String key = language + "/" + mode + "/" + ner;
    boolean fresh = !PIPELINES.containsKey(key);
    start(PIPELINES, key, () -> load(language, mode, ner));
    if (fresh && ner.annotator(language).equals(HeraldNerAnnotator.NAME)) {
      LOADER.execute(() -> {
        try {
          NeuralNer.german();
        } catch (RuntimeException e) {
          // the first tagging loads it again and says why
        }
      });
    }
  }

  private static <T> CompletableFuture<T> start(Map<String, CompletableFuture<T>> models,
      String key, Supplier<T> load) {
    CompletableFuture<T> known = models.get(key);
    if (known != null) {
      return known;
    }
    CompletableFuture<T> fresh = new CompletableFuture<>();
    known = models.putIfAbsent(key, fresh);
    if (known != null) {
      return known;
    }
    LOADER.execute(() -> {
      try {
        fresh.complete(load.get());
      } catch (Throwable t) {
        // a load that failed is forgotten, so that the next use tries again and says why
        models.remove(key, fresh);
        fresh.completeExceptionally(t);
      }
    });
    return fresh;
  }

  private static <T> T get(Map<String, CompletableFuture<T>> models, String key,
      Supplier<T> load) {
    CompletableFuture<T> loaded = models.get(key);
    if (loaded != null && loaded.isDone() && !loaded.isCompletedExceptionally()) {
      return loaded.join();
    }
    return Deadline.loadingExcluded(() -> {
      try {
        return start(models, key, load).join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw e;
      }
    });
  }

  private static NeuralParser loadParser(String language) {
    return NeuralParser.load(parserModel(language), PRECOMPUTED);
  }

  static String parserModel(String language) {
    return switch (language) {
      case "de" -> "edu/stanford/nlp/models/parser/nndep/UD_German.gz";
      case "en" -> "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
      default -> throw unsupported(language);
    };
  }

  static Properties properties(String language, Mode mode, NerModel nerModel) {
    Properties p = new Properties();
    switch (language) {
      case "de" -> {
        p.putAll(StringUtils.argsToProperties("-props", "StanfordCoreNLP-german.properties"));
        String ner = nerModel.annotator(language);
        p.setProperty("annotators", mode == Mode.TEXT ? "tokenize,ssplit,mwt,pos," + ner
            : "tokenize,ssplit,pos," + ner);
        p.setProperty("customAnnotatorClass." + HeraldNerAnnotator.NAME,
            HeraldNerAnnotator.class.getName());
      }
      case "en" -> {
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
      }
      default -> throw unsupported(language);
    }
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    if (mode == Mode.PRETOKENIZED) {
      p.setProperty("tokenize.whitespace", "true");
      p.setProperty("ssplit.eolonly", "true");
    }
    return p;
  }

  private static StanfordCoreNLP load(String language, Mode mode, NerModel ner) {
    try {
      return new StanfordCoreNLP(properties(language, mode, ner));
    } catch (RuntimeException e) {
      throw new HeraldException(ErrorCode.RESOURCE,
          "cannot load the CoreNLP models for '" + language + "': " + e.getMessage(), e);
    }
  }

  private static HeraldException unsupported(String language) {
    return new HeraldException(ErrorCode.UNSUPPORTED_LANGUAGE,
        "no CoreNLP models configured for language '" + language + "'");
  }
}
