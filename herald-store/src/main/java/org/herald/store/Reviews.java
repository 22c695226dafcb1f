package org.herald.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herald.core.ContractJson;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.jspecify.annotations.Nullable;

/**
 * The analyst's reviews of what the coder found. A report (event mention) can be confirmed,
 * rejected or corrected; an event the coder missed can be added over its evidence words; an
 * entity's link can be confirmed or corrected. Every review is kept with its time and reviewer
 * (a later one of the same report supersedes it, the history stays). The reports carry their
 * current verdict: a rejected one leaves its event, a corrected or added one is merged anew,
 * and the events are recounted. After a re-analysis ({@link Store#replace}) each review finds
 * its report again by document, evidence span and actors.
 */
public final class Reviews {
  public static final Set<String> EVENT_VERDICTS = Set.of("confirmed", "rejected", "corrected");
  public static final Set<String> LINK_VERDICTS = Set.of("confirmed", "corrected");
  /** The event id of rejected reports: no event row has it. */
  static final String REJECTED = "rejected";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Store store;

  Reviews(Store store) {
    this.store = store;
  }

  /**
   * An actor as a review names it: a stored entity, a knowledge-base entry, or a CAMEO actor
   * code typed.
   *
   * @param type the entity type of a knowledge-base entry not stored yet (stored with the
   *     review), else null
   */
  public record Actor(String key, @Nullable String actor, @Nullable String country,
      @Nullable String name, @Nullable String type) {
    public Actor(String key, @Nullable String actor, @Nullable String country,
        @Nullable String name) {
      this(key, actor, country, name, null);
    }
  }

  /**
   * What a correction or an added event says; null fields keep the report's own.
   *
   * @param root, quadClass, goldstein those of {@code code}, from the CAMEO dictionary
   */
  public record Correction(@Nullable String code, @Nullable String root,
      @Nullable Integer quadClass, @Nullable Double goldstein, @Nullable Actor source,
      @Nullable Actor target, @Nullable String day) {}

  /** The entity a corrected link points to. */
  public record LinkTarget(String key, String name, String type, @Nullable String kbId,
      @Nullable String actor, @Nullable String country) {}

  // ---- lookups the API checks before it writes ------------------------------------------

  public boolean mentionExists(String id) {
    return store.count("SELECT count(*) FROM event_mentions WHERE id = ?", List.of(id)) > 0;
  }

  public boolean documentExists(String id) {
    return store.has(id);
  }

  /** Whether the document mentions the entity. */
  public boolean entityInDocument(String entityKey, String docId) {
    return store.count("SELECT count(*) FROM mentions WHERE entity_id = ? AND doc_id = ?",
        List.of(entityKey, docId)) > 0;
  }

  /**
   * The actor a review names: a stored entity by its key, else a CAMEO actor code
   * ({@code USA}, {@code DEUGOV}); empty when it is neither.
   */
  public Optional<Actor> actor(String name) {
    ArrayNode rows = store.query("SELECT id, actor, country, name FROM entities WHERE id = ?",
        List.of(name));
    if (!rows.isEmpty()) {
      JsonNode r = rows.get(0);
      return Optional.of(new Actor(r.path("id").asText(), text(r, "actor"), text(r, "country"),
          text(r, "name")));
    }
    if (name.matches("[A-Z]{3}([A-Z]{3}){0,3}")) {
      return Optional.of(new Actor("cameo:" + name, name, name.substring(0, 3), name));
    }
    return Optional.empty();
  }

  private static @Nullable String text(JsonNode r, String field) {
    return r.hasNonNull(field) ? r.get(field).asText() : null;
  }

  // ---- writing ---------------------------------------------------------------------------

  /**
   * Reviews an event report.
   *
   * @return the review as stored
   */
  public ObjectNode reviewMention(String mentionId, String verdict,
      @Nullable Correction correction, @Nullable String note, String reviewer) {
    String id = store.transaction("cannot review " + mentionId, c -> {
      ObjectNode m = mention(c, mentionId);
      if (m == null) {
        throw new HeraldException(ErrorCode.BAD_ARGUMENT, "no event mention " + mentionId);
      }
      supersede(c, "mention_id = ?", mentionId);
      Row r = new Row("event", m.path("doc_id").asText(), verdict, reviewer, note);
      r.mentionId = mentionId;
      r.span(m.path("trigger_start").asInt(), m.path("trigger_end").asInt(),
          m.path("trigger_text").asText(), m.path("sentence_text").asText());
      r.origSource = text(m, "source_key");
      r.origTarget = text(m, "target_key");
      r.origCode = m.path("code").asText();
      r.correct(correction);
      store(c, correction);
      r.insert(c);
      apply(c, mentionId, r);
      return r.id;
    });
    return review(id);
  }

  /**
   * Adds an event the coder missed, over the evidence words {@code start..end} of a document.
   *
   * @return the review, with the new report's id in {@code mention_id}
   */
  public ObjectNode addEvent(String docId, int start, int end, Correction event,
      @Nullable String note, String reviewer) {
    String id = store.transaction("cannot add an event to " + docId, c -> {
      Row r = new Row("added", docId, "added", reviewer, note);
      String body = body(c, docId);
      if (start < 0 || end > body.length() || start >= end) {
        throw new HeraldException(ErrorCode.BAD_ARGUMENT, "the evidence " + start + ".." + end
            + " is not inside the text (0.." + body.length() + ")");
      }
      r.span(start, end, body.substring(start, end), null);
      r.correct(event);
      store(c, event);
      r.mentionId = insertAdded(c, r);
      r.sentenceText = sentenceOf(c, r.mentionId);
      r.insert(c);
      return r.id;
    });
    return review(id);
  }

  /** Confirms or corrects the link of an entity in one document. */
  public ObjectNode reviewLink(String docId, String entityKey, String verdict,
      @Nullable LinkTarget to, @Nullable String note, String reviewer) {
    String id = store.transaction("cannot review the link of " + entityKey, c -> {
      supersede(c, "kind = 'link' AND doc_id = ? AND entity_key = ?", docId, entityKey);
      Row r = new Row("link", docId, verdict, reviewer, note);
      r.entityKey = entityKey;
      if (to != null) {
        r.code = to.key();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO entities (id, name,"
            + " entity_type, kb_id, actor, country) VALUES (?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT DO NOTHING")) {
          bind(ps, Arrays.asList(to.key(), to.name(), to.type(), to.kbId(), to.actor(),
              to.country()));
          ps.executeUpdate();
        }
      }
      r.insert(c);
      applyLink(c, r);
      return r.id;
    });
    return review(id);
  }

  /** Stores the knowledge-base entries a correction names that are no stored entity yet. */
  private static void store(Connection c, @Nullable Correction corr) throws SQLException {
    if (corr == null) {
      return;
    }
    for (Actor a : Arrays.asList(corr.source(), corr.target())) {
      if (a != null && a.type() != null) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO entities (id, name,"
            + " entity_type, kb_id, actor, country) VALUES (?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT DO NOTHING")) {
          bind(ps, Arrays.asList(a.key(), a.name() == null ? a.key() : a.name(), a.type(),
              a.key(), a.actor(), a.country()));
          ps.executeUpdate();
        }
      }
    }
  }

  private static void supersede(Connection c, String where, String... params)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE reviews SET current = FALSE WHERE current AND " + where)) {
      bind(ps, List.of((Object[]) params));
      ps.executeUpdate();
    }
  }

  /** Puts a review's verdict on the report it judges and recounts the events concerned. */
  private static void apply(Connection c, String mentionId, Row r) throws SQLException {
    String event = eventOf(c, mentionId);
    switch (r.verdict) {
      case "rejected" -> {
        update(c, "UPDATE event_mentions SET review = ?, event_id = ?, merge_reason = ?"
            + " WHERE id = ?", "rejected", REJECTED, "rejected by " + r.reviewer, mentionId);
        if (!REJECTED.equals(event)) {
          EventMerging.recount(c, event);
        }
      }
      case "confirmed" -> {
        update(c, "UPDATE event_mentions SET review = ? WHERE id = ?", "confirmed", mentionId);
        if (REJECTED.equals(event)) {
          remerge(c, mentionId);
        } else {
          EventMerging.recount(c, event);
        }
      }
      default -> {
        correctFields(c, mentionId, r);
        update(c, "UPDATE event_mentions SET review = ?, event_id = ? WHERE id = ?",
            r.verdict, "", mentionId);
        if (!REJECTED.equals(event)) {
          EventMerging.recount(c, event);
        }
        remerge(c, mentionId);
      }
    }
  }

  private static void correctFields(Connection c, String mentionId, Row r) throws SQLException {
    if (r.code != null) {
      update(c, "UPDATE event_mentions SET code = ?, root = ?, quad_class = ?, goldstein = ?"
          + " WHERE id = ?", r.code, r.code.substring(0, 2), r.quadClass, r.goldstein, mentionId);
    }
    for (String side : List.of("source", "target")) {
      String key = side.equals("source") ? r.source : r.target;
      if (key != null) {
        Actor a = actor(c, key);
        update(c, "UPDATE event_mentions SET " + side + "_key = ?, " + side + "_actor = ?, "
            + side + "_country = ?, " + side + "_name = ? WHERE id = ?", a.key(), a.actor(),
            a.country(), a.name(), mentionId);
      }
    }
    if (r.eventDate != null) {
      update(c, "UPDATE event_mentions SET event_date = ?, date_source = 'review' WHERE id = ?",
          r.eventDate, mentionId);
    }
  }

  /** An actor by its stored key: an entity, or {@code cameo:CODE}. */
  private static Actor actor(Connection c, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT actor, country, name FROM entities WHERE id = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return new Actor(key, rs.getString(1), rs.getString(2), rs.getString(3));
        }
      }
    }
    String code = key.startsWith("cameo:") ? key.substring(6) : key;
    return new Actor(key, code, code.length() >= 3 ? code.substring(0, 3) : null, code);
  }

  /** Merges a detached report again: into a compatible event, or as a new one. */
  private static void remerge(Connection c, String mentionId) throws SQLException {
    ObjectNode m = mention(c, mentionId);
    if (m == null) {
      return;
    }
    String day = text(m, "event_date");
    String place = text(m, "place");
    String joined = EventMerging.compatibleEvent(c, m.path("root").asText(),
        m.path("negated").asBoolean(), text(m, "source_key"), text(m, "target_key"), day, place);
    String reason;
    if (joined == null) {
      joined = "ev-" + Store.hash(mentionId + ":review:" + Instant.now()).substring(0, 16);
      reason = "new event (after review)";
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO events (id, source_key,"
          + " source_actor, source_country, source_name, target_key, target_actor,"
          + " target_country, target_name, code, root, quad_class, goldstein, event_date,"
          + " last_date, place, negated, is_root, num_mentions, num_articles, num_sources,"
          + " source_url, added_at, reviewed) SELECT ?, m.source_key, m.source_actor,"
          + " m.source_country, m.source_name, m.target_key, m.target_actor, m.target_country,"
          + " m.target_name, m.code, m.root, m.quad_class, m.goldstein, m.event_date,"
          + " m.event_date, m.place, m.negated, m.is_root, 0, 0, 0,"
          + " coalesce(d.url, d.source_name), ?, TRUE FROM event_mentions m"
          + " JOIN documents d ON d.id = m.doc_id WHERE m.id = ?")) {
        bind(ps, List.of(joined, Instant.now().toString(), mentionId));
        ps.executeUpdate();
      }
    } else {
      reason = EventMerging.mergeReason(text(m, "source_key"), text(m, "target_key"),
          m.path("root").asText(), m.path("negated").asBoolean(), day, place);
    }
    update(c, "UPDATE event_mentions SET event_id = ?, merge_reason = ? WHERE id = ?", joined,
        reason, mentionId);
    EventMerging.recount(c, joined);
  }

  /** Inserts the report of an added event; returns its id. */
  private static String insertAdded(Connection c, Row r) throws SQLException {
    ObjectNode doc = docJson(c, r.docId);
    int[] sentence = null;
    for (JsonNode s : doc.path("sentences")) {
      if (s.path("start").asInt() <= r.spanStart && r.spanEnd <= s.path("end").asInt()) {
        sentence = new int[] {s.path("start").asInt(), s.path("end").asInt()};
      }
    }
    if (sentence == null) {
      throw new HeraldException(ErrorCode.BAD_ARGUMENT, "the evidence " + r.spanStart + ".."
          + r.spanEnd + " is not inside one sentence");
    }
    int n = 1000;
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT coalesce(max(n) + 1, 1000) FROM event_mentions WHERE doc_id = ? AND n >= 1000")) {
      ps.setString(1, r.docId);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          n = Math.max(1000, rs.getInt(1));
        }
      }
    }
    String id = r.docId + ":" + n;
    String text = doc.path("text").asText();
    int firstParagraphEnd = doc.path("paragraphs").isEmpty() ? text.length()
        : doc.path("paragraphs").get(0).path("end").asInt();
    Actor s = r.source == null ? null : actor(c, r.source);
    Actor t = r.target == null ? null : actor(c, r.target);
    String day = r.eventDate != null ? r.eventDate : text(doc, "published") == null ? null
        : text(doc, "published").substring(0, Math.min(10, text(doc, "published").length()));
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_mentions (id, doc_id, n,"
        + " event_id, source_key, source_actor, source_country, source_name, target_key,"
        + " target_actor, target_country, target_name, code, root, quad_class, goldstein,"
        + " event_date, date_source, place, sentence_start, sentence_end, sentence_text,"
        + " trigger_start, trigger_end, trigger_text, attribution, negated, modality,"
        + " confidence, is_root, outlet, merge_reason, pinned, review) VALUES (?, ?, ?, '', ?,"
        + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, NULL, FALSE,"
        + " 'asserted', 1.0, ?, ?, '', FALSE, 'added')")) {
      bind(ps, Arrays.asList(id, r.docId, n, s == null ? null : s.key(),
          s == null ? null : s.actor(), s == null ? null : s.country(),
          s == null ? null : s.name(), t == null ? null : t.key(), t == null ? null : t.actor(),
          t == null ? null : t.country(), t == null ? null : t.name(), r.code,
          r.code.substring(0, 2), r.quadClass, r.goldstein, day,
          r.eventDate != null ? "review" : "published", sentence[0], sentence[1],
          text.substring(sentence[0], sentence[1]), r.spanStart, r.spanEnd,
          text.substring(r.spanStart, r.spanEnd), sentence[0] < firstParagraphEnd,
          outlet(c, r.docId)));
      ps.executeUpdate();
    }
    remerge(c, id);
    return id;
  }

  private static String outlet(Connection c, String docId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT url FROM documents WHERE id = ?")) {
      ps.setString(1, docId);
      try (ResultSet rs = ps.executeQuery()) {
        String url = rs.next() ? rs.getString(1) : null;
        if (url != null) {
          try {
            String host = URI.create(url).getHost();
            if (host != null) {
              return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            }
          } catch (IllegalArgumentException e) {
            // not an address
          }
        }
      }
    }
    return docId;
  }

  /** Points a document's mentions of an entity (and its reports' actors) to another entity. */
  private static void applyLink(Connection c, Row r) throws SQLException {
    if (!"corrected".equals(r.verdict) || r.code == null || r.code.equals(r.entityKey)) {
      return;
    }
    update(c, "UPDATE mentions SET entity_id = ? WHERE doc_id = ? AND entity_id = ?", r.code,
        r.docId, r.entityKey);
    Actor to = actor(c, r.code);
    for (String side : List.of("source", "target")) {
      List<String> moved = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT id FROM event_mentions"
          + " WHERE doc_id = ? AND " + side + "_key = ?")) {
        ps.setString(1, r.docId);
        ps.setString(2, r.entityKey);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            moved.add(rs.getString(1));
          }
        }
      }
      for (String m : moved) {
        String event = eventOf(c, m);
        update(c, "UPDATE event_mentions SET " + side + "_key = ?, " + side + "_actor = ?, "
            + side + "_country = ?, " + side + "_name = ? WHERE id = ?", to.key(), to.actor(),
            to.country(), to.name(), m);
        if (!REJECTED.equals(event)) {
          update(c, "UPDATE event_mentions SET event_id = '' WHERE id = ?", m);
          EventMerging.recount(c, event);
          remerge(c, m);
        }
      }
    }
  }

  /**
   * Applies the current reviews of a re-analysed document to its new reports, found by their
   * evidence span and actors (by the evidence words and sentence where the text changed).
   *
   * @return the reviews that match nothing now, described
   */
  static List<String> reapply(Connection c, String oldId, String newId) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT * FROM reviews WHERE doc_id = ?"
        + " AND current ORDER BY reviewed_at, id")) {
      ps.setString(1, oldId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(Row.read(rs));
        }
      }
    }
    List<String> unmatched = new ArrayList<>();
    boolean sameText = oldId.equals(newId);
    for (Row r : rows) {
      r.docId = newId;
      String found = null;
      if (r.kind.equals("event")) {
        found = findReport(c, r, newId, sameText);
        if (found != null) {
          r.mentionId = found;
          apply(c, found, r);
        }
      } else if (r.kind.equals("added")) {
        String body = body(c, newId);
        if (r.spanEnd <= body.length()
            && body.substring(r.spanStart, r.spanEnd).equals(r.spanText)) {
          found = insertAdded(c, r);
          r.mentionId = found;
        }
      } else {
        try (PreparedStatement ps = c.prepareStatement(
            "SELECT count(*) FROM mentions WHERE doc_id = ? AND entity_id = ?")) {
          ps.setString(1, newId);
          ps.setString(2, r.entityKey);
          try (ResultSet rs = ps.executeQuery()) {
            if (rs.next() && rs.getInt(1) > 0) {
              found = r.entityKey;
              applyLink(c, r);
            }
          }
        }
      }
      update(c, "UPDATE reviews SET doc_id = ?, mention_id = ?, matched = ? WHERE id = ?",
          newId, r.mentionId, found != null, r.id);
      if (found == null) {
        unmatched.add("review " + r.id + " (" + r.verdict + " by " + r.reviewer + ") of "
            + (r.kind.equals("link") ? "the link of " + r.entityKey
                : "'" + r.spanText + "' in \"" + shorten(r.sentenceText) + "\"")
            + " matches nothing in " + newId + " now");
      }
    }
    return unmatched;
  }

  private static @Nullable String findReport(Connection c, Row r, String docId, boolean sameText)
      throws SQLException {
    String sql = "SELECT id FROM event_mentions WHERE doc_id = ? AND source_key IS NOT DISTINCT"
        + " FROM ? AND target_key IS NOT DISTINCT FROM ? AND "
        + (sameText ? "trigger_start = ? AND trigger_end = ?"
            : "trigger_text = ? AND sentence_text = ?") + " ORDER BY n";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, sameText
          ? Arrays.asList(docId, r.origSource, r.origTarget, r.spanStart, r.spanEnd)
          : Arrays.asList(docId, r.origSource, r.origTarget, r.spanText, r.sentenceText));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static String shorten(@Nullable String s) {
    if (s == null) {
      return "";
    }
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }

  // ---- reading ---------------------------------------------------------------------------

  /** One review as stored. */
  public ObjectNode review(String id) {
    return (ObjectNode) store.query("SELECT * FROM reviews WHERE id = ?", List.of(id)).get(0);
  }

  /**
   * A document's event reports (with their current verdict, added ones too) and its review
   * history, newest first.
   */
  public ObjectNode ofDocument(String docId) {
    ObjectNode out = JSON.objectNode();
    out.put("document", docId);
    out.set("reports", store.query("SELECT id, n, event_id, code, root, source_key,"
        + " source_actor, source_name, target_key, target_actor, target_name, event_date,"
        + " sentence_start, sentence_end, sentence_text, trigger_start, trigger_end,"
        + " trigger_text, confidence, review FROM event_mentions WHERE doc_id = ? ORDER BY n",
        List.of(docId)));
    out.set("history", store.query("SELECT * FROM reviews WHERE doc_id = ?"
        + " ORDER BY reviewed_at DESC, id DESC", List.of(docId)));
    return out;
  }

  /**
   * Herald's precision and recall on the reviewed reports: a confirmed report is right, a
   * rejected one wrong, a corrected one both wrong and a missed event, an added event missed.
   */
  public ObjectNode figures() {
    ObjectNode out = JSON.objectNode();
    Map<String, Long> by = new LinkedHashMap<>();
    for (String v : List.of("confirmed", "rejected", "corrected", "added")) {
      by.put(v, 0L);
    }
    for (JsonNode r : store.query("SELECT review, count(*) AS n FROM event_mentions"
        + " WHERE review IS NOT NULL GROUP BY review", List.of())) {
      by.put(r.path("review").asText(), r.path("n").asLong());
    }
    long ok = by.get("confirmed");
    long wrong = by.get("rejected") + by.get("corrected");
    long missed = by.get("corrected") + by.get("added");
    out.put("documents", store.count("SELECT count(DISTINCT doc_id) FROM event_mentions"
        + " WHERE review IS NOT NULL", List.of()));
    by.forEach(out::put);
    out.put("unreviewed", store.count("SELECT count(*) FROM event_mentions WHERE review IS NULL"
        + " AND doc_id IN (SELECT doc_id FROM event_mentions WHERE review IS NOT NULL)",
        List.of()));
    if (ok + wrong > 0) {
      out.put("precision", round((double) ok / (ok + wrong)));
    } else {
      out.putNull("precision");
    }
    if (ok + missed > 0) {
      out.put("recall", round((double) ok / (ok + missed)));
    } else {
      out.putNull("recall");
    }
    out.put("unmatched", store.count("SELECT count(*) FROM reviews WHERE current AND NOT"
        + " matched", List.of()));
    return out;
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  /** A reviewed document as the news-event gold set writes it, and its stored page. */
  public record GoldArticle(String docId, ObjectNode line, byte @Nullable [] gzippedPage) {}

  /**
   * The reviewed documents as gold in the format of the news-event gold set
   * (docs/CODEBOOK.md): each with the events the analyst stands behind (confirmed, corrected,
   * added), its page at {@code pages/DOCUMENT-ID.html.gz} (or {@code .txt.gz}).
   */
  public List<GoldArticle> gold() {
    List<GoldArticle> out = new ArrayList<>();
    ArrayNode docs = store.query("SELECT d.id, d.language, d.published, d.title, d.source_name,"
        + " d.url FROM documents d WHERE d.id IN (SELECT doc_id FROM event_mentions WHERE"
        + " review IS NOT NULL) ORDER BY d.id", List.of());
    for (JsonNode d : docs) {
      String id = d.path("id").asText();
      String name = d.path("source_name").asText("").toLowerCase(Locale.ROOT);
      boolean text = name.endsWith(".txt");
      ObjectNode line = JSON.objectNode();
      line.put("page", "pages/" + id + (text ? ".txt.gz" : ".html.gz"));
      line.set("lang", d.get("language"));
      line.set("published", d.get("published"));
      line.set("title", d.get("title"));
      line.set("url", d.get("url"));
      ArrayNode events = line.putArray("events");
      for (JsonNode m : store.query("SELECT source_actor, target_actor, code, event_date,"
          + " sentence_text, review FROM event_mentions WHERE doc_id = ? AND review IN"
          + " ('confirmed', 'corrected', 'added') ORDER BY n", List.of(id))) {
        ObjectNode e = events.addObject();
        e.set("source", m.get("source_actor"));
        e.set("target", m.get("target_actor"));
        e.set("code", m.get("code"));
        e.set("date", m.get("event_date"));
        e.set("evidence", m.get("sentence_text"));
        e.put("note", m.path("review").asText() + " by review");
      }
      line.putArray("persons");
      ArrayNode who = store.query("SELECT DISTINCT reviewer FROM reviews WHERE doc_id = ?"
          + " AND current ORDER BY reviewer", List.of(id));
      List<String> names = new ArrayList<>();
      who.forEach(w -> names.add(w.path("reviewer").asText()));
      line.put("annotator", String.join(", ", names));
      out.add(new GoldArticle(id, line, store.rawGzip(id).orElse(null)));
    }
    return out;
  }

  // ---- rows ------------------------------------------------------------------------------

  private static @Nullable ObjectNode mention(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT * FROM event_mentions WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        ArrayNode rows = Store.rows(rs);
        return rows.isEmpty() ? null : (ObjectNode) rows.get(0);
      }
    }
  }

  private static String eventOf(Connection c, String mentionId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT event_id FROM event_mentions WHERE id = ?")) {
      ps.setString(1, mentionId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : "";
      }
    }
  }

  private static @Nullable String sentenceOf(Connection c, String mentionId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT sentence_text FROM event_mentions WHERE id = ?")) {
      ps.setString(1, mentionId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static String body(Connection c, String docId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT body FROM documents WHERE id = ?")) {
      ps.setString(1, docId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new HeraldException(ErrorCode.BAD_ARGUMENT, "no document " + docId);
        }
        return rs.getString(1);
      }
    }
  }

  private static ObjectNode docJson(Connection c, String docId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT doc_json FROM documents WHERE id = ?")) {
      ps.setString(1, docId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new HeraldException(ErrorCode.BAD_ARGUMENT, "no document " + docId);
        }
        return (ObjectNode) ContractJson.mapper().readTree(rs.getString(1));
      }
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.INTERNAL, docId + ": its stored JSON is damaged", e);
    }
  }

  private static void update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, Arrays.asList(params));
      ps.executeUpdate();
    }
  }

  /** Binds parameters; a null is untyped, for columns of any type on both databases. */
  private static void bind(PreparedStatement ps, List<?> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      Object p = params.get(i);
      if (p == null) {
        ps.setNull(i + 1, java.sql.Types.NULL);
      } else {
        ps.setObject(i + 1, p);
      }
    }
  }

  /** A review row. */
  private static final class Row {
    String id;
    String kind;
    String docId;
    @Nullable String mentionId;
    @Nullable String entityKey;
    String verdict;
    @Nullable String code;
    @Nullable Integer quadClass;
    @Nullable Double goldstein;
    @Nullable String source;
    @Nullable String target;
    @Nullable String eventDate;
    int spanStart;
    int spanEnd;
    @Nullable String spanText;
    @Nullable String sentenceText;
    @Nullable String origSource;
    @Nullable String origTarget;
    @Nullable String origCode;
    @Nullable String note;
    String reviewer;
    String reviewedAt;

    Row(String kind, String docId, String verdict, String reviewer, @Nullable String note) {
      this.kind = kind;
      this.docId = docId;
      this.verdict = verdict;
      this.reviewer = reviewer;
      this.note = note;
      this.reviewedAt = Instant.now().toString();
      this.id = "rv-" + Store.hash(kind + docId + verdict + reviewer + reviewedAt
          + System.nanoTime()).substring(0, 16);
    }

    void span(int start, int end, String text, @Nullable String sentence) {
      spanStart = start;
      spanEnd = end;
      spanText = text;
      sentenceText = sentence;
    }

    void correct(@Nullable Correction c) {
      if (c == null) {
        return;
      }
      code = c.code();
      quadClass = c.quadClass();
      goldstein = c.goldstein();
      source = c.source() == null ? null : c.source().key();
      target = c.target() == null ? null : c.target().key();
      eventDate = c.day();
    }

    static Row read(ResultSet rs) throws SQLException {
      Row r = new Row(rs.getString("kind"), rs.getString("doc_id"), rs.getString("verdict"),
          rs.getString("reviewer"), rs.getString("note"));
      r.id = rs.getString("id");
      r.reviewedAt = rs.getString("reviewed_at");
      r.mentionId = rs.getString("mention_id");
      r.entityKey = rs.getString("entity_key");
      r.code = rs.getString("code");
      int q = rs.getInt("quad_class");
      r.quadClass = rs.wasNull() ? null : q;
      double g = rs.getDouble("goldstein");
      r.goldstein = rs.wasNull() ? null : g;
      r.source = rs.getString("source");
      r.target = rs.getString("target");
      r.eventDate = rs.getString("event_date");
      r.spanStart = rs.getInt("span_start");
      r.spanEnd = rs.getInt("span_end");
      r.spanText = rs.getString("span_text");
      r.sentenceText = rs.getString("sentence_text");
      r.origSource = rs.getString("orig_source");
      r.origTarget = rs.getString("orig_target");
      r.origCode = rs.getString("orig_code");
      return r;
    }

    void insert(Connection c) throws SQLException {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO reviews (id, kind, doc_id,"
          + " mention_id, entity_key, verdict, code, quad_class, goldstein, source, target,"
          + " event_date, span_start, span_end, span_text, sentence_text, orig_source,"
          + " orig_target, orig_code, note, reviewer, reviewed_at, current, matched) VALUES"
          + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, TRUE)")) {
        bind(ps, Arrays.asList(id, kind, docId, mentionId, entityKey, verdict, code,
            quadClass, goldstein, source, target, eventDate, spanStart, spanEnd, spanText,
            sentenceText, origSource, origTarget, origCode, note, reviewer, reviewedAt));
        ps.executeUpdate();
      }
    }
  }
}
