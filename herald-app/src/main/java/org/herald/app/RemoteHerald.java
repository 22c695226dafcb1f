package org.herald.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.HttpURLConnection;
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
  private static final int CONNECT_TIMEOUT_MS = (int) Duration.ofSeconds(10).toMillis();

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
      r.text(r.call("GET", r.uri("/api/status", Map.of()), null, null, false));
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
    Map<String, String> q = describing(raw);
    if (!nlp) {
      q.put("nlp", "false");
    }
    Answer res = call("POST", uri("/api/documents", q), raw.bytes(), type(raw), true);
    text(res);
    return res.status() == 201;
  }

  /**
   * Analyses one input with the server's pipeline, storing nothing; returns the document's
   * contract JSON (one line).
   */
  String analyze(RawInput raw, boolean tokens, double minConfidence) {
    Map<String, String> q = describing(raw);
    if (tokens) {
      q.put("tokens", "true");
    }
    if (minConfidence > 0) {
      q.put("minConfidence", Double.toString(minConfidence));
    }
    return text(call("POST", uri("/api/analyze", q), raw.bytes(), type(raw), true));
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
    Answer res = call("GET", uri("/api/export", q), null, null, false);
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
    String body = text(call("GET", uri("/api/learned", Map.of()), null, null, false));
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
    String lines = text(call("GET", uri("/api/reviews/export", Map.of()), null, null, false));
    for (String line : lines.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      try {
        com.fasterxml.jackson.databind.node.ObjectNode n =
            (com.fasterxml.jackson.databind.node.ObjectNode) ContractJson.mapper().readTree(line);
        String id = n.path("page").asText().replaceFirst("^pages/", "")
            .replaceFirst("\\.(html|txt)\\.gz$", "");
        byte[] page;
        try (InputStream in = call("GET", uri("/api/documents/"
            + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/raw", Map.of()), null, null,
            false).body()) {
          page = in.readAllBytes();
        }
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
    JsonNode n = json(text(call("POST", uri("/api/reanalyze", Map.of()), new byte[0], null,
        true)));
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
    return json(text(call("POST", uri(path, Map.of()), new byte[0], null, true))).path("id")
        .asText();
  }

  /** The query that names and dates a posted input: name, published, url, lang. */
  private static Map<String, String> describing(RawInput raw) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("name", raw.name().length() > 500 ? raw.name().substring(raw.name().length() - 500)
        : raw.name());
    put(q, "published", raw.published());
    put(q, "url", raw.url());
    put(q, "lang", raw.language());
    return q;
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

  /** An answer of the server below 400: its status and body. */
  private record Answer(int status, InputStream body) {}

  private static String type(RawInput raw) {
    return raw.name().endsWith(".txt") ? "text/plain; charset=utf-8" : "application/octet-stream";
  }

  /**
   * One request (plain HttpURLConnection: the loopback needs no TLS, and the command starts
   * faster without java.net.http's machinery); an answer of 400 or more throws with the
   * server's detail.
   */
  private Answer call(String method, URI uri, byte @Nullable [] body, @Nullable String type,
      boolean authorised) {
    try {
      HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
      c.setConnectTimeout(CONNECT_TIMEOUT_MS);
      c.setRequestMethod(method);
      if (authorised && server.token() != null) {
        c.setRequestProperty("Authorization", "Bearer " + server.token());
      }
      if (body != null) {
        c.setDoOutput(true);
        if (type != null) {
          c.setRequestProperty("Content-Type", type);
        }
        c.setFixedLengthStreamingMode(body.length);
        try (OutputStream out = c.getOutputStream()) {
          out.write(body);
        }
      }
      int status = c.getResponseCode();
      if (status >= 400) {
        InputStream err = c.getErrorStream();
        String text = err == null ? "" : new String(err.readAllBytes(), StandardCharsets.UTF_8);
        String detail;
        try {
          detail = ContractJson.mapper().readTree(text).path("detail").asText(text);
        } catch (IOException e) {
          detail = "HTTP " + status;
        }
        throw new HeraldException(status < 500 ? ErrorCode.BAD_ARGUMENT : ErrorCode.INTERNAL,
            detail.isEmpty() ? "HTTP " + status : detail);
      }
      return new Answer(status, c.getInputStream());
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.UNREADABLE, describe() + " does not answer: "
          + e.getMessage(), e);
    }
  }

  private String text(Answer a) {
    try (InputStream in = a.body()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.UNREADABLE, describe() + " broke off: "
          + e.getMessage(), e);
    }
  }

  private JsonNode json(String body) {
    try {
      return ContractJson.mapper().readTree(body);
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.INTERNAL, describe() + " answered no JSON: "
          + e.getMessage(), e);
    }
  }
}
