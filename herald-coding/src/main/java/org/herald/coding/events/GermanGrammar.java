package org.herald.coding.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.herald.coding.GermanMorphology;
import org.herald.coding.GermanVerbs;
import org.herald.core.model.Dependency;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * German: no lemmas from the tagger, so a verb form is read by the infinitives it can have
 * ({@link GermanVerbs}, {@link GermanMorphology}); separable particles; verb-final clauses.
 */
final class GermanGrammar extends Grammar {
  static final GermanGrammar INSTANCE = new GermanGrammar();

  private GermanGrammar() {
    super(Lexicon.of("de"));
  }

  @Override
  List<String> verbKeys(Token verb, @Nullable String particle) {
    List<String> infinitives = GermanVerbs.infinitives(verb.word().toLowerCase(Locale.ROOT));
    List<String> out = new ArrayList<>();
    for (String inf : infinitives) {
      out.add(particle != null ? particle + inf : inf);
    }
    if (particle != null) {
      out.addAll(infinitives);
    }
    return out;
  }

  @Override
  boolean formNoSubject(Sentence s, List<Dependency> arcs, int word) {
    return Arcs.hasChild(s, arcs, word, "det", words().set("non-nominative-articles"))
        || Arcs.hasChild(s, arcs, word, "det", words().set("oblique-articles"))
        && GermanMorphology.neverMasculineSingular(s.tokens().get(word - 1).word(),
            words().set("feminine-endings"));
  }

  @Override
  List<String> lemmas(Token verb) {
    return GermanMorphology.verbLemmas(verb.word());
  }

  @Override
  boolean nonFinite(Sentence s, List<Dependency> arcs, int head) {
    return Arcs.hasMark(s, arcs, head, words().set("infinitive-marks"))
        || markedInfinitive(s.tokens().get(head - 1));
  }

  @Override
  boolean past(Sentence s, List<Dependency> arcs, int verb) {
    Token head = s.tokens().get(verb - 1);
    if (GermanMorphology.pastIndicative(head.word())) {
      return true; // "nahm ... fest"
    }
    for (Dependency d : arcs) {
      if (d.head() == verb && d.relation().startsWith("aux")) {
        String aux = Arcs.word(s, d.dependent());
        if (GermanMorphology.pastIndicative(aux)
            || GermanMorphology.pastParticiple(head.word()) && words().set("perfect-present").contains(aux)) {
          return true; // "wurde festgenommen", "hat ... aufgenommen"
        }
      }
    }
    return false;
  }

  @Override
  boolean markedInfinitive(Token verb) {
    return GermanMorphology.zuInfinitive(verb.word());
  }

  @Override
  boolean freeWordOrder() {
    return true;
  }
}
