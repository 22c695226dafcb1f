package org.herald.coding.events;

import static org.herald.coding.events.ActorKinds.actor;
import static org.herald.coding.events.ActorKinds.agentOf;
import static org.herald.coding.events.ActorKinds.eventActor;
import static org.herald.coding.events.ActorKinds.isActor;
import static org.herald.coding.events.ActorKinds.isCountry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herald.coding.Named;
import org.herald.coding.QuoteStage;
import org.herald.core.model.Dependency;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.Event;
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
  private final List<Named> names;
  private final String text;
  private final EventDictionary dictionary;
  private final Lexicon words;

  /** The document, for the speaker of a quote a first-person pronoun stands in; or null. */
  private final @Nullable Document doc;
  /** The party whose own site the page is, as the text names it; or null. */
  private final @Nullable Entity ownSite;
  private @Nullable Antecedents antecedents;

  /** The events coded in the sentences before, in their order. */
  private final List<Event> earlier;

  Actors(List<Named> names, String text, EventDictionary dictionary, Lexicon words,
      @Nullable Document doc, @Nullable Entity ownSite) {
    this(names, text, dictionary, words, doc, ownSite, List.of());
  }

  Actors(List<Named> names, String text, EventDictionary dictionary, Lexicon words,
      @Nullable Document doc, @Nullable Entity ownSite, List<Event> earlier) {
    this.names = names;
    this.text = text;
    this.dictionary = dictionary;
    this.words = words;
    this.doc = doc;
    this.ownSite = ownSite;
    this.earlier = earlier;
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
    return lastPair(s);
  }

  /**
   * The source and target of the last act between two actors coded in the two sentences before
   * ("Die Hamas feuerte Raketen auf Israel ab. [...] Guterres rief beide Seiten zur
   * Zurückhaltung auf"); else none.
   */
  private List<Entity> lastPair(Sentence s) {
    int from = doc == null ? s.start() : doc.sentenceStartBack(s.start(), 2);
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Event e = earlier.get(i);
      if (e.sentence().start() < from) {
        break;
      }
      if (e.confidence() < EventFilter.TRUSTED || e.source() == null || e.target() == null
          || e.source().actor() == null || e.source().actor().equals(e.target().actor())) {
        continue;
      }
      Entity a = named(e.source().entity());
      Entity b = named(e.target().entity());
      if (a != null && b != null) {
        return List.of(a, b);
      }
    }
    return List.of();
  }

  /** The events coded in the sentences before, in their order. */
  List<Event> earlier() {
    return earlier;
  }

  /** The document's entity of an id, as the coder sees it; or null. */
  private @Nullable Entity named(@Nullable String id) {
    for (Named n : names) {
      if (n.entity().id().equals(id)) {
        return n.entity();
      }
    }
    return null;
  }

  /** The entity a word or its noun phrase names: the word's own mention, else a modifier's. */
  @Nullable Entity entityUnder(Sentence s, int word, boolean ownersOnly) {
    Token t = s.tokens().get(word - 1);
    Entity own = covering(t);
    if (own != null && isActor(own)) {
      if (!compoundedIntoThing(t)) {
        return own;
      }
      // "laut dem Benn-Gesetz": a law, not Benn; "die Trump-Kritikerin Liz Cheney", parsed
      // with Trump as the head: Cheney
      for (Dependency d : s.dependencies()) {
        Entity e = d.head() == word && (d.relation().equals("flat")
            || d.relation().equals("appos")) ? covering(s.tokens().get(d.dependent() - 1)) : null;
        if (e != null && e != own && e.type() == EntityType.PERSON && isActor(e)) {
          return e;
        }
      }
      return null;
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
    // "Labour-Chef Jeremy Corbyn": the person the noun is in apposition to, before the body
    // hyphened into it
    for (Dependency d : s.dependencies()) {
      if (d.head() == word && d.relation().equals("appos") && hyphenedBody(s, word)) {
        Entity e = covering(s.tokens().get(d.dependent() - 1));
        if (e != null && e.type() == EntityType.PERSON && isActor(e)) {
          return e;
        }
      }
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
        if (namedAfter(e, d, t) || e != null && d.relation().equals("compound")
            && compoundedIntoThing(s.tokens().get(d.dependent() - 1))) {
          continue; // "a trip to Walter Reed hospital", "the Magnitsky Act": not the person;
                    // "eine Brexit-Verschiebung beantragen": not Brexit
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

  /** Whether a noun has a body's name hyphened into it: "Labour-Chef", "SPD-Politikerin". */
  private boolean hyphenedBody(Sentence s, int word) {
    for (Dependency d : s.dependencies()) {
      if (d.head() == word && d.relation().equals("compound")
          && hyphenBetween(s, d.dependent(), word)) {
        Entity e = covering(s.tokens().get(d.dependent() - 1));
        if (e != null && e.type() == EntityType.ORGANIZATION) {
          return true;
        }
      }
    }
    return false;
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
            && best.entity().type() != EntityType.PERSON
            || best.entity().type() == EntityType.LOCATION && wider(n, best)) {
          best = n; // a person first; a body over the place its name holds ("US-Militär")
        }
      }
    }
    if (best != null && best.entity().type() == EntityType.LOCATION
        && WAR_NAME.matcher(text).region(best.mention().end(), text.length()).lookingAt()) {
      return null; // "resisted calls to defund the Iraq War": a war's name, not Iraq
    }
    return best == null ? null : best.entity();
  }

  /** Whether one name's words hold another's and more. */
  private static boolean wider(Named a, Named b) {
    return a.mention().start() <= b.mention().start() && b.mention().end() <= a.mention().end()
        && a.mention().end() - a.mention().start() > b.mention().end() - b.mention().start();
  }

  /**
   * Whether a name ends in a word hyphened to a noun of a thing ("Brexit-Verschiebung",
   * "Benn-Gesetz", "Ukraine-Krieg"; German): the compound names the thing, not an actor. A noun
   * of people ("US-Truppen", "SPD-Chef", "Merkel-Regierung") keeps the name's actor.
   */
  private boolean compoundedIntoThing(Token t) {
    int end = -1;
    for (Named n : names) {
      if (n.mention().start() <= t.start() && t.end() <= n.mention().end()) {
        end = n.mention().end();
        break;
      }
    }
    if (end < 0 || end + 1 >= text.length() || text.charAt(end) != '-') {
      return false;
    }
    int k = end + 1;
    while (k < text.length() && Character.isLetter(text.charAt(k))) {
      k++;
    }
    String head = text.substring(end + 1, k);
    return !head.isEmpty() && (words.has("thing-heads", head) || words.has("named-after", head)
        || words.has("act-nouns", head));
  }

  /** A place's name that goes on as a war's ("the Iraq War", "the Vietnam war"). */
  private static final java.util.regex.Pattern WAR_NAME =
      java.util.regex.Pattern.compile(" [Ww]ar\\b(?!\\s+(?:on|against|with)\\b)");

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
}
