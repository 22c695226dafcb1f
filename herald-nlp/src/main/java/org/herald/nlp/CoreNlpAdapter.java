package org.herald.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;

/** Turns CoreNLP's sentences into Herald's, shifting offsets by where the text block starts. */
final class CoreNlpAdapter {
  private CoreNlpAdapter() {}

  static List<Sentence> sentences(Annotation annotation, String language, int offset) {
    List<Sentence> out = new ArrayList<>();
    for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      List<Token> tokens = new ArrayList<>(labels.size());
      for (CoreLabel l : labels) {
        String tag = l.tag();
        String ner = l.ner() == null ? "O" : l.ner();
        tokens.add(new Token(offset + l.beginPosition(), offset + l.endPosition(), l.word(),
            l.lemma(), UniversalTags.upos(language, tag), tag, ner));
      }
      int start = tokens.get(0).start();
      int end = tokens.get(tokens.size() - 1).end();
      out.add(new Sentence(start, end, language, tokens, null));
    }
    return out;
  }
}
