package org.herald.coding.events;

import java.util.List;
import java.util.Set;
import org.herald.core.model.Dependency;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * What the coder must know of a language beyond its word lists ({@link Lexicon}): how a verb
 * form is looked up in the dictionary, which verbs have no tense, and how free its word order
 * is. A new language is a {@code words-LANG.tsv}, the dictionary's files, and one subclass.
 */
abstract class Grammar {
  private final Lexicon words;

  Grammar(Lexicon words) {
    this.words = words;
  }

  /** The grammar of a language: German for "de" and any unknown one, English for "en". */
  static Grammar of(@Nullable String language) {
    return "en".equals(language) ? EnglishGrammar.INSTANCE : GermanGrammar.INSTANCE;
  }

  /**
   * Whether the parser's subject at a word cannot be one by its form ("der Ukraine" is a dative:
   * "Die Bundesregierung hat der Ukraine Panzer zugesagt", parsed the other way round).
   */
  boolean formNoSubject(Sentence s, List<Dependency> arcs, int word) {
    return false;
  }

  final Lexicon words() {
    return words;
  }

  final String language() {
    return words.language();
  }

  /**
   * The dictionary keys of a verb form, with its separated particle if any: the English lemma;
   * the German infinitives, particle first ("hielten ... ab" is abhalten).
   */
  abstract List<String> verbKeys(Token verb, @Nullable String particle);

  /** Whether a verb (1-based) is an infinitive or a participle. */
  abstract boolean nonFinite(Sentence s, List<Dependency> arcs, int head);

  /**
   * Whether a verb (1-based) tells of the past: a past form of it or of its auxiliary ("took",
   * "was arrested", "nahm ... fest", "wurde festgenommen"), or a perfect ("has dropped", "hat
   * aufgenommen").
   */
  abstract boolean past(Sentence s, List<Dependency> arcs, int verb);

  /** Whether a verb form is an infinitive with its own "to" inside ("abzuziehen"). */
  abstract boolean markedInfinitive(Token verb);

  /**
   * Whether a verb's particle may stand apart from it at the end of its clause, and objects
   * before it: a pattern's words are then looked for anywhere in the clause.
   */
  abstract boolean freeWordOrder();

  /** The lemmas a verb form can have: the English lemma, the German infinitives. */
  abstract List<String> lemmas(Token verb);

  /** Whether a verb form is one of a word list's verbs by its lemmas. */
  final boolean isOneOf(Token verb, String list) {
    return lemmas(verb).stream().anyMatch(words.set(list)::contains);
  }

  /**
   * Whether a verb with its separated particle ("called off", "warf ... vor") is in a list by
   * its dictionary keys.
   */
  boolean verbIn(Token verb, @Nullable String particle, String list) {
    Set<String> lemmas = words.set(list);
    for (String key : verbKeys(verb, particle)) {
      if (lemmas.contains(key)) {
        return true;
      }
    }
    return false;
  }

  /** The verb at a word (1-based), with the particle the parser labels compound:prt, in a list. */
  final boolean verbIn(Sentence s, int verb, String list) {
    String particle = null;
    for (Dependency d : s.dependencies()) {
      if (d.head() == verb && d.relation().equals("compound:prt")) {
        particle = Arcs.word(s, d.dependent());
      }
    }
    return verbIn(s.tokens().get(verb - 1), particle, list);
  }
}
