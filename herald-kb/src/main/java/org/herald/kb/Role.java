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
    return s.isBlank() ? null : LocalDate.parse(s.strip());
  }

  @Override
  public String toString() {
    if (!dated()) {
      return code;
    }
    return code + "@" + (from == null ? "" : from) + "/" + (to == null ? "" : to);
  }
}
