package org.herald.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The questions analysts ask the store: documents, events, entities, quotes, search and counts.
 */
public final class Queries {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** The columns of an event the API shows (not the search column, evidence). */
  static final String EVENT_COLUMNS = "id, source_key, source_actor, source_country, source_name,"
      + " target_key, target_actor, target_country, target_name, code, root, quad_class,"
      + " goldstein, event_date, last_date, place, lat, lon, place_country, negated, is_root,"
      + " num_mentions, num_articles, num_sources, source_url, added_at, reviewed";

  /** The most documents a search of {@link #documents} finds. */
  static final int FOUND = 1000;
  /** The most rows of documents kept for pages at one count of fact writes. */
  static final int ROWS = 20_000;

  private final Store store;
  /** The documents of each filter by language (and so their total), per count of writes. */
  private final KeptByWrites<DocumentFilter, ArrayNode> languageFacets;
  /**
   * The root and actor facets of each filter whose documents are all its documents (no words,
   * or fewer than {@link #FOUND} found), per count of fact writes: a document without events
   * adds nothing to them.
   */
  private final KeptByWrites<DocumentFilter, ArrayNode[]> eventFacets;
  /** The same of a filter whose words found {@link #FOUND}, the best of more, per write. */
  private final KeptByWrites<DocumentFilter, ArrayNode[]> eventFacetsOfBest;

  /** The rows of documents that pages show, by id, per count of fact writes. */
  private final KeptByWrites<String, JsonNode> rows;
  /** The counts of {@link #stats} that only fact writes change, per count of fact writes. */
  private final KeptByWrites<Boolean, ObjectNode> factCounts;
  /** The documents of each language for {@link #stats}, per count of writes. */
  private final KeptByWrites<Boolean, ArrayNode> documentLanguages;

  public Queries(Store store) {
    this.store = store;
    this.factCounts = new KeptByWrites<>(store.seesEveryWrite(), store::factWrites);
    this.documentLanguages = new KeptByWrites<>(store.seesEveryWrite(), store::writes);
    this.rows = new KeptByWrites<>(store.seesEveryWrite(), store::factWrites, ROWS);
    this.languageFacets = new KeptByWrites<>(store.seesEveryWrite(), store::writes);
    this.eventFacets = new KeptByWrites<>(store.seesEveryWrite(), store::factWrites);
    this.eventFacetsOfBest = new KeptByWrites<>(store.seesEveryWrite(), store::writes);
  }

  /** Which documents: all filters optional; {@code q} searches the text index. */
  public record DocumentFilter(@Nullable String q, @Nullable String from, @Nullable String to,
      @Nullable String lang, @Nullable String source, @Nullable String actor,
      @Nullable String root, int limit, int offset) {
    /** The same documents, all of them: what the facets and the total count. */
    DocumentFilter all() {
      return new DocumentFilter(q, from, to, lang, source, actor, root, 0, 0);
    }
  }

  /**
   * Which events. An actor filter of three capital letters matches a country (CHN matches
   * CHNGOV and the Chinese entities); a longer code matches the actor code; anything else a
   * store entity id. {@code code} matches the code and its sub-codes (04 matches 040 to 046).
   * {@code minConfidence} keeps the events with a report of at least that confidence (0.2: the
   * events Herald stands behind; 0: all).
   */
  public record EventFilter(@Nullable String source, @Nullable String target,
      @Nullable String actor, @Nullable String code, @Nullable String root,
      @Nullable String from, @Nullable String to, @Nullable String place, @Nullable String q,
      int limit, int offset, boolean reviewedOnly, double minConfidence) {
    /** A filter over all events, reviewed or not, of any confidence. */
    public EventFilter(@Nullable String source, @Nullable String target, @Nullable String actor,
        @Nullable String code, @Nullable String root, @Nullable String from,
        @Nullable String to, @Nullable String place, @Nullable String q, int limit,
        int offset) {
      this(source, target, actor, code, root, from, to, place, q, limit, offset, false, 0);
    }

    /** A filter over events of any confidence. */
    public EventFilter(@Nullable String source, @Nullable String target, @Nullable String actor,
        @Nullable String code, @Nullable String root, @Nullable String from,
        @Nullable String to, @Nullable String place, @Nullable String q, int limit,
        int offset, boolean reviewedOnly) {
      this(source, target, actor, code, root, from, to, place, q, limit, offset, reviewedOnly,
          0);
    }
  }

  /**
   * Which quotes: all filters optional. {@code speaker} is the speaker's store entity id (the
   * id of {@link #entity}); {@code q} words the quote holds, in any case, taken literally
   * ({@code %} and {@code _} are no wildcards); {@code from} and {@code to} bound the day its
   * document was published (YYYY-MM-DD, both included).
   */
  public record QuoteFilter(@Nullable String speaker, @Nullable String q, @Nullable String from,
      @Nullable String to, int limit, int offset) {}

  public ObjectNode documents(DocumentFilter f) {
    // the counts before the search: the facets are kept only where no write came after them
    long writes = languageFacets.count();
    long factWrites = eventFacets.count();
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> p = new ArrayList<>();
    Map<String, TextIndex.Hit> hits = new HashMap<>();
    boolean complete = true;
    if (f.q() != null) {
      List<TextIndex.Hit> found = store.index().find(f.q(), FOUND);
      complete = found.size() < FOUND;
      if (found.isEmpty()) {
        return page(JSON.arrayNode(), 0, f.limit(), f.offset());
      }
      where.append(" AND id IN (SELECT unnest(?))");
      for (TextIndex.Hit h : found) {
        hits.put(h.id(), h);
      }
      p.add(new Store.Texts(List.copyOf(hits.keySet())));
    }
    if (f.from() != null) {
      where.append(" AND published >= ?");
      p.add(f.from());
    }
    if (f.to() != null) {
      where.append(" AND published <= ?");
      p.add(f.to());
    }
    if (f.lang() != null) {
      where.append(" AND language = ?");
      p.add(f.lang());
    }
    if (f.source() != null) {
      where.append(" AND (lower(url) LIKE ? OR lower(source_name) LIKE ?)");
      String like = "%" + f.source().toLowerCase(Locale.ROOT) + "%";
      p.add(like);
      p.add(like);
    }
    if (f.actor() != null || f.root() != null) {
      where.append(" AND id IN (SELECT doc_id FROM event_mentions WHERE 1 = 1");
      if (f.actor() != null) {
        where.append(" AND (").append(side("source", f.actor(), p)).append(" OR ")
            .append(side("target", f.actor(), p)).append(")");
      }
      if (f.root() != null) {
        where.append(" AND root = ?");
        p.add(f.root());
      }
      where.append(")");
    }
    // The page's ids in one statement, their rows kept (issue 23: the rows' columns, ordered
    // and cut in the statement, made it three times as dear as the ids alone)
    List<String> ids = new ArrayList<>();
    ArrayNode languages = null;
    if (f.q() != null) {
      // at most FOUND documents: all of them at once, and their languages counted here
      Map<String, Long> byLanguage = new HashMap<>();
      ArrayNode found = store.query("SELECT id, language FROM documents" + where
          + " ORDER BY published DESC NULLS LAST, id", p);
      for (int i = 0; i < found.size(); i++) {
        if (i >= f.offset() && ids.size() < f.limit()) {
          ids.add(found.get(i).get("id").asText());
        }
        byLanguage.merge(found.get(i).get("language").asText(null), 1L, Long::sum);
      }
      languages = languages(byLanguage);
    } else {
      List<Object> pp = new ArrayList<>(p);
      pp.add(f.limit());
      pp.add(f.offset());
      store.query("SELECT id FROM documents" + where
          + " ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?", pp)
          .forEach(r -> ids.add(r.get("id").asText()));
    }
    ArrayNode items = rows(ids, factWrites);
    if (!hits.isEmpty()) {
      List<String> shown = new ArrayList<>();
      items.forEach(item -> shown.add(item.get("id").asText()));
      Map<String, String> passages = store.index().passages(f.q(), shown);
      for (JsonNode item : items) {
        String id = item.get("id").asText();
        ((ObjectNode) item).put("score", hits.get(id).score());
        ((ObjectNode) item).put("snippet", passages.get(id));
      }
    }
    // The facets, and the total as the sum of the languages', are the same for every page of
    // a filter: kept per count of writes, they are read once for all its pages; a document of
    // text alone changes the languages' counts and never the events' facets (issue 23).
    DocumentFilter all = f.all();
    if (languages == null) {
      languages = languageFacets.get(all, writes, () -> store.query("SELECT language AS value,"
          + " count(*) AS documents FROM documents" + where + " GROUP BY language"
          + " ORDER BY documents DESC, language", p));
    }
    long total = 0;
    for (JsonNode r : languages) {
      total += r.get("documents").asLong();
    }
    ArrayNode[] events = complete
        ? eventFacets.get(all, factWrites, () -> eventFacets(where.toString(), p))
        : eventFacetsOfBest.get(all, writes, () -> eventFacets(where.toString(), p));
    ObjectNode out = page(items, total, f.limit(), f.offset());
    ObjectNode facets = out.putObject("facets");
    facets.set("language", languages);
    facets.set("root", events[0]);
    facets.set("actor", events[1]);
    return out;
  }

  /**
   * The rows of a page of documents in the order of their ids (a document removed since the
   * ids were read left out): those kept at this count of fact writes, the others read in one
   * statement and kept. A document's row changes only where it is analysed again or its events
   * change, fact writes all.
   */
  private ArrayNode rows(List<String> ids, long factWrites) {
    Map<String, JsonNode> byId = new HashMap<>();
    List<String> missing = new ArrayList<>();
    for (String id : ids) {
      JsonNode r = rows.kept(id, factWrites);
      if (r == null) {
        missing.add(id);
      } else {
        byId.put(id, r);
      }
    }
    if (!missing.isEmpty()) {
      for (JsonNode r : store.query("SELECT id, title, language, published, url, source_name,"
          + " pipeline_version, ingested_at, (SELECT count(*) FROM event_mentions m"
          + " WHERE m.doc_id = documents.id) AS events FROM documents"
          + " WHERE id IN (SELECT unnest(?))", List.of(new Store.Texts(missing)))) {
        String id = r.get("id").asText();
        byId.put(id, r);
        rows.keep(id, factWrites, r);
      }
    }
    ArrayNode items = JSON.arrayNode();
    for (String id : ids) {
      JsonNode r = byId.get(id);
      if (r != null) {
        items.add(r.deepCopy());
      }
    }
    return items;
  }

  /** A language facet: each language with its documents, the most first, as SQL orders it. */
  private static ArrayNode languages(Map<String, Long> byLanguage) {
    List<Map.Entry<String, Long>> sorted = new ArrayList<>(byLanguage.entrySet());
    sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(
        Map.Entry::getKey, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
    ArrayNode out = JSON.arrayNode();
    for (Map.Entry<String, Long> e : sorted) {
      out.addObject().put("value", e.getKey()).put("documents", e.getValue());
    }
    return out;
  }

  /**
   * The root codes of the events of the documents a filter keeps, and their 20 commonest
   * source countries, each with its count of documents, in one statement: a statement each
   * cost DuckDB about a millisecond and a wait for a reading connection (issue 23).
   */
  private ArrayNode[] eventFacets(String where, List<Object> p) {
    List<Object> twice = new ArrayList<>(p);
    twice.addAll(p);
    ArrayNode rows = store.query("SELECT facet, value, documents FROM ("
        + "SELECT 1 AS facet, root AS value, count(DISTINCT doc_id) AS documents, row_number()"
        + " OVER (ORDER BY root) AS k FROM event_mentions WHERE doc_id IN (SELECT id FROM"
        + " documents" + where + ") GROUP BY root"
        + " UNION ALL SELECT 2, source_country, count(DISTINCT doc_id), row_number() OVER"
        + " (ORDER BY count(DISTINCT doc_id) DESC, source_country) FROM event_mentions"
        + " WHERE source_country IS NOT NULL AND doc_id IN (SELECT id FROM documents" + where
        + ") GROUP BY source_country) f WHERE facet < 2 OR k <= 20 ORDER BY facet, k", twice);
    ArrayNode[] byFacet = {JSON.arrayNode(), JSON.arrayNode()};
    for (JsonNode r : rows) {
      ObjectNode o = byFacet[r.get("facet").asInt() - 1].addObject();
      o.set("value", r.get("value"));
      o.set("documents", r.get("documents"));
    }
    return byFacet;
  }

  public ObjectNode events(EventFilter f) {
    List<Object> p = new ArrayList<>();
    String where = where(f, p);
    long total = store.count("SELECT count(*) FROM events" + where, p);
    List<Object> pp = new ArrayList<>(p);
    pp.add(f.limit());
    pp.add(f.offset());
    ArrayNode events = store.query("SELECT " + EVENT_COLUMNS + " FROM events" + where
        + " ORDER BY event_date DESC NULLS LAST, id LIMIT ? OFFSET ?", pp);
    withMentions(events);
    return page(events, total, f.limit(), f.offset());
  }

  /** How a series of events is cut: per day or per week, by root code or by QuadClass. */
  public enum Bucket { DAY, WEEK, MONTH }

  /**
   * Event counts over time for the timeline: one row per period (its first day) and key (the
   * root code, or the QuadClass), counting the events whose first day falls in it.
   */
  public ArrayNode timeline(EventFilter f, Bucket bucket, boolean byQuadClass) {
    List<Object> p = new ArrayList<>();
    String where = where(f, p) + " AND event_date IS NOT NULL";
    String key = byQuadClass ? "CAST(quad_class AS VARCHAR)" : "root";
    String period = switch (bucket) {
      case DAY -> "event_date";
      case WEEK -> "CAST(date_trunc('week', CAST(event_date AS DATE)) AS VARCHAR)";
      case MONTH -> "substr(event_date, 1, 7) || '-01'";
    };
    return store.query("SELECT substr(" + period + ", 1, 10) AS period, " + key + " AS key,"
        + " count(*) AS events FROM events" + where + " GROUP BY 1, 2 ORDER BY 1, 2", p);
  }

  /**
   * The actor network: actors as nodes, one edge per directed pair with its event count and
   * mean Goldstein value (negative: conflict, positive: cooperation); the busiest pairs first.
   */
  public ObjectNode network(EventFilter f, int maxEdges) {
    List<Object> p = new ArrayList<>();
    String where = where(f, p) + " AND source_key IS NOT NULL AND target_key IS NOT NULL";
    p.add(maxEdges);
    ArrayNode edges = store.query("SELECT source_key AS source, target_key AS target,"
        + " min(source_name) AS source_name, min(target_name) AS target_name,"
        + " min(source_actor) AS source_actor, min(target_actor) AS target_actor,"
        + " count(*) AS events, avg(goldstein) AS goldstein FROM events" + where
        + " GROUP BY source_key, target_key ORDER BY events DESC, source_key, target_key"
        + " LIMIT ?", p);
    Map<String, ObjectNode> nodes = new LinkedHashMap<>();
    for (JsonNode e : edges) {
      for (String side : List.of("source", "target")) {
        String id = e.get(side).asText();
        ObjectNode n = nodes.computeIfAbsent(id, k -> {
          ObjectNode o = JSON.objectNode();
          o.put("id", k);
          o.set("name", e.get(side + "_name"));
          o.set("actor", e.get(side + "_actor"));
          o.put("events", 0);
          return o;
        });
        n.put("events", n.get("events").asInt() + e.get("events").asInt());
      }
    }
    ObjectNode out = JSON.objectNode();
    out.set("nodes", JSON.arrayNode().addAll(nodes.values()));
    out.set("edges", edges);
    return out;
  }

  /**
   * Where events happened: each place the clauses name, with coordinates and a count; and the
   * countries of their actors, each with the events it took part in as source or target.
   */
  public ObjectNode places(EventFilter f) {
    List<Object> p = new ArrayList<>();
    String where = where(f, p);
    ObjectNode out = JSON.objectNode();
    out.set("places", store.query("SELECT place, place_country AS country, avg(lat) AS lat,"
        + " avg(lon) AS lon, count(*) AS events, avg(goldstein) AS goldstein FROM events" + where
        + " AND lat IS NOT NULL AND lon IS NOT NULL GROUP BY place, place_country"
        + " ORDER BY events DESC, place LIMIT 500", p));
    List<Object> twice = new ArrayList<>(p);
    twice.addAll(p);
    out.set("countries", store.query("SELECT country, count(*) AS events, avg(goldstein) AS"
        + " goldstein FROM (SELECT source_country AS country, goldstein FROM events" + where
        + " UNION ALL SELECT target_country, goldstein FROM events" + where + ") t"
        + " WHERE country IS NOT NULL GROUP BY country ORDER BY events DESC, country", twice));
    return out;
  }

  private static String where(EventFilter f, List<Object> p) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (f.reviewedOnly()) {
      where.append(" AND reviewed");
    }
    if (f.minConfidence() > 0) {
      where.append(" AND id IN (SELECT event_id FROM event_mentions WHERE confidence >= ?)");
      p.add(f.minConfidence());
    }
    if (f.source() != null) {
      where.append(" AND ").append(side("source", f.source(), p));
    }
    if (f.target() != null) {
      where.append(" AND ").append(side("target", f.target(), p));
    }
    if (f.actor() != null) {
      where.append(" AND (").append(side("source", f.actor(), p)).append(" OR ")
          .append(side("target", f.actor(), p)).append(")");
    }
    if (f.code() != null) {
      where.append(" AND code LIKE ?");
      p.add(f.code() + "%");
    }
    if (f.root() != null) {
      where.append(" AND root = ?");
      p.add(f.root());
    }
    if (f.from() != null) {
      where.append(" AND last_date >= ?");
      p.add(f.from());
    }
    if (f.to() != null) {
      where.append(" AND event_date <= ?");
      p.add(f.to());
    }
    if (f.place() != null) {
      where.append(" AND (lower(place) = ? OR place_country = ?)");
      p.add(f.place().toLowerCase(Locale.ROOT));
      p.add(f.place().toUpperCase(Locale.ROOT));
    }
    if (f.q() != null) {
      where.append(" AND strpos(evidence, ?) > 0");
      p.add(f.q().toLowerCase(Locale.ROOT));
    }
    return where.toString();
  }

  /** One event with its mentions, each with its evidence and why it was merged. */
  public Optional<ObjectNode> event(String id) {
    ArrayNode rows = store.query("SELECT " + EVENT_COLUMNS + " FROM events WHERE id = ?",
        List.of(id));
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    withMentions(rows);
    return Optional.of((ObjectNode) rows.get(0));
  }

  private static String side(String side, String value, List<Object> p) {
    if (value.matches("[A-Z]{3}")) {
      p.add(value + "%");
      p.add(value);
      return "(" + side + "_actor LIKE ? OR " + side + "_country = ?)";
    }
    if (value.matches("[A-Z]{4,}")) {
      p.add(value);
      return side + "_actor = ?";
    }
    p.add(value);
    return side + "_key = ?";
  }

  /** Nests each event's mentions (document, evidence sentence, trigger, merge reason). */
  private void withMentions(ArrayNode events) {
    if (events.isEmpty()) {
      return;
    }
    Map<String, ObjectNode> byId = new LinkedHashMap<>();
    List<String> ids = new ArrayList<>();
    for (JsonNode e : events) {
      ObjectNode o = (ObjectNode) e;
      o.set("source", actor(o, "source"));
      o.set("target", actor(o, "target"));
      o.putArray("mentions");
      byId.put(o.get("id").asText(), o);
      ids.add(o.get("id").asText());
    }
    ArrayNode mentions = store.query("SELECT m.id, m.event_id, m.doc_id, d.title, d.url,"
        + " d.published, d.language, m.code, m.event_date, m.date_source, m.place,"
        + " m.sentence_start, m.sentence_end, m.sentence_text, m.trigger_start, m.trigger_end,"
        + " m.trigger_text, m.attribution, m.negated, m.modality, m.confidence, m.merge_reason,"
        + " m.pinned, m.review FROM event_mentions m JOIN documents d ON d.id = m.doc_id"
        + " WHERE m.event_id IN (SELECT unnest(?)) ORDER BY m.doc_id, m.n",
        List.of(new Store.Texts(ids)));
    for (JsonNode m : mentions) {
      ObjectNode o = (ObjectNode) m;
      ObjectNode sentence = JSON.objectNode();
      sentence.put("start", o.get("sentence_start").asInt());
      sentence.put("end", o.get("sentence_end").asInt());
      sentence.set("text", o.get("sentence_text"));
      ObjectNode trigger = JSON.objectNode();
      trigger.put("start", o.get("trigger_start").asInt());
      trigger.put("end", o.get("trigger_end").asInt());
      trigger.set("text", o.get("trigger_text"));
      o.remove(List.of("sentence_start", "sentence_end", "sentence_text", "trigger_start",
          "trigger_end", "trigger_text"));
      o.set("sentence", sentence);
      o.set("trigger", trigger);
      String eventId = o.remove("event_id").asText();
      ((ArrayNode) byId.get(eventId).get("mentions")).add(o);
    }
  }

  private static ObjectNode actor(ObjectNode row, String side) {
    ObjectNode a = JSON.objectNode();
    for (String k : List.of("key", "actor", "country", "name")) {
      a.set(k.equals("key") ? "entity" : k, row.remove(side + "_" + k));
    }
    return a;
  }

  /** Entities whose name contains {@code q}, most mentioned first. */
  public ObjectNode entities(@Nullable String q, int limit, int offset) {
    String where = q == null ? "" : " WHERE lower(e.name) LIKE ? OR lower(e.id) = ?";
    List<Object> p = new ArrayList<>();
    if (q != null) {
      p.add("%" + q.toLowerCase(Locale.ROOT) + "%");
      p.add(q.toLowerCase(Locale.ROOT));
    }
    long total = store.count("SELECT count(*) FROM entities e" + where, p);
    List<Object> pp = new ArrayList<>(p);
    pp.add(limit);
    pp.add(offset);
    ArrayNode items = store.query("SELECT e.*, (SELECT count(*) FROM mentions m"
        + " WHERE m.entity_id = e.id) AS mentions FROM entities e" + where
        + " ORDER BY mentions DESC, e.id LIMIT ? OFFSET ?", pp);
    return page(items, total, limit, offset);
  }

  /** One entity with its mentions counted per month and per document. */
  public Optional<ObjectNode> entity(String id) {
    ArrayNode rows = store.query("SELECT * FROM entities WHERE id = ?", List.of(id));
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode e = (ObjectNode) rows.get(0);
    e.set("months", store.query("SELECT substr(published, 1, 7) AS month, count(*) AS mentions,"
        + " count(DISTINCT doc_id) AS documents FROM mentions WHERE entity_id = ?"
        + " GROUP BY substr(published, 1, 7) ORDER BY month", List.of(id)));
    e.set("documents", store.query("SELECT d.id, d.title, d.published, count(*) AS mentions"
        + " FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = ?"
        + " GROUP BY d.id, d.title, d.published ORDER BY d.published DESC NULLS LAST, d.id"
        + " LIMIT 100", List.of(id)));
    e.put("events", store.count("SELECT count(*) FROM events WHERE source_key = ?"
        + " OR target_key = ?", List.of(id, id)));
    e.set("partners", store.query("SELECT partner, min(partner_name) AS name,"
        + " min(partner_actor) AS actor, count(*) AS events, avg(goldstein) AS goldstein FROM ("
        + " SELECT target_key AS partner, target_name AS partner_name,"
        + " target_actor AS partner_actor, goldstein FROM events WHERE source_key = ?"
        + " AND target_key IS NOT NULL UNION ALL SELECT source_key, source_name, source_actor,"
        + " goldstein FROM events WHERE target_key = ? AND source_key IS NOT NULL) t"
        + " GROUP BY partner ORDER BY events DESC, partner LIMIT 10", List.of(id, id)));
    e.set("quotes", quotes(new QuoteFilter(id, null, null, null, 10, 0)).get("items"));
    return Optional.of(e);
  }

  /**
   * Stored quotes, the newest document first (in a document, in the order of its text): each
   * with its document (id, title, published, url), offsets, words, whether it is direct, its
   * speaker (store entity id and the name the document gives) and the sources it came through.
   */
  public ObjectNode quotes(QuoteFilter f) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> p = new ArrayList<>();
    if (f.speaker() != null) {
      where.append(" AND q.speaker_entity = ?");
      p.add(f.speaker());
    }
    if (f.q() != null) {
      // strpos, not LIKE: the words are matched literally, wildcards and all
      where.append(" AND strpos(lower(q.quote_text), ?) > 0");
      p.add(f.q().toLowerCase(Locale.ROOT));
    }
    if (f.from() != null) {
      where.append(" AND d.published >= ?");
      p.add(f.from());
    }
    if (f.to() != null) {
      where.append(" AND d.published <= ?");
      p.add(f.to());
    }
    String from = " FROM quotes q JOIN documents d ON d.id = q.doc_id" + where;
    long total = store.count("SELECT count(*)" + from, p);
    List<Object> pp = new ArrayList<>(p);
    pp.add(f.limit());
    pp.add(f.offset());
    ArrayNode items = store.query("SELECT q.doc_id, d.title, d.published, d.url, q.start_off,"
        + " q.end_off, q.quote_text, q.direct, q.speaker_entity, q.speaker_name, q.via,"
        + " q.quote_date" + from + " ORDER BY d.published DESC NULLS LAST, q.doc_id, q.n"
        + " LIMIT ? OFFSET ?", pp);
    return page(items, total, f.limit(), f.offset());
  }

  /** Full-text search over the documents, with passages. */
  public ObjectNode search(String q, int limit) {
    long factWrites = rows.count(); // before the search: see rows
    List<TextIndex.Hit> hits = store.index().search(q, limit);
    ArrayNode items = JSON.arrayNode();
    if (!hits.isEmpty()) {
      List<String> ids = new ArrayList<>();
      hits.forEach(h -> ids.add(h.id()));
      Map<String, JsonNode> docs = new HashMap<>();
      for (JsonNode d : rows(ids, factWrites)) {
        docs.put(d.get("id").asText(), d);
      }
      for (TextIndex.Hit h : hits) {
        JsonNode d = docs.get(h.id());
        if (d != null) {
          ObjectNode o = items.addObject();
          for (String k : List.of("id", "title", "published", "language", "url")) {
            o.set(k, d.get(k));
          }
          o.put("score", h.score());
          o.put("snippet", h.snippet());
        }
      }
    }
    ObjectNode out = JSON.objectNode();
    out.put("q", q);
    out.put("total", items.size());
    out.set("items", items);
    return out;
  }

  /** Counts across the store. */
  public ObjectNode stats() {
    ObjectNode facts = factCounts.get(Boolean.TRUE, this::factCounts);
    ArrayNode languages = documentLanguages.get(Boolean.TRUE, () -> store.query("SELECT language,"
        + " count(*) AS documents FROM documents GROUP BY language"
        + " ORDER BY documents DESC, language", List.of()));
    long documents = 0;
    for (JsonNode l : languages) {
      documents += l.get("documents").asLong();
    }
    ObjectNode o = JSON.objectNode();
    o.put("documents", documents);
    for (String k : List.of("entities", "mentions", "quotes", "events", "eventMentions",
        "relations")) {
      o.set(k, facts.get(k));
    }
    o.put("indexed", store.index().size());
    o.set("schemaVersion", facts.get("schemaVersion"));
    o.set("languages", languages);
    o.set("roots", facts.get("roots"));
    return o;
  }

  /**
   * The counts of {@link #stats} that only the writes of facts change: all but the documents'
   * (a document of text alone adds to those alone), in two statements. One statement for the
   * counts: a query each made a request wait for a reading connection seven times under load
   * (issue 23).
   */
  private ObjectNode factCounts() {
    JsonNode counts = store.query("SELECT (SELECT count(*) FROM entities) AS entities,"
        + " (SELECT count(*) FROM mentions) AS mentions, (SELECT count(*) FROM quotes) AS quotes,"
        + " (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM event_mentions) AS"
        + " eventmentions, (SELECT count(*) FROM relations) AS relations, (SELECT max(version)"
        + " FROM herald_schema) AS schemaversion", List.of()).get(0);
    ObjectNode o = JSON.objectNode();
    for (String k : List.of("entities", "mentions", "quotes", "events", "eventMentions",
        "relations")) {
      o.put(k, counts.get(k.toLowerCase(Locale.ROOT)).asLong());
    }
    o.put("schemaVersion", counts.get("schemaversion").asInt());
    o.set("roots", store.query("SELECT root, count(*) AS events FROM events GROUP BY root"
        + " ORDER BY root", List.of()));
    return o;
  }

  private static ObjectNode page(ArrayNode items, long total, int limit, int offset) {
    ObjectNode o = JSON.objectNode();
    o.put("total", total);
    o.put("limit", limit);
    o.put("offset", offset);
    o.set("items", items);
    return o;
  }
}
