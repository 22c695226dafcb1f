package org.herald.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * A CoreNLP annotator that gives each word of German text the entity tag of {@link NeuralNer}
 * (PERSON, LOCATION, ORGANIZATION, MISC, or O), in place of CoreNLP's {@code ner}. It reads the
 * words and their parts of speech, so it runs after {@code pos}.
 */
public final class HeraldNerAnnotator implements Annotator {
  /** The name it is registered under in a CoreNLP pipeline's annotators. */
  static final String NAME = "heraldner";

  /** The constructor CoreNLP calls for a custom annotator. */
  public HeraldNerAnnotator(String name, Properties props) {}

  @Override
  public void annotate(Annotation annotation) {
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<String> words = new ArrayList<>(tokens.size());
      List<String> pos = new ArrayList<>(tokens.size());
      for (CoreLabel t : tokens) {
        words.add(t.word());
        pos.add(t.tag() == null ? "" : t.tag());
      }
      List<String> tags = joinedAtHyphens(tokens, NeuralNer.german().tag(words, pos));
      for (int i = 0; i < tokens.size(); i++) {
        tokens.get(i).setNER(label(tags.get(i)));
      }
    }
  }

  /**
   * "Rendi-Wagner": CoreNLP's tokenizer splits a hyphenated word into three, while the tagger
   * learnt names from GermEval, whose words keep their hyphens; it tags the two halves of a name
   * and leaves the hyphen out. A hyphen written between two words of one type, without spaces,
   * is inside that name.
   */
  static List<String> joinedAtHyphens(List<CoreLabel> tokens, List<String> tags) {
    List<String> out = new ArrayList<>(tags);
    for (int i = 1; i + 1 < tokens.size(); i++) {
      CoreLabel hyphen = tokens.get(i);
      String before = out.get(i - 1);
      String after = out.get(i + 1);
      if (hyphen.word().equals("-") && before.length() > 2 && after.length() > 2
          && before.substring(2).equals(after.substring(2))
          && tokens.get(i - 1).endPosition() == hyphen.beginPosition()
          && hyphen.endPosition() == tokens.get(i + 1).beginPosition()) {
        out.set(i, "I-" + before.substring(2));
        out.set(i + 1, "I-" + after.substring(2));
      }
    }
    return out;
  }

  /** CoreNLP's label for an IOB2 tag of the German tagger. */
  static String label(String tag) {
    if (tag.length() < 3) {
      return "O";
    }
    return switch (tag.substring(2)) {
      case "PER" -> "PERSON";
      case "LOC" -> "LOCATION";
      case "ORG" -> "ORGANIZATION";
      case "OTH" -> "MISC";
      default -> "O";
    };
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(CoreAnnotations.NamedEntityTagAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class);
  }
}
