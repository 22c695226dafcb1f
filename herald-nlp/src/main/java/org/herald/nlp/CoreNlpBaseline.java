package org.herald.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.StringUtils;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plain CoreNLP as shipped, the yardstick of Herald's speed: a language's own pipeline from
 * tokenize to depparse (German: CoreNLP's German properties, tokenize, ssplit, mwt, pos, ner,
 * depparse; English: tokenize, ssplit, pos, lemma, ner, depparse), every sentence parsed.
 * Used by {@code herald bench --baseline corenlp} only, never by the pipeline.
 */
public final class CoreNlpBaseline {
  private static final Map<String, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();

  private CoreNlpBaseline() {}

  /** Annotates a text as plain CoreNLP would; the language's pipeline loads on first use. */
  public static void annotate(String text, String language) {
    PIPELINES.computeIfAbsent(language, CoreNlpBaseline::load).annotate(new Annotation(text));
  }

  private static StanfordCoreNLP load(String language) {
    Properties p = new Properties();
    switch (language) {
      case "de" -> p.putAll(StringUtils.argsToProperties("-props",
          "StanfordCoreNLP-german.properties"));
      case "en" -> p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
      default -> throw new IllegalArgumentException("no CoreNLP baseline for " + language);
    }
    return new StanfordCoreNLP(p);
  }
}
