package org.herald.nlp;

/**
 * Which entity tagger German text gets. English always uses CoreNLP's shipped model.
 *
 * <ul>
 *   <li>{@code corenlp}: CoreNLP's German model as shipped; the default.
 *   <li>{@code herald}: Herald's own tagger, trained on GermEval 2014 ({@link NeuralNer}). With
 *       Herald's knowledge refinement it is 3 points of F1 above CoreNLP's on GermEval's test
 *       split, but the event coder, whose rules were written over CoreNLP's tags, codes fewer of
 *       the news gold's events with it, so it is not yet the default (docs/EVALUATION.md).
 * </ul>
 */
public enum NerModel {
  corenlp,
  herald;

  /** The CoreNLP annotator that tags entities in {@code language}. */
  String annotator(String language) {
    return this == herald && language.equals("de") ? HeraldNerAnnotator.NAME : "ner";
  }
}
