package org.herald.coding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.jspecify.annotations.Nullable;

/**
 * German word forms from LanguageTool's morphological dictionary (german-pos-dict, CC BY-SA
 * 4.0, read with morfologik): the infinitive of a verb form ("festzunehmen" and "festgenommen"
 * are festnehmen, "hielten" is halten), whether a form is in the mood of reported speech ("sei",
 * "habe", "wolle") and whether it is an infinitive with "zu". CoreNLP's German models give words
 * no lemma and no mood.
 */
public final class GermanMorphology {
  private GermanMorphology() {}

  private static final Dictionary DICTIONARY = load();
  // A lookup keeps buffers of its own; one per thread.
  private static final ThreadLocal<DictionaryLookup> LOOKUP =
      ThreadLocal.withInitial(() -> new DictionaryLookup(DICTIONARY));

  private static Dictionary load() {
    URL url = GermanMorphology.class.getResource("/org/languagetool/resource/de/german.dict");
    if (url == null) {
      throw new IllegalStateException("german.dict (german-pos-dict) is not on the class path");
    }
    try {
      return Dictionary.read(url);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read german.dict", e);
    }
  }

  /** The infinitives the dictionary gives a form as a verb, in its order; empty if none. */
  public static List<String> verbLemmas(String word) {
    List<String> out = new ArrayList<>();
    for (WordData wd : lookup(word)) {
      String tag = String.valueOf(wd.getTag());
      String lemma = String.valueOf(wd.getStem()).toLowerCase(Locale.ROOT);
      if (tag.startsWith("VER") && !out.contains(lemma)) {
        out.add(lemma);
      }
    }
    return out;
  }

  /**
   * Whether a form can only be read as a subjunctive in the third person: the present one
   * (Konjunktiv I: "sei", "habe", "komme") or the past plural that stands in for it ("hätten",
   * "würden"), but no form an indicative of the third person shares ("kommen", "gingen").
   */
  static boolean reportedMood(String word) {
    boolean subjunctive = false;
    for (WordData wd : lookup(word)) {
      List<String> tag = List.of(String.valueOf(wd.getTag()).split(":"));
      if (!tag.get(0).equals("VER") || !tag.contains("3")) {
        continue;
      }
      if (tag.contains("PRÄ") || tag.contains("PRT")) {
        return false;
      }
      // The past subjunctive only in the plural, where the present one looks indicative;
      // "wäre", "würde" mostly state a condition.
      subjunctive |= tag.contains("KJ1") || tag.contains("KJ2") && tag.contains("PLU");
    }
    return subjunctive;
  }

  /**
   * Whether the dictionary reads a form as a past indicative ("nahm", "wurde", "hatte",
   * "verurteilten", whose past subjunctive looks the same) and never as a present ("kommen",
   * "sei"); a form that is only a past subjunctive ("hätte", "würde") is none.
   */
  public static boolean pastIndicative(String word) {
    boolean past = false;
    for (WordData wd : lookup(word)) {
      List<String> tag = List.of(String.valueOf(wd.getTag()).split(":"));
      if (!tag.get(0).equals("VER")) {
        continue;
      }
      if (tag.contains("PRÄ") || tag.contains("KJ1")) {
        return false;
      }
      past |= tag.contains("PRT") && !tag.contains("KJ2");
    }
    return past;
  }

  /**
   * Whether a finite verb form is of the third person singular ("sagte", "hat": true) or plural
   * ("sagten", "haben": false) in every reading the dictionary gives it as a verb; null where it
   * has both or is no such form.
   */
  static @Nullable Boolean thirdPersonSingular(String word) {
    return onlyFirst(word, "VER", "3", "SIN", "PLU");
  }

  /**
   * The gender the dictionary gives a word as a first name ("Olaf": 'M', "Annalena": 'F'), or 0
   * where it is no first name or either.
   */
  static char firstNameGender(String word) {
    Boolean male = onlyFirst(word, "EIG", "VOR", "MAS", "FEM");
    return male == null ? 0 : male ? 'M' : 'F';
  }

  /**
   * Among the readings of a word of a kind ("VER") with a mark ("3"): whether they all carry
   * the first of two features and none the second (true), the reverse (false), or null where
   * they carry both or neither.
   */
  private static @Nullable Boolean onlyFirst(String word, String kind, String mark, String first,
      String second) {
    boolean one = false;
    boolean other = false;
    for (WordData wd : lookup(word)) {
      List<String> tag = List.of(String.valueOf(wd.getTag()).split(":"));
      if (tag.get(0).equals(kind) && tag.contains(mark)) {
        one |= tag.contains(first);
        other |= tag.contains(second);
      }
    }
    return one == other ? null : one;
  }

  /** Whether the dictionary reads a form as a verb's past participle ("aufgenommen"). */
  public static boolean pastParticiple(String word) {
    for (WordData wd : lookup(word)) {
      List<String> tag = List.of(String.valueOf(wd.getTag()).split(":"));
      if (tag.get(0).equals("VER") && tag.contains("PA2")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the dictionary reads the form as a present subjunctive (KJ1: "sei", "habe"). */
  static boolean presentSubjunctive(String word) {
    for (WordData wd : lookup(word)) {
      if (List.of(String.valueOf(wd.getTag()).split(":")).contains("KJ1")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the dictionary knows a noun and never as a masculine singular: after "der" it is
   * then a dative or genitive ("der Ukraine", "der Bundesregierung"), never a subject. A noun
   * the dictionary lacks is read by its ending, one of {@code feminineEndings} ("Mongolei",
   * "Delegation").
   */
  public static boolean neverMasculineSingular(String noun, Set<String> feminineEndings) {
    List<WordData> readings = lookup(noun);
    if (readings.isEmpty()) {
      String w = noun.toLowerCase(Locale.GERMAN);
      return feminineEndings.stream().anyMatch(w::endsWith);
    }
    boolean known = false;
    for (WordData wd : readings) {
      List<String> tag = List.of(String.valueOf(wd.getTag()).split(":"));
      if (!tag.get(0).equals("SUB") && !tag.get(0).equals("EIG")) {
        continue;
      }
      known = true;
      if (tag.contains("MAS") && tag.contains("SIN") || tag.contains("NOG")) {
        return false;
      }
    }
    return known;
  }

  /** Whether the dictionary reads the form as an infinitive with "zu" ("festzunehmen"). */
  public static boolean zuInfinitive(String word) {
    for (WordData wd : lookup(word)) {
      if (String.valueOf(wd.getTag()).contains(":EIZ")) {
        return true;
      }
    }
    return false;
  }

  private static List<WordData> lookup(String word) {
    List<WordData> found = new ArrayList<>();
    DictionaryLookup l = LOOKUP.get();
    for (WordData wd : l.lookup(word)) {
      found.add(wd.clone());
    }
    if (found.isEmpty() && !word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
      for (WordData wd : l.lookup(word.toLowerCase(Locale.GERMAN))) {
        found.add(wd.clone());
      }
    }
    return found;
  }
}
