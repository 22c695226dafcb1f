package org.herald.nlp;

import static java.util.Objects.requireNonNull;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.herald.core.Deadline;
import org.herald.core.Stage;
import org.herald.core.model.Document;
import org.herald.core.model.Layer;
import org.herald.core.model.Paragraph;
import org.herald.core.model.Sentence;

/**
 * Sentences, words, parts of speech and entity tags from Stanford CoreNLP, run per run of
 * paragraphs in one language. German: tokenize, ssplit (a blank line ends a sentence), mwt, pos,
 * ner (the tagger {@link NlpConfig#ner()} names); English adds lemma. With {@link NlpConfig#parseAll()} every sentence is also parsed.
 *
 * <p>Requires {@link Layer#TEXT} and {@link Layer#LANGUAGE}; produces {@link Layer#TOKENS},
 * {@link Layer#POS}, {@link Layer#NER}, and {@link Layer#DEPENDENCIES} when parsing all.
 * Thread-safe; models load on first use, once per JVM.
 */
public final class CoreNlpStage implements Stage {
  private final NlpConfig config;
  private final CoreNlpParser parser = new CoreNlpParser();
  private final boolean parserFollows;

  public CoreNlpStage(NlpConfig config) {
    this(config, config.parseAll());
  }

  /**
   * @param parserFollows whether a later stage parses sentences of this document
   *     ({@link #parser()}): the parser of a language then starts loading, in the background, as
   *     soon as the language's first text reaches this stage
   */
  public CoreNlpStage(NlpConfig config, boolean parserFollows) {
    this.config = requireNonNull(config, "config is null");
    this.parserFollows = parserFollows || config.parseAll();
  }

  @Override
  public String name() {
    return "nlp";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TEXT, Layer.LANGUAGE);
  }

  @Override
  public Set<Layer> produces() {
    return config.parseAll()
        ? EnumSet.of(Layer.TOKENS, Layer.POS, Layer.NER, Layer.DEPENDENCIES)
        : EnumSet.of(Layer.TOKENS, Layer.POS, Layer.NER);
  }

  /** How much text (in characters, whole paragraphs) is annotated in one go. */
  private static final int CHUNK_CHARS = 20_000;

  @Override
  public Document apply(Document doc) {
    String fallback = doc.language() == null ? "en" : doc.language();
    List<Sentence> sentences = new ArrayList<>();
    List<Paragraph> ps = doc.paragraphs().isEmpty()
        ? List.of(new Paragraph(0, doc.text().length(), fallback))
        : doc.paragraphs();
    int i = 0;
    while (i < ps.size()) {
      String lang = language(ps.get(i), fallback);
      int j = i + 1;
      // paragraphs of one language together, up to a chunk's size: a paragraph ends a sentence
      // anyway, and between chunks the document's deadline is looked at
      while (j < ps.size() && language(ps.get(j), fallback).equals(lang)
          && ps.get(j).end() - ps.get(i).start() <= CHUNK_CHARS) {
        j++;
      }
      Deadline.check(name());
      int start = ps.get(i).start();
      int end = ps.get(j - 1).end();
      Annotation a = new Annotation(doc.text().substring(start, end));
      if (parserFollows) {
        CoreNlpModels.parserInBackground(lang); // loads while this chunk is tagged
      }
      CoreNlpModels.pipeline(lang, CoreNlpModels.Mode.TEXT, config.ner()).annotate(a);
      for (Sentence s : CoreNlpAdapter.sentences(a, lang, start)) {
        sentences.add(config.parseAll() ? parser.ensureParsed(s, lang) : s);
      }
      i = j;
    }
    return doc.toBuilder().sentences(sentences).add(produces().toArray(new Layer[0])).build();
  }

  private String language(Paragraph p, String fallback) {
    String l = p.language();
    return l != null && config.languages().contains(l) ? l : fallback;
  }

  /**
   * Starts loading this stage's models of a language (and its parser, where a later stage
   * parses) in the background, before the first document in that language arrives.
   */
  public void loadAhead(String language) {
    if (config.languages().contains(language)) {
      CoreNlpModels.pipelineInBackground(language, CoreNlpModels.Mode.TEXT, config.ner());
      if (parserFollows) {
        CoreNlpModels.parserInBackground(language);
      }
    }
  }

  /** The parser for on-demand parsing of single sentences. */
  public CoreNlpParser parser() {
    return parser;
  }
}
