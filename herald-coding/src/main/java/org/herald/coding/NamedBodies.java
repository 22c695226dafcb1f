package org.herald.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.Mention;

/**
 * A court or a police force the text names ("das Landgericht Berlin", "the Dallas Police
 * Department") and then calls by its kind ("das Gericht", "die Richter", "the police"): the later
 * words are that body's mentions, not those of the country's judiciary or police in general, so
 * that what they say or do is the named body's. Only where the text names one such body of that
 * code; before it is named, the words stay general. For {@link EntityStage}. Thread-safe.
 */
final class NamedBodies {
  /** The agents whose bodies a text names and then calls by their kind. */
  private static final Set<String> AGENTS = Set.of("JUD", "COP");
  /** The id prefix of a description's entity: an actor code, no body ("cameo:DEUJUD"). */
  private static final String DESCRIBED = "cameo:";

  private NamedBodies() {}

  /** The entities with each general court's or police's later mentions moved to its body. */
  static List<Entity> merge(List<Entity> entities) {
    List<Entity> out = new ArrayList<>(entities);
    for (int i = 0; i < out.size(); i++) {
      Entity general = out.get(i);
      if (general.kb() == null || !general.kb().id().startsWith(DESCRIBED)
          || general.kb().actor() == null || general.kb().actor().length() < 6
          || !AGENTS.contains(general.kb().actor().substring(3))) {
        continue;
      }
      Entity body = null;
      int bodies = 0;
      for (Entity e : out) {
        if (e.type() == EntityType.ORGANIZATION && e.kb() != null
            && !e.kb().id().startsWith(DESCRIBED) && general.kb().actor().equals(e.kb().actor())) {
          body = e;
          bodies++;
        }
      }
      if (bodies != 1) {
        continue; // none named, or two courts: "das Gericht" could be either
      }
      int named = body.mentions().stream().mapToInt(Mention::start).min().orElse(Integer.MAX_VALUE);
      List<Mention> stay = general.mentions().stream().filter(m -> m.start() < named).toList();
      List<Mention> move = general.mentions().stream().filter(m -> m.start() >= named).toList();
      if (move.isEmpty()) {
        continue;
      }
      List<Mention> joined = new ArrayList<>(body.mentions());
      joined.addAll(move);
      joined.sort(null);
      int at = out.indexOf(body);
      out.set(at, new Entity(body.id(), body.type(), body.name(), body.kb(), joined));
      if (stay.isEmpty()) {
        out.remove(i);
        i--;
      } else {
        out.set(i, new Entity(general.id(), general.type(), general.name(), general.kb(), stay));
      }
    }
    return out;
  }
}
