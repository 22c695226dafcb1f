package org.herald.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.List;
import org.herald.core.model.Sentence;

/**
 * Tags words that are already split into sentences, without re-tokenising them (for gold data
 * such as GermEval). The text it builds joins words with a space and sentences with a newline;
 * the returned sentences' offsets point into {@link #joined(List)}.
 */
public final class PretokenizedTagger {
  private final NerModel ner;

  /** A tagger whose German entities come from {@code ner}. */
  public PretokenizedTagger(NerModel ner) {
    this.ner = ner;
  }

  /** The text the offsets refer to. */
  public static String joined(List<List<String>> sentences) {
    StringBuilder sb = new StringBuilder();
    for (List<String> s : sentences) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(String.join(" ", s));
    }
    return sb.toString();
  }

  /**
   * Parts of speech and entity tags for each word.
   *
   * @throws IllegalArgumentException where a word is empty or holds white space
   */
  public List<Sentence> tag(List<List<String>> sentences, String language) {
    for (List<String> s : sentences) {
      for (String w : s) {
        if (w.isEmpty() || w.chars().anyMatch(Character::isWhitespace)) {
          throw new IllegalArgumentException("word '" + w + "' is empty or holds white space");
        }
      }
    }
    Annotation a = new Annotation(joined(sentences));
    CoreNlpModels.pipeline(language, CoreNlpModels.Mode.PRETOKENIZED, ner).annotate(a);
    List<Sentence> out = new ArrayList<>(CoreNlpAdapter.sentences(a, language, 0));
    if (out.size() != sentences.stream().filter(s -> !s.isEmpty()).count()) {
      throw new IllegalStateException("CoreNLP returned " + out.size() + " sentences for "
          + sentences.size());
    }
    return out;
  }
}
