package org.herald.nlp;

import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.StringUtils;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.herald.core.Deadline;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;

/**
 * Loads CoreNLP pipelines and parsers once per JVM and shares them: CoreNLP's annotators are
 * thread-safe for concurrent {@code annotate} calls. Models come from the CoreNLP model jars on
 * the class path; nothing is downloaded.
 */
final class CoreNlpModels {
  /** What a pipeline is for: running text, or words already split into sentences. */
  enum Mode { TEXT, PRETOKENIZED }

  private static final Map<String, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();
  private static final Map<String, DependencyParseAnnotator> PARSERS = new ConcurrentHashMap<>();

  private CoreNlpModels() {}

  /**
   * The pipeline for a language, loaded on first use; the load is not counted in the time of
   * the document that asked for it ({@link Deadline#loadingExcluded}).
   */
  static StanfordCoreNLP pipeline(String language, Mode mode, NerModel ner) {
    String key = language + "/" + mode + "/" + ner;
    StanfordCoreNLP loaded = PIPELINES.get(key);
    return loaded != null ? loaded : Deadline.loadingExcluded(() ->
        PIPELINES.computeIfAbsent(key, k -> load(language, mode, ner)));
  }

  /** The dependency parser for a language, loaded on first use as {@link #pipeline} is. */
  static DependencyParseAnnotator parser(String language) {
    DependencyParseAnnotator loaded = PARSERS.get(language);
    return loaded != null ? loaded : Deadline.loadingExcluded(() ->
        PARSERS.computeIfAbsent(language, k -> {
          Properties p = new Properties();
          p.setProperty("model", parserModel(language));
          return new DependencyParseAnnotator(p);
        }));
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
