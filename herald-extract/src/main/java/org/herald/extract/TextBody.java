package org.herald.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.herald.core.model.Paragraph;

/** Joins paragraphs into the clean text, separated by blank lines, and records their spans. */
final class TextBody {
  private final StringBuilder text = new StringBuilder();
  private final List<Paragraph> paragraphs = new ArrayList<>();

  void add(String paragraph) {
    add(paragraph, -1, -1);
  }

  /**
   * Adds a paragraph with where it stands in the decoded input ({@code -1} where unknown).
   */
  void add(String paragraph, int sourceStart, int sourceEnd) {
    String p = normalise(paragraph);
    if (p.isEmpty()) {
      return;
    }
    if (text.length() > 0) {
      text.append("\n\n");
    }
    int start = text.length();
    text.append(p);
    boolean known = sourceStart >= 0 && sourceEnd >= sourceStart;
    paragraphs.add(new Paragraph(start, text.length(), null, known ? sourceStart : null,
        known ? sourceEnd : null));
  }

  String text() {
    return text.toString();
  }

  List<Paragraph> paragraphs() {
    return paragraphs;
  }

  /**
   * Folds runs of white space (non-breaking spaces too) inside a paragraph into one space, drops
   * invisible formatting characters and composes the text (Unicode NFC), so that an "ü" written
   * as "u" and a combining diaeresis reads, searches and matches dictionaries as "ü".
   */
  static String normalise(String s) {
    if (hasInvisible(s)) {
      s = stripInvisible(s);
    }
    if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFC);
    }
    StringBuilder sb = null;
    int n = s.length();
    boolean space = false;
    int start = 0;
    while (start < n && isSpace(s.charAt(start))) {
      start++;
    }
    int end = n;
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        if (!space) {
          if (sb == null && c != ' ') {
            sb = new StringBuilder(end - start).append(s, start, i);
          }
          if (sb != null) {
            sb.append(' ');
          }
          space = true;
        } else if (sb == null) {
          sb = new StringBuilder(end - start).append(s, start, i);
        }
      } else {
        if (sb != null) {
          sb.append(c);
        }
        space = false;
      }
    }
    return sb != null ? sb.toString() : s.substring(start, end);
  }

  /**
   * Soft hyphens, zero-width spaces, word joiners and byte-order marks: in the markup, never seen
   * by a reader. Zero-width (non-)joiners stay: Persian and Indic spelling needs them.
   */
  private static boolean isInvisible(char c) {
    return c == '\u00AD' || c == '\u200B' || c == '\u2060' || c == '\uFEFF';
  }

  private static boolean hasInvisible(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isInvisible(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String stripInvisible(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isInvisible(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\f'
        || c == '\u000B' || c == '\u2028' || c == '\u2029';
  }
}
