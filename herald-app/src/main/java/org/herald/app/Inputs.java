package org.herald.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.herald.core.ContractJson;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.herald.core.RawInput;
import org.herald.nlp.NlpConfig;
import org.jspecify.annotations.Nullable;

/** Reads input files, standard input and their sidecar {@code NAME.meta.json} files. */
final class Inputs {
  /** Reads one JSON value and refuses anything after it ({@code {} x} is no sidecar). */
  private static final ObjectReader SIDECAR = ContractJson.mapper().reader()
      .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /**
   * At most this many bytes of an input are read, the extractor's limit and one more: a page
   * that goes on past it is cut there with a warning ({@code ArticleExtractor}), and a huge file
   * or a gzip bomb costs no more memory than a page at the limit.
   */
  static final int READ_LIMIT = org.herald.extract.ExtractConfig.DEFAULTS.maxBytes() + 1;

  /** A sidecar longer than this is refused: it holds three short fields. */
  static final int SIDECAR_LIMIT = 64 * 1024;

  private Inputs() {}

  /**
   * A message about an input that names it once: the file's name before the message, unless the
   * message begins with it or with the name of its unzipped content ("page.html" of
   * "page.html.gz"), which the file's name then replaces.
   */
  static String named(String name, String message) {
    if (message.startsWith(name)) {
      return message;
    }
    String unzipped = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : null;
    if (unzipped != null && message.startsWith(unzipped + ":")) {
      return name + message.substring(unzipped.length());
    }
    return name + ": " + message;
  }

  /** The files below a path: itself if it is a file, else its .html/.htm/.txt files sorted. */
  static List<Path> expand(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> s = Files.walk(path)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.toString().matches("(?i).*\\.(html?|txt)(\\.gz)?$"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.UNREADABLE, path + ": cannot list: " + e.getMessage());
    }
  }

  static RawInput read(String name, @Nullable String published, @Nullable String url,
      @Nullable String language) {
    byte[] bytes;
    RawInput input;
    try {
      if (name.equals("-")) {
        bytes = System.in.readNBytes(READ_LIMIT);
        input = RawInput.of("-", bytes);
      } else {
        Path p = Path.of(name);
        if (!Files.exists(p)) {
          throw new HeraldException(ErrorCode.UNREADABLE, name + ": no such file");
        }
        if (Files.isDirectory(p)) {
          throw new HeraldException(ErrorCode.UNREADABLE, name + ": is a directory");
        }
        String shown = name;
        if (name.endsWith(".gz")) {
          try (java.io.InputStream in = new java.util.zip.GZIPInputStream(
              Files.newInputStream(p))) {
            bytes = in.readNBytes(READ_LIMIT);
          } catch (IOException e) {
            throw new HeraldException(ErrorCode.UNREADABLE, name + ": not valid gzip data");
          }
          shown = name.substring(0, name.length() - 3);
        } else {
          try (java.io.InputStream in = Files.newInputStream(p)) {
            bytes = in.readNBytes(READ_LIMIT);
          }
        }
        input = withSidecar(new RawInput(shown, bytes, null, null, null, null), p);
      }
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.UNREADABLE, name + ": cannot read: " + e.getMessage());
    }
    if (published != null) {
      input = input.withPublished(published);
    }
    if (url != null) {
      input = input.withUrl(url);
    }
    if (language != null) {
      input = input.withLanguage(language);
    }
    return input;
  }

  /**
   * Applies {@code NAME.meta.json} beside {@code NAME.ext} (or {@code NAME.ext.gz}), if there is
   * one. The sidecar is one
   * JSON object whose {@code published} (a day YYYY-MM-DD, or an ISO 8601 date-time),
   * {@code url} (an absolute http or https address) and {@code language} (a language Herald
   * analyses: de or en) are each a string, null or absent; other fields are ignored.
   *
   * @throws HeraldException where the sidecar is anything else; the message names the sidecar
   *     and the reason
   */
  private static RawInput withSidecar(RawInput input, Path file) {
    String base = file.getFileName().toString().replaceFirst("\\.gz$", "")
        .replaceFirst("\\.[^.]+$", ""); // NAME.html.gz has NAME.meta.json, as NAME.html has
    Path meta = file.resolveSibling(base + ".meta.json");
    if (!Files.isRegularFile(meta)) {
      return input;
    }
    JsonNode node;
    try {
      if (Files.size(meta) > SIDECAR_LIMIT) {
        throw sidecar(meta, "is larger than " + SIDECAR_LIMIT / 1024 + " KiB; a sidecar holds"
            + " published, url and language");
      }
      node = SIDECAR.readTree(Files.readAllBytes(meta));
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new HeraldException(ErrorCode.UNREADABLE, meta + ": not valid JSON: "
          + e.getOriginalMessage() + (at == null ? "" : " (line " + at.getLineNr() + ", column "
          + at.getColumnNr() + ")"));
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.UNREADABLE, meta + ": cannot read: " + e.getMessage());
    }
    if (node == null || node.isMissingNode()) {
      throw sidecar(meta, "is empty; expected a JSON object such as"
          + " {\"published\": \"2024-05-01\"}");
    }
    if (!node.isObject()) {
      throw sidecar(meta, "must be a JSON object such as {\"published\": \"2024-05-01\"}, not"
          + " a JSON " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    RawInput out = input;
    String published = field(meta, node, "published");
    if (published != null) {
      if (!RawInput.isDay(published)) {
        throw sidecar(meta, "published must be a day YYYY-MM-DD (or an ISO 8601 date-time),"
            + " not '" + shown(published) + "'");
      }
      out = out.withPublished(published);
    }
    String url = field(meta, node, "url");
    if (url != null) {
      if (!RawInput.isWebAddress(url)) {
        throw sidecar(meta, "url must be an absolute http or https address, not '"
            + shown(url) + "'");
      }
      out = out.withUrl(url);
    }
    String language = field(meta, node, "language");
    if (language != null) {
      if (!NlpConfig.KNOWN.contains(language)) {
        throw sidecar(meta, "language must be one of "
            + String.join(", ", NlpConfig.KNOWN.stream().sorted().toList()) + ", not '"
            + shown(language) + "'");
      }
      out = out.withLanguage(language);
    }
    return out;
  }

  /** A sidecar's field: its string, or null where it is absent or null. */
  private static @Nullable String field(Path meta, JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw sidecar(meta, name + " must be a string, not a JSON "
          + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    return v.asText();
  }

  private static HeraldException sidecar(Path meta, String reason) {
    return new HeraldException(ErrorCode.BAD_ARGUMENT, meta + ": " + reason);
  }

  /** A value as a message shows it: at most 100 characters. */
  private static String shown(String s) {
    return s.length() <= 100 ? s : s.substring(0, 100) + "...";
  }

  /** Whether an argument is a web address rather than a file. */
  static boolean isAddress(String name) {
    return name.regionMatches(true, 0, "http://", 0, 7)
        || name.regionMatches(true, 0, "https://", 0, 8);
  }

  /**
   * Fetches one web page as the feed watcher does: robots.txt honoured, Herald's User-Agent,
   * a deadline and a size cap. An error names the address and the reason.
   */
  static RawInput fetch(String address) {
    java.net.URI url;
    try {
      url = new java.net.URI(address);
    } catch (java.net.URISyntaxException e) {
      throw new HeraldException(ErrorCode.BAD_ARGUMENT, address + ": not a valid address");
    }
    org.herald.feeds.Fetcher fetcher = new org.herald.feeds.Fetcher(
        org.herald.feeds.Fetcher.Settings.defaults(org.herald.engine.Engine.version()),
        org.herald.feeds.Fetcher.Hosts.inMemory(), line -> { });
    try {
      if (!fetcher.allowed(url)) {
        throw new HeraldException(ErrorCode.UNREADABLE, address
            + ": robots.txt of its site refuses Herald");
      }
      org.herald.feeds.Fetcher.Response res =
          fetcher.get(url, null, null, fetcher.settings().pageLimit());
      if (res.status() != 200) {
        throw new HeraldException(ErrorCode.UNREADABLE, address + ": HTTP " + res.status());
      }
      return new RawInput(address, res.body(), res.contentType(), null, res.uri().toString(),
          null);
    } catch (org.herald.feeds.Fetcher.FetchFailed e) {
      throw new HeraldException(ErrorCode.UNREADABLE, address + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HeraldException(ErrorCode.INTERNAL, address + ": interrupted");
    }
  }

  static List<String> names(List<String> args) {
    List<String> out = new ArrayList<>();
    for (String a : args) {
      if (a.equals("-") || isAddress(a)) {
        out.add(a);
      } else {
        expand(Path.of(a)).forEach(p -> out.add(p.toString()));
      }
    }
    return out;
  }
}
