package org.herald.coding.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.herald.coding.Descriptions;
import org.herald.coding.Named;
import org.herald.coding.QuoteStage;
import org.herald.core.model.Dependency;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.EventActor;
import org.herald.core.model.Quote;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;
import org.herald.kb.EventDictionary;
import org.jspecify.annotations.Nullable;

/**
 * The actors a sentence's words name: a word's own entity, a name under its noun ("die Führer
 * der G-7"), names coordinated with it, a pronoun's antecedent, "the two" leaders or "both
 * sides" named before, a person's role from an apposition. One per sentence being coded, over
 * the document's names in text order ({@link ActingFor}). Words are numbered from 1.
 */
final class Actors {
  /** The sectors a private person deals with privately: business, health, education. */
  private static final Set<String> PRIVATE_SECTORS = Set.of("BUS", "HLH", "EDU");

  private final List<Named> names;
  private final String text;
  private final EventDictionary dictionary;
  private final Lexicon words;

  /** The document, for the speaker of a quote a first-person pronoun stands in; or null. */
  private final @Nullable Document doc;
  /** The party whose own site the page is, as the text names it; or null. */
  private final @Nullable Entity ownSite;
  private @Nullable Antecedents antecedents;

  Actors(List<Named> names, String text, EventDictionary dictionary, Lexicon words,
      @Nullable Document doc, @Nullable Entity ownSite) {
    this.names = names;
    this.text = text;
    this.dictionary = dictionary;
    this.words = words;
    this.doc = doc;
    this.ownSite = ownSite;
  }

  private Antecedents antecedents() {
    if (antecedents == null) {
      antecedents = new Antecedents(names, words, doc, this);
    }
    return antecedents;
  }

  /** The actors under a word: its entity, and those coordinated with it. */
  void collect(Sentence s, int word, List<Entity> into) {
    collect(s, word, into, false);
  }

  /**
   * The actors under a word; with {@code ownersOnly}, a noun's actor is whose it is, never whom
   * it is directed at ("condemned Russia's build-up and aggressive rhetoric towards Ukraine":
   * Russia, not Ukraine).
   */
  void collect(Sentence s, int word, List<Entity> into, boolean ownersOnly) {
    Entity own = entityUnder(s, word, ownersOnly);
    if (own == null) {
      List<Entity> pair = theTwo(s, word);
      if (!pair.isEmpty()) {
        for (Entity e : pair) {
          if (!into.contains(e)) {
            into.add(e); // "die beiden Staats- und Regierungschefs": Xi and Putin
          }
        }
        return;
      }
    }
    if (own == null || own.type() == EntityType.LOCATION) {
      // "PEKING – Der chinesische Präsident Xi ...": a dateline parsed as the subject, the
      // actor in apposition to it.
      for (Dependency d : s.dependencies()) {
        if (d.head() == word && d.relation().equals("appos")
            && !Arcs.word(s, d.dependent() - 1).equals("(")) { // "JERUSALEM (dpa)": the agency
          Entity e = entityUnder(s, d.dependent(), false);
          if (e != null && (e.type() != EntityType.LOCATION || Arcs.dateline(s, word))) {
            word = d.dependent();
            break;
          }
        }
      }
    }
    List<Integer> heads = new ArrayList<>(List.of(word));
    for (Dependency d : s.dependencies()) {
      if (d.head() == word && d.relation().equals("conj")) {
        heads.add(d.dependent());
      }
    }
    if (own != null && own.type() == EntityType.LOCATION && Arcs.dateline(s, word)) {
      // "HIROSHIMA – Die Staats- und Regierungschefs der G7 haben ...", the dateline parsed as
      // an argument with the subject coordinated to it: the place where the story was written
      // takes no part in it, the words coordinated with it may, and so may a name the parser
      // joined to it ("JERUSALEM (dpa) - Israel und die Hamas haben sich ... geeinigt", Israel
      // parsed as part of the dateline's name)
      int dateline = heads.remove(0);
      for (Dependency d : s.dependencies()) {
        Entity joined = d.head() == dateline && d.relation().equals("flat")
            && d.dependent() > dateline + 1 ? entityUnder(s, d.dependent(), false) : null;
        if (joined != null && joined != own) {
          heads.add(0, d.dependent());
        }
      }
      for (int i = 0; i < heads.size(); i++) {
        for (Dependency d : s.dependencies()) {
          if (d.head() == heads.get(i) && d.relation().equals("conj")
              && !heads.contains(d.dependent())) {
            heads.add(d.dependent());
          }
        }
      }
    }
    for (int h : heads) {
      Entity e = entityUnder(s, h, ownersOnly);
      if (e != null && e.type() == EntityType.PERSON && actor(e) == null) {
        e = withRole(s, h, e);
      }
      if (e != null && !into.contains(e)) {
        into.add(e);
      }
      if (e != null) {
        addCoordinatedModifiers(s, h, e, into);
      }
    }
  }

  /**
   * The names coordinated with the one found under a noun: "relations with Congo and Costa
   * Rica", "the withdrawal of Russian and Belarusian troops", "die russisch-chinesische
   * Erklärung".
   */
  private void addCoordinatedModifiers(Sentence s, int word, Entity found, List<Entity> into) {
    for (Dependency c : s.dependencies()) {
      // "die US-türkische Vereinbarung" parsed with "US" as the head: its hyphenated partner
      if (c.head() == word && HYPHENATED.contains(c.relation())
          && hyphenBetween(s, c.head(), c.dependent())) {
        Entity other = covering(s.tokens().get(c.dependent() - 1));
        if (other != null && other != found && isActor(other) && !into.contains(other)) {
          into.add(other);
        }
      }
    }
    for (Dependency d : s.dependencies()) {
      if (d.head() != word || !(d.relation().startsWith("nmod") || d.relation().equals("amod"))
          || covering(s.tokens().get(d.dependent() - 1)) != found) {
        continue;
      }
      for (Dependency c : s.dependencies()) {
        if (c.head() == d.dependent() && (c.relation().equals("conj")
            || HYPHENATED.contains(c.relation()) && hyphenBetween(s, c.head(), c.dependent()))) {
          Entity other = covering(s.tokens().get(c.dependent() - 1));
          if (other != null && isActor(other) && !into.contains(other)) {
            into.add(other);
          }
        }
      }
    }
  }

  /** How the parser attaches one half of a hyphenated pair of countries to the other. */
  private static final Set<String> HYPHENATED = Set.of("compound", "flat");

  /** Whether a hyphen alone stands between two words: "russisch-chinesische", split. */
  private static boolean hyphenBetween(Sentence s, int a, int b) {
    int lo = Math.min(a, b);
    return Math.abs(a - b) == 2 && s.tokens().get(lo).word().equals("-");
  }

  /**
   * A person the knowledge base does not know, with an apposition that names whom he acts for
   * ("Kenzo Oshima, the United Nations Emergency Relief Coordinator", "Salaheddine Sidhoum,
   * Algeria's leading human rights activist"): that actor, his own id and name kept.
   */
  private Entity withRole(Sentence s, int word, Entity person) {
    for (Dependency d : s.dependencies()) {
      if (d.head() == word && d.relation().equals("appos")) {
        Entity role = entityUnder(s, d.dependent(), false);
        if (role != null && role != person && role.type() != EntityType.PERSON
            && actor(role) != null) {
          return ActingFor.actingFor(person, role);
        }
      }
    }
    return person;
  }

  /**
   * The two actors "the two" leaders or countries refer to: the last two persons (or countries)
   * named before the word; "both sides", the last two actors joined by "and" before the
   * sentence; or none where the text has not named two.
   */
  private List<Entity> theTwo(Sentence s, int word) {
    Token t = s.tokens().get(word - 1);
    boolean two = false;
    for (Dependency d : s.dependencies()) {
      if (d.head() == word && words.has("the-two", Arcs.word(s, d.dependent()))) {
        two = true;
      }
    }
    // "die beiden Staats- und Regierungschefs": the noun or one coordinated with it
    List<String> nouns = new ArrayList<>(List.of(Arcs.word(s, word)));
    for (Dependency d : s.dependencies()) {
      if (d.head() == word && d.relation().equals("conj")) {
        nouns.add(Arcs.word(s, d.dependent()));
      }
    }
    boolean leaders = nouns.stream().anyMatch(n -> words.part("leader-nouns", n, false));
    boolean states = nouns.stream().anyMatch(n -> words.has("state-nouns", n));
    boolean sides = nouns.stream().anyMatch(n -> words.has("side-nouns", n));
    if (!two || !leaders && !states && !sides) {
      return List.of();
    }
    if (sides) {
      return sidesBefore(s);
    }
    Set<Entity> speakers = speakersAbove(s, word);
    List<Entity> found = new ArrayList<>();
    for (int i = names.size() - 1; i >= 0 && found.size() < 2; i--) {
      Named n = names.get(i);
      Entity e = n.entity();
      if (n.mention().end() <= t.start() && !found.contains(e) && !speakers.contains(e)
          && actor(e) != null && (leaders ? e.type() == EntityType.PERSON : isCountry(e))) {
        found.add(e);
      }
    }
    return found.size() == 2 ? found : List.of();
  }

  /**
   * "Peskow sagte, die beiden Staats- und Regierungschefs würden ...": the speakers of the verbs
   * of saying a word hangs under, who report on the two and are not one of them.
   */
  private Set<Entity> speakersAbove(Sentence s, int word) {
    Set<Entity> speakers = new HashSet<>();
    int up = word;
    for (int guard = 0; guard < s.tokens().size() && up > 0; guard++) {
      int head = Arcs.headOf(s.dependencies(), up);
      if (head > 0 && QuoteStage.isSpeech(s.tokens().get(head - 1), s)) {
        for (Dependency d : s.dependencies()) {
          if (d.head() == head && d.relation().startsWith("nsubj")) {
            Entity speaker = covering(s.tokens().get(d.dependent() - 1));
            if (speaker != null) {
              speakers.add(speaker);
            }
          }
        }
      }
      up = head;
    }
    return speakers;
  }

  /**
   * Sides named before the sentence that speaks of them ("Der katarische Regierungschef
   * kritisierte beide Seiten": not Qatar): the last two actors joined by "und", "and"
   * ("zwischen Israel und der Hamas"), two different actors; else none.
   */
  private List<Entity> sidesBefore(Sentence s) {
    String and = String.join("|", words.set("and"));
    if (and.isEmpty()) {
      return List.of();
    }
    String joined = "\\s*(" + and + ")\\s+(\\p{Ll}+\\s+){0,3}";
    for (int i = names.size() - 1; i > 0; i--) {
      Named b = names.get(i);
      Named a = names.get(i - 1);
      if (b.mention().end() > s.start() || a.mention().end() > b.mention().start()
          || actor(a.entity()) == null
          || actor(b.entity()) == null || actor(a.entity()).equals(actor(b.entity()))) {
        continue;
      }
      if (text.substring(a.mention().end(), b.mention().start()).matches(joined)) {
        return List.of(a.entity(), b.entity());
      }
    }
    return List.of();
  }

  /** The entity a word or its noun phrase names: the word's own mention, else a modifier's. */
  @Nullable Entity entityUnder(Sentence s, int word, boolean ownersOnly) {
    Token t = s.tokens().get(word - 1);
    Entity own = covering(t);
    if (own != null && isActor(own)) {
      return own;
    }
    if (words.has("pronouns", t.word())) {
      return antecedents().ofPronoun(s, t);
    }
    if (definite(s, word) && antecedents().refersBack(t)) {
      return antecedents().ofNoun(s, t); // "dem Land", "der Verband": named before
    }
    if (words.has("speaker-pronouns", t.word())) {
      // „Wir begrüßen die Initiative“, so der DGB: the DGB; outside a quote, on a party's own
      // site, the party ("Wir fordern die Bundesregierung auf" on gruene-bundestag.de)
      Entity speaker = speakerOf(t);
      return speaker != null || doc == null || Modality.quoteAround(doc, t) != null ? speaker
          : ownSite;
    }
    // "die Führer der G-7": the name under the noun; "Leaders of the Azadliq opposition
    // coalition": the name under the noun under it.
    for (Dependency d : s.dependencies()) {
      if (d.head() == word && (d.relation().startsWith("nmod") || d.relation().equals("flat")
          || d.relation().equals("compound") || d.relation().equals("appos")
          || d.relation().equals("amod"))) {
        if (ownersOnly && d.relation().startsWith("nmod")
            && words.has("towards", Arcs.caseOf(s, d.dependent()))) {
          continue; // "rhetoric towards Ukraine" is not Ukraine's
        }
        Entity e = covering(s.tokens().get(d.dependent() - 1));
        if (e != null && e.type() == EntityType.LOCATION
            && d.relation().startsWith("nmod") && isMeeting(t.word())
            && words.has("venue-cases", Arcs.caseOf(s, d.dependent()))) {
          continue; // "die Verhandlungen in Brüssel", "talks in Geneva", "ihr Gipfel in Japan": a
                    // venue, not a party
        }
        if (namedAfter(e, d, t)) {
          continue; // "a trip to Walter Reed hospital", "the Magnitsky Act": not the person
        }
        if (e != null && isActor(e)) {
          return e;
        }
        if (d.relation().startsWith("nmod")) {
          for (Dependency g : s.dependencies()) {
            if (g.head() == d.dependent() && (g.relation().startsWith("nmod")
                || g.relation().equals("compound") || g.relation().equals("flat")
                || g.relation().equals("amod"))) {
              Entity inner = covering(s.tokens().get(g.dependent() - 1));
              if (namedAfter(inner, g, s.tokens().get(d.dependent() - 1))) {
                continue;
              }
              if (inner != null && isActor(inner)
                  && (inner.type() != EntityType.LOCATION || isCountry(inner))) {
                // "a blockade on Palestinian lorries"; but not "rights in Xinjiang" or "a
                // summit in Johannesburg": places
                return inner;
              }
            }
          }
        }
      }
    }
    if (words.has("role-nouns", t.word()) && definite(s, word)) {
      // "The governor criticized ..." after "California Governor Gavin Newsom"
      return Offices.titled(names, text, t);
    }
    return null;
  }

  /** Whether a word has a definite article: "the governor", "die Kanzlerin". */
  private boolean definite(Sentence s, int word) {
    for (Dependency d : s.dependencies()) {
      if (d.head() == word && d.relation().equals("det")
          && words.has("definite-articles", s.tokens().get(d.dependent() - 1).word())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a person's name is compounded into a noun of a thing named after a person: "Walter
   * Reed hospital" names the hospital.
   */
  private boolean namedAfter(@Nullable Entity e, Dependency d, Token noun) {
    return e != null && e.type() == EntityType.PERSON && d.relation().equals("compound")
        && words.has("named-after", Arcs.lemmaOf(noun));
  }

  /**
   * The speaker of the direct quote a first-person pronoun stands in ("we", "wir", "ich"), where
   * the quote stage found one that acts; else null.
   */
  private @Nullable Entity speakerOf(Token t) {
    if (doc == null) {
      return null;
    }
    Quote q = Modality.quoteAround(doc, t);
    if (q == null || !q.direct() || q.speaker() == null) {
      return null;
    }
    for (Entity e : doc.entities()) {
      if (e.id().equals(q.speaker())) {
        return isActor(e) ? e : null;
      }
    }
    return null;
  }

  /** A noun of a meeting or talks (root 04 in the nouns table: "talks", "Verhandlungen"). */
  private boolean isMeeting(String noun) {
    for (String lang : List.of("en", "de")) {
      String code = dictionary.noun(lang, noun);
      if (code != null && code.startsWith("04")) {
        return true;
      }
    }
    return false;
  }

  /** The entity whose mention covers a token, a person before anything else; or null. */
  @Nullable Entity covering(Token t) {
    Named best = null;
    for (Named n : names) {
      if (n.mention().start() <= t.start() && t.end() <= n.mention().end()) {
        if (best == null || n.entity().type() == EntityType.PERSON
            && best.entity().type() != EntityType.PERSON) {
          best = n;
        }
      }
    }
    if (best != null && best.entity().type() == EntityType.LOCATION
        && WAR_NAME.matcher(text).region(best.mention().end(), text.length()).lookingAt()) {
      return null; // "resisted calls to defund the Iraq War": a war's name, not Iraq
    }
    return best == null ? null : best.entity();
  }

  /** A place's name that goes on as a war's ("the Iraq War", "the Vietnam war"). */
  private static final java.util.regex.Pattern WAR_NAME =
      java.util.regex.Pattern.compile(" [Ww]ar\\b(?!\\s+(?:on|against|with)\\b)");

  /** The people of the source's country (COUNTRY+CVL), or null where it has none. */
  static @Nullable EventActor civilians(Entity src) {
    return civiliansOf(src.kb() == null ? null : src.kb().country());
  }

  /** The people of a country (alpha-3: COUNTRY+CVL), or null where there is none. */
  static @Nullable EventActor civiliansOf(@Nullable String country) {
    return country == null || country.length() != 3 ? null : agentOf(country, "CVL");
  }

  /** An agent of a country that no entity names: "DEU" and "GOV" make DEUGOV. */
  private static EventActor agentOf(String country, String agent) {
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
    String country = src.kb() == null ? null : src.kb().country();
    String actor = actor(src);
    if (country == null || country.length() != 3 || actor == null
        || !actor.startsWith(country)) {
      return null;
    }
    String root = Roots.of(code);
    String agent = actor.substring(3);
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

  /** The source's country as an actor: its entity if the text names it, else its code. */
  @Nullable EventActor homeCountry(Entity src) {
    String country = src.kb() == null ? null : src.kb().country();
    if (country == null) {
      return null;
    }
    for (Named n : names) {
      if (isCountry(n.entity()) && country.equals(n.entity().kb().country())) {
        return eventActor(n.entity());
      }
    }
    return agentOf(country, "");
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
}
