package org.herald.engine;

import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.herald.coding.EntityStage;
import org.herald.coding.events.EventConfidence;
import org.herald.coding.events.EventStage;
import org.herald.coding.ParseStage;
import org.herald.coding.QuoteStage;
import org.herald.coding.RelationStage;
import org.herald.core.LearnedPeople;
import org.herald.core.Pipeline;
import org.herald.core.RawInput;
import org.herald.extract.ArticleExtractor;
import org.herald.coding.time.TimeStage;
import org.herald.kb.EventDictionary;
import org.herald.kb.KnowledgeBase;
import org.herald.nlp.CoreNlpStage;
import org.herald.nlp.LanguageIdentifier;
import org.herald.nlp.LanguageStage;
import org.jspecify.annotations.Nullable;

/**
 * Builds the default pipeline: extract, language, nlp, entities. The command line, the server
 * and the stream job all get their pipeline here. Build it once per process: the models it holds
 * are loaded on first use and shared by threads.
 */
public final class Engine {
  /**
   * The time one document may take after extraction (an article takes one to three seconds on
   * one core): one that overruns it is stored with the stages it finished and the warning
   * "timed out in STAGE", and {@code reanalyze} tries it again.
   */
  public static final java.time.Duration DOCUMENT_TIME_LIMIT = java.time.Duration.ofSeconds(120);

  private Engine() {}

  /** The pipeline for a configuration; the knowledge base is loaded now, the models lazily. */
  public static Pipeline pipeline(EngineConfig config) {
    return pipeline(config, LearnedPeople.NONE);
  }

  /**
   * The pipeline for a configuration that also links people by what the stored articles said
   * of them ({@code learned}, read when an article names a person nothing else describes).
   */
  public static Pipeline pipeline(EngineConfig config, LearnedPeople learned) {
    quietCoreNlp();
    KnowledgeBase kb = config.knowledge() == null
        ? KnowledgeBase.bundled() : KnowledgeBase.load(config.knowledge());
    CoreNlpStage nlp = new CoreNlpStage(config.nlp(), true);
    EventDictionary dictionary = config.patterns() == null ? EventDictionary.bundled()
        : EventDictionary.withUserFile(config.patterns());
    Pipeline.Builder b = Pipeline.builder(new ArticleExtractor(config.extract()))
        .add(new LanguageStage(new LanguageIdentifier(config.nlp().languages())))
        .add(nlp)
        .add(new EntityStage(kb, learned))
        .add(new TimeStage());
    if (!config.nlp().parseAll()) {
      b.add(new ParseStage(nlp.parser(), dictionary)); // only what can hold an event or a quote
    }
    return b.add(new QuoteStage())
        .add(new EventStage(dictionary, kb, config.ruleConfidence() ? EventConfidence.RULES
            : EventConfidence.bundled()))
        .add(new RelationStage())
        .timeLimit(DOCUMENT_TIME_LIMIT)
        .version(version(), dictionary.userDigest() == null ? kb.version()
            : kb.version() + "+patterns-" + dictionary.userDigest())
        .build();
  }

  /**
   * Starts loading, in the background, the language models a document will need: its language
   * ({@code language}, or identified from the input's text where null) decides which. A command
   * that knows its first input calls this before it builds the pipeline, so that the knowledge
   * base and the language's models load side by side. Returns at once; a failure here is left to
   * the analysis itself to report.
   */
  public static void loadAhead(EngineConfig config, RawInput first, @Nullable String language) {
    Thread t = new Thread(() -> {
      try {
        String lang = language;
        if (lang == null) {
          lang = Pipeline.builder(new ArticleExtractor(config.extract()))
              .add(new LanguageStage(new LanguageIdentifier(config.nlp().languages())))
              .version("ahead", "-").build().analyze(first).language();
        }
        if (lang != null) {
          new CoreNlpStage(config.nlp(), true).loadAhead(lang);
        }
      } catch (RuntimeException e) {
        // the analysis of the input reports what went wrong
      }
    }, "herald-load-ahead");
    t.setDaemon(true);
    t.start();
  }

  /**
   * Starts loading, in the background, the models of every language the configuration analyses:
   * a server calls it when it starts, so that its first request does not wait for them.
   */
  public static void loadAhead(EngineConfig config) {
    CoreNlpStage nlp = new CoreNlpStage(config.nlp(), true);
    for (String language : config.nlp().languages()) {
      nlp.loadAhead(language);
    }
  }

  /**
   * Extraction and language only, for loading text fast (ingest --no-nlp); its version is
   * marked so that {@code herald reanalyze} later completes what it stored.
   */
  public static Pipeline textPipeline(EngineConfig config) {
    KnowledgeBase kb = config.knowledge() == null
        ? KnowledgeBase.bundled() : KnowledgeBase.load(config.knowledge());
    return Pipeline.builder(new ArticleExtractor(config.extract()))
        .add(new LanguageStage(new LanguageIdentifier(config.nlp().languages())))
        .version(version() + "+text-only", kb.version())
        .build();
  }

  /** Herald's version, from the build. */
  public static String version() {
    Properties p = new Properties();
    try (InputStream in = Engine.class.getResourceAsStream("/org/herald/engine/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }

  /**
   * CoreNLP logs each model it loads; Herald keeps standard error for its own messages. Done
   * once per JVM: applying a logging configuration also resets System.out and System.err to the
   * streams CoreNLP's logger first saw.
   */
  public static void quietCoreNlp() {
    if (QUIET.compareAndSet(false, true)) {
      RedwoodConfiguration.empty().apply();
    }
  }

  private static final java.util.concurrent.atomic.AtomicBoolean QUIET =
      new java.util.concurrent.atomic.AtomicBoolean();
}
