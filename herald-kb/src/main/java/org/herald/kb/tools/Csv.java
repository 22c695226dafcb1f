package org.herald.kb.tools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits comma-separated values (RFC 4180 quoting), and reads the knowledge base's own files that
 * the converters consult.
 */
final class Csv {
  private Csv() {}

  /** The lines of a bundled knowledge file ("countries.tsv"). */
  static List<String> resource(String name) throws IOException {
    try (InputStream in = Csv.class.getResourceAsStream("/org/herald/kb/" + name)) {
      if (in == null) {
        throw new IOException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  /** One record: the line it starts on (1-based), its text and its cells. */
  record Row(int line, String text, List<String> cells) {}

  /**
   * The records of a file's lines, a quoted cell running over line breaks joined into one record
   * (the first line, a header, included).
   */
  static List<Row> rows(List<String> lines) {
    List<Row> out = new ArrayList<>();
    StringBuilder record = new StringBuilder();
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (record.length() == 0) {
        start = i + 1;
      } else {
        record.append('\n');
      }
      record.append(lines.get(i));
      if (record.chars().filter(c -> c == '"').count() % 2 == 0) {
        out.add(new Row(start, record.toString(), split(record.toString())));
        record.setLength(0);
      }
    }
    if (record.length() > 0) {
      out.add(new Row(start, record.toString(), split(record.toString())));
    }
    return out;
  }

  /** The cells of one record (no line breaks in a cell, or joined by {@link #rows}). */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    return out;
  }
}
