package org.herald.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.herald.core.SentenceParser;
import org.herald.core.model.Dependency;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;

/**
 * Parses one sentence at a time with CoreNLP's neural dependency parser (Universal Dependencies),
 * from the words and tags Herald already has, scored by {@link NeuralParser}. The model of a
 * language loads on first use and is shared by all threads.
 */
public final class CoreNlpParser implements SentenceParser {
  @Override
  public List<Dependency> parse(Sentence sentence, String language) {
    List<CoreLabel> labels = new ArrayList<>();
    int i = 1;
    for (Token t : sentence.tokens()) {
      CoreLabel l = new CoreLabel();
      l.setWord(t.word());
      l.setValue(t.word());
      l.setOriginalText(t.word());
      l.setTag(t.tag() == null ? "X" : t.tag());
      l.setIndex(i++);
      l.setSentIndex(0);
      l.setBeginPosition(t.start());
      l.setEndPosition(t.end());
      labels.add(l);
    }
    CoreMap s = new ArrayCoreMap();
    s.set(CoreAnnotations.TokensAnnotation.class, labels);
    s.set(CoreAnnotations.SentenceIndexAnnotation.class, 0);
    NeuralParser.Parse parsed = CoreNlpModels.parser(language).parse(s);
    List<Dependency> arcs = new ArrayList<>();
    for (int w = 1; w <= parsed.heads().length; w++) {
      arcs.add(new Dependency(parsed.heads()[w - 1], w, parsed.labels()[w - 1]));
    }
    return arcs;
  }
}
