package org.herald.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.core.model.Document;
import org.herald.core.model.Mention;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;

/**
 * The article's own reporters: the names of its byline ("By Stefan Becket, Kathryn Watson"),
 * of its credit lines ("Keith Bradsher contributed reporting") and its contributors from the
 * page's metadata. The codebook gives them the media role (MED) of the country they report
 * from, whatever the text around them is about.
 */
final class Bylines {
  private static final Map<String, Set<String>> WORDS =
      Resources.wordLists("byline-words.tsv");

  private final Set<String> names = new HashSet<>();
  private final List<int[]> spans = new ArrayList<>();

  Bylines(Document doc) {
    for (String c : doc.contributors()) {
      names.add(c.strip().toLowerCase(Locale.ROOT));
    }
    for (Sentence s : doc.sentences()) {
      if (isByline(s) || isCredit(s)) {
        spans.add(new int[] {s.start(), s.end()});
      }
    }
  }

  /** Whether a person's mention is one of the article's reporters. */
  boolean reporter(String name, Mention m) {
    if (names.contains(name.strip().toLowerCase(Locale.ROOT))) {
      return true;
    }
    for (int[] span : spans) {
      if (m.start() >= span[0] && m.end() <= span[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * A sentence that opens with a byline word and then holds only names and the words joining
   * them ("By Stefan Becket, Kathryn Watson, Grace Segers"): capitalised words, at most twelve.
   * A credit line of parts, bracketed or not, each with its own opening, is one too: "(Reporting
   * by Rodrigo Campos; additional reporting by Stephanie Kelly in New York; Editing by Nick
   * Zieminski)", where a place may follow "in".
   */
  private static boolean isByline(Sentence s) {
    List<Token> t = new ArrayList<>(s.tokens());
    while (!t.isEmpty() && BRACKETS.contains(t.get(0).word())) {
      t.remove(0);
    }
    while (!t.isEmpty() && BRACKETS.contains(t.get(t.size() - 1).word())) {
      t.remove(t.size() - 1);
    }
    List<List<Token>> parts = new ArrayList<>();
    parts.add(new ArrayList<>());
    for (Token token : t) {
      if (token.word().equals(";")) {
        parts.add(new ArrayList<>());
      } else {
        parts.get(parts.size() - 1).add(token);
      }
    }
    if (t.size() < 2 || t.size() > 16 * parts.size()) {
      return false;
    }
    for (List<Token> part : parts) {
      if (!namesAfterOpening(part, parts.size() > 1)) {
        return false;
      }
    }
    return true;
  }

  /** Brackets and end marks around a credit line. */
  private static final Set<String> BRACKETS = Set.of("(", ")", "-LRB-", "-RRB-", ".");

  /**
   * Whether words open with a byline word and then hold only names and joining words, at most
   * twelve names; {@code places}: also "in" before a place ("Stephanie Kelly in New York").
   */
  private static boolean namesAfterOpening(List<Token> t, boolean places) {
    int i = openingLength(t);
    if (i == 0 || i >= t.size()) {
      return false;
    }
    int names = 0;
    for (; i < t.size(); i++) {
      String w = t.get(i).word();
      if (WORDS.get("joining").contains(w.toLowerCase(Locale.ROOT))
          || places && w.equals("in") && names > 0 || w.equals("-") && names > 0) {
        continue; // "-": a hyphened name split by the tokenizer ("Chavez - Dreyfuss")
      }
      if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || ++names > 12) {
        return false;
      }
    }
    return names > 0;
  }

  /** The number of words of a byline's opening the sentence begins with, or 0. */
  private static int openingLength(List<Token> t) {
    int best = 0;
    for (String o : WORDS.get("opening")) {
      String[] parts = o.split(" ");
      if (parts.length >= t.size() || parts.length <= best) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < parts.length && match; k++) {
        match = t.get(k).word().toLowerCase(Locale.ROOT).equals(parts[k]);
      }
      if (match) {
        best = parts.length;
      }
    }
    // "Text:" and "Von:" carry a colon of their own
    if (best > 0 && best < t.size() && t.get(best).word().equals(":")) {
      best++;
    }
    return best;
  }

  /** A short sentence of names that ends in a credit word: "Keith Bradsher contributed". */
  private static boolean isCredit(Sentence s) {
    List<Token> t = s.tokens();
    if (t.size() < 3 || t.size() > 20) {
      return false;
    }
    for (int i = 1; i < t.size(); i++) {
      if (WORDS.get("credit").contains(t.get(i).word().toLowerCase(Locale.ROOT))) {
        for (int k = 0; k < i; k++) {
          String w = t.get(k).word();
          if ((w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)))
              && !WORDS.get("joining").contains(w.toLowerCase(Locale.ROOT))) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

}
