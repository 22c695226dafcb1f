package org.herald.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.herald.core.ContractJson;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.Event;
import org.herald.core.model.EventActor;
import org.herald.core.model.Mention;
import org.herald.core.model.Quote;
import org.herald.core.model.Relation;
import org.jspecify.annotations.Nullable;

/**
 * Herald's event database: analysed documents with their entities, quotes, events and
 * relations in SQL (DuckDB or PostgreSQL), their text in a Lucene index, and events merged
 * across documents.
 *
 * <p>Each document is written in one transaction keyed by its content id, so storing it again
 * does nothing and a crash leaves either all of it or none. The SQL store is the record; when
 * the store opens, the text index is brought up to date from it, and rebuilt from it where it
 * is missing or cannot be read ({@link IndexRepair}; one line on standard error says so). On
 * PostgreSQL, a connection the server dropped is replaced when next used ({@link Database}):
 * while the server cannot be reached, storing fails with an error that names the document and
 * says "database unreachable", and storing it again once the server is back stores it once.
 *
 * <p>Reports of one event become one event: a new event mention joins a stored event with the
 * same source and target (their knowledge-base entry, else actor code, else name), the same
 * CAMEO root, the same negation, a day at most {@value #MERGE_WINDOW_DAYS} apart and a
 * compatible place. Each mention records why it joined; {@link #split} undoes a merge.
 */
public final class Store implements AutoCloseable {
  /** How far apart two reports' days may be and still be one event. */
  public static final int MERGE_WINDOW_DAYS = 1;

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Database db;
  private final TextIndex index;
  private final Object writeLock = new Object();
  /**
   * Documents whose storing failed: where the database lost the connection while committing,
   * the document may be stored though the text index never saw it, and storing it again finds
   * it stored. Guarded by the write lock.
   */
  private final Set<String> failedPuts = new HashSet<>();
  private final AtomicLong writes = new AtomicLong();
  private final AtomicLong factWrites = new AtomicLong();
  private boolean closed;

  private Store(Database db, TextIndex index) {
    this.db = db;
    this.index = index;
  }

  /** The embedded store in a data directory: DuckDB and the text index side by side. */
  public static Store embedded(Path dataDir) {
    return open(Database.duckDb(dataDir), dataDir.resolve("index"));
  }

  /** A PostgreSQL store; the text index lives in {@code indexDir}. */
  public static Store postgres(String jdbcUrl, Path indexDir) {
    return open(Database.postgres(jdbcUrl), indexDir);
  }

  private static Store open(Database db, Path indexDir) {
    IndexRepair.Result index;
    try {
      index = IndexRepair.open(indexDir, db);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
    if (index.report() != null) {
      System.err.println("herald: " + index.report());
    }
    return new Store(db, index.index());
  }

  /** Where the store lives, for messages. */
  public String describe() {
    return db.describe();
  }

  public int schemaVersion() {
    return db.schemaVersion();
  }

  public TextIndex index() {
    return index;
  }

  /** The analyst's reviews: confirm, reject, correct and add event reports, judge links. */
  public Reviews reviews() {
    return new Reviews(this);
  }

  /** The people the stored articles described and the knowledge base does not know. */
  public LearnedNames learned() {
    return new LearnedNames(db);
  }

  /** What the feed watcher knows: feeds, the articles they listed, hosts. */
  public CrawlState crawl() {
    return new CrawlState(this, db);
  }

  /** Whether a document with this content id is stored. */
  public boolean has(String id) {
    return db.read(c -> exists(c, id));
  }

  /**
   * Whether a document with this content id is stored, asked as a writer asks before it writes
   * (an ingest, before it analyses a document): on the writing connection, so that it waits at
   * most for the write in progress, never for a reading connection behind the queries a server
   * is answering. Under 32 clients an ingest that asked {@link #has} spent half its time queued
   * for a reading connection (issue 23). A document whose storing failed here counts as not
   * stored, so that the writer stores it again and the text index gets it where the database
   * had committed it.
   */
  public boolean hasForWriter(String id) {
    synchronized (writeLock) {
      return !failedPuts.contains(id) && db.readOnWriter(c -> exists(c, id));
    }
  }

  /**
   * Stores an analysed document with the raw input it came from.
   *
   * @return false where a document with its id was already stored (nothing is written)
   */
  public boolean put(Document doc, byte @Nullable [] raw) {
    synchronized (writeLock) {
      boolean facts = !doc.entities().isEmpty() || !doc.events().isEmpty()
          || !doc.quotes().isEmpty() || !doc.relations().isEmpty();
      Visible visible = new Visible(facts);
      try {
        boolean added;
        try {
          added = db.transaction(doc.id() + ": cannot store", c -> {
            if (exists(c, doc.id())) {
              return false;
            }
            insert(c, doc, raw);
            return true;
          }, visible::begin);
        } catch (RuntimeException e) {
          failedPuts.add(doc.id());
          throw e;
        }
        if (added || failedPuts.contains(doc.id())) {
          index.add(doc.id(), doc.title(), doc.text(), doc.language(), day(doc));
        }
        failedPuts.remove(doc.id());
        return added;
      } finally {
        visible.end();
      }
    }
  }

  /**
   * Replaces a stored document by its new analysis (the id may differ where extraction
   * changed); events it alone supported disappear, merged events lose its mentions. The
   * analyst's reviews of it are applied again to the reports they judged.
   *
   * @return the reviews that match no report of the new analysis, described
   */
  public List<String> replace(String oldId, Document doc, byte @Nullable [] raw) {
    synchronized (writeLock) {
      Visible visible = new Visible(true);
      try {
        List<String> unmatched = db.transaction(oldId + ": cannot replace", c -> {
          deleteDocument(c, oldId);
          if (!exists(c, doc.id())) {
            insert(c, doc, raw);
          }
          return Reviews.reapply(c, oldId, doc.id());
        }, visible::begin);
        if (!oldId.equals(doc.id())) {
          index.delete(oldId);
        }
        index.add(doc.id(), doc.title(), doc.text(), doc.language(), day(doc));
        return unmatched;
      } finally {
        visible.end();
      }
    }
  }

  /**
   * Runs work in one transaction on the writing connection, one writer at a time (and, on
   * PostgreSQL, one writing process at a time): all of it is committed or none. Work that a
   * dropped connection interrupted before its commit runs once more ({@link Database}), so it
   * must do nothing but SQL.
   *
   * @param failure what the error message says could not be done
   */
  <T> T transaction(String failure, Database.SqlWork<T> work) {
    synchronized (writeLock) {
      Visible visible = new Visible(true);
      try {
        return db.transaction(failure, work, visible::begin);
      } finally {
        visible.end();
      }
    }
  }

  /**
   * A count of this store's writes since it opened that grows by one as a write begins to show
   * (right before its commit) and again as it ends (committed or failed, and for a document its
   * text index updated too): odd while one may be seen in part. What a transaction writes before
   * its commit no reading connection sees, so the count stays even while it is written; a
   * transaction that fails before its commit leaves the count as it was. Where {@link
   * #seesEveryWrite}, an answer read from the store while this count stayed even and the same is
   * true until it changes; one read while it moved may have seen part of a write.
   *
   * <p>Under issue 23's load test the two threads of an ingest wrote one document after the
   * other, so that a count odd from the beginning of each write to its end was odd nearly all
   * the time, and no answer of the routes that every document changes was ever kept.
   */
  public long writes() {
    return writes.get();
  }

  /**
   * The same count of the writes that may change events, entities, quotes, reviews or learned
   * names: all but the storing of a document that has none of them (a text-only ingest).
   */
  public long factWrites() {
    return factWrites.get();
  }

  /**
   * Whether every write to the database goes through this object, so that {@link #writes}
   * sees them all: true for the embedded store, which one process owns; false for PostgreSQL,
   * which other processes (an ingest, the stream job) may write at the same time.
   */
  public boolean seesEveryWrite() {
    return db.dialect() == Database.Dialect.DUCKDB;
  }

  /** Counts a write's beginning or its end (always in pairs, under the write lock). */
  private void written(boolean facts) {
    if (facts) {
      factWrites.incrementAndGet();
    }
    writes.incrementAndGet();
  }

  /**
   * One write's two steps of the counts: {@link #begin} as its commit begins (once, however
   * often the commit is tried), {@link #end} as it ends, where it began. Used under the write
   * lock.
   */
  private final class Visible {
    private final boolean facts;
    private boolean begun;

    Visible(boolean facts) {
      this.facts = facts;
    }

    void begin() {
      if (!begun) {
        begun = true;
        written(facts);
      }
    }

    void end() {
      if (begun) {
        written(facts);
      }
    }
  }

  /** A stored document that an older pipeline or knowledge base analysed. */
  public record Stale(String id, String sourceName, byte @Nullable [] raw, String pipeline,
      String kb) {}

  /** The documents whose pipeline or knowledge-base version differs from these. */
  public List<Stale> stale(String pipelineVersion, String kbVersion) {
    return db.read(c -> {
      List<Stale> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT id, source_name, raw,"
          + " pipeline_version, kb_version FROM documents WHERE pipeline_version <> ?"
          + " OR kb_version <> ? ORDER BY id")) {
        ps.setString(1, pipelineVersion);
        ps.setString(2, kbVersion);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new Stale(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getString(4),
                rs.getString(5)));
          }
        }
      }
      return out;
    });
  }

  private static boolean exists(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM documents WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private void insert(Connection c, Document doc, byte @Nullable [] raw) throws SQLException {
    String now = Instant.now().toString();
    String published = day(doc);
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO documents (id, url, title,"
        + " language, published, source_name, pipeline_version, kb_version, ingested_at, body,"
        + " doc_json, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, doc.id());
      ps.setString(2, doc.url());
      ps.setString(3, doc.title());
      ps.setString(4, doc.language());
      ps.setString(5, published);
      ps.setString(6, doc.source());
      ps.setString(7, doc.pipeline() == null ? "none" : doc.pipeline().version());
      ps.setString(8, doc.pipeline() == null ? "none" : doc.pipeline().kb());
      ps.setString(9, now);
      ps.setString(10, doc.text());
      ps.setString(11, ContractJson.write(doc, false, false));
      if (raw == null) {
        ps.setNull(12, Types.BINARY);
      } else {
        ps.setBytes(12, gzip(raw));
      }
      ps.executeUpdate();
    }
    Map<String, Entity> byLocal = new HashMap<>();
    Set<String> seenEntities = new HashSet<>();
    try (PreparedStatement ent = c.prepareStatement("INSERT INTO entities (id, name, entity_type,"
        + " kb_id, actor, country, lat, lon) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
        PreparedStatement men = c.prepareStatement("INSERT INTO mentions (doc_id, entity_id,"
            + " local_id, start_off, end_off, mention_text, published) VALUES (?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT DO NOTHING")) {
      for (Entity e : doc.entities()) {
        byLocal.put(e.id(), e);
        String key = entityKey(e);
        if (seenEntities.add(key)) {
          ent.setString(1, key);
          ent.setString(2, e.kb() == null ? e.name() : e.kb().label());
          ent.setString(3, e.type().name());
          ent.setString(4, e.kb() == null ? null : e.kb().id());
          ent.setString(5, e.kb() == null ? null : e.kb().actor());
          ent.setString(6, e.kb() == null ? null : e.kb().country());
          setDouble(ent, 7, e.kb() == null ? null : e.kb().lat());
          setDouble(ent, 8, e.kb() == null ? null : e.kb().lon());
          ent.executeUpdate();
        }
        for (Mention m : e.mentions()) {
          men.setString(1, doc.id());
          men.setString(2, key);
          men.setString(3, e.id());
          men.setInt(4, m.start());
          men.setInt(5, m.end());
          men.setString(6, m.text());
          men.setString(7, published);
          men.addBatch();
        }
      }
      men.executeBatch();
    }
    LearnedNames.record(c, doc, published);
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO quotes (doc_id, n, start_off,"
        + " end_off, quote_text, direct, speaker_entity, speaker_name, via, quote_date)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int n = 0;
      for (Quote q : doc.quotes()) {
        Entity speaker = q.speaker() == null ? null : byLocal.get(q.speaker());
        ps.setString(1, doc.id());
        ps.setInt(2, n++);
        ps.setInt(3, q.start());
        ps.setInt(4, q.end());
        ps.setString(5, q.text());
        ps.setBoolean(6, q.direct());
        ps.setString(7, speaker == null ? null : entityKey(speaker));
        ps.setString(8, q.speakerName());
        ps.setString(9, q.via().isEmpty() ? null : String.join("; ", q.via()));
        ps.setString(10, q.date());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO relations (doc_id, n,"
        + " relation_type, subject_entity, object_entity, sentence_start, sentence_end)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      int n = 0;
      for (Relation r : doc.relations()) {
        Entity s = byLocal.get(r.subject());
        Entity o = byLocal.get(r.object());
        ps.setString(1, doc.id());
        ps.setInt(2, n++);
        ps.setString(3, r.type());
        ps.setString(4, s == null ? r.subject() : entityKey(s));
        ps.setString(5, o == null ? r.object() : entityKey(o));
        ps.setInt(6, r.sentence().start());
        ps.setInt(7, r.sentence().end());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    int n = 0;
    String outlet = outlet(doc);
    int firstParagraphEnd = doc.paragraphs().isEmpty() ? doc.text().length()
        : doc.paragraphs().get(0).end();
    for (Event e : doc.events()) {
      EventRow row = EventRow.of(doc, e, n++, byLocal, outlet, firstParagraphEnd);
      EventMerging.merge(c, row, doc);
    }
  }

  /**
   * Undoes a merge: the mention becomes an event of its own, pinned so that no later merge
   * takes it back.
   *
   * @return the new event's id
   */
  public String split(String mentionId) {
    return transaction("cannot split " + mentionId, c -> {
      String old;
      int count;
      try (PreparedStatement ps = c.prepareStatement("SELECT m.event_id, e.num_mentions"
          + " FROM event_mentions m JOIN events e ON e.id = m.event_id WHERE m.id = ?")) {
        ps.setString(1, mentionId);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new HeraldException(ErrorCode.BAD_ARGUMENT,
                "no event mention " + mentionId);
          }
          old = rs.getString(1);
          count = rs.getInt(2);
        }
      }
      if (count < 2) {
        throw new HeraldException(ErrorCode.BAD_ARGUMENT,
            "event mention " + mentionId + " is already an event of its own (" + old + ")");
      }
      String fresh = "ev-" + hash(mentionId + ":split").substring(0, 16);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO events SELECT ? AS id,"
          + " source_key, source_actor, source_country, source_name, target_key, target_actor,"
          + " target_country, target_name, code, root, quad_class, goldstein, event_date,"
          + " last_date, place, lat, lon, place_country, negated, is_root, 0, 0, 0,"
          + " source_url, ?, evidence, reviewed FROM events WHERE id = ?")) {
        ps.setString(1, fresh);
        ps.setString(2, Instant.now().toString());
        ps.setString(3, old);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement("UPDATE event_mentions SET event_id = ?,"
          + " pinned = TRUE, merge_reason = ? WHERE id = ?")) {
        ps.setString(1, fresh);
        ps.setString(2, "split off from " + old + " by hand");
        ps.setString(3, mentionId);
        ps.executeUpdate();
      }
      EventMerging.recount(c, old);
      EventMerging.recount(c, fresh);
      return fresh;
    });
  }

  private static void deleteDocument(Connection c, String id) throws SQLException {
    Set<String> events = new LinkedHashSet<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT DISTINCT event_id FROM event_mentions WHERE doc_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          events.add(rs.getString(1));
        }
      }
    }
    for (String table : List.of("event_mentions", "mentions", "quotes", "relations",
        "learned_people")) {
      try (PreparedStatement ps = c.prepareStatement(
          "DELETE FROM " + table + " WHERE doc_id = ?")) {
        ps.setString(1, id);
        ps.executeUpdate();
      }
    }
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM documents WHERE id = ?")) {
      ps.setString(1, id);
      ps.executeUpdate();
    }
    for (String e : events) {
      EventMerging.recount(c, e);
    }
  }

  /** Makes everything written so far durable in the text index too. */
  public void commit() {
    index.commit();
  }

  // ---- queries ---------------------------------------------------------------------------

  /** Rows of a query as JSON objects keyed by column label. */
  public ArrayNode query(String sql, List<?> params) {
    return db.read(c -> {
      PreparedStatement ps = db.statement(c, sql);
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        return rows(rs);
      }
    });
  }

  /** A single number from a query. */
  public long count(String sql, List<?> params) {
    return db.read(c -> {
      PreparedStatement ps = db.statement(c, sql);
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0L;
      }
    });
  }

  /**
   * Streams the rows of a query to a consumer, without holding them all. Where the server
   * drops the connection before the first row, the query runs again on a new one; after it,
   * the stream fails, the consumer having had part of the rows.
   */
  public void stream(String sql, List<?> params, RowConsumer consumer) {
    boolean postgres = db.dialect() == Database.Dialect.POSTGRES;
    db.read(c -> {
      boolean delivered = false;
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        if (postgres) {
          c.setAutoCommit(false); // else PostgreSQL's driver reads all rows at once
        }
        ps.setFetchSize(2000);
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            delivered = true;
            consumer.accept(rs);
          }
        }
        if (postgres) {
          c.commit();
        }
      } catch (SQLException e) {
        if (delivered) {
          throw new HeraldException(db.lost(e) ? ErrorCode.RESOURCE : ErrorCode.INTERNAL,
              "store query failed after part of its rows: " + (db.lost(e)
                  ? "database unreachable (" + e.getMessage() + ")" : e.getMessage()), e);
        }
        throw e;
      } finally {
        if (postgres) {
          try {
            if (!c.isClosed()) {
              c.setAutoCommit(true);
            }
          } catch (SQLException e) {
            // the server dropped the connection: the pool replaces it
          }
        }
      }
      return null;
    });
  }

  /** Receives one row of a streamed query. */
  public interface RowConsumer {
    void accept(ResultSet row) throws SQLException;
  }

  /** The input a stored document was analysed from, gzip-compressed as stored; empty if none. */
  public Optional<byte[]> rawGzip(String id) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT raw FROM documents WHERE id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          byte[] b = rs.next() ? rs.getBytes(1) : null;
          return Optional.ofNullable(b);
        }
      }
    });
  }

  /** The contract JSON of a stored document. */
  public Optional<String> documentJson(String id) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT doc_json FROM documents WHERE id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
        }
      }
    });
  }

  /** Runs statements on the writing connection, as benchmarks and maintenance do. */
  public void execute(String... statements) {
    synchronized (writeLock) {
      written(true);
      try {
        db.execute(statements);
      } finally {
        written(true);
      }
    }
  }

  /**
   * A list of texts bound as one parameter, an SQL array: {@code id IN (SELECT unnest(?))}
   * instead of a placeholder per value. A statement with a thousand placeholders took DuckDB
   * 7 to 10 ms to prepare and run where the array takes 1 to 2 (issue 23's load test).
   */
  public record Texts(List<String> values) {}

  static void bind(PreparedStatement ps, List<?> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      Object p = params.get(i);
      if (p == null) {
        ps.setNull(i + 1, Types.VARCHAR);
      } else if (p instanceof Texts t) {
        ps.setArray(i + 1, ps.getConnection().createArrayOf("VARCHAR", t.values().toArray()));
      } else if (p instanceof Double d) {
        ps.setDouble(i + 1, d);
      } else {
        ps.setObject(i + 1, p);
      }
    }
  }

  static ArrayNode rows(ResultSet rs) throws SQLException {
    ArrayNode out = JSON.arrayNode();
    ResultSetMetaData md = rs.getMetaData();
    while (rs.next()) {
      ObjectNode o = out.addObject();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        String k = md.getColumnLabel(i).toLowerCase(Locale.ROOT);
        Object v = rs.getObject(i);
        if (v == null) {
          o.putNull(k);
        } else if (v instanceof Boolean b) {
          o.put(k, b);
        } else if (v instanceof Integer n) {
          o.put(k, n);
        } else if (v instanceof Long n) {
          o.put(k, n);
        } else if (v instanceof Number n) {
          o.put(k, n.doubleValue());
        } else {
          o.put(k, v.toString());
        }
      }
    }
    return out;
  }

  static void setDouble(PreparedStatement ps, int i, @Nullable Double v)
      throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.DOUBLE);
    } else {
      ps.setDouble(i, v);
    }
  }

  /** The store-wide key of a document's entity: its knowledge-base id, else type and name. */
  static String entityKey(Entity e) {
    return e.kb() != null ? e.kb().id() : e.type().name() + ":" + fold(e.name());
  }

  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  static @Nullable String day(Document doc) {
    LocalDate d = doc.publishedDay();
    return d == null ? null : d.toString();
  }

  /** The outlet of a document: the host of its address, else its id. */
  static String outlet(Document doc) {
    if (doc.url() != null) {
      try {
        String host = URI.create(doc.url()).getHost();
        if (host != null) {
          return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        }
      } catch (IllegalArgumentException e) {
        // not an address: fall back to the id
      }
    }
    return doc.id();
  }

  static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      StringBuilder b = new StringBuilder();
      for (byte x : d) {
        b.append(String.format("%02x", x));
      }
      return b.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] gzip(byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(raw);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      index.close();
    } finally {
      db.close();
    }
  }

  /** One event as one document states it, ready for the event_mentions table. */
}
