package org.herald.coding.events;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.core.model.Document;
import org.herald.core.model.Sentence;
import org.herald.core.model.TimeValue;
import org.herald.core.model.Token;
import org.herald.kb.EventDictionary;

/**
 * Whether a dictionary pattern's words stand around its verb: before and after it, in order,
 * within its clause. English patterns want their words close to the verb and in its own phrase;
 * German ones may find theirs anywhere in the clause (objects before the verb, the particle last).
 * Stateless.
 */
final class Patterns {
  /** How far after an English verb the first word of its pattern may stand, in words. */
  private static final int FIRST_WORD_REACH = 5;
  /** How far after one word of an English pattern the next may stand, in words. */
  private static final int NEXT_WORD_REACH = 3;

  private Patterns() {}

  /**
   * Whether a pattern's words stand before and after the verb ({@code verb}, 0-based) within its
   * clause; in English each of them in the verb's own phrase ({@code own}, words numbered from 1),
   * not in a clause it governs ("said they will release them" is no release by the speaker).
   * German patterns may name words of the governed clause ("will, dass ... garantieren").
   */
  static boolean matches(EventDictionary.Pattern p, List<Token> tokens, int verb,
      int[] clause, Set<Integer> own, Grammar grammar) {
    String lang = grammar.language();
    boolean free = grammar.freeWordOrder();
    int from = clause[0] - 1;
    int to = clause[1] - 1;
    int at = verb - 1;
    for (int i = p.before().size() - 1; i >= 0; i--) {
      int found = -1;
      for (int j = at; j >= from; j--) {
        if ((free || own.contains(j + 1)) && wordMatches(p.before().get(i), tokens.get(j), lang)) {
          found = j;
          break;
        }
      }
      if (found < 0) {
        return false;
      }
      at = found - 1;
    }
    at = verb + 1;
    List<List<String>> after = p.after();
    for (int w = 0; w < after.size(); w++) {
      List<String> word = after.get(w);
      // A pattern that ends in "to" asks for a place or a person ("welcomed him to Paris"), not
      // an infinitive ("praised the efforts to improve").
      boolean preposition = w == after.size() - 1 && word.contains("to");
      int found = -1;
      // In English the words follow the verb closely, as in the dictionary's patterns: not
      // "closed its borders because of fighting" for "closed ... fighting".
      int limit = free ? to
          : Math.min(to, at + (w == 0 ? FIRST_WORD_REACH : NEXT_WORD_REACH));
      for (int j = at; j <= limit; j++) {
        // The word right after the verb is its particle or preposition even where the parser
        // hangs it on a clause below ("called on NATO to deliver", "on" as the mark of
        // "deliver").
        boolean adjacent = w == 0 && j == verb + 1;
        if ((free || own.contains(j + 1) || adjacent) && wordMatches(word, tokens.get(j), lang)
            && !(preposition && "PART".equals(tokens.get(j).upos()))) {
          found = j;
          break;
        }
      }
      if (found < 0) {
        // German puts objects before the verb in subordinate clauses and the particle last:
        // look anywhere in the clause.
        if (free) {
          for (int j = from; j <= to; j++) {
            if (j != verb && wordMatches(word, tokens.get(j), lang)) {
              found = j;
              break;
            }
          }
        }
        if (found < 0) {
          return false;
        }
        continue;
      }
      at = found + 1;
    }
    return true;
  }

  /**
   * Whether a token is one of a pattern word's alternatives: as written or as its lemma; in
   * German also inside a compound (five letters or more), in English with a plural ending.
   */
  static boolean wordMatches(List<String> alternatives, Token t, String lang) {
    String w = t.word().toLowerCase(Locale.ROOT);
    String lemma = t.lemma() == null ? w : t.lemma().toLowerCase(Locale.ROOT);
    for (String a : alternatives) {
      if (a.equals(w) || a.equals(lemma)) {
        return true;
      }
      // only a noun compounds with its head's sense: "pflichtschuldig" is no "schuldig"
      if (lang.equals("de") && a.length() >= 5 && !w.equals(a) && compound(t)
          && compoundHead(w, a)) {
        return true;
      }
      if (lang.equals("en") && a.length() >= 4 && (w.equals(a + "s") || w.equals(a + "es"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word may be a compound that keeps its head's sense: a noun (or untagged). */
  private static boolean compound(Token t) {
    String upos = t.upos();
    return upos == null || upos.equals("NOUN") || upos.equals("PROPN");
  }

  /**
   * Whether a German word ends in the pattern word, give or take an inflection: compounds put
   * their head last ("Sicherheitsgarantien" for "garantie", "Militärhilfe" for "hilfe"), while
   * a word that only begins with it is something else ("Protestanten" is no "protest",
   * "Straßenbahn" no "straße").
   */
  static boolean compoundHead(String word, String part) {
    int at = word.lastIndexOf(part);
    return at >= 0 && word.length() - at - part.length() <= 3;
  }

  /**
   * The words (1-based) of the sentence's time expressions, with the preposition before one:
   * a date is never a pattern's word.
   */
  static Set<Integer> timeWords(Document doc, Sentence s) {
    Set<Integer> out = new HashSet<>();
    List<Token> tokens = s.tokens();
    for (TimeValue t : doc.times()) {
      if (t.end() <= s.start() || t.start() >= s.end()) {
        continue;
      }
      for (int i = 0; i < tokens.size(); i++) {
        Token w = tokens.get(i);
        if (w.start() >= t.start() && w.end() <= t.end()) {
          out.add(i + 1);
          if (i > 0 && !out.contains(i) && "ADP".equals(tokens.get(i - 1).upos())) {
            out.add(i); // "on" in "on Tuesday"
          }
        }
      }
    }
    return out;
  }
}
