package org.herald.coding.events;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.herald.coding.Descriptions;
import org.herald.coding.Named;
import org.herald.coding.Publisher;
import org.herald.core.Deadline;
import org.herald.core.Stage;
import org.herald.core.model.Dependency;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.Event;
import org.herald.core.model.Layer;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;
import org.herald.kb.EventDictionary;
import org.herald.kb.KbEntry;
import org.herald.kb.KnowledgeBase;
import org.jspecify.annotations.Nullable;

/**
 * CAMEO coding of each clause over the dependency parse. Verbs ({@link VerbEvents}) and nouns
 * ({@link NounEvents}) are looked up in the event dictionary, criticism said in direct quotes
 * is read by {@link QuoteEvents}, and what a quote says another must do by {@link
 * QuoteDemands}; the actors their words name come from {@link Actors},
 * whom a name acts for from {@link ActingFor}; whether an act is done from {@link Modality}; its
 * date from {@link Dating}, its place from {@link Places}. Each language
 * is a {@link Grammar} and a word file read by {@link Lexicon}. A negated offer, agreement, aid
 * or concession is a rejection, any other negated event keeps its code. Events are then rated
 * by {@link EventFilter}, and those Herald stands behind given the confidence of {@link
 * EventConfidence}.
 *
 * <p>Requires {@link Layer#TOKENS}, {@link Layer#ENTITIES}, {@link Layer#TIMES}, {@link
 * Layer#QUOTES}; produces {@link Layer#EVENTS}. The verbs and nouns of a sentence without a parse
 * are left out. Thread-safe.
 */
public final class EventStage implements Stage {
  /**
   * The most events a sentence is coded with, the first in the text: a news sentence has a few
   * (the bundled samples at most 6 of one verb), and names that act together do so to one
   * another, n names n(n - 1) events, so 200 holds 14 names meeting (a G7 summit's 7 give 42).
   * More is a list of names, which within the longest sentence parsed would give thousands.
   */
  static final int MAX_EVENTS_PER_SENTENCE = 200;

  private final EventDictionary dictionary;
  private final ActingFor actingFor;
  private final KnowledgeBase kb;
  private final VerbEvents verbs;
  private final NounEvents nouns;
  private final QuoteEvents quoted;
  private final QuoteDemands demanded;
  private final EventConfidence confidence;

  /** A stage whose events carry the bundled model's confidence ({@link EventConfidence}). */
  public EventStage(EventDictionary dictionary, KnowledgeBase kb) {
    this(dictionary, kb, EventConfidence.bundled());
  }

  /** A stage whose events carry {@code confidence}'s ({@link EventConfidence#RULES}: the rules'). */
  public EventStage(EventDictionary dictionary, KnowledgeBase kb, EventConfidence confidence) {
    this.confidence = requireNonNull(confidence, "confidence is null");
    this.dictionary = requireNonNull(dictionary, "dictionary is null");
    this.actingFor = new ActingFor(new Descriptions(requireNonNull(kb, "kb is null")));
    this.kb = kb;
    this.verbs = new VerbEvents(dictionary);
    this.nouns = new NounEvents(dictionary);
    this.quoted = new QuoteEvents(dictionary);
    this.demanded = new QuoteDemands(dictionary);
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.ENTITIES, Layer.TIMES, Layer.QUOTES);
  }

  @Override
  public Set<Layer> produces() {
    return EnumSet.of(Layer.EVENTS);
  }

  @Override
  public Document apply(Document doc) {
    List<Named> names = actingFor.names(doc);
    Entity ownSite = ownSite(doc);
    List<Event> events = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<String> warnings = new ArrayList<>();
    Map<String, Entity> entities = new HashMap<>();
    doc.entities().forEach(e -> entities.putIfAbsent(e.id(), e));
    for (Sentence s : doc.sentences()) {
      if (s.dependencies() == null || s.tokens().isEmpty()) {
        continue;
      }
      Deadline.check(name());
      Grammar grammar = Grammar.of(s.language() != null ? s.language() : doc.language());
      Context c = new Context(doc, s, grammar,
          new Actors(names, doc.text(), dictionary, grammar.words(), doc, ownSite,
              Collections.unmodifiableList(events)),
          Patterns.timeWords(doc, s));
      Coded coded = codeSentence(c);
      if (coded.cut()) {
        warnings.add("events of the sentence at characters " + s.start() + "-" + s.end()
            + " cut to the first " + MAX_EVENTS_PER_SENTENCE);
      }
      for (Event raw : coded.events()) {
        Event e = ActorKinds.placesAsStates(raw, entities);
        String key = e.code() + "|" + e.source() + "|" + e.target() + "|" + e.sentence();
        if (seen.add(key)) {
          events.add(e);
        }
      }
    }
    // Criticism and demands said in a quote, where no verb of its sentence coded the act
    // between the two
    List<Event> fromQuotes = new ArrayList<>(quoted.code(doc, names));
    fromQuotes.addAll(demanded.code(doc, names));
    for (Event raw : fromQuotes) {
      Event e = ActorKinds.placesAsStates(raw, entities);
      if (events.stream().noneMatch(v -> QuoteEvents.sameActors(v, e))
          && seen.add(e.code() + "|" + e.source() + "|" + e.target() + "|" + e.sentence())) {
        events.add(e);
      }
    }
    if (Contests.sportSection(doc, Grammar.of(doc.language()).words())) {
      // In a paper's sports section, what players do ("as they demonstrated repeatedly against
      // the Thunder") is play, not politics; violence stays an event. (Not on every page with
      // scores: a court's 5-4 ruling is no match.)
      events.removeIf(e -> e.source() != null && e.source().actor() != null
          && e.source().actor().endsWith("CVL") && !Roots.VIOLENT.contains(Roots.of(e.code())));
    }
    Document.Builder out = doc.toBuilder();
    warnings.forEach(out::warning);
    return out.events(confidence.rate(EventFilter.rate(events, doc.publishedDay()),
        doc.language())).add(Layer.EVENTS).build();
  }

  /**
   * The party or other body whose own site the page is (its address, {@link Publisher}), as an
   * entity of the text; null where the page is no body's or the text never names it.
   */
  private @Nullable Entity ownSite(Document doc) {
    for (KbEntry body : Publisher.bodies(kb, doc.url())) {
      for (Entity e : doc.entities()) {
        if (e.kb() != null && e.kb().id().equals(body.id())) {
          return e;
        }
      }
    }
    return null;
  }

  /** A sentence's events; {@code cut} when it had more than {@link #MAX_EVENTS_PER_SENTENCE}. */
  private record Coded(List<Event> events, boolean cut) {}

  private Coded codeSentence(Context c) {
    Sentence s = c.s();
    List<Event> verbal = new ArrayList<>();
    List<Event> sentence = new ArrayList<>();
    Map<Event, Integer> governors = new IdentityHashMap<>();
    boolean cut = false;
    // Word by word, so that past the limit no more words are coded (nor compared below).
    for (int k = 0; k < s.tokens().size() && !cut; k++) {
      Token t = s.tokens().get(k);
      if ("NOUN".equals(t.upos())) {
        int verb = Arcs.governingVerb(s, Arcs.nounHead(s, k + 1));
        if (verb == 0) {
          verb = Arcs.headBy(s.dependencies(), Arcs.nounHead(s, k + 1), "nsubj", "nsubj:pass");
          verb = verb > 0 && Arcs.isVerb(s, verb) ? verb : 0; // "Talks ... resumed"
        }
        for (Event e : nouns.code(c, k)) {
          if (sentence.size() == MAX_EVENTS_PER_SENTENCE) {
            cut = true;
            break;
          }
          governors.put(e, verb);
          sentence.add(e);
        }
      } else if ("VERB".equals(t.upos()) || "AUX".equals(t.upos())) {
        for (Event e : verbs.code(c, k)) {
          if (sentence.size() == MAX_EVENTS_PER_SENTENCE) {
            cut = true;
            break;
          }
          verbal.add(e);
          sentence.add(e);
        }
      }
    }
    // Of a noun's act and the act its verb's pattern codes between the same two actors, one
    // stands: the noun's where it is the more precise ("hielten einen Videoanruf ab": the
    // call, 041, not a meeting, 040), else the verb's ("held peace talks": 046, not 040).
    Set<Event> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Event e : sentence) {
      Integer verb = governors.get(e);
      Event v = verb == null || verb == 0 ? null
          : codedByVerb(e, s.tokens().get(verb - 1), verbal);
      if (v != null) {
        dropped.add(preciser(e, v) ? v : e);
      }
    }
    List<Event> out = new ArrayList<>();
    for (Event e : sentence) {
      if (!intentOnly(c, e, verbal) && !dropped.contains(e)) {
        out.add(e); // "plans to impose restrictions": the restrictions, intended (132), say it
      }
    }
    return new Coded(out, cut);
  }

  /**
   * Whether an event is a bare intent (030: "plans", "decided", "prepared") whose verb's
   * complement codes, as intended (03) or threatened (13), what the same source means to do
   * ("plans to impose restrictions" is 132, "agreed to resume talks" 036); that stands for it.
   */
  private static boolean intentOnly(Context c, Event e, List<Event> verbal) {
    if (!e.code().equals("030")) {
      return false;
    }
    Sentence s = c.s();
    int verb = Arcs.wordAt(s, e.trigger().start());
    if (verb == 0) {
      return false;
    }
    boolean planning = c.grammar().verbIn(s, verb, "planning");
    for (Event other : verbal) {
      // Only a complement coded as intended stands for the intent; a threat only for a plan
      // ("agreed to postpone the rally" stays an agreement).
      if (other == e || !Objects.equals(other.source(), e.source())
          || !other.root().equals(Roots.INTENT) && !(other.root().equals("13") && planning)) {
        continue;
      }
      int w = Arcs.wordAt(s, other.trigger().start());
      for (int level = 0; level < 3 && w > 0; level++) {
        int up = 0;
        for (Dependency d : s.dependencies()) {
          if (d.dependent() == w && d.relation().equals("xcomp")) {
            up = d.head();
          }
        }
        if (up == verb) {
          return true;
        }
        w = up;
      }
    }
    return false;
  }

  /**
   * The act that the verb governing a noun's event has itself coded between the same two
   * actors, other than a mere statement, or null.
   */
  private static @Nullable Event codedByVerb(Event noun, Token verb, List<Event> verbal) {
    for (Event v : verbal) {
      if (v.trigger().start() == verb.start() && !v.root().equals("01")
          && Objects.equals(v.source(), noun.source())
          && Objects.equals(v.target(), noun.target())) {
        return v;
      }
    }
    return null;
  }

  /** Whether a noun's code refines its verb's root-level code: 041 for 040, not 040 for 046. */
  private static boolean preciser(Event noun, Event verb) {
    return verb.code().length() == 3 && verb.code().endsWith("0")
        && noun.code().startsWith(verb.root()) && !noun.code().equals(verb.code());
  }

  /** A name that can act: any but a miscellaneous one, unless that carries an actor code. */
  public static boolean isActor(Entity e) {
    return ActorKinds.isActor(e);
  }

  /**
   * The dictionary keys of a verb in a language: its lemma; in German the infinitives, with a
   * separated particle first.
   */
  public static List<String> verbKeys(Token t, @Nullable String particle, String language) {
    return Grammar.of(language).verbKeys(t, particle);
  }

  /** Whether a token is one of a dictionary pattern word's alternatives. */
  public static boolean wordMatches(List<String> alternatives, Token t, String language) {
    return Patterns.wordMatches(alternatives, t, language);
  }
}
