package org.herald.coding.events;

import java.util.List;
import org.herald.core.model.Dependency;
import org.herald.core.model.Sentence;

/**
 * Questions in a sentence, which report nothing done: what a verb of asking asks ("fragte, ob",
 * "asked how"), a clause inside such a question, a verb of asking that asks for nothing, and a
 * clause opened by "ob" or "whether" wherever it stands. Verbs and words are numbered from 1.
 * Stateless.
 */
final class Questions {
  private Questions() {}

  /**
   * Whether the verb's clause is a question it asks: a clause under it that opens with a word
   * of the list {@code question-words} ("asked how the BRT will cross", "fragte, ob").
   */
  static boolean asksAQuestion(Sentence s, List<Dependency> arcs, int head, Lexicon w) {
    for (Dependency d : arcs) {
      if (d.head() == head && opensAQuestion(s, arcs, d, w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb's clause lies inside a question that a verb of asking asks ("Asked why he
   * chose to support Scott, Harris said ...": "support" is asked about, not done): the clause,
   * or one above it up to four levels, hangs on a verb of asking as a question, or opens with a
   * question word right after a verb of asking or its named object (the parser often leaves
   * "Asked why ..." apart from the clause).
   */
  static boolean insideAQuestion(Sentence s, List<Dependency> arcs, int head, Grammar g) {
    int below = head;
    for (int level = 0; level < 5 && below > 0; level++) {
      int first = clauseStart(s, arcs, below);
      Dependency up = null;
      for (Dependency d : arcs) {
        if (d.dependent() == below && d.head() > 0) {
          up = d;
        }
      }
      if (g.words().has("question-words", Arcs.word(s, first))
          && askedJustBefore(s, first, g)) {
        return true;
      }
      if (up != null && g.verbIn(s, up.head(), "asking")
          && opensAQuestion(s, arcs, up, g.words())) {
        return true;
      }
      below = up == null ? 0 : up.head();
    }
    return false;
  }

  /** Whether a verb of asking stands right before a word (1-based), or before its object. */
  private static boolean askedJustBefore(Sentence s, int word, Grammar g) {
    int before = word - 1;
    if (before >= 1 && List.of("PROPN", "PRON").contains(s.tokens().get(before - 1).upos())) {
      before--;
    }
    return before >= 1 && g.verbIn(s, before, "asking");
  }

  /**
   * Whether an arc joins a clause that opens with a word of the list {@code question-words}
   * after its head ("asked how", "fragte, ob").
   */
  private static boolean opensAQuestion(Sentence s, List<Dependency> arcs, Dependency d,
      Lexicon w) {
    if (!(d.relation().equals("ccomp") || d.relation().equals("advcl"))) {
      return false;
    }
    int first = clauseStart(s, arcs, d.dependent());
    return first > d.head() && w.has("question-words", Arcs.word(s, first));
  }

  /** The first word (1-based) of a clause: its head or the earliest word under it, no mark. */
  private static int clauseStart(Sentence s, List<Dependency> arcs, int head) {
    int first = head;
    for (Dependency e : arcs) {
      if (e.head() == head && e.dependent() < first
          && !"PUNCT".equals(s.tokens().get(e.dependent() - 1).upos())) {
        first = e.dependent();
      }
    }
    return first;
  }

  /**
   * Whether a verb of the list {@code questioning} asks for nothing: no clause or complement,
   * no preposition but one of {@code question-cases}, only whom or what it asks ("Harris asked
   * Scott." after a question in marks, "asked Morrison about concerns"): a question, no appeal.
   */
  static boolean asksForNothing(Sentence s, List<Dependency> arcs, int head, Grammar g) {
    if (!g.verbIn(s, head, "questioning")) {
      return false;
    }
    for (Dependency d : arcs) {
      if (d.head() != head) {
        continue;
      }
      String r = d.relation();
      if (r.equals("xcomp") || r.equals("ccomp") || r.equals("advcl")
          || r.startsWith("obl")
          && !g.words().has("question-cases", Arcs.caseOf(s, d.dependent()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a word (1-based) lies in a clause opened by a word of {@code whether-marks}: "ob
   * diese Spenden legal waren oder ob es ... Spenden von Dritten sind und damit illegal" asks, it
   * charges no one.
   */
  static boolean inWhetherClause(Sentence s, int word, Lexicon w) {
    List<Dependency> arcs = s.dependencies();
    if (arcs == null) {
      return false; // not parsed (too long)
    }
    int at = word;
    for (int level = 0; level < 8 && at > 0; level++) {
      if (Arcs.hasChild(s, arcs, at, "mark", w.set("whether-marks"))) {
        return true;
      }
      int up = 0;
      for (Dependency d : arcs) {
        if (d.dependent() == at) {
          up = d.head();
        }
      }
      at = up;
    }
    return false;
  }
}
