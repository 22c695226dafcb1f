package org.herald.core;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * An article as it arrives: its bytes and what the caller knows about it.
 *
 * @param name      what error messages call it (a file name, "-", a URL)
 * @param bytes     the raw content
 * @param mediaType "text/html" or "text/plain", or null to decide from the name and content
 * @param published ISO date of publication given by the caller, or null
 * @param url       the article's address, or null
 * @param language  ISO 639-1 code forced by the caller, or null for automatic identification
 */
public record RawInput(
    String name, byte[] bytes, @Nullable String mediaType, @Nullable String published,
    @Nullable String url, @Nullable String language) {
  public RawInput {
    requireNonNull(name, "name is null");
    requireNonNull(bytes, "bytes is null");
  }

  public static RawInput of(String name, byte[] bytes) {
    return new RawInput(name, bytes, null, null, null, null);
  }

  public RawInput withPublished(@Nullable String value) {
    return new RawInput(name, bytes, mediaType, value, url, language);
  }

  public RawInput withUrl(@Nullable String value) {
    return new RawInput(name, bytes, mediaType, published, value, language);
  }

  public RawInput withLanguage(@Nullable String value) {
    return new RawInput(name, bytes, mediaType, published, url, value);
  }

  /**
   * Whether a publication date given from outside (a sidecar, a stream message) is a day
   * YYYY-MM-DD that exists, or an ISO 8601 date-time on such a day.
   */
  public static boolean isDay(String s) {
    try {
      if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        LocalDate.parse(s);
        return true;
      }
      if (s.matches("\\d{4}-\\d{2}-\\d{2}T.+")) {
        DateTimeFormatter.ISO_DATE_TIME.parse(s);
        return true;
      }
    } catch (DateTimeParseException e) {
      return false;
    }
    return false;
  }

  /** Whether an address given from outside is an absolute http or https address with a host. */
  public static boolean isWebAddress(String s) {
    try {
      URI u = new URI(s);
      return u.getScheme() != null && u.getHost() != null
          && (u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https"));
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
