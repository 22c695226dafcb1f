package org.herald.coding.events;

import java.util.List;
import java.util.Map;
import org.herald.coding.Descriptions;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.EventActor;
import org.herald.core.model.KbRef;
import org.jspecify.annotations.Nullable;

/**
 * Who acts for the state in an act of authority that names no agent ("wurde in Zürich
 * festgenommen", "Der Angeklagte wurde verurteilt"): the police, the government or the courts of
 * the place it happened in, else of the country the text sets its target in.
 */
final class StateAgents {
  private StateAgents() {}

  /**
   * The agent of the state where an act of authority happened that names no agent ("wurde in
   * Zürich festgenommen", "was arrested in Dallas"): the police for arrests, seizures and
   * repression (CHECOP), the government for sanctions and expulsions, the courts for a
   * conviction; an investigation keeps the country, as police and prosecutors both lead one.
   */
  static EventActor agentOfState(Entity place, String code) {
    EventActor at = place.id().equals(SETTING_STATE)
        ? new EventActor(null, ActorKinds.actor(place), ActorKinds.actor(place), null, place.name())
        : ActorKinds.eventActor(place);
    String country = place.kb() == null ? null : place.kb().country();
    String agent = STATE_AGENTS.get(code.length() >= 3 ? code.substring(0, 3) : code);
    if (country == null || agent == null) {
      return at;
    }
    return new EventActor(at.entity(), country + agent, country, at.org(), at.name());
  }

  /** The id of the stand-in for the state of the country the text sets an act in. */
  static final String SETTING_STATE = "setting-state";

  /**
   * The state of the country the text sets the first of an act's targets in, for a coercive act
   * or a conviction that names neither its agent nor its place: a group the text describes
   * ("Der Angeklagte", "zwei Verdächtige": of the country of the text). A stand-in entity (id
   * {@link #SETTING_STATE}, the target's mentions), whose agent {@link #agentOfState} gives;
   * null for a named person, whose country need not be the place of the act ("Ich wurde
   * eingesperrt", said a German journalist jailed in Turkey), and for an investigation
   * ("wurden befragt": anyone asks).
   */
  static @Nullable Entity stateOfSetting(List<Entity> targets, String code) {
    if (!code.startsWith("17") && !code.startsWith(Roots.CONVICTION)) {
      return null; // "wurden befragt", "wird geprüft": anyone asks and examines
    }
    for (Entity t : targets) {
      String country = t.kb() == null ? null : t.kb().country();
      if (country != null && t.kb().id().startsWith(Descriptions.CAMEO)) {
        return new Entity(SETTING_STATE, EntityType.LOCATION, country,
            new KbRef(Descriptions.CAMEO + country, country, country, country, null, null, null,
            null), t.mentions());
      }
    }
    return null;
  }

  /** The agent of the state by the act's three-digit code (docs/CODEBOOK.md). */
  private static final Map<String, String> STATE_AGENTS = Map.of(
      "171", "COP", "173", "COP", "175", "COP", "172", "GOV", "174", "GOV", "116", "JUD");
}
