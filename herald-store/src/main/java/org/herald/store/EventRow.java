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

/** One event mention of a document as the store writes it: its actors' keys, day and evidence. */
final class EventRow {
  String id;
  String docId;
  int n;
  @Nullable String sourceKey;
  @Nullable String sourceActor;
  @Nullable String sourceCountry;
  @Nullable String sourceName;
  @Nullable String targetKey;
  @Nullable String targetActor;
  @Nullable String targetCountry;
  @Nullable String targetName;
  String code;
  String root;
  int quadClass;
  double goldstein;
  @Nullable String day;
  @Nullable String dateSource;
  @Nullable String place;
  @Nullable Double placeLat;
  @Nullable Double placeLon;
  @Nullable String placeCountry;
  Event e;
  String sentenceText;
  boolean negated;
  boolean isRoot;
  String outlet;

  static EventRow of(Document doc, Event e, int n, Map<String, Entity> byLocal, String outlet,
      int firstParagraphEnd) {
    EventRow r = new EventRow();
    r.id = doc.id() + ":" + n;
    r.docId = doc.id();
    r.n = n;
    r.e = e;
    EventActor s = e.source();
    EventActor t = e.target();
    r.sourceKey = key(s, byLocal);
    r.sourceActor = s == null ? null : s.actor();
    r.sourceCountry = s == null ? null : s.country();
    r.sourceName = s == null ? null : s.name();
    r.targetKey = key(t, byLocal);
    r.targetActor = t == null ? null : t.actor();
    r.targetCountry = t == null ? null : t.country();
    r.targetName = t == null ? null : t.name();
    r.code = e.code();
    r.root = e.root();
    r.quadClass = e.quadClass();
    r.goldstein = e.goldstein();
    String published = Store.day(doc);
    if (e.date() != null && e.date().matches("\\d{4}-\\d{2}-\\d{2}")) {
      r.day = e.date();
      r.dateSource = e.dateSource() == null ? "text" : e.dateSource();
    } else if (published != null) {
      r.day = published;
      r.dateSource = "published";
    }
    r.place = e.place();
    if (e.place() != null) {
      for (Entity x : doc.entities()) {
        if (x.name().equals(e.place()) && x.kb() != null) {
          r.placeLat = x.kb().lat();
          r.placeLon = x.kb().lon();
          r.placeCountry = x.kb().country();
          break;
        }
      }
    }
    r.sentenceText = doc.text().substring(e.sentence().start(), e.sentence().end());
    r.negated = e.negated();
    r.isRoot = e.sentence().start() < firstParagraphEnd;
    r.outlet = outlet;
    return r;
  }

  private static @Nullable String key(@Nullable EventActor a, Map<String, Entity> byLocal) {
    if (a == null) {
      return null;
    }
    Entity e = a.entity() == null ? null : byLocal.get(a.entity());
    if (e != null) {
      return Store.entityKey(e);
    }
    if (a.actor() != null) {
      return "cameo:" + a.actor();
    }
    return a.name() == null ? null : "name:" + Store.fold(a.name());
  }

  void insert(Connection c, String eventId, String reason, boolean pinned)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_mentions (id, doc_id, n,"
        + " event_id, source_key, source_actor, source_country, source_name, target_key,"
        + " target_actor, target_country, target_name, code, root, quad_class, goldstein,"
        + " event_date, date_source, place, sentence_start, sentence_end, sentence_text,"
        + " trigger_start, trigger_end, trigger_text, attribution, negated, modality,"
        + " confidence, is_root, outlet, merge_reason, pinned) VALUES (?, ?, ?, ?, ?, ?, ?,"
        + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 1;
      ps.setString(i++, id);
      ps.setString(i++, docId);
      ps.setInt(i++, n);
      ps.setString(i++, eventId);
      ps.setString(i++, sourceKey);
      ps.setString(i++, sourceActor);
      ps.setString(i++, sourceCountry);
      ps.setString(i++, sourceName);
      ps.setString(i++, targetKey);
      ps.setString(i++, targetActor);
      ps.setString(i++, targetCountry);
      ps.setString(i++, targetName);
      ps.setString(i++, code);
      ps.setString(i++, root);
      ps.setInt(i++, quadClass);
      ps.setDouble(i++, goldstein);
      ps.setString(i++, day);
      ps.setString(i++, dateSource);
      ps.setString(i++, place);
      ps.setInt(i++, e.sentence().start());
      ps.setInt(i++, e.sentence().end());
      ps.setString(i++, sentenceText);
      ps.setInt(i++, e.trigger().start());
      ps.setInt(i++, e.trigger().end());
      ps.setString(i++, e.trigger().text());
      ps.setString(i++, e.attribution());
      ps.setBoolean(i++, negated);
      ps.setString(i++, e.modality());
      ps.setDouble(i++, e.confidence());
      ps.setBoolean(i++, isRoot);
      ps.setString(i++, outlet);
      ps.setString(i++, reason);
      ps.setBoolean(i, pinned);
      ps.executeUpdate();
    }
  }
}
