package org.herald.coding.events;

import java.util.ArrayList;
import java.util.List;
import org.herald.coding.Descriptions;
import org.herald.coding.Named;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.KbRef;
import org.jspecify.annotations.Nullable;

/**
 * Whom each name of a document acts for when it has no actor code of its own: a person right
 * after an office ("British Defence Secretary Tom King" is GBRGOV), a known person outside every
 * role on the day (his country), an organisation the knowledge base lacks (the country and agent
 * its name gives). Ids and names stay; only the events stage sees these actors. Thread-safe.
 */
final class ActingFor {
  /** The id prefix of an actor read from an unknown organisation's name. */
  static final String NAMED = "named:";

  private final Descriptions descriptions;

  ActingFor(Descriptions descriptions) {
    this.descriptions = descriptions;
  }

  /** The document's names in text order, each with the actor the coder gives it. */
  List<Named> names(Document doc) {
    return withKnownActors(withOffices(Named.inOrder(doc), doc.text()), doc.language());
  }

  /** A person as the events stage sees him: his id, name and mentions, the role's actor. */
  static Entity actingFor(Entity person, Entity role) {
    return new Entity(person.id(), person.type(), person.name(), role.kb(), person.mentions());
  }

  /**
   * A person the knowledge base does not know, or knows in no role on the day, acts for whom
   * his office names: his mentions right after such an office carry its actor.
   */
  private static List<Named> withOffices(List<Named> names, String text) {
    List<Named> out = new ArrayList<>(names.size());
    for (Named n : names) {
      Entity e = n.entity();
      if (e.type() == EntityType.PERSON && ActorKinds.actor(e) == null) {
        for (Named r : names) {
          Entity role = r.entity();
          int gap = n.mention().start() - r.mention().end();
          // An office ("cameo:" GBRGOV) may stand before a comma; an organisation's name only
          // right before ("Arab League Secretary-General Chedli Klibi").
          if (role.type() == EntityType.ORGANIZATION && ActorKinds.actor(role) != null && gap >= 0
              && gap <= 2 && text.substring(r.mention().end(), n.mention().start())
              .matches(role.kb().id().startsWith(Descriptions.CAMEO) ? "[ ,]*" : " ")) {
            n = new Named(n.mention(), actingFor(e, role));
            break;
          }
        }
      }
      out.add(n);
    }
    return out;
  }

  /**
   * Names without an actor code of their own that still say whose they are: a known person
   * outside every role on the day acts for his country ("Moody Awori" before his office is
   * KEN); an organisation the knowledge base lacks, for the country and agent its name gives
   * ("Montenegro Municipality Association" is MNE).
   */
  private List<Named> withKnownActors(List<Named> names, @Nullable String language) {
    List<Named> out = new ArrayList<>(names.size());
    for (Named n : names) {
      Entity e = n.entity();
      KbRef kb = e.kb();
      String code = null;
      if (e.type() == EntityType.PERSON && kb != null && kb.actor() == null
          && kb.country() != null) {
        code = kb.country();
      } else if (e.type() == EntityType.ORGANIZATION && kb == null) {
        code = descriptions.actorOfName(e.name(), language);
      }
      if (code != null) {
        KbRef ref = kb != null
            ? new KbRef(kb.id(), kb.label(), code, kb.country(), kb.org(), kb.lat(), kb.lon())
            : new KbRef(NAMED + code, e.name(), code, code.substring(0, 3), null, null, null);
        n = new Named(n.mention(), new Entity(e.id(), e.type(), e.name(), ref, e.mentions()));
      }
      out.add(n);
    }
    return out;
  }
}
