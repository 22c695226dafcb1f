package org.herald.coding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The word lists bundled beside the coding classes: one entry a line, {@code #} comments. */
final class Resources {
  private Resources() {}

  /** The lines of a bundled list, stripped, without blanks and comments. */
  static List<String> lines(String name) {
    try (InputStream in = Resources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A bundled file of named word lists, a line each: "name TAB words separated by ;". */
  static Map<String, Set<String>> wordLists(String name) {
    Map<String, Set<String>> out = new HashMap<>();
    for (String line : lines(name)) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException(name + ": not 'name TAB words': " + line);
      }
      out.computeIfAbsent(f[0], k -> new HashSet<>()).addAll(List.of(f[1].split(";")));
    }
    return out;
  }
}
