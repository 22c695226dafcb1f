package org.herald.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * Speakers named aside, between commas: after a quote's closing comma ("„…“, so
 * Kostrešević", "„…“, hieß es in einer Mitteilung des Gerichts") and inside reported words
 * ("Die Lage sei, so der Minister, ernst").
 */
final class AsideSpeakers {
  private AsideSpeakers() {}

  /** Word classes after a quote's comma that go on with a clause, not with its speaker. */
  private static final Set<String> NOT_AFTER =
      Set.of("PRON", "SCONJ", "CCONJ", "DET", "ADP", "PART", "NUM");

  /** How far after a quote's comma the name of its speaker may begin. */
  private static final int AFTER = 80;

  /**
   * The speaker named right after words in marks that end in a comma, in their sentence (the
   * subject after the verb: "„…“, machte der Fraktionsvorsitzende Dirk Wiese deutlich"; "«…», so
   * Kostrešević"): the first person named within {@link #AFTER} characters, else the first
   * organisation, else the person a pronoun or a description in its first words stands for ("so
   * die Präsidentin"); or null.
   */
  static @Nullable Entity namedAfter(String text, List<Sentence> frame, int start, int end,
      List<Named> names, Referents refs) {
    int at = end;
    while (at < text.length() && ("\"'”“»«‘’".indexOf(text.charAt(at)) >= 0
        || Character.isWhitespace(text.charAt(at)))) {
      at++;
    }
    if (at >= text.length() || text.charAt(at) != ',') {
      return null;
    }
    int stop = -1;
    Sentence own = null;
    for (Sentence s : frame) {
      if (s.start() <= at && at < s.end()) {
        stop = Math.min(at + AFTER, s.end());
        own = s;
        for (Token t : s.tokens()) {
          if (t.start() > at) {
            if (NOT_AFTER.contains(String.valueOf(t.upos()))) {
              return null; // "„…“, was mit Kim los sei": a clause goes on, no speaker
            }
            break;
          }
        }
      }
    }
    if (own == null) {
      return null;
    }
    Named org = null;
    for (Named n : names) {
      int pos = n.mention().start();
      if (pos > at && n.mention().end() <= stop) {
        if (n.entity().type() == EntityType.PERSON) {
          return n.entity();
        }
        if (org == null && n.entity().type() == EntityType.ORGANIZATION) {
          org = n;
        }
      }
    }
    if (org != null) {
      return org.entity();
    }
    // "„…“, so die Präsidentin", "«…», so er": no name after the comma, but a pronoun or a
    // description of a person named before, within the first words
    List<Token> tokens = own.tokens();
    int seen = 0;
    for (int k = 0; k < tokens.size() && seen < DESCRIBED_WITHIN; k++) {
      if (tokens.get(k).start() > at) {
        seen++;
        if (Referents.standsFor(own, k)) {
          return refs.person(tokens.get(k).start(), start, end);
        }
      }
    }
    // "„…“, hieß es in einer Mitteilung der Kantonspolizei": a body named before, called by
    // its kind within the words after the comma
    for (int k = 0; k < tokens.size() && tokens.get(k).end() <= stop; k++) {
      if (tokens.get(k).start() > at) {
        Entity body = refs.body(own, k, start, end, true);
        if (body != null) {
          return body;
        }
      }
    }
    return null;
  }

  /** In how many words after a quote's comma a description of its speaker may stand. */
  private static final int DESCRIBED_WITHIN = 4;

  /** The id of the source a sentence names between commas (", so das Gericht,"), or null. */
  static @Nullable String parentheticalSource(Sentence s, List<Named> names, Referents refs) {
    List<Token> tokens = s.tokens();
    for (int k = 1; k < tokens.size(); k++) {
      if (QuoteStage.PARENTHETICAL.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))
          && tokens.get(k - 1).word().equals(",")) {
        Entity e = parenthetical(s, k, names, -1, -1, refs);
        if (e != null) {
          return e.id();
        }
      }
    }
    return null;
  }

  /** Word classes a source between commas begins with: "so das Gericht", "so Müller", "so er". */
  private static final Set<String> SOURCE_STARTS =
      Set.of("DET", "PROPN", "NOUN", "PRON");

  /**
   * The source that words between commas right after word k name ("Die Produkte würden, so das
   * Gericht, ... präsentiert", "so der Minister", "so Müller"): a name, else the person or the
   * body a description stands for; null where no comma closes them within
   * {@link #DESCRIBED_WITHIN} words.
   */
  static @Nullable Entity parenthetical(Sentence s, int k, List<Named> names, int start,
      int end, Referents refs) {
    List<Token> tokens = s.tokens();
    if (k + 1 >= tokens.size()
        || !SOURCE_STARTS.contains(String.valueOf(tokens.get(k + 1).upos()))) {
      return null; // ", so dass Müller, ...", ", so schnell wie möglich": no source
    }
    int close = -1;
    for (int j = k + 1; j < tokens.size() && j <= k + DESCRIBED_WITHIN + 1; j++) {
      if (tokens.get(j).word().equals(",")) {
        close = j;
        break;
      }
    }
    if (close < 0) {
      return null;
    }
    for (int j = k + 1; j < close; j++) {
      Named n = QuoteSpeakers.covering(names, tokens.get(j), start, end);
      if (n != null && n.entity().type() != EntityType.LOCATION) {
        return n.entity();
      }
    }
    for (int j = k + 1; j < close; j++) {
      if (Referents.standsFor(s, j)) {
        return refs.person(tokens.get(j).start(), start, end);
      }
      Entity body = refs.body(s, j, start, end);
      if (body != null) {
        return body;
      }
    }
    return null;
  }
}
