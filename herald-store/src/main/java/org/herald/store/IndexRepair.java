package org.herald.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.store.LockObtainFailedException;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.jspecify.annotations.Nullable;

/**
 * Opens a store's text index and makes it hold exactly the stored documents. The SQL store is
 * the record and the index is derived from it, so an index that cannot be read never stops a
 * store from opening:
 *
 * <ul>
 *   <li>An index that cannot be opened or read through (a damaged or truncated file, a
 *       garbage or missing commit file, a format of another Lucene) is moved aside, next to
 *       it, as {@code <name>.broken-<UTC time>} (kept for inspection; nothing reads it again,
 *       and it may be deleted), and a new index is built from the database.
 *   <li>A missing or empty index is built from the database.
 *   <li>An index that lacks stored documents (a crash after the SQL commit, before the index's)
 *       gets them; one that holds documents no longer stored (a crash during a replace) loses
 *       them.
 * </ul>
 *
 * <p>Each document is indexed with the fields an ingest gives it: id, title, body, language and
 * publication day, as the {@code documents} table holds them. What was done is returned as one
 * line for the caller to report. An index that another store holds (Lucene's write lock) is
 * not taken for broken: opening fails, and the index is left as it is.
 */
final class IndexRepair {
  /** How many documents one query fetches while the index is filled. */
  private static final int BATCH = 200;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private IndexRepair() {}

  /** The opened index and what was done to it, if anything. */
  record Result(TextIndex index, @Nullable String report) {}

  /**
   * Opens the index at {@code path} for the documents of {@code db}.
   *
   * @throws HeraldException where another store holds the index, where a broken index cannot
   *     be moved aside, or where the database cannot be read
   */
  static Result open(Path path, Database db) {
    boolean existed = hasCommit(path);
    TextIndex.Opened opened;
    String broken = null;
    Path aside = null;
    try {
      opened = TextIndex.openChecked(path);
    } catch (LockObtainFailedException e) {
      throw new HeraldException(ErrorCode.UNREADABLE, path + ": the text index is in use by"
          + " another store (" + e.getMessage() + ")", e);
    } catch (IOException | RuntimeException e) {
      broken = e.getClass().getSimpleName() + ": " + e.getMessage();
      aside = moveAside(path, broken);
      opened = new TextIndex.Opened(TextIndex.open(path), Set.of());
    }
    TextIndex index = opened.index();
    try {
      Set<String> stored = storedIds(db);
      List<String> missing = new ArrayList<>();
      for (String id : stored) {
        if (!opened.ids().contains(id)) {
          missing.add(id);
        }
      }
      Collections.sort(missing);
      int gone = 0;
      for (String id : opened.ids()) {
        if (!stored.contains(id)) {
          index.delete(id);
          gone++;
        }
      }
      int added = add(index, db, missing);
      if (added > 0 || gone > 0) {
        index.commit();
      }
      return new Result(index, report(path, existed, broken, aside, stored.size(), added,
          gone));
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  private static @Nullable String report(Path path, boolean existed, @Nullable String broken,
      @Nullable Path aside, int stored, int added, int gone) {
    if (broken != null) {
      return "text index at " + path + " was unreadable (" + broken + "); moved it aside to "
          + aside + " and rebuilt it from the database: " + added + " documents";
    }
    if (!existed && added > 0) {
      return "text index at " + path + " was missing; rebuilt it from the database: " + added
          + " documents";
    }
    if (added == stored && added > 0) {
      return "text index at " + path + " was empty; rebuilt it from the database: " + added
          + " documents";
    }
    if (added > 0 || gone > 0) {
      List<String> done = new ArrayList<>();
      if (added > 0) {
        done.add("added " + added + " stored documents it lacked");
      }
      if (gone > 0) {
        done.add("removed " + gone + " documents no longer stored");
      }
      return "text index at " + path + " was behind the database: " + String.join(" and ", done);
    }
    return null;
  }

  private static boolean hasCommit(Path path) {
    if (!Files.isDirectory(path)) {
      return false;
    }
    try (Stream<Path> files = Files.list(path)) {
      return files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
    } catch (IOException e) {
      return false;
    }
  }

  /** Renames a broken index to a free {@code <name>.broken-<UTC time>[-n]} beside it. */
  private static Path moveAside(Path path, String why) {
    String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
    Path target = path.resolveSibling(path.getFileName() + ".broken-" + stamp);
    for (int n = 2; Files.exists(target); n++) {
      target = path.resolveSibling(path.getFileName() + ".broken-" + stamp + "-" + n);
    }
    try {
      Files.move(path, target);
      return target;
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.UNREADABLE, path + ": the text index is unreadable ("
          + why + ") and cannot be moved aside to " + target + ": " + e, e);
    }
  }

  private static Set<String> storedIds(Database db) {
    return db.read(c -> {
      Set<String> out = new HashSet<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT id FROM documents");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    });
  }

  /** Indexes the documents with these ids, {@value #BATCH} to a query; how many there were. */
  private static int add(TextIndex index, Database db, List<String> ids) {
    int added = 0;
    for (int from = 0; from < ids.size(); from += BATCH) {
      List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
      String marks = String.join(", ", Collections.nCopies(batch.size(), "?"));
      added += db.read(c -> {
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, title, body, language,"
            + " published FROM documents WHERE id IN (" + marks + ")")) {
          Store.bind(ps, batch);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              index.add(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                  rs.getString(5));
              n++;
            }
          }
        }
        return n;
      });
    }
    return added;
  }
}
