package org.herald.core.model;

/**
 * A stretch of the clean text: {@code [start, end)} in UTF-16 code units.
 *
 * @param start first character, inclusive, at least 0
 * @param end   last character, exclusive, at least {@code start}
 */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    check(start, end);
  }

  /** Rejects offsets that cannot form a span; records that store offsets flat call it too. */
  public static void check(int start, int end) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The covered text of {@code text}. */
  public String of(String text) {
    return text.substring(start, end);
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
