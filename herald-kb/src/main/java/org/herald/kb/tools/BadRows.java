package org.herald.kb.tools;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows a converter reports instead of dropping them silently: each on a line of its own
 * ("file:line: kind: the row"), and a count of each kind for the summary.
 */
final class BadRows {
  private final PrintStream err;
  private final Map<String, Integer> counts = new TreeMap<>();

  BadRows(PrintStream err) {
    this.err = err;
  }

  /** A bad row of a file. */
  void report(String kind, String file, int line, String detail) {
    report(kind, file + ":" + line + ": " + detail);
  }

  /** A bad row given as its place and its text joined by ": " ("file:line: the row"). */
  void report(String kind, String placeAndDetail) {
    counts.merge(kind, 1, Integer::sum);
    String s = placeAndDetail.replace('\n', ' ');
    int colon = s.indexOf(": ");
    err.println(colon < 0 ? s + ": " + kind
        : s.substring(0, colon) + ": " + kind + s.substring(colon));
  }

  /** How many rows of each kind were reported. */
  Map<String, Integer> counts() {
    return Map.copyOf(counts);
  }

  /** The summary's lines: the total, then each kind with its count. */
  String summary() {
    StringBuilder sb = new StringBuilder();
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    sb.append(String.format("%d rows reported:%n", total));
    counts.forEach((k, v) -> sb.append(String.format("  %6d %s%n", v, k)));
    return sb.toString();
  }
}
