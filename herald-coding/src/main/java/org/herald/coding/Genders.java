package org.herald.coding;

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
import org.herald.core.model.Dependency;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * Whether a pronoun or a person is male or female, so that "she replied" is not given to the
 * man named last. A pronoun's from its word ("he", "er"; German "sie" when its verb is singular,
 * "sie sagte" and not "sie sagten"); a person's from a word of address or a gendered title next
 * to a name ("Mrs.", "Frau", "spokeswoman", "Bundesministerin", from quote-words-LANG.tsv and the
 * German feminine "-in" of a role), else from the first name: LanguageTool's German dictionary,
 * then the first names CoreNLP's English models give a gender. Unknown is null, and agrees with
 * anything. Thread-safe.
 */
final class Genders {
  private Genders() {}

  enum Gender { MALE, FEMALE }

  private static final Set<String> MALE_PRONOUNS = QuoteStage.words("male-pronouns");
  private static final Set<String> FEMALE_PRONOUNS = QuoteStage.words("female-pronouns");
  /** Pronouns of a woman with a singular verb and of many with a plural one (German "sie"). */
  private static final Set<String> BY_NUMBER = QuoteStage.words("female-by-number");
  private static final Set<String> MALE_WORDS = QuoteStage.words("male-words");
  private static final Set<String> FEMALE_WORDS = QuoteStage.words("female-words");
  private static final String CORENLP_NAMES =
      "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
  private static final Map<String, Gender> FIRST_NAMES = loadFirstNames();

  private static Map<String, Gender> loadFirstNames() {
    Map<String, Gender> out = new HashMap<>();
    Set<String> both = new java.util.HashSet<>();
    try (InputStream in = Genders.class.getClassLoader().getResourceAsStream(CORENLP_NAMES)) {
      if (in == null) {
        throw new IllegalStateException(CORENLP_NAMES + " (CoreNLP's English models) is not on "
            + "the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t");
        if (f.length != 2 || !(f[1].equals("MALE") || f[1].equals("FEMALE"))) {
          continue;
        }
        Gender g = f[1].equals("MALE") ? Gender.MALE : Gender.FEMALE;
        Gender before = out.put(f[0].toLowerCase(Locale.ROOT), g);
        if (before != null && before != g) {
          both.add(f[0].toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    both.forEach(out::remove);
    return Map.copyOf(out);
  }

  /**
   * The gender a pronoun or a role word (word k of a sentence, 0-based) asks of whom it stands
   * for, or null: "she", "er", "sie sagte", "the spokeswoman", "die Ministerin".
   */
  static @Nullable Gender asked(Sentence s, int k) {
    String w = s.tokens().get(k).word().toLowerCase(Locale.ROOT);
    if (MALE_PRONOUNS.contains(w)) {
      return Gender.MALE;
    }
    if (FEMALE_PRONOUNS.contains(w)) {
      return Gender.FEMALE;
    }
    if (BY_NUMBER.contains(w)) {
      Boolean singular = verbSingular(s, k);
      return Boolean.TRUE.equals(singular) ? Gender.FEMALE : null;
    }
    return ofWord(w);
  }

  /** Whether the finite verb of a German subject (word k, 0-based) is singular, or null. */
  private static @Nullable Boolean verbSingular(Sentence s, int k) {
    if (s.dependencies() == null) {
      return null;
    }
    for (Dependency d : s.dependencies()) {
      if (d.dependent() != k + 1 || !d.relation().startsWith("nsubj")) {
        continue;
      }
      for (Dependency a : s.dependencies()) {
        if (a.head() == d.head() && a.relation().startsWith("aux")) {
          Boolean n = GermanMorphology.thirdPersonSingular(s.tokens().get(a.dependent() - 1)
              .word());
          if (n != null) {
            return n;
          }
        }
      }
      return GermanMorphology.thirdPersonSingular(s.tokens().get(d.head() - 1).word());
    }
    return null;
  }

  /**
   * The gender a word of address or a title gives ("mrs.", "herr", "spokeswoman",
   * "bundesministerin"), or null.
   */
  static @Nullable Gender ofWord(String lower) {
    if (MALE_WORDS.contains(lower)) {
      return Gender.MALE;
    }
    if (FEMALE_WORDS.contains(lower)) {
      return Gender.FEMALE;
    }
    // a German role in the feminine: "Bundesinnenministerin", "Sprecherin", "Chefin"
    for (String role : QuoteStage.ROLES) {
      if (role.endsWith("in") && lower.endsWith(role) && QuoteStage.ROLES.contains(
          role.substring(0, role.length() - 2))) {
        return Gender.FEMALE;
      }
    }
    return null;
  }

  /** The gender of a first name ("Annalena", "Raquel"), or null where either or unknown. */
  static @Nullable Gender ofFirstName(String name) {
    char g = GermanMorphology.firstNameGender(name);
    if (g != 0) {
      return g == 'M' ? Gender.MALE : Gender.FEMALE;
    }
    return FIRST_NAMES.get(name.toLowerCase(Locale.ROOT));
  }

  /**
   * The gender the text gives the person named by the words from {@code first} to {@code last}
   * of a sentence (0-based, inclusive): a word of address or a title right before the name
   * ("Frau Merkel", "Außenministerin Annalena Baerbock"), else its first name; null if neither.
   */
  static @Nullable Gender ofName(List<Token> tokens, int first, int last) {
    for (int i = first - 1; i >= Math.max(0, first - 2); i--) {
      Gender g = ofWord(tokens.get(i).word().toLowerCase(Locale.ROOT));
      if (g != null) {
        return g;
      }
    }
    return last > first ? ofFirstName(tokens.get(first).word()) : null;
  }
}
