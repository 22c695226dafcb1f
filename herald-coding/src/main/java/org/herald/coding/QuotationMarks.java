package org.herald.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where words in quotation marks are in a text, for {@link QuoteStage}: each opening mark paired
 * with the closing mark of its style („…“, »…«, «…», “…”, "…", ‚…‘, ”…”), „…“ also closed by ” or
 * a typed ", and “…” by two apostrophes; the outermost span only, within three paragraphs and
 * 2,000 characters. Thread-safe.
 */
final class QuotationMarks {
  private static final Map<Character, Character> MARKS = Map.of(
      '„', '“', '“', '”', '"', '"', '»', '«', '«', '»', '‚', '‘', '”', '”');

  private QuotationMarks() {}

  /** The inner spans of quotation marks, outermost only, paired by style. */
  static List<int[]> directSpans(String text) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      Character close = MARKS.get(c);
      boolean opening = close != null && (c != '"' || i == 0 || !Character.isLetterOrDigit(
          text.charAt(i - 1))) && (c != '‚' || i == 0 || Character.isWhitespace(text.charAt(i - 1)));
      if (!opening || i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))
          && c != '»' && c != '«') {
        i++;
        continue;
      }
      int end = closing(text, i + 1, c, close);
      if (end < 0) {
        i++;
        continue;
      }
      String inner = text.substring(i + 1, end).strip();
      if (inner.length() >= 2 && inner.codePoints().anyMatch(Character::isLetter)) {
        int s = i + 1;
        while (s < end && Character.isWhitespace(text.charAt(s))) {
          s++;
        }
        int e = end;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
        out.add(new int[] {s, e});
      }
      i = end + 1;
    }
    return out;
  }

  /** The closing mark of a quote, within 2,000 characters and three paragraphs, or -1. */
  private static int closing(String text, int from, char open, char close) {
    int paragraphs = 0;
    boolean nested = false; // a straight "…" inside „…“
    for (int k = from; k < Math.min(text.length(), from + 2000); k++) {
      char c = text.charAt(k);
      if (c == '\n' && k + 1 < text.length() && text.charAt(k + 1) == '\n' && ++paragraphs > 3) {
        return -1;
      }
      if (open == '„' && c == '"') {
        boolean opensNested = Character.isWhitespace(text.charAt(k - 1))
            && k + 1 < text.length() && Character.isLetterOrDigit(text.charAt(k + 1));
        if (nested || opensNested) {
          nested = !nested;
          continue;
        }
      }
      // „…“ is often closed by ” or, typed on a keyboard, by a straight " („gute Rollen"); “…”
      // now and then by two apostrophes (“It was an attempt to mislead voters,’’)
      boolean closes = c == close || open == '„' && (c == '”' || c == '"'
          && (k + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(k + 1))))
          || open == '“' && c == '“'
          && k + 1 < text.length() && !Character.isLetter(text.charAt(k + 1))
          || open == '“' && c == '’' && k + 1 < text.length() && text.charAt(k + 1) == '’';
      if (closes && (close != '‘' || k + 1 >= text.length()
          || !Character.isLetter(text.charAt(k + 1)))) {
        return k;
      }
    }
    return -1;
  }
}
