package org.herald.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.herald.core.model.Document;
import org.jspecify.annotations.Nullable;

/**
 * How a report of an event joins the stored event that reports the same: same root, negation,
 * source and target, a day within {@link Store#MERGE_WINDOW_DAYS} and a compatible place; else it
 * starts one. Keeps each event's counts, days and evidence in step with its mentions. Runs inside
 * the caller's transaction.
 */
final class EventMerging {
  private EventMerging() {}

  /** Attaches one event mention to a stored event that reports the same, or starts one. */
  static void merge(Connection c, EventRow m, Document doc) throws SQLException {
    String joined = compatibleEvent(c, m.root, m.negated, m.sourceKey, m.targetKey, m.day,
        m.place);
    String reason;
    if (joined == null) {
      joined = "ev-" + Store.hash(m.id).substring(0, 16);
      reason = m.day == null ? "new event (no date: merged with nothing)" : "new event";
      insertEvent(c, joined, m, doc);
    } else {
      reason = mergeReason(m.sourceKey, m.targetKey, m.root, m.negated, m.day, m.place);
    }
    m.insert(c, joined, reason, false);
    recount(c, joined);
  }

  /**
   * The stored event a report of these fields joins: same root, negation, source and target,
   * a day within the merge window and a compatible place, not split off by hand; or null.
   */
  static @Nullable String compatibleEvent(Connection c, String root, boolean negated,
      @Nullable String sourceKey, @Nullable String targetKey, @Nullable String day,
      @Nullable String place) throws SQLException {
    if (day == null) {
      return null;
    }
    LocalDate d = LocalDate.parse(day);
    try (PreparedStatement ps = c.prepareStatement("SELECT id, event_date, last_date, place"
        + " FROM events WHERE root = ? AND negated = ? AND source_key IS NOT DISTINCT FROM ?"
        + " AND target_key IS NOT DISTINCT FROM ? AND event_date <= ? AND last_date >= ?"
        + " AND id NOT IN (SELECT event_id FROM event_mentions WHERE pinned)"
        + " ORDER BY event_date, id")) {
      ps.setString(1, root);
      ps.setBoolean(2, negated);
      ps.setString(3, sourceKey);
      ps.setString(4, targetKey);
      ps.setString(5, d.plusDays(Store.MERGE_WINDOW_DAYS).toString());
      ps.setString(6, d.minusDays(Store.MERGE_WINDOW_DAYS).toString());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String other = rs.getString(4);
          if (place == null || other == null || other.equalsIgnoreCase(place)) {
            return rs.getString(1);
          }
        }
      }
    }
    return null;
  }

  /** Why a report joined an event, in words. */
  static String mergeReason(@Nullable String sourceKey, @Nullable String targetKey, String root,
      boolean negated, @Nullable String day, @Nullable String place) {
    return "same source (" + show(sourceKey) + "), same target (" + show(targetKey)
        + "), same root " + root + (negated ? ", both negated" : "")
        + ", day " + day + " within " + Store.MERGE_WINDOW_DAYS + " day of the event's, place "
        + (place == null ? "not stated" : place + " compatible");
  }

  private static String show(@Nullable String key) {
    return key == null ? "none" : key;
  }

  private static void insertEvent(Connection c, String id, EventRow m, Document doc)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO events (id, source_key,"
        + " source_actor, source_country, source_name, target_key, target_actor, target_country,"
        + " target_name, code, root, quad_class, goldstein, event_date, last_date, place, lat, lon,"
        + " place_country, negated, is_root, num_mentions, num_articles, num_sources, source_url,"
        + " added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0,"
        + " 0, ?, ?)")) {
      ps.setString(1, id);
      ps.setString(2, m.sourceKey);
      ps.setString(3, m.sourceActor);
      ps.setString(4, m.sourceCountry);
      ps.setString(5, m.sourceName);
      ps.setString(6, m.targetKey);
      ps.setString(7, m.targetActor);
      ps.setString(8, m.targetCountry);
      ps.setString(9, m.targetName);
      ps.setString(10, m.code);
      ps.setString(11, m.root);
      ps.setInt(12, m.quadClass);
      ps.setDouble(13, m.goldstein);
      ps.setString(14, m.day);
      ps.setString(15, m.day);
      ps.setString(16, m.place);
      Store.setDouble(ps, 17, m.placeLat);
      Store.setDouble(ps, 18, m.placeLon);
      ps.setString(19, m.placeCountry);
      ps.setBoolean(20, m.negated);
      ps.setBoolean(21, m.isRoot);
      ps.setString(22, doc.url() != null ? doc.url() : doc.source());
      ps.setString(23, Instant.now().toString());
      ps.executeUpdate();
    }
  }

  /**
   * Recomputes an event's counts, days and reviewed flag from its mentions; deletes it when
   * none is left.
   */
  static void recount(Connection c, String eventId) throws SQLException {
    int mentions;
    try (PreparedStatement ps = c.prepareStatement("SELECT count(*), count(DISTINCT doc_id),"
        + " count(DISTINCT outlet), min(event_date), max(event_date), bool_or(is_root),"
        + " string_agg(lower(sentence_text), chr(10)), bool_or(review IS NOT NULL)"
        + " FROM event_mentions WHERE event_id = ?")) {
      ps.setString(1, eventId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        mentions = rs.getInt(1);
        if (mentions > 0) {
          try (PreparedStatement up = c.prepareStatement("UPDATE events SET num_mentions = ?,"
              + " num_articles = ?, num_sources = ?, event_date = ?, last_date = ?, is_root = ?,"
              + " evidence = ?, reviewed = ? WHERE id = ?")) {
            up.setInt(1, mentions);
            up.setInt(2, rs.getInt(2));
            up.setInt(3, rs.getInt(3));
            up.setString(4, rs.getString(4));
            up.setString(5, rs.getString(5));
            up.setBoolean(6, rs.getBoolean(6));
            up.setString(7, rs.getString(7));
            up.setBoolean(8, rs.getBoolean(8));
            up.setString(9, eventId);
            up.executeUpdate();
          }
        }
      }
    }
    if (mentions == 0) {
      try (PreparedStatement del = c.prepareStatement("DELETE FROM events WHERE id = ?")) {
        del.setString(1, eventId);
        del.executeUpdate();
      }
    }
  }
}
