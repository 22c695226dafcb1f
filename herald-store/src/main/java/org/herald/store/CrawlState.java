package org.herald.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the feed watcher knows, in the store beside the documents: each feed's validators and
 * polls, every article address a feed listed with its state (the ingest queue), and when each
 * host was last asked. A poll's items and its validators are written in one transaction, so a
 * process killed after a poll resumes its queue and still sends a conditional request.
 */
public final class CrawlState {
  /** Item states. */
  public static final String PENDING = "pending";
  public static final String TAKEN = "taken";
  public static final String FAILED = "failed";
  public static final String REFUSED = "refused";

  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final Store store;
  private final Database db;

  CrawlState(Store store, Database db) {
    this.store = store;
    this.db = db;
  }

  /** A feed and how its polls went. */
  public record Feed(String url, @Nullable String etag, @Nullable String lastModified,
      @Nullable Instant lastPoll, @Nullable Instant nextPoll, @Nullable Integer lastStatus,
      @Nullable String lastError, int failures, int items, int taken) {
    /** A feed never polled. */
    public static Feed fresh(String url) {
      return new Feed(url, null, null, null, null, null, null, 0, 0, 0);
    }
  }

  /** An article address as a feed lists it. */
  public record Item(String url, @Nullable String published, @Nullable String stamp) {}

  /** An article waiting to be fetched; {@code previousDoc} is what an earlier version became. */
  public record Pending(String url, String feedUrl, @Nullable String published, int attempts,
      @Nullable String previousDoc) {}

  /** A fixed-width instant, so that the text order is the time order. */
  static String text(Instant t) {
    return INSTANT.format(t.truncatedTo(ChronoUnit.MILLIS));
  }

  private static @Nullable Instant instant(@Nullable String s) {
    return s == null ? null : Instant.parse(s);
  }

  /** One feed's row, if it was ever polled. */
  public Optional<Feed> feed(String url) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT * FROM crawl_feeds WHERE url = ?")) {
        ps.setString(1, url);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(feed(rs)) : Optional.<Feed>empty();
        }
      }
    });
  }

  /** Every feed ever polled, by address. */
  public List<Feed> feeds() {
    return db.read(c -> {
      List<Feed> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT * FROM crawl_feeds ORDER BY url");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(feed(rs));
        }
      }
      return out;
    });
  }

  private static Feed feed(ResultSet rs) throws SQLException {
    int status = rs.getInt("last_status");
    Integer lastStatus = rs.wasNull() ? null : status;
    return new Feed(rs.getString("url"), rs.getString("etag"), rs.getString("last_modified"),
        instant(rs.getString("last_poll")), instant(rs.getString("next_poll")),
        lastStatus, rs.getString("last_error"), rs.getInt("failures"),
        rs.getInt("items"), rs.getInt("taken"));
  }

  /** Records a poll that failed or brought nothing new (a 304). */
  public void saveFeed(Feed feed) {
    store.transaction(feed.url() + ": cannot record the poll", c -> {
      upsert(c, feed);
      return null;
    });
  }

  /**
   * Records a good poll: the feed's new validators and the items it listed, in one
   * transaction. An address not seen before is queued; one already taken is queued again when
   * its stamp (updated, lastmod) changed, as a new version of the article (a first stamp, from
   * a feed that gives one where another gave none, is only recorded).
   *
   * @return how many items were queued
   */
  public int polled(Feed feed, List<Item> items) {
    return store.transaction(feed.url() + ": cannot record the poll", c -> {
      int queued = 0;
      int fresh = 0;
      String now = text(Instant.now());
      for (Item item : items) {
        String state = null;
        String stamp = null;
        try (PreparedStatement ps = c.prepareStatement(
            "SELECT state, stamp FROM crawl_items WHERE url = ?")) {
          ps.setString(1, item.url());
          try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
              state = rs.getString(1);
              stamp = rs.getString(2);
            }
          }
        }
        if (state == null) {
          try (PreparedStatement ps = c.prepareStatement("INSERT INTO crawl_items (url, feed_url,"
              + " published, stamp, state, attempts, seen_at) VALUES (?, ?, ?, ?, ?, 0, ?)")) {
            Store.bind(ps, java.util.Arrays.asList(item.url(), feed.url(), item.published(),
                item.stamp(), PENDING, now));
            ps.executeUpdate();
          }
          queued++;
          fresh++;
        } else if (item.stamp() != null && stamp == null) {
          try (PreparedStatement ps = c.prepareStatement(
              "UPDATE crawl_items SET stamp = ? WHERE url = ?")) {
            ps.setString(1, item.stamp());
            ps.setString(2, item.url());
            ps.executeUpdate();
          }
        } else if (item.stamp() != null && !item.stamp().equals(stamp)
            && (state.equals(TAKEN) || state.equals(FAILED))) {
          try (PreparedStatement ps = c.prepareStatement("UPDATE crawl_items SET state = ?,"
              + " stamp = ?, published = coalesce(?, published), attempts = 0, retry_at = NULL,"
              + " reason = NULL WHERE url = ?")) {
            Store.bind(ps, java.util.Arrays.asList(PENDING, item.stamp(), item.published(),
                item.url()));
            ps.executeUpdate();
          }
          queued++;
        }
      }
      Feed old = current(c, feed.url());
      upsert(c, new Feed(feed.url(), feed.etag(), feed.lastModified(), feed.lastPoll(),
          feed.nextPoll(), feed.lastStatus(), feed.lastError(), feed.failures(),
          (old == null ? 0 : old.items()) + fresh, old == null ? 0 : old.taken()));
      return queued;
    });
  }

  private static @Nullable Feed current(Connection c, String url) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT * FROM crawl_feeds WHERE url = ?")) {
      ps.setString(1, url);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? feed(rs) : null;
      }
    }
  }

  private static void upsert(Connection c, Feed f) throws SQLException {
    Feed old = current(c, f.url());
    String sql = old == null
        ? "INSERT INTO crawl_feeds (etag, last_modified, last_poll, next_poll, last_status,"
            + " last_error, failures, items, taken, url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        : "UPDATE crawl_feeds SET etag = ?, last_modified = ?, last_poll = ?, next_poll = ?,"
            + " last_status = ?, last_error = ?, failures = ?, items = ?, taken = ? WHERE url = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, f.etag());
      ps.setString(2, f.lastModified());
      ps.setString(3, f.lastPoll() == null ? null : text(f.lastPoll()));
      ps.setString(4, f.nextPoll() == null ? null : text(f.nextPoll()));
      if (f.lastStatus() == null) {
        ps.setNull(5, java.sql.Types.INTEGER);
      } else {
        ps.setInt(5, f.lastStatus());
      }
      ps.setString(6, f.lastError());
      ps.setInt(7, f.failures());
      ps.setInt(8, old == null ? f.items() : Math.max(f.items(), old.items()));
      ps.setInt(9, old == null ? f.taken() : Math.max(f.taken(), old.taken()));
      ps.setString(10, f.url());
      ps.executeUpdate();
    }
  }

  /** The queued articles due by {@code now}, oldest first. */
  public List<Pending> pending(Instant now, int limit) {
    return db.read(c -> {
      List<Pending> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT url, feed_url, published, attempts,"
          + " doc_id FROM crawl_items WHERE state = ? AND (retry_at IS NULL OR retry_at <= ?)"
          + " ORDER BY seen_at, url LIMIT " + limit)) {
        ps.setString(1, PENDING);
        ps.setString(2, text(now));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new Pending(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                rs.getString(5)));
          }
        }
      }
      return out;
    });
  }

  /**
   * Records a stored article. When an earlier version of the address became another document,
   * the new document is linked to it (documents.previous_id).
   */
  public void taken(Pending item, String docId) {
    store.transaction(item.url() + ": cannot record the article", c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE crawl_items SET state = ?,"
          + " doc_id = ?, done_at = ?, reason = NULL, retry_at = NULL WHERE url = ?")) {
        Store.bind(ps, List.of(TAKEN, docId, text(Instant.now()), item.url()));
        ps.executeUpdate();
      }
      if (item.previousDoc() == null) {
        try (PreparedStatement ps = c.prepareStatement(
            "UPDATE crawl_feeds SET taken = taken + 1 WHERE url = ?")) {
          ps.setString(1, item.feedUrl());
          ps.executeUpdate();
        }
      } else if (!item.previousDoc().equals(docId)) {
        try (PreparedStatement ps = c.prepareStatement("UPDATE documents SET previous_id = ?"
            + " WHERE id = ? AND previous_id IS NULL")) {
          ps.setString(1, item.previousDoc());
          ps.setString(2, docId);
          ps.executeUpdate();
        }
      }
      return null;
    });
  }

  /** Puts an article back in the queue after a passing failure, not before {@code at}. */
  public void retry(Pending item, String reason, Instant at) {
    store.transaction(item.url() + ": cannot record the failure", c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE crawl_items SET attempts ="
          + " attempts + 1, retry_at = ?, reason = ? WHERE url = ?")) {
        Store.bind(ps, List.of(text(at), reason, item.url()));
        ps.executeUpdate();
      }
      return null;
    });
  }

  /** Takes an article out of the queue for good: {@link #FAILED} or {@link #REFUSED}. */
  public void giveUp(Pending item, String state, String reason) {
    store.transaction(item.url() + ": cannot record the failure", c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE crawl_items SET state = ?,"
          + " attempts = attempts + 1, reason = ?, done_at = ?, retry_at = NULL WHERE url = ?")) {
        Store.bind(ps, List.of(state, reason, text(Instant.now()), item.url()));
        ps.executeUpdate();
      }
      return null;
    });
  }

  /** When Herald last asked a host for anything. */
  public Optional<Instant> lastRequest(String host) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT last_request FROM crawl_hosts WHERE host = ?")) {
        ps.setString(1, host);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(Instant.parse(rs.getString(1)))
              : Optional.<Instant>empty();
        }
      }
    });
  }

  /** Records a request to a host. */
  public void requested(String host, Instant at) {
    store.transaction(host + ": cannot record the request", c -> {
      int n;
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE crawl_hosts SET last_request = ? WHERE host = ?")) {
        ps.setString(1, text(at));
        ps.setString(2, host);
        n = ps.executeUpdate();
      }
      if (n == 0) {
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO crawl_hosts (host, last_request) VALUES (?, ?)")) {
          ps.setString(1, host);
          ps.setString(2, text(at));
          ps.executeUpdate();
        }
      }
      return null;
    });
  }

  /** How many listed articles are in each state. */
  public Map<String, Long> states() {
    return db.read(c -> {
      Map<String, Long> out = new LinkedHashMap<>();
      for (String s : List.of(PENDING, TAKEN, FAILED, REFUSED)) {
        out.put(s, 0L);
      }
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT state, count(*) FROM crawl_items GROUP BY state");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getLong(2));
        }
      }
      return out;
    });
  }

  /** The articles that failed, were refused or wait for a retry, counted by reason. */
  public Map<String, Long> failuresByReason() {
    return db.read(c -> {
      Map<String, Long> out = new LinkedHashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT state, reason, count(*) AS n"
          + " FROM crawl_items WHERE reason IS NOT NULL GROUP BY state, reason"
          + " ORDER BY n DESC, state, reason LIMIT 50");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String state = Objects.equals(rs.getString(1), PENDING) ? "retrying"
              : rs.getString(1);
          out.put(state + ": " + rs.getString(2), rs.getLong(3));
        }
      }
      return out;
    });
  }
}
