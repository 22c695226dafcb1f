package org.herald.kb;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A CAMEO actor code an entry holds between two dates ("RUSGOV" from 2012-05-07), or always
 * when both ends are open.
 *
 * @param from first day, or null when open
 * @param to   last day, or null when open
 */
public record Role(String code, @Nullable LocalDate from, @Nullable LocalDate to) {
  public Role {
    requireNonNull(code, "code is null");
  }

  public boolean dated() {
    return from != null || to != null;
  }

  /** Whether the role is held on a day. */
  public boolean holds(LocalDate day) {
    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }

  /** "RUSGOV@2012-05-07/" or "RUSELI" into a role. */
  public static Role parse(String spec) {
    int at = spec.indexOf('@');
    if (at < 0) {
      return new Role(spec.strip(), null, null);
    }
    String[] range = spec.substring(at + 1).split("/", -1);
    return new Role(spec.substring(0, at).strip(), day(range[0]),
        range.length > 1 ? day(range[1]) : null);
  }

  private static @Nullable LocalDate day(String s) {
    if (s.isBlank()) {
      return null;
    }
    String d = s.strip();
    // YYYY-MM-DD read directly: LocalDate.parse costs a third of the knowledge base's load time
    // over the 40,000 dates of its files; anything else goes through it (and fails as it does)
    if (d.length() == 10 && d.charAt(4) == '-' && d.charAt(7) == '-' && digits(d, 0, 4)
        && digits(d, 5, 7) && digits(d, 8, 10)) {
      try {
        return LocalDate.of(Integer.parseInt(d, 0, 4, 10), Integer.parseInt(d, 5, 7, 10),
            Integer.parseInt(d, 8, 10, 10));
      } catch (java.time.DateTimeException e) {
        // no such day: LocalDate.parse says so in its own words
      }
    }
    return LocalDate.parse(d);
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    if (!dated()) {
      return code;
    }
    return code + "@" + (from == null ? "" : from) + "/" + (to == null ? "" : to);
  }
}
