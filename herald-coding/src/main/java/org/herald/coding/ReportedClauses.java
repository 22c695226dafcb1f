package org.herald.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.core.model.Dependency;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * Where the words of indirect speech begin and end in a sentence of the reporter's: the clause
 * its verb of saying governs, or the words after its colon, or after or before its comma;
 * without the source words that open or close it ("According to the Kremlin, ...", "..., der
 * Polizei zufolge"); and the clauses further verbs of saying govern ("and added that ...").
 * For {@link QuoteStage}. Thread-safe.
 */
final class ReportedClauses {
  private ReportedClauses() {}

  /** Whether English words at an index open a clause of circumstance ("as", "hours after"). */
  private static boolean circumstance(List<Token> tokens, int at) {
    for (int i = at; i < Math.min(at + 2, tokens.size()); i++) {
      if (CIRCUMSTANCE.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * English words that open a clause of circumstance after a speech verb, which reports
   * nothing (German "als", "während" did worse on the development types).
   */
  private static final Set<String> CIRCUMSTANCE = QuoteStage.words("circumstance");
  private static final Set<String> RELATIVE_PRONOUNS = QuoteStage.words("relative-pronouns");

  /** Whether a reported clause is the one the parse gives the speech verb (not found by commas). */
  static boolean fromParse(Sentence s, int verb, int[] clause) {
    if (verb < 0 || s.dependencies() == null) {
      return false;
    }
    for (Dependency d : s.dependencies()) {
      if (d.head() == verb + 1 && (d.relation().equals("ccomp")
          || d.relation().equals("parataxis"))) {
        int[] range = Parses.span(s.dependencies(), d.dependent(), false);
        int start = s.tokens().get(range[0] - 1).start();
        int end = s.tokens().get(Math.min(range[1], s.tokens().size()) - 1).end();
        if (clause[0] >= start && clause[1] <= end) {
          return true;
        }
      }
    }
    return false;
  }

  /** The words after a colon that follows the speech verb, to the sentence's end; or null. */
  static int @Nullable [] afterColon(Sentence s, int verb, String text) {
    List<Token> tokens = s.tokens();
    for (int k = verb + 1; k < tokens.size() - 2 && k <= verb + 8; k++) {
      if (tokens.get(k).word().equals(":")) {
        int start = tokens.get(k + 1).start();
        int end = trimEnd(s, text);
        return end - start > 3 ? new int[] {start, end} : null;
      }
    }
    return null;
  }

  /**
   * The reported clause of a sentence: after the comma that follows the speech verb ("sagte X,
   * die Beziehungen seien gut"), or before the comma that precedes it ("die Beziehungen seien
   * gut, sagte X"); else the whole sentence. In English a part without a verb is no clause
   * ("On Nov. 15, 2019, ... testified"), and a verb of saying with no clause reports no words
   * (an empty span). German is left as it was: there the rule cost Redewiedergabe's Reportage
   * (indirect F1 0.353 to 0.351).
   */
  static int[] reportedClause(Sentence s, int verb, String text, boolean english) {
    List<Token> tokens = s.tokens();
    int end = trimEnd(s, text);
    if (verb >= 0 && s.dependencies() != null) {
      // The clause the speech verb governs ("Macron told reporters he had received ...").
      for (Dependency d : s.dependencies()) {
        if (d.head() == verb + 1 && (d.relation().equals("ccomp")
            || d.relation().equals("parataxis"))) {
          int[] range = Parses.span(s.dependencies(), d.dependent(), false);
          int from = range[0];
          String first = tokens.get(from - 1).word().toLowerCase(Locale.ROOT);
          if ((first.equals("that") || first.equals("dass") || first.equals(","))
              && from < range[1]) {
            from++; // "that", "dass": no part of the words reported
          }
          if (circumstance(tokens, from - 1)) {
            continue; // "said, hours after the two failed to agree": the parser's clause
          }
          int last = Math.min(range[1], tokens.size()) - 1;
          if (from - 1 <= verb && verb <= last) {
            continue; // a misparse whose clause holds the verb of saying itself
          }
          int stop = Math.min(end, tokens.get(last).end());
          if (stop > tokens.get(from - 1).start()) {
            return new int[] {tokens.get(from - 1).start(), stop};
          }
        }
      }
    }
    if (verb >= 0 && relativeClause(s, verb)) {
      // "Assange, who denies the accusation, has avoided ...": a verb of saying in a relative
      // clause reports nothing beyond it, and here the parser gave it no clause of its own
      return new int[] {s.start(), s.start()};
    }
    if (verb >= 0) {
      for (int k = verb + 1; k < tokens.size() - 1; k++) {
        if (tokens.get(k).word().equals(",")) {
          if (circumstance(tokens, k + 1)) {
            break; // "..., the military said, (hours) after Seoul launched ...": not said
          }
          if (english && !hasVerb(tokens, k + 1, tokens.size())) {
            break; // no clause after the comma: perhaps one before the verb
          }
          return new int[] {tokens.get(k + 1).start(), end};
        }
      }
      for (int k = verb - 1; k > 0; k--) {
        if (tokens.get(k).word().equals(",")) {
          if (english && !hasVerb(tokens, 0, k)) {
            // "On Nov. 15, 2019, ... Yovanovitch testified": a date, no clause
            return new int[] {s.start(), s.start()};
          }
          return new int[] {s.start(), tokens.get(k).start()};
        }
      }
      if (english) {
        // "Trump tweeted before Election Day." after words in marks: the attribution alone,
        // with no clause of what was said
        return new int[] {s.start(), s.start()};
      }
    }
    return withoutSource(s, new int[] {s.start(), end}, text);
  }

  /**
   * Whether the word at an index (0-based) heads a relative clause opened by a relative pronoun
   * before it ("who denies ..."); not a parse that only hangs a verb on a noun ("..., the
   * brokerage said").
   */
  private static boolean relativeClause(Sentence s, int verb) {
    if (s.dependencies() == null) {
      return false;
    }
    boolean relative = false;
    boolean pronoun = false;
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == verb + 1) {
        relative = d.relation().equals("acl:relcl");
      } else if (d.head() == verb + 1 && d.dependent() <= verb && RELATIVE_PRONOUNS.contains(
          s.tokens().get(d.dependent() - 1).word().toLowerCase(Locale.ROOT))) {
        pronoun = true;
      }
    }
    return relative && pronoun;
  }

  /** Whether tokens from {@code from} to {@code to} (exclusive) hold a verb: a clause. */
  private static boolean hasVerb(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String upos = String.valueOf(tokens.get(k).upos());
      if (upos.equals("VERB") || upos.equals("AUX")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A sentence reported by its source words alone, without them where they open or close it:
   * "According to the Kremlin, Putin discussed the issue", "Laut Polizei wurden drei Menschen
   * verletzt", "..., nach Angaben der Polizei." (an attribution inside is left in).
   */
  private static int[] withoutSource(Sentence s, int[] clause, String text) {
    List<Token> tokens = s.tokens();
    if (s.dependencies() == null) {
      return withoutLastSource(tokens, clause);
    }
    for (int k = 0; k < tokens.size(); k++) {
      String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
      boolean account = QuoteStage.byAccountOf(tokens, k);
      if (!(source(w) || account)) {
        continue;
      }
      int head = k + 1; // the phrase: the source word's noun and all below it
      for (Dependency d : s.dependencies()) {
        if (!account && d.dependent() == k + 1 && (d.relation().equals("case")
            || d.relation().equals("mark"))) {
          head = d.head();
        }
      }
      int[] range = Parses.span(s.dependencies(), head, false);
      int first = Math.min(range[0], account ? k : k + 1); // 1-based, "nach" of "nach Angaben"
      int last = Math.max(range[1], k + 1);
      int from = tokens.get(first - 1).start();
      int to = tokens.get(Math.min(last, tokens.size()) - 1).end();
      if (from <= clause[0]) {
        int next = last; // 0-based index of the word after the phrase
        while (next < tokens.size() && tokens.get(next).word().matches("[,:–-]")) {
          next++;
        }
        if (next < tokens.size() && tokens.get(next).start() < clause[1]) {
          return new int[] {tokens.get(next).start(), clause[1]};
        }
      } else if (to >= clause[1] - 1 || text.substring(to, clause[1]).isBlank()) {
        int prev = first - 2; // 0-based index of the word before the phrase
        while (prev >= 0 && tokens.get(prev).word().matches("[,:–-]")) {
          prev--;
        }
        if (prev >= 0 && tokens.get(prev).end() > clause[0]) {
          return new int[] {clause[0], tokens.get(prev).end()};
        }
      }
    }
    return clause;
  }

  /** Whether a lower-cased word names a source before or after it ("laut", "zufolge"). */
  private static boolean source(String w) {
    return QuoteStage.SOURCE_BEFORE.contains(w) || QuoteStage.SOURCE_AFTER.contains(w);
  }

  /**
   * A sentence without a parse, without the source words after its last comma: "Die Täter
   * flohen, der Polizei zufolge", "..., according to local officials".
   */
  private static int[] withoutLastSource(List<Token> tokens, int[] clause) {
    int comma = -1;
    for (int k = 0; k < tokens.size(); k++) {
      String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
      if (w.equals(",")) {
        comma = k;
      } else if (comma > 0 && k - comma <= 5
          && (source(w) || QuoteStage.byAccountOf(tokens, k))
          && tokens.subList(k, tokens.size()).stream().noneMatch(t -> t.word().equals(","))) {
        return new int[] {clause[0], Math.max(clause[0], tokens.get(comma - 1).end())};
      }
    }
    return clause;
  }

  /**
   * The clauses that other verbs of saying of the sentence govern, after the first's (a
   * coordinated "and added ..."), each outside the clauses already taken; from the parse only.
   */
  static List<int[]> furtherClauses(Sentence s, int verb, int[] first, String text) {
    List<int[]> out = new ArrayList<>();
    if (verb < 0 || s.dependencies() == null) {
      return out;
    }
    List<int[]> taken = new ArrayList<>(List.of(first));
    for (int k = verb + 1; k < s.tokens().size(); k++) {
      Token t = s.tokens().get(k);
      boolean inside = false;
      for (int[] c : taken) {
        inside |= t.start() >= c[0] && t.end() <= c[1];
      }
      if (inside || !QuoteStage.isSpeech(t, s)) {
        continue;
      }
      for (Dependency d : s.dependencies()) {
        if (d.head() != k + 1 || !d.relation().equals("ccomp")) {
          continue;
        }
        int[] range = Parses.span(s.dependencies(), d.dependent(), false);
        int from = range[0];
        String w = s.tokens().get(from - 1).word().toLowerCase(Locale.ROOT);
        if ((w.equals("that") || w.equals("dass")) && from < range[1]) {
          from++;
        }
        int last = Math.min(range[1], s.tokens().size()) - 1;
        int[] c = {s.tokens().get(from - 1).start(),
            Math.min(trimEnd(s, text), s.tokens().get(last).end())};
        boolean overlaps = false;
        for (int[] o : taken) {
          overlaps |= c[0] < o[1] && o[0] < c[1];
        }
        if (c[1] > c[0] && !overlaps) {
          out.add(c);
          taken.add(c);
        }
      }
    }
    return out;
  }

  /** The sentence's end before its final punctuation. */
  static int trimEnd(Sentence s, String text) {
    int end = s.end();
    while (end > s.start() && ".!?".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }
}
