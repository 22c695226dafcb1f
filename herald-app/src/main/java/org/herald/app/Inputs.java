package org.herald.app;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.jspecify.annotations.Nullable;

/** Reads input files, standard input and their sidecar {@code NAME.meta.json} files. */
final class Inputs {
  private Inputs() {}

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
        bytes = System.in.readAllBytes();
        input = RawInput.of("-", bytes);
      } else {
        Path p = Path.of(name);
        if (!Files.exists(p)) {
          throw new HeraldException(ErrorCode.UNREADABLE, name + ": no such file");
        }
        if (Files.isDirectory(p)) {
          throw new HeraldException(ErrorCode.UNREADABLE, name + ": is a directory");
        }
        bytes = Files.readAllBytes(p);
        String shown = name;
        if (name.endsWith(".gz")) {
          try (java.io.InputStream in = new java.util.zip.GZIPInputStream(
              new java.io.ByteArrayInputStream(bytes))) {
            bytes = in.readAllBytes();
          } catch (IOException e) {
            throw new HeraldException(ErrorCode.UNREADABLE, name + ": not valid gzip data");
          }
          shown = name.substring(0, name.length() - 3);
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

  /** Applies {@code NAME.meta.json} beside {@code NAME.ext}, if there is one. */
  private static RawInput withSidecar(RawInput input, Path file) throws IOException {
    String base = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    Path meta = file.resolveSibling(base + ".meta.json");
    if (!Files.isRegularFile(meta)) {
      return input;
    }
    JsonNode node;
    try {
      node = ContractJson.mapper().readTree(meta.toFile());
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.UNREADABLE, meta + ": not valid JSON: " + e.getMessage());
    }
    RawInput out = input;
    if (node.hasNonNull("published")) {
      out = out.withPublished(node.get("published").asText());
    }
    if (node.hasNonNull("url")) {
      out = out.withUrl(node.get("url").asText());
    }
    if (node.hasNonNull("language")) {
      out = out.withLanguage(node.get("language").asText());
    }
    return out;
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
