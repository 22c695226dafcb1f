package org.herald.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.TreeSet;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * What LanguageTool's German morphological dictionary (german-pos-dict) says a word can be, as
 * one feature of the German entity tagger: the sorted set of its word classes, with the kind of
 * a proper name spelt out ("EIG:VOR" a first name, "EIG:NAC" a surname, "EIG:STD" a town,
 * "EIG:COU" a country), joined by '|', or "-" for a word the dictionary lacks. For "Merkel"
 * "EIG:NAC", for "Berlin" "EIG:STD", for "die" "ART|PRO". Thread-safe.
 */
final class WordSignature {
  private static final Dictionary DICTIONARY = load();
  // A lookup keeps buffers of its own; one per thread.
  private static final ThreadLocal<DictionaryLookup> LOOKUP =
      ThreadLocal.withInitial(() -> new DictionaryLookup(DICTIONARY));

  private WordSignature() {}

  private static Dictionary load() {
    URL url = WordSignature.class.getResource("/org/languagetool/resource/de/german.dict");
    if (url == null) {
      throw new IllegalStateException("german.dict (german-pos-dict) is not on the class path");
    }
    try {
      return Dictionary.read(url);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read german.dict", e);
    }
  }

  static String of(String word) {
    TreeSet<String> kinds = new TreeSet<>();
    for (WordData d : LOOKUP.get().lookup(word)) {
      String[] f = String.valueOf(d.getTag()).split(":");
      kinds.add(f[0].equals("EIG") ? "EIG:" + f[f.length - 1] : f[0]);
    }
    return kinds.isEmpty() ? "-" : String.join("|", kinds);
  }
}
