package org.herald.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.trees.TypedDependency;
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
 * from the words and tags Herald already has. The model of a language loads on first use and is
 * shared by all threads.
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
    Annotation a = new Annotation("");
    a.set(CoreAnnotations.TokensAnnotation.class, labels);
    a.set(CoreAnnotations.SentencesAnnotation.class, List.of(s));
    CoreNlpModels.parser(language).annotate(a);
    SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    List<Dependency> arcs = new ArrayList<>();
    if (graph != null) {
      for (TypedDependency d : graph.typedDependencies()) {
        arcs.add(new Dependency(d.gov().index(), d.dep().index(), d.reln().toString()));
      }
    }
    arcs.sort((x, y) -> Integer.compare(x.dependent(), y.dependent()));
    return arcs;
  }
}
