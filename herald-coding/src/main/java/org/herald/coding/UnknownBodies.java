package org.herald.coding;

import java.util.Set;
import org.herald.core.model.KbRef;
import org.herald.kb.KnowledgeBase;
import org.jspecify.annotations.Nullable;

/**
 * The actor of an organisation the knowledge base does not know, from its name and the
 * article's setting: an authority whose name gives its kind ("Columbus Police Department"), a
 * body outside the state whose name says its kind ("Malteser Hilfsdienst": NGO), a government
 * body that names its place ("Michigan Department of Health and Human Services"), and a
 * legislature named by its kind alone ("the Legislature", "Congress": state-bodies.tsv). For
 * {@link EntityStage}; each actor is the text's ({@code layer: "text"}). Thread-safe.
 */
final class UnknownBodies {
  /** Kinds of bodies outside the state that organisation-words.tsv names. */
  private static final Set<String> BODY_KINDS =
      Set.of("NGO", "BUS", "EDU", "REL", "HLH", "MED", "AGR", "LAB");

  private final KnowledgeBase kb;
  private final Descriptions descriptions;
  private final Seats seats;

  UnknownBodies(KnowledgeBase kb, Descriptions descriptions, Seats seats) {
    this.kb = kb;
    this.descriptions = descriptions;
    this.seats = seats;
  }

  /** The actor of an unknown organisation of this name, or null where its name says too little. */
  @Nullable KbRef of(String name, @Nullable String language, @Nullable String setting) {
    // An authority whose name gives its kind but no country: that of the town it is named
    // after ("Columbus Police Department", "Bristol Crown Court"), else that of the setting
    // ("Hyogo Prefectural Police").
    String agent = descriptions.agentOfName(name, language);
    String seat = seats.authorityCountry(name, language);
    String country = seat != null ? seat : setting;
    if (agent != null && Seats.STATE_AGENTS.contains(agent) && country != null) {
      return ref(name, country, agent);
    }
    String lang = language == null ? "de" : language;
    String ofName = descriptions.actorOfName(name, language);
    String kindOfName = kb.words().organisationRoleOfName(lang, name);
    String stateAgent = ofName == null ? null
        : ofName.length() == 6 ? ofName.substring(3) : kindOfName;
    if (stateAgent != null && Seats.STATE_AGENTS.contains(stateAgent)) {
      // one whose name gives its country too: "Chinese coast guard", "Israeli Air Force"
      return ref(name, ofName.substring(0, 3), stateAgent);
    }
    String bare = kb.words().stateBody(lang, name, setting);
    if (bare != null) {
      // "the Legislature", "Parliament", "Congress" in an article on the United States: the
      // setting's, where a country calls its own body so (Congress is India's party, not its
      // parliament)
      return ref(name, setting, bare);
    }
    if ("GOV".equals(kindOfName)) {
      // A government body the knowledge base lacks is of the place or country its name
      // names ("Michigan Department of Health and Human Services"); named by its kind alone
      // ("Department of Health", "International Energy Agency") it may be anyone's.
      String place = seats.placeCountry(name, language);
      if (place == null && ofName != null) {
        place = ofName.substring(0, 3); // or of the country a word of it names: "Chinese
      }                                 // Foreign Ministry"
      if (place == null && setting != null && homeBody(name, lang)) {
        place = setting; // "Bundesministerium für Bildung und Forschung", "Bundesamt für
                         // Naturschutz": the federation of the country the text is set in
      }
      return place == null ? null : ref(name, place, kindOfName);
    }
    // A body outside the state whose name says its kind ("Malteser Hilfsdienst": NGO, "St.
    // Mary's Hospital": HLH) is of the setting, as the people no one describes are.
    // The place its name ends in comes first ("Federal Reserve Bank of New York"); a
    // country's adjective does not ("Malteser Hilfsdienst", the Indonesian Hospital in Gaza).
    if (kindOfName != null && BODY_KINDS.contains(kindOfName)) {
      String bodySeat = seats.seatAfter(name, language);
      String home = bodySeat != null ? bodySeat : setting;
      return home == null ? null : ref(name, home, kindOfName);
    }
    return null;
  }

  /**
   * Whether a name begins with the word of a body that German names only for the country the
   * text is set in ("Bundesministerium", "Bundesamt", "Landesamt": agents-de.tsv's "@home").
   */
  private boolean homeBody(String name, String lang) {
    String first = name.split("\\s+", 2)[0];
    return Descriptions.HOME.equals(kb.words().agentCountry(lang, first));
  }

  private static KbRef ref(String name, String country, String agent) {
    return new KbRef(Descriptions.TEXT + name.replace(' ', '_'), name, country + agent, country,
        null, null, null, "text");
  }
}
