package org.herald.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.core.ContractJson;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.herald.core.RawInput;
import org.jspecify.annotations.Nullable;

/**
 * The command line's way into a running {@code serve} or {@code watch} that owns an embedded
 * store: the same work as the command does directly, done through the server's API.
 */
final class RemoteHerald {
  private final ServerLock.Found server;
  private final HttpClient client = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10)).build();

  private RemoteHerald(ServerLock.Found server) {
    this.server = server;
  }

  /** The server that owns the embedded store in {@code dataDir}, if one runs and answers. */
  static Optional<RemoteHerald> find(Path dataDir) {
    Optional<ServerLock.Found> found = ServerLock.read(dataDir);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    RemoteHerald r = new RemoteHerald(found.get());
    try {
      r.send(HttpRequest.newBuilder(r.uri("/api/status", Map.of())).GET(),
          HttpResponse.BodyHandlers.discarding());
      return Optional.of(r);
    } catch (HeraldException e) {
      return Optional.empty();
    }
  }

  /** For messages: which process does the work. */
  String describe() {
    return "the running Herald server (process " + server.pid() + ", " + server.url() + ")";
  }

  /**
   * Ingests one input.
   *
   * @return true where it was new, false where it was stored already
   */
  boolean ingest(RawInput raw, boolean nlp) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("name", raw.name().length() > 500 ? raw.name().substring(raw.name().length() - 500)
        : raw.name());
    put(q, "published", raw.published());
    put(q, "url", raw.url());
    put(q, "lang", raw.language());
    if (!nlp) {
      q.put("nlp", "false");
    }
    HttpResponse<String> res = send(authorised(HttpRequest.newBuilder(uri("/api/documents", q))
        .header("Content-Type", raw.name().endsWith(".txt") ? "text/plain; charset=utf-8"
            : "application/octet-stream")
        .POST(HttpRequest.BodyPublishers.ofByteArray(raw.bytes()))),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return res.statusCode() == 201;
  }

  /**
   * Analyses one input with the server's pipeline, storing nothing; returns the document's
   * contract JSON (one line).
   */
  String analyze(RawInput raw, boolean tokens, double minConfidence) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("name", raw.name().length() > 500 ? raw.name().substring(raw.name().length() - 500)
        : raw.name());
    put(q, "published", raw.published());
    put(q, "url", raw.url());
    put(q, "lang", raw.language());
    if (tokens) {
      q.put("tokens", "true");
    }
    if (minConfidence > 0) {
      q.put("minConfidence", Double.toString(minConfidence));
    }
    return send(authorised(HttpRequest.newBuilder(uri("/api/analyze", q))
        .header("Content-Type", raw.name().endsWith(".txt") ? "text/plain; charset=utf-8"
            : "application/octet-stream")
        .POST(HttpRequest.BodyPublishers.ofByteArray(raw.bytes()))),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
  }

  /** Writes an export to {@code out}; returns the events written where it can tell. */
  long export(String format, boolean reviewed, double minConfidence, OutputStream out) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("format", format);
    if (reviewed) {
      q.put("reviewed", "true");
    }
    if (minConfidence > 0) {
      q.put("minConfidence", Double.toString(minConfidence));
    }
    HttpResponse<InputStream> res = send(HttpRequest.newBuilder(uri("/api/export", q)).GET(),
        HttpResponse.BodyHandlers.ofInputStream());
    long lines = 0;
    try (InputStream in = res.body()) {
      byte[] buf = new byte[65536];
      int n;
      while ((n = in.read(buf)) > 0) {
        out.write(buf, 0, n);
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            lines++;
          }
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.UNREADABLE, "the export from " + describe()
          + " broke off: " + e.getMessage(), e);
    }
    return format.equals("csv") ? Math.max(0, lines - 1) : format.equals("parquet") ? -1 : lines;
  }

  /** The reviews as gold, each document with its stored page. */
  /** The store's learned people ({@code /api/learned}). */
  List<org.herald.core.LearnedPeople.Learned> learned() {
    String body = send(HttpRequest.newBuilder(uri("/api/learned", Map.of())).GET(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    try {
      return List.of(ContractJson.mapper().readValue(body,
          org.herald.core.LearnedPeople.Learned[].class));
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.INTERNAL, describe() + " answered a bad list: "
          + e.getMessage(), e);
    }
  }

  List<org.herald.store.Reviews.GoldArticle> reviewGold() {
    List<org.herald.store.Reviews.GoldArticle> out = new ArrayList<>();
    String lines = send(HttpRequest.newBuilder(uri("/api/reviews/export", Map.of())).GET(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    for (String line : lines.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      try {
        com.fasterxml.jackson.databind.node.ObjectNode n =
            (com.fasterxml.jackson.databind.node.ObjectNode) ContractJson.mapper().readTree(line);
        String id = n.path("page").asText().replaceFirst("^pages/", "")
            .replaceFirst("\\.(html|txt)\\.gz$", "");
        byte[] page = send(HttpRequest.newBuilder(uri("/api/documents/"
            + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/raw", Map.of())).GET(),
            HttpResponse.BodyHandlers.ofByteArray()).body();
        out.add(new org.herald.store.Reviews.GoldArticle(id, n, gzip(page)));
      } catch (IOException e) {
        throw new HeraldException(ErrorCode.INTERNAL, describe() + " answered a bad line: "
            + e.getMessage(), e);
      }
    }
    return out;
  }

  private static byte[] gzip(byte[] raw) throws IOException {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    try (var z = new java.util.zip.GZIPOutputStream(b)) {
      z.write(raw);
    }
    return b.toByteArray();
  }

  /** Re-analyses the stale documents in the server. */
  Reanalysis.Summary reanalyze() {
    JsonNode n = json(send(authorised(HttpRequest.newBuilder(uri("/api/reanalyze", Map.of()))
        .POST(HttpRequest.BodyPublishers.noBody())),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    List<String> failures = new ArrayList<>();
    n.path("failures").forEach(f -> failures.add(f.asText()));
    List<String> unmatched = new ArrayList<>();
    n.path("unmatchedReviews").forEach(f -> unmatched.add(f.asText()));
    return new Reanalysis.Summary(n.path("stale").asInt(), n.path("reanalysed").asInt(),
        failures, unmatched);
  }

  /** Splits a mention out of its event; returns the new event's id. */
  String split(String mention) {
    String path = "/api/event-mentions/" + URLEncoder.encode(mention, StandardCharsets.UTF_8)
        .replace("+", "%20") + "/split";
    return json(send(authorised(HttpRequest.newBuilder(uri(path, Map.of()))
        .POST(HttpRequest.BodyPublishers.noBody())),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))).path("id").asText();
  }

  private static void put(Map<String, String> q, String key, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      q.put(key, value);
    }
  }

  private URI uri(String path, Map<String, String> query) {
    StringBuilder s = new StringBuilder(server.url()).append(path);
    char sep = '?';
    for (Map.Entry<String, String> e : query.entrySet()) {
      s.append(sep).append(e.getKey()).append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
      sep = '&';
    }
    return URI.create(s.toString());
  }

  private HttpRequest.Builder authorised(HttpRequest.Builder b) {
    return server.token() == null ? b : b.header("Authorization", "Bearer " + server.token());
  }

  private <T> HttpResponse<T> send(HttpRequest.Builder req, HttpResponse.BodyHandler<T> body) {
    HttpResponse<T> res;
    try {
      res = client.send(req.build(), body);
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.UNREADABLE, describe() + " does not answer: "
          + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HeraldException(ErrorCode.INTERNAL, "interrupted waiting for " + describe());
    }
    if (res.statusCode() >= 400) {
      String detail = "";
      Object b = res.body();
      try {
        String text = b instanceof String s ? s : b instanceof InputStream in
            ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : "";
        detail = ContractJson.mapper().readTree(text).path("detail").asText(text);
      } catch (IOException e) {
        detail = "HTTP " + res.statusCode();
      }
      throw new HeraldException(res.statusCode() < 500 ? ErrorCode.BAD_ARGUMENT
          : ErrorCode.INTERNAL, detail);
    }
    return res;
  }

  private JsonNode json(HttpResponse<String> res) {
    try {
      return ContractJson.mapper().readTree(res.body());
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.INTERNAL, describe() + " answered no JSON: "
          + e.getMessage(), e);
    }
  }
}
