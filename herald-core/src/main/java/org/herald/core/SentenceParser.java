package org.herald.core;

import java.util.List;
import org.herald.core.model.Dependency;
import org.herald.core.model.Sentence;

/**
 * Computes the dependency parse of one sentence on demand, so that later stages parse only the
 * sentences that can hold what they look for. Thread-safe.
 */
public interface SentenceParser {
  /**
   * The Universal Dependencies arcs of a sentence, one per word.
   *
   * @param language ISO 639-1 code of the sentence
   */
  List<Dependency> parse(Sentence sentence, String language);

  /** The sentence with its arcs, parsing it only if it has none yet. */
  default Sentence ensureParsed(Sentence sentence, String language) {
    return sentence.isParsed() ? sentence : sentence.withDependencies(parse(sentence, language));
  }
}
