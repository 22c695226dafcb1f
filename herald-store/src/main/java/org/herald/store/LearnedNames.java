package org.herald.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herald.core.LearnedPeople;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.KbRef;
import org.jspecify.annotations.Nullable;

/**
 * The people the stored articles described and the knowledge base does not know (the text
 * layer's persons with a role: "US Trade Representative Robert Lighthizer" is USAGOV), read back
 * as learned names for later analyses. A person is learned from his full name; a surname alone
 * finds him only where no other learned person has it.
 */
public final class LearnedNames implements LearnedPeople {
  private final Database db;

  LearnedNames(Database db) {
    this.db = db;
  }

  /** Records what a document says of the people it describes; called as it is stored. */
  static void record(Connection c, Document doc, @Nullable String published) throws SQLException {
    Set<String> seen = new HashSet<>();
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO learned_people (name_key,"
        + " surname_key, doc_id, name, actor, country, published) VALUES (?, ?, ?, ?, ?, ?, ?)"
        + " ON CONFLICT DO NOTHING")) {
      for (Entity e : doc.entities()) {
        KbRef ref = e.kb();
        String[] words = e.name().strip().split("\\s+");
        if (e.type() != EntityType.PERSON || ref == null || !"text".equals(ref.layer())
            || ref.actor() == null || words.length < 2 || !described(ref)) {
          continue;
        }
        String key = Store.fold(e.name());
        if (!seen.add(key)) {
          continue;
        }
        ps.setString(1, key);
        ps.setString(2, Store.fold(words[words.length - 1]));
        ps.setString(3, doc.id());
        ps.setString(4, e.name());
        ps.setString(5, ref.actor());
        ps.setString(6, ref.country());
        ps.setString(7, published);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * Whether the text gave the person more than a country: a role (USAGOV), or an organisation's
   * code (IGOUNO). A country alone is the article's setting, the text layer's weakest word, and
   * is not learned.
   */
  private static boolean described(KbRef ref) {
    String actor = ref.actor();
    return actor != null && (actor.length() > 3 || ref.country() == null
        || !actor.equals(ref.country()));
  }

  @Override
  public @Nullable Learned find(String name, @Nullable LocalDate day) {
    String[] words = name.strip().split("\\s+");
    if (words.length == 0 || words[0].isEmpty()) {
      return null;
    }
    boolean surname = words.length == 1;
    String key = Store.fold(surname ? words[0] : name);
    List<Learned> found = read((surname ? "surname_key" : "name_key") + " = ?", key, day);
    return found.size() == 1 ? found.get(0) : null;
  }

  /** Everything learned, the people most articles described first. */
  public List<Learned> all() {
    List<Learned> out = new ArrayList<>(read(null, null, null));
    out.sort((a, b) -> a.documents() != b.documents() ? b.documents() - a.documents()
        : a.name().compareTo(b.name()));
    return out;
  }

  /**
   * The learned people matching a condition, one per full name: the description of the latest
   * article on or before {@code day} (else of the earliest after it; with no day, the latest).
   */
  private List<Learned> read(@Nullable String where, @Nullable String value,
      @Nullable LocalDate day) {
    String d = day == null ? null : day.toString();
    return db.read(c -> {
      Map<String, List<String[]>> rows = new LinkedHashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT name_key, name, actor, country,"
          + " published FROM learned_people" + (where == null ? "" : " WHERE " + where)
          + " ORDER BY name_key, published, doc_id")) {
        if (where != null) {
          ps.setString(1, value);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new String[] {
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
          }
        }
      }
      List<Learned> out = new ArrayList<>();
      for (List<String[]> r : rows.values()) {
        String[] pick = null;
        for (String[] row : r) {
          boolean onOrBefore = d == null || row[3] == null || row[3].compareTo(d) <= 0;
          if (onOrBefore || pick == null) {
            pick = row; // rows run by day: the last on or before the day, else the first
          }
          if (!onOrBefore) {
            break;
          }
        }
        out.add(new Learned(pick[0], pick[1], pick[2], r.get(0)[3], r.get(r.size() - 1)[3],
            r.size()));
      }
      return out;
    });
  }
}
