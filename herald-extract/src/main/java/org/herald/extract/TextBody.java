package org.herald.extract;

import java.util.ArrayList;
import java.util.List;
import org.herald.core.model.Paragraph;

/** Joins paragraphs into the clean text, separated by blank lines, and records their spans. */
final class TextBody {
  private final StringBuilder text = new StringBuilder();
  private final List<Paragraph> paragraphs = new ArrayList<>();

  void add(String paragraph) {
    String p = normalise(paragraph);
    if (p.isEmpty()) {
      return;
    }
    if (text.length() > 0) {
      text.append("\n\n");
    }
    int start = text.length();
    text.append(p);
    paragraphs.add(new Paragraph(start, text.length(), null));
  }

  String text() {
    return text.toString();
  }

  List<Paragraph> paragraphs() {
    return paragraphs;
  }

  boolean isEmpty() {
    return paragraphs.isEmpty();
  }

  /** Folds runs of white space (non-breaking spaces too) inside a paragraph into one space. */
  static String normalise(String s) {
    return s.replace('\u00A0', ' ').replaceAll("[ \\t\\x0B\\f\\r\\n\\u2028\\u2029]+", " ").strip();
  }
}
