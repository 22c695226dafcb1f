package org.herald.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Finds the dateline that opens a news body: "PEKING –", "BERLIN (dpa) -", "WASHINGTON —". */
final class Dateline {
  private static final Pattern UPPER = Pattern.compile(
      "^(\\p{Lu}[\\p{Lu} .'/-]{1,40}?)(?:,[^–—\\n]{1,40})?(?:\\s*\\([^)\\n]{1,40}\\))?\\s*[–—-]{1,2}\\s");
  private static final Pattern AGENCY = Pattern.compile(
      "^(\\p{Lu}[\\p{L} .'/-]{1,40}?)\\s*\\((?:dpa|AFP|AP|Reuters|KNA|epd|dts|afp|rtr|APA|sda)[^)]{0,20}\\)\\s*[–—-]{1,2}\\s");

  private Dateline() {}

  /** The place of the dateline at the start of {@code paragraph}, or null. */
  static @Nullable String find(String paragraph) {
    Matcher m = UPPER.matcher(paragraph);
    if (m.find()) {
      String place = m.group(1).strip();
      if (place.length() >= 2 && place.equals(place.toUpperCase(java.util.Locale.ROOT))) {
        return place;
      }
    }
    Matcher a = AGENCY.matcher(paragraph);
    return a.find() ? a.group(1).strip() : null;
  }
}
