package org.herald.feeds;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.jspecify.annotations.Nullable;

/**
 * A feed to follow: an RSS, Atom or sitemap address and how often to poll it.
 *
 * @param interval how long between polls; null for the watcher's default
 */
public record FeedSource(URI url, @Nullable Duration interval) {
  private static final Pattern DURATION = Pattern.compile("(\\d+)(s|m|h)");

  /**
   * Reads a feeds file: one address a line, optionally followed by its poll interval
   * ({@code 90s}, {@code 15m}, {@code 2h}); {@code #} starts a comment, blank lines are skipped.
   * A bad line is an error naming the file and the line.
   */
  public static List<FeedSource> read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.UNREADABLE, file + ": cannot read the feeds file: "
          + e.getMessage(), e);
    }
    List<FeedSource> out = new ArrayList<>();
    Set<URI> seen = new LinkedHashSet<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int hash = line.indexOf('#');
      String code = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (code.isEmpty()) {
        continue;
      }
      String where = file + " line " + (i + 1) + ": ";
      String[] parts = code.split("\\s+");
      if (parts.length > 2) {
        throw new HeraldException(ErrorCode.BAD_ARGUMENT, where + "expected an address and"
            + " optionally an interval such as 15m, not '" + code + "'");
      }
      URI url = address(parts[0], where);
      Duration interval = parts.length == 2 ? duration(parts[1], where, Duration.ofSeconds(1))
          : null;
      if (seen.add(url)) {
        out.add(new FeedSource(url, interval));
      }
    }
    if (out.isEmpty()) {
      throw new HeraldException(ErrorCode.BAD_ARGUMENT, file + ": lists no feed (one address a"
          + " line, # for comments)");
    }
    return out;
  }

  /** An absolute http or https address. */
  static URI address(String s, String where) {
    try {
      URI u = new URI(s);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
        throw new URISyntaxException(s, "not an http or https address");
      }
      return u;
    } catch (URISyntaxException e) {
      throw new HeraldException(ErrorCode.BAD_ARGUMENT, where + "'" + s + "' is not an http or"
          + " https address");
    }
  }

  /** A duration such as {@code 90s}, {@code 15m} or {@code 2h}, at least {@code least}. */
  public static Duration duration(String s, String where, Duration least) {
    Matcher m = DURATION.matcher(s.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new HeraldException(ErrorCode.BAD_ARGUMENT, where + "'" + s + "' is not an interval"
          + " such as 90s, 15m or 2h");
    }
    long n = Long.parseLong(m.group(1));
    Duration d = switch (m.group(2)) {
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      default -> Duration.ofHours(n);
    };
    if (d.compareTo(least) < 0) {
      throw new HeraldException(ErrorCode.BAD_ARGUMENT, where + "at least " + least.toSeconds()
          + "s, not '" + s + "'");
    }
    return d;
  }
}
