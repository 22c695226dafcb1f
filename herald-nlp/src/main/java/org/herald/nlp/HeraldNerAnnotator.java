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
      List<String> tags = NeuralNer.german().tag(words, pos);
      for (int i = 0; i < tokens.size(); i++) {
        tokens.get(i).setNER(label(tags.get(i)));
      }
    }
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
