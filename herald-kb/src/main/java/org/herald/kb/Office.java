package org.herald.kb;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An office a person holds for a time: the president of Russia, NATO's secretary-general.
 *
 * @param place  alpha-3 country code, or the id of an international organisation ("nato")
 * @param office the office's key, such as {@code president} or {@code spokesperson}
 */
public record Office(String place, String office, @Nullable LocalDate from,
    @Nullable LocalDate to) {
  public Office {
    requireNonNull(place, "place is null");
    requireNonNull(office, "office is null");
  }

  public boolean holds(LocalDate day) {
    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }

  /** "RUS:president@2012-05-07/" into an office. */
  static Office parse(String spec) {
    int colon = spec.indexOf(':');
    Role r = Role.parse(spec.substring(colon + 1));
    return new Office(spec.substring(0, colon), r.code(), r.from(), r.to());
  }

  @Override
  public String toString() {
    return place + ":" + new Role(office, from, to);
  }
}
