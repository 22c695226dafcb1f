package org.herald.nlp;

/**
 * Which entity tagger German text gets. English always uses CoreNLP's shipped model.
 *
 * <ul>
 *   <li>{@code herald}: Herald's own tagger, trained on GermEval 2014 ({@link NeuralNer}); the
 *       default. With Herald's knowledge refinement it is 3 points of F1 above CoreNLP's on
 *       GermEval's test split, and the event coder codes as many of the news gold's events with
 *       it (docs/EVALUATION.md).
 *   <li>{@code corenlp}: CoreNLP's German model as shipped, kept for comparison.
 * </ul>
 */
public enum NerModel {
  corenlp,
  herald;

  /** The tagger a pipeline gets when nothing chooses one. */
  public static final NerModel DEFAULT = herald;

  /** The CoreNLP annotator that tags entities in {@code language}. */
  String annotator(String language) {
    return this == herald && language.equals("de") ? HeraldNerAnnotator.NAME : "ner";
  }
}
