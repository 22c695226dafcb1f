package org.herald.coding.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.core.model.Dependency;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * Questions the coder asks of a sentence's dependency parse: a word's case, its subject, its
 * dependents of a relation among some words, the verb a noun belongs to. Words are numbered from
 * 1, as in the parse. Stateless.
 */
final class Arcs {
  private Arcs() {}

  /** The word (1-based) that starts at a character offset, or 0. */
  static int wordAt(Sentence s, int start) {
    for (int i = 0; i < s.tokens().size(); i++) {
      if (s.tokens().get(i).start() == start) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The word's lower-cased text. */
  static String word(Sentence s, int word) {
    return s.tokens().get(word - 1).word().toLowerCase(Locale.ROOT);
  }

  /** A token's lemma, else its word, lower-cased. */
  static String lemmaOf(Token t) {
    return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
  }

  /** The head (1-based) of a word, 0 for the root. */
  static int headOf(List<Dependency> arcs, int word) {
    int head = 0;
    for (Dependency d : arcs) {
      if (d.dependent() == word) {
        head = d.head();
      }
    }
    return head;
  }

  /** The head of a word by a relation ("xcomp"), or 0. */
  static int headBy(List<Dependency> arcs, int word, String relation) {
    return headBy(arcs, word, relation, relation);
  }

  /** The head of a word by one of two relations ("xcomp", "conj"), or 0. */
  static int headBy(List<Dependency> arcs, int word, String relation, String other) {
    int head = 0;
    for (Dependency d : arcs) {
      if (d.dependent() == word && (d.relation().equals(relation)
          || d.relation().equals(other))) {
        head = d.head();
      }
    }
    return head;
  }

  /** The preposition or case marker of a word, lower-cased, or null. */
  static @Nullable String caseOf(Sentence s, int word) {
    for (Dependency d : s.dependencies()) {
      if (d.head() == word && d.relation().equals("case")) {
        return word(s, d.dependent());
      }
    }
    return null;
  }

  /**
   * Whether a noun's case marker follows a word of its own phrase: "unabhängig von dem Land",
   * parsed with the adjective under the noun, is no "von" of an agent but the adjective's.
   */
  static boolean caseAfterOwnWord(Sentence s, int word) {
    int marker = 0;
    for (Dependency d : s.dependencies()) {
      if (d.head() == word && d.relation().equals("case")) {
        marker = d.dependent();
      }
    }
    for (Dependency d : s.dependencies()) {
      if (d.head() == word && d.dependent() < marker && !d.relation().equals("punct")
          && !d.relation().equals("case")) {
        return true;
      }
    }
    return false;
  }

  /** A noun's word (1-based), or the noun it is compounded into: "a mediation mission". */
  static int nounHead(Sentence s, int head) {
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == head && d.relation().equals("compound")
          && "NOUN".equals(s.tokens().get(d.head() - 1).upos())) {
        return d.head();
      }
    }
    return head;
  }

  /** The verb (1-based) whose object or oblique a noun is, or 0. */
  static int governingVerb(Sentence s, int noun) {
    int verb = 0;
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == noun && (d.relation().startsWith("obl")
          || d.relation().equals("obj")) && isVerb(s, d.head())) {
        verb = d.head();
      }
    }
    return verb;
  }

  static boolean isVerb(Sentence s, int word) {
    String u = s.tokens().get(word - 1).upos();
    return "VERB".equals(u) || "AUX".equals(u);
  }

  static boolean hasObject(List<Dependency> arcs, int head) {
    for (Dependency d : arcs) {
      if (d.head() == head && d.relation().equals("obj")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the verb has a clause of its own as complement: "demonstrated that he was ready". */
  static boolean hasClause(List<Dependency> arcs, int head) {
    for (Dependency d : arcs) {
      if (d.head() == head && d.relation().equals("ccomp")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The verb's open complement (1-based), or 0: a verb ("wants Putin to attack") or a noun or
   * adjective it names its object as ("called the decision a landmark judgment").
   */
  static int openComplement(List<Dependency> arcs, int head) {
    for (Dependency d : arcs) {
      if (d.head() == head && d.relation().equals("xcomp")) {
        return d.dependent();
      }
    }
    return 0;
  }

  /** Whether a word is a noun or an adjective. */
  static boolean isNominal(Sentence s, int word) {
    String u = s.tokens().get(word - 1).upos();
    return "NOUN".equals(u) || "PROPN".equals(u) || "ADJ".equals(u);
  }

  static boolean hasSubject(List<Dependency> arcs, int head) {
    for (Dependency d : arcs) {
      if (d.head() == head && d.relation().startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word has a dependent of the relation (or its subtypes) among the words. */
  static boolean hasChild(Sentence s, List<Dependency> arcs, int head, String relation,
      Set<String> words) {
    return org.herald.coding.Parses.hasChild(s, arcs, head, relation, words);
  }

  static boolean hasAux(Sentence s, List<Dependency> arcs, int head, Set<String> words) {
    return hasChild(s, arcs, head, "aux", words);
  }

  static boolean hasMark(Sentence s, List<Dependency> arcs, int head, Set<String> marks) {
    return hasChild(s, arcs, head, "mark", marks);
  }

  /**
   * Whether a word is a dateline: the sentence's first, in capitals ("SEOUL, Aug 21 (AP) - North
   * Korea fired", whose subject the parser takes the place for).
   */
  static boolean dateline(Sentence s, int word) {
    String w = s.tokens().get(word - 1).word();
    return word == 1 && w.length() >= 3 && w.equals(w.toUpperCase(Locale.ROOT))
        && w.chars().anyMatch(Character::isLetter);
  }
}
