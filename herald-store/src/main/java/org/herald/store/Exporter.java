package org.herald.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.herald.core.ContractJson;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.jspecify.annotations.Nullable;

/**
 * Writes the stored events in the formats analysts use: the GDELT 2.0 event table (61
 * tab-separated columns, no header), JSON Lines (each event with its mentions and evidence),
 * CSV with a header, and Parquet.
 */
public final class Exporter {
  public enum Format {
    GDELT("text/tab-separated-values", "tsv"), JSONL("application/x-ndjson", "jsonl"),
    CSV("text/csv", "csv"), PARQUET("application/vnd.apache.parquet", "parquet");

    public final String mediaType;
    public final String extension;

    Format(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }

    public static Format parse(String s) {
      try {
        return valueOf(s.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new HeraldException(ErrorCode.BAD_ARGUMENT,
            "format must be gdelt, jsonl, csv or parquet, not '" + s + "'");
      }
    }
  }

  /** The flat columns of the CSV and Parquet exports. */
  static final List<String> CSV_COLUMNS = List.of("id", "event_date", "last_date",
      "source_actor", "source_country", "source_name", "source_key", "target_actor",
      "target_country", "target_name", "target_key", "code", "root", "quad_class", "goldstein",
      "negated", "place", "lat", "lon", "place_country", "num_mentions", "num_articles",
      "num_sources", "source_url", "added_at", "reviewed");

  private final Store store;
  private boolean reviewedOnly;
  private double minConfidence;
  private final Function<String, @Nullable String> fips;

  /** An exporter whose GDELT rows leave the geographic country codes empty. */
  public Exporter(Store store) {
    this(store, alpha3 -> null);
  }

  /**
   * @param fips a country's FIPS 10-4 code from its ISO alpha-3 code (GDELT's geographic
   *     columns use FIPS), or null where unknown
   */
  public Exporter(Store store, Function<String, @Nullable String> fips) {
    this.store = store;
    this.fips = fips;
  }

  /** Exports only the events an analyst reviewed (a report confirmed, corrected or added). */
  public Exporter reviewedOnly(boolean only) {
    this.reviewedOnly = only;
    return this;
  }

  /**
   * Only the events with a report of at least this confidence (0.2: those Herald stands behind;
   * 0, the default: all).
   */
  public Exporter minConfidence(double min) {
    if (!(min >= 0 && min <= 1)) {
      throw new IllegalArgumentException("the minimum confidence must be between 0 and 1, not "
          + min);
    }
    this.minConfidence = min;
    return this;
  }

  private String where() {
    return where("");
  }

  /** The WHERE clause over the events table, its columns prefixed ("e.") or not. */
  private String where(String prefix) {
    List<String> terms = new ArrayList<>();
    if (reviewedOnly) {
      terms.add(prefix + "reviewed");
    }
    if (minConfidence > 0) {
      terms.add(prefix + "id IN (SELECT event_id FROM event_mentions WHERE confidence >= "
          + minConfidence + ")");
    }
    return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
  }

  /** Writes every event in a streamed format (not Parquet, which needs a file). */
  public long write(Format format, OutputStream out) {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    long[] n = {0};
    try {
      switch (format) {
        case GDELT -> store.stream("SELECT * FROM events" + where() + " ORDER BY event_date, id",
            List.of(),
            rs -> {
              write(w, String.join("\t", gdelt(rs, fips)) + "\n");
              n[0]++;
            });
        case CSV -> {
          write(w, String.join(",", CSV_COLUMNS) + "\n");
          store.stream("SELECT " + String.join(", ", CSV_COLUMNS)
              + " FROM events" + where() + " ORDER BY event_date, id", List.of(), rs -> {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= CSV_COLUMNS.size(); i++) {
                  cells.add(csv(rs.getString(i)));
                }
                write(w, String.join(",", cells) + "\n");
                n[0]++;
              });
        }
        case JSONL -> n[0] = jsonl(w);
        case PARQUET -> throw new HeraldException(ErrorCode.BAD_ARGUMENT,
            "Parquet is written to a file: give --out FILE");
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n[0];
  }

  /** Writes every event to a file in any format. */
  public long write(Format format, Path file) {
    if (format != Format.PARQUET) {
      try (OutputStream out = Files.newOutputStream(file)) {
        return write(format, out);
      } catch (IOException e) {
        throw new HeraldException(ErrorCode.UNREADABLE, file + ": cannot write: "
            + e.getMessage(), e);
      }
    }
    try {
      Path csv = Files.createTempFile("herald-export", ".csv");
      try {
        long n;
        try (OutputStream out = Files.newOutputStream(csv)) {
          n = write(Format.CSV, out);
        }
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
            Statement s = duck.createStatement()) {
          Files.deleteIfExists(file);
          s.execute("COPY (SELECT * FROM read_csv('" + sqlPath(csv) + "', header = true,"
              + " types = {'code': 'VARCHAR', 'root': 'VARCHAR', 'event_date': 'DATE',"
              + " 'last_date': 'DATE', 'id': 'VARCHAR'})) TO '" + sqlPath(file)
              + "' (FORMAT PARQUET)");
        }
        return n;
      } finally {
        Files.deleteIfExists(csv);
      }
    } catch (IOException | SQLException e) {
      throw new HeraldException(ErrorCode.INTERNAL, file + ": cannot write Parquet: "
          + e.getMessage(), e);
    }
  }

  private static String sqlPath(Path p) {
    return p.toAbsolutePath().toString().replace("'", "''");
  }

  private long jsonl(Writer w) {
    ObjectMapper mapper = ContractJson.mapper();
    long[] n = {0};
    ObjectNode[] current = {null};
    store.stream("SELECT e.*, m.id AS m_id, m.doc_id AS m_doc, m.sentence_start AS m_start,"
        + " m.sentence_end AS m_end, m.sentence_text AS m_text, m.trigger_text AS m_trigger,"
        + " m.merge_reason AS m_reason, m.review AS m_review FROM events e"
        + " JOIN event_mentions m ON m.event_id = e.id" + where("e.")
        + " ORDER BY e.event_date, e.id, m.id", List.of(), rs -> {
          String id = rs.getString("id");
          if (current[0] == null || !current[0].get("id").asText().equals(id)) {
            if (current[0] != null) {
              write(w, toLine(mapper, current[0]));
              n[0]++;
            }
            ObjectNode e = mapper.createObjectNode();
            for (String c : CSV_COLUMNS) {
              Object v = rs.getObject(c);
              e.set(c, v == null ? null : mapper.valueToTree(v));
            }
            e.putArray("mentions");
            current[0] = e;
          }
          ObjectNode m = ((ArrayNode) current[0].get("mentions")).addObject();
          m.put("id", rs.getString("m_id"));
          m.put("document", rs.getString("m_doc"));
          m.putObject("sentence").put("start", rs.getInt("m_start"))
              .put("end", rs.getInt("m_end")).put("text", rs.getString("m_text"));
          m.put("trigger", rs.getString("m_trigger"));
          m.put("mergeReason", rs.getString("m_reason"));
          m.put("review", rs.getString("m_review"));
        });
    if (current[0] != null) {
      write(w, toLine(mapper, current[0]));
      n[0]++;
    }
    return n[0];
  }

  private static String toLine(ObjectMapper mapper, ObjectNode o) {
    try {
      return mapper.writeValueAsString(o) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Writer w, String s) {
    try {
      w.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String csv(@Nullable String v) {
    if (v == null) {
      return "";
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }

  /**
   * One event as the 61 columns of GDELT 2.0's event table. Herald computes no tone, so
   * AvgTone is empty; actor geography is empty (GDELT guesses it from nearby place names);
   * ActionGeo comes from the place the clause names, its country code in FIPS 10-4 as GDELT's
   * (empty where the exporter was given no FIPS table).
   */
  static List<String> gdelt(ResultSet rs, Function<String, @Nullable String> fips)
      throws SQLException {
    List<String> c = new ArrayList<>(61);
    String id = rs.getString("id");
    c.add(Long.toString(Long.parseLong(Store.hash(id).substring(0, 15), 16)));
    String day = rs.getString("event_date");
    if (day != null && day.matches("\\d{4}-\\d{2}-\\d{2}")) {
      LocalDate d = LocalDate.parse(day);
      c.add(day.replace("-", ""));
      c.add(day.substring(0, 7).replace("-", ""));
      c.add(day.substring(0, 4));
      c.add(String.format(Locale.ROOT, "%.4f",
          d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear()));
    } else {
      c.addAll(List.of("", "", "", ""));
    }
    for (String side : List.of("source", "target")) {
      String actor = nz(rs.getString(side + "_actor"));
      String country = nz(rs.getString(side + "_country"));
      c.add(actor);
      c.add(nz(rs.getString(side + "_name")).toUpperCase(Locale.ROOT));
      c.add(country);
      c.add(actor.startsWith("IGO") ? actor.substring(3, Math.min(actor.length(), 6)) : "");
      c.add("");
      c.add("");
      c.add("");
      String rest = actor.length() > 3 ? actor.substring(3) : "";
      for (int i = 0; i < 3; i++) {
        c.add(rest.length() >= 3 * (i + 1) ? rest.substring(3 * i, 3 * i + 3) : "");
      }
    }
    c.add(rs.getBoolean("is_root") ? "1" : "0");
    String code = rs.getString("code");
    c.add(code);
    c.add(code.length() >= 3 ? code.substring(0, 3) : code);
    c.add(rs.getString("root"));
    c.add(Integer.toString(rs.getInt("quad_class")));
    c.add(String.format(Locale.ROOT, "%.1f", rs.getDouble("goldstein")));
    c.add(Integer.toString(rs.getInt("num_mentions")));
    c.add(Integer.toString(rs.getInt("num_sources")));
    c.add(Integer.toString(rs.getInt("num_articles")));
    c.add("");
    for (int g = 0; g < 2; g++) {
      for (int i = 0; i < 8; i++) {
        c.add("");
      }
    }
    String place = rs.getString("place");
    Object lat = rs.getObject("lat");
    Object lon = rs.getObject("lon");
    c.add(place == null ? "" : lat != null ? "4" : "");
    c.add(place == null ? "" : place.replace("\t", " "));
    String country = rs.getString("place_country");
    String f = country == null ? null : fips.apply(country);
    c.add(f == null ? "" : f);
    c.add("");
    c.add("");
    c.add(lat == null ? "" : String.format(Locale.ROOT, "%.4f", ((Number) lat).doubleValue()));
    c.add(lon == null ? "" : String.format(Locale.ROOT, "%.4f", ((Number) lon).doubleValue()));
    c.add("");
    String added = rs.getString("added_at");
    String digits = added == null ? "" : added.replaceAll("[^0-9]", "");
    c.add(digits.substring(0, Math.min(14, digits.length())));
    c.add(nz(rs.getString("source_url")).replace("\t", " "));
    return c;
  }

  private static String nz(@Nullable String s) {
    return s == null ? "" : s;
  }
}
