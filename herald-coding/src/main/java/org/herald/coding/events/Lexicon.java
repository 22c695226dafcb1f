package org.herald.coding.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The words of one language the event coder reads beside its dictionary, from {@code
 * words-LANG.tsv} next to this class: named lists ("target-cases", "negations", "asking") of
 * words, and lists of {@code word=code} pairs. A list the file leaves out is empty; a list the
 * coder does not know is an error at load, so that a misspelt name never silently empties one.
 * A language without a file has every list empty. Immutable and shared.
 */
public final class Lexicon {
  /** The lists the coder reads; a file may name no other. */
  static final Set<String> LISTS = Set.of(
      "target-cases", "noun-target-cases", "visited", "embedded-cases", "withdrawn-from",
      "towards", "owner-of", "force-cases", "place-cases", "venue-cases", "complained-of",
      "addressed", "arrival-cases", "arrival-person-cases", "instrument-cases", "negations",
      "nobody", "intention", "future-aux", "condition", "possibility-aux", "pronouns",
      "particles", "non-finite-tags", "finite-tags", "purpose-marks", "infinitive-marks",
      "perfect-present", "asking",
      "asked-cases", "demanding", "undone", "charge-links", "obligation-aux", "advice-aux",
      "permission-aux",
      "planning", "agreeing", "intending", "arriving", "stopping", "the-two", "leader-nouns",
      "state-nouns", "side-nouns", "and", "name-of", "part-of", "parts", "aircraft", "artillery",
      "strike-nouns", "labour-strikes", "agent-cases", "parse-pronouns", "parse-the-two",
      "thing-pronouns", "agreed-to-cases", "claiming", "weak-verbs", "holding", "setting-cases",
      "each-other", "needing", "seeming", "disapproval", "opinion", "contest", "sport-sections",
      "naming", "pacts", "hearsay-aux", "perfect-aux", "convicting", "addressing",
      "wished-marks", "named-after", "patient-nouns", "noun-agent-cases", "patient-cases",
      "between-cases", "oblique-articles", "non-nominative-articles", "nominative-pronouns",
      "feminine-endings", "reader-pronouns", "showing",
      "question-words", "questioning", "question-cases", "whether-marks", "believing",
      "belief-nouns", "possibility-adjectives", "conditional-openers", "adjective-participles",
      "speaker-pronouns", "role-nouns", "definite-articles", "alleged",
      "habitual-tags", "attack-cases", "attack-nouns", "mutual-verbs",
      "country-nouns", "organisation-nouns", "everyone", "naming-cases",
      "appealing", "fighting", "denying", "claiming-words",
      "reflexives", "authored-nouns", "author-cases", "act-nouns", "referring-determiners",
      "thing-heads", "hearsay-verbs", "home-governments", "individual-nouns", "earlier-times",
      "fought-cases", "pluperfect-aux", "not-narrative-days",
      "day-determiners");

  private static final Map<String, Lexicon> LOADED = new ConcurrentHashMap<>();

  private final String language;
  private final Map<String, Set<String>> words;
  private final Map<String, Map<String, String>> pairs;

  private Lexicon(String language, Map<String, Set<String>> words,
      Map<String, Map<String, String>> pairs) {
    this.language = language;
    this.words = Map.copyOf(words);
    this.pairs = Map.copyOf(pairs);
  }

  /** The lexicon of a language ("de", "en"), loaded once. */
  public static Lexicon of(String language) {
    return LOADED.computeIfAbsent(language, Lexicon::load);
  }

  private static Lexicon load(String language) {
    String file = "words-" + language + ".tsv";
    try (InputStream in = Lexicon.class.getResourceAsStream(file)) {
      if (in == null) {
        return new Lexicon(language, Map.of(), Map.of());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(language, file, r.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Reads the lines of a lexicon file; {@code file} names it in errors. */
  static Lexicon parse(String language, String file, List<String> lines) {
    Map<String, Set<String>> words = new HashMap<>();
    Map<String, Map<String, String>> pairs = new HashMap<>();
    int number = 0;
    for (String line : lines) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 2 || !LISTS.contains(f[0])) {
        throw new IllegalArgumentException(file + ":" + number + ": "
            + (f.length != 2 ? "expected a list's name and its words" : "unknown list " + f[0]));
      }
      Set<String> list = new java.util.LinkedHashSet<>();
      Map<String, String> map = new HashMap<>();
      for (String w : f[1].split(";")) {
        String word = w.strip();
        if (word.isEmpty()) {
          continue;
        }
        int eq = word.indexOf('=');
        if (eq > 0) {
          map.put(word.substring(0, eq), word.substring(eq + 1));
          word = word.substring(0, eq);
        }
        if (!f[0].endsWith("-tags") && !word.equals(word.toLowerCase(Locale.ROOT))) {
          // has() compares in lower case: "Gesetz" would never match (as it did not, in
          // named-after and act-nouns, before session 41)
          throw new IllegalArgumentException(file + ":" + number + ": " + f[0] + ": " + word
              + " is compared in lower case; write it so");
        }
        list.add(word);
      }
      if (words.put(f[0], Set.copyOf(list)) != null) {
        throw new IllegalArgumentException(file + ":" + number + ": list " + f[0] + " twice");
      }
      pairs.put(f[0], Map.copyOf(map));
    }
    return new Lexicon(language, words, pairs);
  }

  /** The language, "de" or "en". */
  public String language() {
    return language;
  }

  /** The words of a list. */
  public Set<String> set(String list) {
    return words.getOrDefault(known(list), Set.of());
  }

  /** Whether a list holds a word, compared in lower case. */
  public boolean has(String list, @Nullable String word) {
    return word != null && set(list).contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a word contains (or, with {@code ending}, ends with) a word of the list. */
  public boolean part(String list, String word, boolean ending) {
    String w = word.toLowerCase(Locale.ROOT);
    for (String p : set(list)) {
      if (ending ? w.endsWith(p) : w.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** The code a {@code word=code} list gives a word, or null. */
  public @Nullable String code(String list, String word) {
    return pairs.getOrDefault(known(list), Map.of()).get(word.toLowerCase(Locale.ROOT));
  }

  private static String known(String list) {
    if (!LISTS.contains(list)) {
      throw new IllegalArgumentException("no such word list: " + list);
    }
    return list;
  }
}
