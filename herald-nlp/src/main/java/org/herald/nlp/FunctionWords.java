package org.herald.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.jspecify.annotations.Nullable;

/**
 * Settles the language of a text that is plainly in one of Herald's languages by its function
 * words ({@code language/function-words-LANG.txt}: words of that language that no other common
 * language of Latin script writes), so that a process whose texts are all plain German or plain
 * English never loads Lingua's models (about a second of a one-sentence {@code analyze}, issue
 * 24). A text is plainly in a language when at least two different words of its list make up at
 * least {@link #MIN_SHARE} of its words and the lists of the other languages match at most one
 * word in {@link #MAX_FOREIGN} of those, unless most of its words are capitalised (a title, a
 * line of names: its few function words say little against its names, which come from any
 * language). Anything else, a text in another language above all, is left to Lingua.
 * Thread-safe.
 */
final class FunctionWords {
  /** The least share of a text's words that its language's function words make up. */
  static final double MIN_SHARE = 0.15;
  /** The most words of another language's list, one for this many of the language's own. */
  static final int MAX_FOREIGN = 25;

  /** The most capitalised words, as a share of all, of a text the shortcut settles. */
  static final double MAX_CAPITALISED = 0.6;

  private final Map<String, Set<String>> words = new HashMap<>();

  /** @param languages ISO 639-1 codes; a language without a word list never takes the shortcut */
  FunctionWords(Set<String> languages) {
    for (String code : languages) {
      Set<String> list = list(code);
      if (list != null) {
        words.put(code, list);
      }
    }
  }

  /** The language a text is plainly in, or null where Lingua must decide. */
  @Nullable String plainLanguage(String text) {
    Map<String, Integer> hits = new HashMap<>();
    Map<String, Set<String>> distinct = new HashMap<>();
    int total = 0;
    int capitalised = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      total++;
      if (Character.isUpperCase(text.charAt(start))) {
        capitalised++;
      }
      String word = text.substring(start, i).toLowerCase(Locale.ROOT);
      for (Map.Entry<String, Set<String>> e : words.entrySet()) {
        if (e.getValue().contains(word)) {
          hits.merge(e.getKey(), 1, Integer::sum);
          distinct.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(word);
        }
      }
    }
    if (capitalised > MAX_CAPITALISED * total) {
      return null;
    }
    for (Map.Entry<String, Integer> e : hits.entrySet()) {
      int own = e.getValue();
      if (distinct.get(e.getKey()).size() < 2 || own < MIN_SHARE * total) {
        continue;
      }
      int foreign = total(hits) - own;
      if (foreign * MAX_FOREIGN <= own) {
        return e.getKey();
      }
    }
    return null;
  }

  private static int total(Map<String, Integer> hits) {
    return hits.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static @Nullable Set<String> list(String code) {
    String name = "org/herald/nlp/language/function-words-" + code + ".txt";
    InputStream in = FunctionWords.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      return null;
    }
    Set<String> out = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          out.add(w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (out.isEmpty()) {
      throw new HeraldException(ErrorCode.RESOURCE, "no words in " + name);
    }
    return out;
  }
}
