package org.herald.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.Mention;
import org.jspecify.annotations.Nullable;

/**
 * A court or a police force the text names ("das Landgericht Berlin", "the Dallas Police
 * Department") and then calls by its kind ("das Gericht", "die Richter", "the police"): the later
 * words are that body's mentions, not those of the country's judiciary or police in general, so
 * that what they say or do is the named body's: the body whose name holds the word ("das
 * Gericht": the Landgericht, not the Staatsanwaltschaft named too), else the one body of that
 * code; before it is named, the words stay general. For {@link EntityStage}. Thread-safe.
 */
final class NamedBodies {
  /** The agents whose bodies a text names and then calls by their kind. */
  private static final Set<String> AGENTS = Set.of("JUD", "COP");

  private NamedBodies() {}

  /** The entities with each general court's or police's later mentions moved to its body. */
  static List<Entity> merge(List<Entity> entities) {
    List<Entity> out = new ArrayList<>(entities);
    for (int i = 0; i < out.size(); i++) {
      Entity general = out.get(i);
      if (general.kb() == null || !general.kb().id().startsWith(Descriptions.CAMEO)
          || general.kb().actor() == null || general.kb().actor().length() < 6
          || !AGENTS.contains(general.kb().actor().substring(3))) {
        continue;
      }
      List<Entity> bodies = new ArrayList<>();
      for (Entity e : out) {
        if (e.type() == EntityType.ORGANIZATION && e.kb() != null
            && !e.kb().id().startsWith(Descriptions.CAMEO) && general.kb().actor().equals(e.kb().actor())) {
          bodies.add(e);
        }
      }
      List<Mention> stay = new ArrayList<>();
      for (Mention m : general.mentions()) {
        Entity body = bodyOf(m, bodies);
        int at = body == null ? -1 : out.indexOf(body);
        if (body == null || first(body) > m.start()) {
          stay.add(m); // none named, two courts it could be, or not named yet
          continue;
        }
        List<Mention> joined = new ArrayList<>(body.mentions());
        joined.add(m);
        joined.sort(null);
        Entity grown = new Entity(body.id(), body.type(), body.name(), body.kb(), joined);
        out.set(at, grown);
        bodies.set(bodies.indexOf(body), grown);
      }
      if (stay.isEmpty()) {
        out.remove(i);
        i--;
      } else if (stay.size() < general.mentions().size()) {
        out.set(i, new Entity(general.id(), general.type(), general.name(), general.kb(), stay));
      }
    }
    return out;
  }

  /**
   * The named body a general word stands for: the one whose name holds the word ("Gericht" in
   * "Landgericht Berlin", "police" in "Columbus Police Department") where one does, else the one
   * body of that code; null where none or several could be meant.
   */
  private static @Nullable Entity bodyOf(Mention m, List<Entity> bodies) {
    String word = m.text().toLowerCase(Locale.ROOT);
    List<Entity> holding = bodies.stream()
        .filter(b -> b.name().toLowerCase(Locale.ROOT).contains(word)).toList();
    if (holding.size() == 1) {
      return holding.get(0);
    }
    return holding.isEmpty() && bodies.size() == 1 ? bodies.get(0) : null;
  }

  private static int first(Entity e) {
    return e.mentions().stream().mapToInt(Mention::start).min().orElse(Integer.MAX_VALUE);
  }
}
