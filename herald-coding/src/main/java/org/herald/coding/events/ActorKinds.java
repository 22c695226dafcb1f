package org.herald.coding.events;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.herald.coding.Descriptions;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.Event;
import org.herald.core.model.EventActor;
import org.herald.core.model.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * What kind of actor an entity is, by its knowledge-base link: whose agent, public or private,
 * regular or irregular, one actor with another or two; and whom an act with no addressee is
 * directed at by the codebook's conventions. Stateless.
 */
final class ActorKinds {
  private ActorKinds() {}

  /** The sectors a private person deals with privately: business, health, education. */
  private static final Set<String> PRIVATE_SECTORS = Set.of("BUS", "HLH", "EDU");

  /** The people of the source's country (COUNTRY+CVL), or null where it has none. */
  static @Nullable EventActor civilians(Entity src) {
    return civiliansOf(src.kb() == null ? null : src.kb().country());
  }

  /** The people of a country (alpha-3: COUNTRY+CVL), or null where there is none. */
  static @Nullable EventActor civiliansOf(@Nullable String country) {
    return country == null || country.length() != 3 ? null : agentOf(country, "CVL");
  }

  /**
   * The government of a source outside the state, which a bare "the government" it addresses
   * is ("Tory MP Neil Parish urged the Government to compromise": GBRGOV); null for an agent of
   * the state, whose "government" may as well be another country's.
   */
  static @Nullable EventActor ownGovernment(Entity src) {
    String agent = countrysAgent(src);
    if (agent == null) {
      return null;
    }
    // a country named is its state ("China urged the government to ..."), not one outside it
    boolean state = agent.isEmpty() ? src.type() == EntityType.LOCATION
        : Roots.STATE.contains(agent);
    return state ? null : agentOf(src.kb().country(), "GOV");
  }

  /**
   * The agent part of a source's actor code where the code is of the source's own country
   * ("" for the country alone: "DEU"; "COP" for "DEUCOP"), else null.
   */
  private static @Nullable String countrysAgent(Entity src) {
    String country = src.kb() == null ? null : src.kb().country();
    String actor = actor(src);
    return country == null || country.length() != 3 || actor == null
        || !actor.startsWith(country) ? null : actor.substring(3);
  }

  /** An agent of a country that no entity names: "DEU" and "GOV" make DEUGOV. */
  static EventActor agentOf(String country, String agent) {
    return new EventActor(null, country + agent, country, null, country + agent);
  }

  /**
   * Whom an act with no addressee is directed at, by the codebook's conventions: a protest at
   * the government of the protesters' country (DEUCVL -> DEUGOV), coercion by the state at its
   * citizens (a police arrest, DEUCOP -> DEUCVL; an investigation by the police or the
   * prosecutors, CHEJUD -> CHECVL), and an appeal, demand, criticism or rejection by a body
   * outside the state at its country's government ("Die SPÖ fordert, dass ..." is AUTOPP ->
   * AUTGOV), an appeal by the government or the police at the country's people; else null.
   */
  static @Nullable EventActor addressee(Entity src, String code) {
    String agent = countrysAgent(src);
    if (agent == null) {
      return null;
    }
    String country = src.kb().country();
    String root = Roots.of(code);
    if (root.equals("17") || root.equals("09") && Roots.CRIMINAL_INQUIRY.contains(agent)) {
      // an arrest by the state, a criminal investigation by police or prosecutors: of citizens
      return Roots.STATE.contains(agent)
          ? agentOf(country, "CVL") : null;
    }
    if (root.equals("02") && Roots.APPEALING.contains(agent)) {
      // "the governor called for calm", "die Polizei bittet um Hinweise": the government's or
      // the police's appeal to no one named is to the country's people
      return agentOf(country, "CVL");
    }
    // A country is the state; a person with only a country is one of its people.
    boolean outside = agent.isEmpty() ? src.type() == EntityType.PERSON
        : Roots.NON_STATE.contains(agent);
    if ((root.equals("14") || Roots.PUBLIC_CLAIMS.contains(root)) && outside) {
      return agentOf(country, "GOV");
    }
    return null;
  }

  /**
   * Whether an act is one between private parties that no reader of political news records
   * (docs/CODEBOOK.md): a private person (a civilian, or a person the text gives only a
   * country) towards no one, a place, or another private person; protest and violence aside.
   */
  static boolean privateAct(Entity src, @Nullable Entity tgt, String code) {
    if (Roots.PUBLIC_EVEN_IF_PRIVATE.contains(Roots.of(code))) {
      return false;
    }
    if (privateGroup(src)) {
      // "Workers will come out to communities": people the text only describes, towards others
      return tgt != null && (privatePerson(tgt) || privateGroup(tgt) || services(tgt));
    }
    return privatePerson(src) && (tgt == null || tgt.type() == EntityType.LOCATION
        || privatePerson(tgt) || privateGroup(tgt) || services(tgt));
  }

  /**
   * Whether an entity is one or a few people the text describes by a bare noun of persons ("the
   * man", "three women", "einen Mann"; the list {@code individual-nouns}): of no body, whom only
   * force, coercion or protest makes a party to political news.
   */
  static boolean individual(Entity e, Lexicon words, Sentence s) {
    if (!privateGroup(e)) {
      return false;
    }
    boolean found = false;
    for (var m : e.mentions()) {
      if (m.start() < s.start() || m.end() > s.end()) {
        continue; // what it is called here: "the man" of a story that also calls him a suspect
      }
      String[] w = m.text().strip().split("\\s+");
      if (!words.has("individual-nouns", w[w.length - 1].toLowerCase(Locale.ROOT))) {
        return false;
      }
      found = true;
    }
    return found;
  }

  /**
   * Whether an entity is people the text only describes by a noun of a private sector
   * ("workers", "voters", "Anwohner", "die Unternehmen"), named by no one.
   */
  private static boolean privateGroup(Entity e) {
    return agentIn(e, PRIVATE_GROUPS) && e.kb().id().startsWith(Descriptions.CAMEO);
  }

  /**
   * Whether an entity is a country's agent of one of these kinds: its actor code is a country's
   * three letters and one of them ("DEUCOP" for COP).
   */
  static boolean agentIn(Entity e, Set<String> agents) {
    return Descriptions.agentIn(e, agents);
  }

  /**
   * Whether an entity is the public: a people ("Americans") or people the text only describes
   * by a private sector's noun ("voters", "Anwohner").
   */
  static boolean publicAtLarge(Entity e) {
    return privateGroup(e) || e.kb() != null && e.kb().id().startsWith(Descriptions.CAMEO)
        && e.kb().label() != null && e.kb().label().endsWith(" (people)");
  }

  /** The sectors of private people and firms. */
  private static final Set<String> PRIVATE_GROUPS = Set.of("CVL", "LAB", "BUS", "EDU", "HLH",
      "AGR");

  /** A hospital, school or firm: "I went to Al Aqsa Martyrs Hospital" is a private errand. */
  private static boolean services(Entity e) {
    return e.type() == EntityType.ORGANIZATION && agentIn(e, PRIVATE_SECTORS);
  }

  /**
   * Whether an entity is a private person: a civilian, a person the text gives a country, or a
   * journalist as a person ("Relotius ignoriert Morenos Warnungen": colleagues, no politics).
   */
  static boolean privatePerson(Entity e) {
    String a = actor(e);
    String country = e.kb() == null ? null : e.kb().country();
    return e.type() == EntityType.PERSON && a != null && country != null
        && (a.equals(country) || a.equals(country + "CVL") || a.equals(country + "MED"));
  }

  /**
   * Drops a description that a named person beside it in the same role stands for: "Der
   * katarische Regierungschef Mohammed bin Abdulrahman Al Thani" is one actor, not two.
   */
  static void dropDescribed(List<Entity> actors) {
    actors.removeIf(d -> d.kb() != null && d.kb().id().startsWith(Descriptions.CAMEO)
        && actors.stream().anyMatch(p -> p != d && p.type() == EntityType.PERSON
        && Objects.equals(actor(p), actor(d))));
  }

  /**
   * Whether two entities are one actor, which does nothing to itself; two organisations whose
   * actor only their names give are two ("Montenegro Municipality Association" and "Montenegro
   * Assembly", both MNE), and so are two politicians or parties of one side of politics
   * ({@link #SIDES}: "Warren accused Bloomberg", both USAOPP; "Die Grünen lehnten den Vorschlag
   * der FDP ab", both parties of one government; "Höcke habe die NPD unterstützt", a politician
   * and another party). Members of one government act as one ("Trump schickte Pence"); two
   * private persons of one country are one actor, whatever they do to each other (a footballer
   * hit another: no political event); a description or a country shares its actor with whom it
   * stands beside.
   */
  static boolean sameActor(Entity a, Entity b) {
    if (actor(a) == null || !actor(a).equals(actor(b))
        || a.kb().id().startsWith(ActingFor.NAMED) || b.kb().id().startsWith(ActingFor.NAMED)) {
      return false;
    }
    return !(SIDES.stream().anyMatch(actor(a)::endsWith) && own(a) && own(b)
        && !a.kb().id().equals(b.kb().id()));
  }

  /** The roles of the sides of politics, whose members and parties act on one another. */
  private static final Set<String> SIDES = Set.of("OPP", "PTY", "LEG");

  /** Whether an entity is a person or an organisation in its own right, no description. */
  private static boolean own(Entity e) {
    return (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)
        && !e.kb().id().startsWith(Descriptions.CAMEO);
  }

  static @Nullable String actor(Entity e) {
    return e.kb() == null ? null : e.kb().actor();
  }

  static EventActor eventActor(Entity e) {
    return new EventActor(e.id(), actor(e), e.kb() == null ? null : e.kb().country(),
        e.kb() == null ? null : e.kb().org(), e.name());
  }

  /** A name that can act: any but a miscellaneous one, unless that carries an actor code. */
  static boolean isActor(Entity e) {
    return e.type() != EntityType.MISC || actor(e) != null;
  }

  static boolean isCountry(Entity e) {
    return e.kb() != null && e.kb().id().startsWith("geonames-country:");
  }

  /** Agents that use force outside a state's forces: rebels, militias, crowds, civilians. */
  private static final Set<String> IRREGULAR = Set.of("REB", "UAF", "INS", "SEP", "CVL", "OPP");

  /** Whether an actor is irregular: rebels, militias, crowds, civilians, a people. */
  static boolean irregular(Entity e) {
    String a = actor(e);
    return a != null && a.length() >= 6 && IRREGULAR.contains(a.substring(3, 6))
        || e.kb() != null && e.kb().label() != null && e.kb().label().endsWith(" (people)");
  }

  /**
   * The event with a country that acts or is acted upon as its state: the codebook codes no
   * bare country. A country named as an actor stands for its government, as a capital does
   * ("Jordan closed its borders", "besucht die Schweiz": JORGOV, CHEGOV), and one that uses
   * force for its armed forces ("Israel's bombardment": ISRMIL). An act towards a place of the
   * source's own country stays one at home ("visited the border near McAllen, Texas"), where a
   * visit meets no one and a place acts on itself ({@link EventFilter}). A town or region named
   * as an actor stays a place: it is as often a dateline or a weather report's ("Gwangju
   * hitting 14 degrees") as a government.
   */
  static Event placesAsStates(Event e, Map<String, Entity> entities) {
    EventActor town = e.source();
    if (COERCION.equals(e.root()) && town != null && town(town, entities)) {
      // "Chicago imposed a curfew on alcohol sales", "Texas banned ...": only the town's or
      // region's authorities coerce, and at home they coerce its people (as VerbEvents codes
      // "officials in Delhi banned firecrackers")
      String country = town.country();
      EventActor to = e.target();
      if (to == null || to.actor() == null || to.actor().equals(country)) {
        to = new EventActor(to == null ? null : to.entity(), country + "CVL", country, null,
            to == null ? null : to.name());
      }
      return e.withActors(new EventActor(town.entity(), country + "GOV", country, town.org(),
          town.name()), to);
    }
    if (e.source() != null && e.target() != null && e.target().country() != null
        && e.target().country().equals(e.source().country())) {
      return e;
    }
    EventActor from = asState(e.source(), entities,
        FORCE.contains(e.root()) ? "MIL" : "GOV");
    EventActor to = asState(e.target(), entities, "GOV");
    return from == e.source() && to == e.target() ? e : e.withActors(from, to);
  }

  /** The root of coercion (bans, curfews, arrests), which a town does through its authorities. */
  private static final String COERCION = "17";

  /** Whether an actor is a town or region named as one: a place below its country's level. */
  private static boolean town(EventActor a, Map<String, Entity> entities) {
    Entity e = a.entity() == null ? null : entities.get(a.entity());
    return e != null && isTown(e) && a.country() != null && a.country().equals(a.actor());
  }

  /** Whether a name is a town or region the knowledge base places in a country. */
  static boolean isTown(Entity e) {
    return e.type() == EntityType.LOCATION && e.kb() != null && e.kb().id().startsWith("geonames:")
        && e.kb().country() != null && e.kb().country().length() == 3;
  }

  /** The roots of force, whose acting place is its armed forces. */
  private static final Set<String> FORCE = Set.of("15", "18", "19", "20");

  private static @Nullable EventActor asState(@Nullable EventActor a,
      Map<String, Entity> entities, String agent) {
    Entity e = a == null || a.entity() == null ? null : entities.get(a.entity());
    if (e == null || !isCountry(e) || a.actor() == null
        || a.actor().length() != 3 || !a.actor().equals(a.country())) {
      return a;
    }
    return new EventActor(a.entity(), a.actor() + agent, a.country(), a.org(), a.name());
  }
}
