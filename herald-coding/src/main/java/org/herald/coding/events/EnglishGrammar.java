package org.herald.coding.events;

import java.util.List;
import java.util.Locale;
import org.herald.core.model.Dependency;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;
import org.jspecify.annotations.Nullable;

/** English: the tagger's lemmas, Penn tags for tense, words in a fixed order. */
final class EnglishGrammar extends Grammar {
  static final EnglishGrammar INSTANCE = new EnglishGrammar();

  private EnglishGrammar() {
    super(Lexicon.of("en"));
  }

  @Override
  List<String> verbKeys(Token verb, @Nullable String particle) {
    return List.of(verb.lemma() != null ? verb.lemma().toLowerCase(Locale.ROOT)
        : verb.word().toLowerCase(Locale.ROOT));
  }

  @Override
  List<String> lemmas(Token verb) {
    return List.of(Arcs.lemmaOf(verb));
  }

  @Override
  boolean verbIn(Token verb, @Nullable String particle, String list) {
    String lemma = Arcs.lemmaOf(verb);
    return words().set(list).contains(lemma)
        || particle != null && words().set(list).contains(lemma + " " + particle);
  }

  @Override
  boolean nonFinite(Sentence s, List<Dependency> arcs, int head) {
    if (!words().set("non-finite-tags").contains(tag(s, head))) {
      return false;
    }
    for (Dependency d : arcs) {
      if (d.head() == head && d.relation().startsWith("aux")
          && words().set("finite-tags").contains(tag(s, d.dependent()))) {
        return false; // "is urging", its subject lost by the parser: a finite verb of its own
      }
    }
    return true;
  }

  /** The Penn tag of a word (from 1). */
  private static String tag(Sentence s, int word) {
    return String.valueOf(s.tokens().get(word - 1).tag());
  }

  @Override
  boolean past(Sentence s, List<Dependency> arcs, int verb) {
    String tag = tag(s, verb);
    boolean perfect = tag.equals("VBN");
    for (Dependency d : arcs) {
      if (d.head() == verb && d.relation().startsWith("aux")) {
        Token aux = s.tokens().get(d.dependent() - 1);
        if ("VBD".equals(aux.tag())) {
          return true; // "was arrested", "had said", "did not"
        }
        if (perfect && "have".equals(Arcs.lemmaOf(aux))) {
          return true; // "has dropped"
        }
      }
    }
    return tag.equals("VBD");
  }

  @Override
  boolean markedInfinitive(Token verb) {
    return false;
  }

  @Override
  boolean freeWordOrder() {
    return false;
  }
}
