package org.herald.coding;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.core.Stage;
import org.herald.core.model.Dependency;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.Event;
import org.herald.core.model.EventActor;
import org.herald.core.model.KbRef;
import org.herald.core.model.Layer;
import org.herald.core.model.Quote;
import org.herald.core.model.Sentence;
import org.herald.core.model.Span;
import org.herald.core.model.TimeValue;
import org.herald.core.model.Token;
import org.herald.core.model.Trigger;
import org.herald.kb.EventDictionary;
import org.herald.kb.KnowledgeBase;
import org.jspecify.annotations.Nullable;

/**
 * CAMEO coding of each clause over the dependency parse: the predicate (its lemma; in German the
 * infinitive with its separable particle, "hielten ... ab" is abhalten) is looked up in the event
 * dictionary, the most specific pattern whose words stand in the clause gives the code; the
 * subject is the source, the object or an oblique (mit, gegen, an, with, against, to) the target;
 * coordination gives one event per actor; the passive swaps the roles. Negation, intention,
 * condition, questions and attribution (the clause inside a quote) are recorded; a negated
 * offer, agreement, aid or concession is a rejection, any other negated event keeps its code. The event's date is that of the time expression that
 * governs its clause (its own phrase's, else that of the clause it depends on), else the
 * publication date, and {@code dateSource} says which.
 *
 * <p>Requires {@link Layer#TOKENS}, {@link Layer#ENTITIES}, {@link Layer#TIMES}, {@link
 * Layer#QUOTES}; produces {@link Layer#EVENTS}. Sentences without a parse are left out.
 * Thread-safe.
 */
public final class EventStage implements Stage {
  private static final Set<String> TARGET_CASES = Set.of("mit", "gegen", "an", "zwischen",
      "gegenüber", "für", "bei", "with", "against", "to", "on", "at", "for", "toward",
      "towards");
  /**
   * Roots whose negation is a rejection: not cooperating, not agreeing, not giving, not
   * yielding. A negated statement, appeal or consultation ("did not travel to", "did not say")
   * stays what it is, marked negated.
   */
  private static final Set<String> REFUSABLE = Set.of("03", "05", "06", "07", "08");

  private static final Set<String> NEGATIONS = Set.of("nicht", "nie", "niemals", "kein",
      "keine", "keinen", "keinem", "not", "n't", "never", "no");
  /** Pronouns that deny the object: "bedrohe niemanden", "threatens nobody". */
  private static final Set<String> NOBODY = Set.of("niemand", "niemanden", "niemandem",
      "nichts", "nobody", "nothing", "none");
  private static final Set<String> INTENTION_EN = Set.of("will", "would", "plan", "plans",
      "intend", "intends", "shall", "'ll", "going");
  private static final Set<String> INTENTION_DE = Set.of("würde", "würden", "werde", "werden",
      "wird", "plant", "planen", "beabsichtigt", "beabsichtigen");
  private static final Set<String> CONDITION = Set.of("wenn", "falls", "sofern", "if",
      "unless");
  private static final Set<String> PRONOUNS = Set.of("er", "sie", "he", "she", "they", "es",
      "it");
  private static final Set<String> NOUN_TARGET_CASES = Set.of("mit", "with", "gegen",
      "against", "zwischen", "between", "an", "to", "auf", "on");
  /**
   * Whether a word is a dateline: the sentence's first, in capitals ("SEOUL, Aug 21 (AP) - North
   * Korea fired", whose subject the parser takes the place for).
   */
  private static boolean dateline(Sentence s, int word) {
    String w = s.tokens().get(word - 1).word();
    return word == 1 && w.length() >= 3 && w.equals(w.toUpperCase(Locale.ROOT))
        && w.chars().anyMatch(Character::isLetter);
  }

  /** Cases of the place a visit is made to: "Besuch in Berlin", "visit to Beijing". */
  private static final Set<String> VISITED = Set.of("in", "nach", "to", "im");
  /** Roots whose addressee may be the subject of the clause they govern ("demanded that X"). */
  private static final Set<String> DIRECTED = Set.of("02", "10", "11", "12", "13");
  /** Roots whose addressee may be that of the infinitive they govern ("threatened to shell X"). */
  private static final Set<String> EMBEDDING = Set.of("02", "03", "10", "12", "13");
  /** The prepositions of the infinitive's obliques that name its addressee or place. */
  private static final Set<String> EMBEDDED_CASES = Set.of("to", "from", "in", "into", "on",
      "against", "with", "at", "mit", "gegen", "an", "aus", "nach", "gegenüber", "auf");
  /** "withdraw its troops from Lebanon", "aus Afghanistan abziehen": whom a retreat concerns. */
  private static final Set<String> WITHDRAWN_FROM = Set.of("from", "aus");
  /** Prepositions under a noun that name whom it is directed at, not whose it is. */
  private static final Set<String> TOWARDS = Set.of("gegenüber", "gegen", "against", "toward",
      "towards");
  /** Roots whose object is a thing criticised or rejected: its owner is the target. */
  private static final Set<String> OWNER_ROOTS = Set.of("11", "12");
  /** Roots whose act "into" something is done to it: "fired into Gaza", "hack into computers". */
  private static final Set<String> FORCE_INTO = Set.of("15", "17", "18", "19", "20");
  /** Cases of what force is aimed at: "into Lebanon", "at Israel", "Raketen auf Israel". */
  private static final Set<String> FORCE_CASES = Set.of("into", "at", "auf");
  /** Prepositions that name the place of a clause ("in Kirkuk", "bei Kiew"). */
  private static final Set<String> PLACE_CASES = Set.of("in", "bei", "at", "im");
  /** Prepositions that make a town under a noun of talks its venue ("talks in Geneva"). */
  private static final Set<String> VENUE_CASES = Set.of("in", "at", "near", "bei", "im", "nahe");
  /** Roots whose act, done by several with no addressee, is done to each other. */
  private static final Set<String> RECIPROCAL = Set.of("03", "04", "05", "06", "19");
  /** Roots whose act, with no addressee, is directed at the place where it happens. */
  private static final Set<String> ON_PLACE = Set.of("14", "15", "17", "18", "19", "20");
  /** Protest and coercion with no addressee and no place: against the source's own country. */
  private static final Set<String> DOMESTIC = Set.of("14", "17");
  /** Acts that only a state's authorities do: investigate (09), coerce (17). */
  private static final Set<String> AUTHORITY = Set.of("09", "17");
  /** German separable particles the parser may not label compound:prt. */
  static final Set<String> PARTICLES = Set.of("frei", "fest", "ab", "an", "auf", "aus",
      "ein", "zurück", "vor", "bei", "nach", "zu", "weg", "fort", "los", "wieder", "zusammen");
  /** Penn tags of English verbs without tense: infinitives and participles. */
  private static final Set<String> NON_FINITE = Set.of("VB", "VBG", "VBN");
  /** Words that mark an infinitive as a purpose ("um ... zu sprechen", "to meet"). */
  private static final Set<String> PURPOSE_MARKS = Set.of("um", "to", "damit");
  /** Roots of cooperation (consult, cooperate, aid, yield), intended when they are a purpose. */
  private static final Set<String> COOPERATIVE = Set.of("04", "05", "06", "07", "08");
  /** Words that introduce a German infinitive clause ("um ... zu fordern"). */
  private static final Set<String> INFINITIVE_MARKS = Set.of("zu", "um", "ohne", "statt",
      "anstatt");
  private static final Set<String> MONADIC = Set.of("03", "08", "09", "10", "12", "13", "14",
      "15", "16", "17", "18", "19", "20");

  private final EventDictionary dictionary;
  private final Descriptions descriptions;

  public EventStage(EventDictionary dictionary, KnowledgeBase kb) {
    this.dictionary = requireNonNull(dictionary, "dictionary is null");
    this.descriptions = new Descriptions(requireNonNull(kb, "kb is null"));
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
    List<Named> names = withKnownActors(withOffices(Named.inOrder(doc), doc.text()),
        doc.language());
    TEXT.set(doc.text());
    try {
      return codeDocument(doc, names);
    } finally {
      TEXT.remove();
    }
  }

  /** The text of the document being coded, for what its names' mentions do not say. */
  private static final ThreadLocal<String> TEXT = new ThreadLocal<>();

  private Document codeDocument(Document doc, List<Named> names) {
    List<Event> events = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Sentence s : doc.sentences()) {
      if (s.dependencies() == null || s.tokens().isEmpty()) {
        continue;
      }
      String lang = "en".equals(s.language() != null ? s.language() : doc.language()) ? "en"
          : "de";
      Set<Integer> dates = timeWords(doc, s);
      List<Event> verbal = new ArrayList<>();
      List<Event> sentence = new ArrayList<>();
      java.util.Map<Event, Integer> governors = new java.util.IdentityHashMap<>();
      for (int k = 0; k < s.tokens().size(); k++) {
        Token t = s.tokens().get(k);
        if ("NOUN".equals(t.upos())) {
          int verb = governingVerb(s, nounHead(s, k + 1));
          for (Event e : nounEvents(doc, s, k, lang, names)) {
            governors.put(e, verb);
            sentence.add(e);
          }
        } else if ("VERB".equals(t.upos()) || "AUX".equals(t.upos())) {
          List<Event> coded = code(doc, s, k, lang, names, dates);
          verbal.addAll(coded);
          sentence.addAll(coded);
        }
      }
      // Of a noun's act and the act its verb's pattern codes between the same two actors, one
      // stands: the noun's where it is the more precise ("hielten einen Videoanruf ab": the
      // call, 041, not a meeting, 040), else the verb's ("held peace talks": 046, not 040).
      Set<Event> dropped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      for (Event e : sentence) {
        Integer verb = governors.get(e);
        Event v = verb == null || verb == 0 ? null
            : codedByVerb(e, s.tokens().get(verb - 1), verbal);
        if (v != null) {
          dropped.add(preciser(e, v) ? v : e);
        }
      }
      for (Event e : sentence) {
        if (intentOnly(e, s, verbal) || dropped.contains(e)) {
          continue; // "plans to impose restrictions": the restrictions, intended (132), say it
        }
        String key = e.code() + "|" + e.source() + "|" + e.target() + "|" + e.sentence();
        if (seen.add(key)) {
          events.add(e);
        }
      }
    }
    return doc.toBuilder().events(EventFilter.rate(events, doc.publishedDay()))
        .add(Layer.EVENTS).build();
  }

  /**
   * Whether an event is a bare intent (030: "plans", "decided", "prepared") whose verb's
   * complement codes, as intended (03) or threatened (13), what the same source means to do
   * ("plans to impose restrictions" is 132, "agreed to resume talks" 036); that stands for it.
   */
  private static boolean intentOnly(Event e, Sentence s, List<Event> verbal) {
    if (!e.code().equals("030")) {
      return false;
    }
    int verb = wordAt(s, e.trigger().start());
    if (verb == 0) {
      return false;
    }
    String lemma = String.valueOf(s.tokens().get(verb - 1).lemma()).toLowerCase(Locale.ROOT);
    for (Event other : verbal) {
      // Only a complement coded as intended stands for the intent; a threat only for a plan
      // ("agreed to postpone the rally" stays an agreement).
      if (other == e || !java.util.Objects.equals(other.source(), e.source())
          || !other.root().equals("03")
          && !(other.root().equals("13") && PLANNING.contains(lemma))) {
        continue;
      }
      int w = wordAt(s, other.trigger().start());
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
   * Drops a description that a named person beside it in the same role stands for: "Der
   * katarische Regierungschef Mohammed bin Abdulrahman Al Thani" is one actor, not two.
   */
  private static void dropDescribed(List<Entity> actors) {
    actors.removeIf(d -> d.kb() != null && d.kb().id().startsWith("cameo:")
        && actors.stream().anyMatch(p -> p != d && p.type() == EntityType.PERSON
        && java.util.Objects.equals(actor(p), actor(d))));
  }

  /** Verbs of planning, whose complement coded as a threat is what they intend. */
  private static final Set<String> PLANNING = Set.of("plan", "prepare", "intend", "decide");

  /** The word (1-based) that starts at a character offset, or 0. */
  private static int wordAt(Sentence s, int start) {
    for (int i = 0; i < s.tokens().size(); i++) {
      if (s.tokens().get(i).start() == start) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The act that the verb governing a noun's event has itself coded between the same two
   * actors, other than a mere statement, or null.
   */
  private static @Nullable Event codedByVerb(Event noun, Token verb, List<Event> verbal) {
    for (Event v : verbal) {
      if (v.trigger().start() == verb.start() && !v.root().equals("01")
          && java.util.Objects.equals(v.source(), noun.source())
          && java.util.Objects.equals(v.target(), noun.target())) {
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

  /** A noun's word (1-based), or the noun it is compounded into: "a mediation mission". */
  private static int nounHead(Sentence s, int head) {
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == head && d.relation().equals("compound")
          && "NOUN".equals(s.tokens().get(d.head() - 1).upos())) {
        return d.head();
      }
    }
    return head;
  }

  /** The verb (1-based) whose object or oblique a noun is, or 0. */
  private static int governingVerb(Sentence s, int noun) {
    int verb = 0;
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == noun && (d.relation().startsWith("obl")
          || d.relation().equals("obj")) && isVerb(s, d.head())) {
        verb = d.head();
      }
    }
    return verb;
  }

  /**
   * The events of the verb at word k (0-based); {@code dates} are the sentence's words that
   * time expressions take (1-based), never a pattern's words.
   */
  private List<Event> code(Document doc, Sentence s, int k, String lang, List<Named> names,
      Set<Integer> dates) {
    List<Token> tokens = s.tokens();
    List<Dependency> arcs = s.dependencies();
    int head = k + 1;
    String particle = null;
    for (Dependency d : arcs) {
      if (d.head() != head) {
        continue;
      }
      String w = tokens.get(d.dependent() - 1).word().toLowerCase(Locale.ROOT);
      // The parser sometimes hangs a separated particle as another relation: "ließ ... frei".
      if ((d.relation().equals("compound:prt") || lang.equals("de")
          && d.dependent() > head && PARTICLES.contains(w)
          && (d.relation().equals("mark") || d.relation().equals("advmod")
          || d.relation().equals("compound")))) {
        particle = w;
      }
    }
    int last = particle == null && lang.equals("de") ? Parses.clauseFinal(s, k) : -1;
    if (last >= 0 && arcs.stream().anyMatch(d -> d.dependent() == head && d.head() == 0)
        && PARTICLES.contains(tokens.get(last).word().toLowerCase(Locale.ROOT))
        && "ADP".equals(tokens.get(last).upos())) {
      // "sagte Finnland ein neues Abkommen zu": a particle that ends the main verb's clause,
      // whatever the parser hung it on, is that verb's ("sagte, Russland greife niemanden an"
      // is no "ansagen")
      particle = tokens.get(last).word().toLowerCase(Locale.ROOT);
    }
    List<EventDictionary.Pattern> patterns = new ArrayList<>();
    for (String verb : lemmas(tokens.get(k), particle, lang)) {
      patterns.addAll(dictionary.patterns(lang, verb));
    }
    if (patterns.isEmpty()) {
      return List.of();
    }
    // A participle or infinitive under "haben", "sein", "werden", a modal, or a coordinated
    // verb takes its subject and objects from there too ("Die USA haben einen Boykott
    // angekündigt", "Putin nannte Xi ... und sagte").
    int governor = 0;
    for (Dependency d : arcs) {
      if (d.dependent() == head && (d.relation().equals("xcomp") || d.relation().equals("conj"))) {
        governor = d.head();
      }
    }
    int[] clause = Parses.span(arcs, head, true);
    Set<Integer> own = new java.util.HashSet<>(Parses.phrase(arcs, head));
    if (governor > 0 && !hasSubject(arcs, head)) {
      int[] outer = Parses.span(arcs, governor, true);
      clause = new int[] {Math.min(clause[0], outer[0]), Math.max(clause[1], outer[1])};
      own.addAll(Parses.phrase(arcs, governor));
    }
    own.removeAll(dates); // "telephoned Kozyrev on Tuesday" is no "call on"
    EventDictionary.Pattern best = null;
    for (EventDictionary.Pattern p : patterns) {
      if (matches(p, tokens, k, clause, own, lang)
          && (best == null || p.weight() > best.weight())) {
        best = p;
      }
    }
    if (best == null || best.code().equals(EventDictionary.DISCARD)) {
      return List.of(); // no pattern, or a discard: "killed in a car crash", "took office"
    }
    if (alleged(s, arcs, head, lang)) {
      return List.of(); // "accused the RSF of attacking hospitals": the charge, not an attack
    }
    if (askedOf(s, arcs, head, lang)) {
      return List.of(); // "urged Washington to withdraw its troops": asked for, not done
    }
    if (hasAux(s, arcs, head, OBLIGATION_AUX)
        || hasAux(s, arcs, head, PERMISSION_AUX) && negated(s, head)) {
      // "Sudan must return the helicopter", "Washington dürfe der Ukraine nicht erlauben":
      // asked for or forbidden, not done
      return List.of();
    }
    // Roles from the parse.
    List<Entity> sources = new ArrayList<>();
    List<Entity> targets = new ArrayList<>();
    List<Entity> complainedOf = new ArrayList<>();
    boolean passive = false;
    for (Dependency d : arcs) {
      if (d.head() != head) {
        continue;
      }
      String rel = d.relation();
      if (rel.equals("nsubj:pass") || rel.equals("aux:pass")) {
        passive = true;
      }
    }
    List<Integer> heads = new ArrayList<>(List.of(head));
    for (Dependency d : arcs) {
      if (d.head() == head && d.relation().equals("xcomp")
          && "ADJ".equals(tokens.get(d.dependent() - 1).upos())) {
        heads.add(d.dependent()); // "kritisierte beide Seiten scharf", parsed as scharf's object
      }
    }
    // Further up a chain of such verbs, only the subject is shared ("promised to democratize
    // Serbia and establish the rule of law": establish, democratize, promised).
    int subjectFrom = 0;
    if (governor > 0 && !hasSubject(arcs, head)) {
      heads.add(governor);
      int up = governor;
      for (int level = 0; level < 3 && !hasSubject(arcs, up); level++) {
        int next = 0;
        for (Dependency d : arcs) {
          if (d.dependent() == up && (d.relation().equals("xcomp")
              || d.relation().equals("conj"))) {
            next = d.head();
          }
        }
        if (next == 0) {
          break;
        }
        up = next;
      }
      if (up != governor && hasSubject(arcs, up)) {
        subjectFrom = up;
      }
    }
    boolean purpose = false;
    if (governor == 0 && !hasSubject(arcs, head) && nonFinite(s, arcs, head, lang)) {
      // "Rebels blocked the road, demanding a referendum", "fired shells to stop the advance":
      // an adverbial clause without a subject of its own is done by the subject of the verb it
      // modifies.
      for (Dependency d : arcs) {
        if (d.dependent() == head && (d.relation().equals("advcl") || d.relation().equals("dep")
            && "VBG".equals(tokens.get(k).tag())) && isVerb(s, d.head())
            && hasSubject(arcs, d.head())) {
          subjectFrom = d.head();
          purpose = hasMark(s, arcs, head, PURPOSE_MARKS);
        }
      }
    }
    // A verb with an object or oblique of its own takes only the subject from the verb it is
    // coordinated with; one without takes its objects too ("met and praised Xi").
    boolean ownObject = false;
    for (Dependency d : arcs) {
      if (d.head() == head && (d.relation().equals("obj") || d.relation().equals("iobj")
          || d.relation().startsWith("obl"))) {
        ownObject = true;
      }
    }
    for (Dependency d : arcs) {
      if (subjectFrom > 0 && d.head() == subjectFrom && d.relation().equals("nsubj")
          && sources.isEmpty()) {
        collect(s, d.dependent(), names, sources);
        continue;
      }
      if (!heads.contains(d.head()) || d.dependent() == head) {
        continue;
      }
      String rel = d.relation();
      if (d.head() == governor && !rel.startsWith("nsubj") && !rel.equals("obj")
          && !rel.startsWith("obl")) {
        continue;
      }
      if (d.head() == governor && !rel.startsWith("nsubj") && ownObject) {
        continue; // "faces a warrant from the court and did not travel to South Africa"
      }
      if (rel.startsWith("nsubj")) {
        collect(s, d.dependent(), names, rel.equals("nsubj:pass") ? targets : sources);
      } else if (rel.equals("obj") || rel.equals("iobj")) {
        // What is criticised or rejected is whose it is: "verurteilten Russlands Aufrüstung und
        // aggressive Rhetorik gegenüber der Ukraine" is against Russia.
        collect(s, d.dependent(), names, targets,
            OWNER_ROOTS.contains(best.code().substring(0, 2)));
      } else if (rel.startsWith("obl") || rel.equals("nmod")) {
        String c = caseOf(s, d.dependent());
        if (rel.equals("obl:agent") || passive && ("by".equals(c) || "von".equals(c))) {
          collect(s, d.dependent(), names, sources);
        } else if (c != null && TOWARDS.contains(c) && hasObject(arcs, head)
            && OWNER_ROOTS.contains(best.code().substring(0, 2))) {
          continue; // the parser hangs "Rhetorik gegenüber der Ukraine" on "verurteilten"
        } else if (c != null && COMPLAINED_OF.contains(c)
            && best.code().startsWith("11")) {
          collect(s, d.dependent(), names, complainedOf, true); // "over Israeli air raids"
        } else if (c == null && rel.equals("obl:arg") || c != null && (TARGET_CASES.contains(c)
            || WITHDRAWN_FROM.contains(c) && (best.code().startsWith("08")
            || best.code().startsWith("166"))
            || FORCE_CASES.contains(c) && FORCE_INTO.contains(best.code().substring(0, 2)))) {
          collect(s, d.dependent(), names, targets); // "nannte Xi", "mit Selenskyj"
        }
      }
    }
    for (Dependency d : arcs) {
      if (heads.contains(d.head()) && d.relation().startsWith("obl")
          && best.code().startsWith("11")
          && ADDRESSED.contains(String.valueOf(caseOf(s, d.dependent())))) {
        for (Dependency m : arcs) {
          if (m.head() == d.dependent() && m.relation().startsWith("nmod")
              && COMPLAINED_OF.contains(String.valueOf(caseOf(s, m.dependent())))) {
            // the parser hangs "bei der EU über die Manöver" on the EU
            collect(s, m.dependent(), names, complainedOf, true);
          }
        }
      }
    }
    if (!complainedOf.isEmpty()) {
      // "complained to the United Nations over Israeli air raids": the complaint is against
      // whose the raids are; the body it is made to only hears it.
      targets.removeIf(e -> addressedTo(s, e, arcs, head));
      complainedOf.stream().filter(e -> !targets.contains(e)).forEach(targets::add);
    }
    boolean visits = false;
    if (targets.isEmpty() && best.code().startsWith("04") && ARRIVING.contains(
        lemmaOf(tokens.get(k)))) {
      // "Saddam Hussein arrived in Amman", "Scholz reiste nach Washington": a visit to the place
      for (Dependency d : arcs) {
        if (d.head() == head && d.relation().startsWith("obl")
            && ARRIVAL_CASES.contains(String.valueOf(caseOf(s, d.dependent())))) {
          List<Entity> places = new ArrayList<>();
          collect(s, d.dependent(), names, places);
          for (Entity e : places) {
            if (e.type() == EntityType.LOCATION && !targets.contains(e)) {
              targets.add(e);
              visits = true;
            }
          }
        }
      }
    }
    boolean demands = best.code().startsWith("01") && obligesClause(s, arcs, head);
    if (targets.isEmpty() && (DIRECTED.contains(best.code().substring(0, 2)) || demands)) {
      // "Russland will, dass die USA und die Nato garantieren": the demand is made of the
      // subject of the clause it governs.
      for (Dependency d : arcs) {
        if (d.head() == head && (d.relation().equals("ccomp") || d.relation().equals("xcomp"))) {
          for (Dependency e : arcs) {
            if (e.head() == d.dependent() && e.relation().startsWith("nsubj")) {
              collect(s, e.dependent(), names, targets);
            }
          }
          if (targets.isEmpty() && demands && lang.equals("de")) {
            // "sagte, Israel müsse seine Truppen abziehen", parsed with Israel as the object:
            // in a clause without "dass" the actor before the finite modal is its subject.
            for (Dependency e : arcs) {
              if (e.head() == d.dependent() && e.relation().equals("aux")
                  && OBLIGATION_AUX.contains(tokens.get(e.dependent() - 1).word()
                  .toLowerCase(Locale.ROOT)) && e.dependent() > 1) {
                Entity before = covering(names, tokens.get(e.dependent() - 2));
                if (before != null) {
                  targets.add(before);
                }
              }
            }
          }
        }
      }
      targets.removeAll(sources);
    }
    if (targets.isEmpty() && EMBEDDING.contains(best.code().substring(0, 2))) {
      // "Iran threatened to cut off electricity to Nakhichevan", "refused to deploy
      // peacekeepers in Iraq": a threat, refusal, offer or demand is directed at whom the act
      // it governs is directed at.
      for (Dependency d : arcs) {
        if (d.head() == head && d.relation().equals("xcomp") && !hasSubject(arcs, d.dependent())) {
          for (Dependency e : arcs) {
            if (e.head() != d.dependent()) {
              continue;
            }
            String c = caseOf(s, e.dependent());
            if (e.relation().equals("obj") || e.relation().equals("iobj")
                || e.relation().startsWith("obl") && c != null && EMBEDDED_CASES.contains(c)) {
              collect(s, e.dependent(), names, targets);
            }
          }
        }
      }
      targets.removeAll(sources);
    }
    if (sources.isEmpty() && passive && !targets.isEmpty()
        && AUTHORITY.contains(best.code().substring(0, 2))) {
      // "A missionary was arrested in Lebanon", "wurde in Italien festgenommen": an arrest,
      // expulsion or investigation with no agent named is the act of the state where it happens.
      Entity where = placeEntity(s, head, names);
      if (where != null && actor(where) != null && !targets.contains(where)) {
        sources.add(where);
      }
    }
    dropDescribed(sources);
    dropDescribed(targets);
    if (sources.isEmpty()) {
      return List.of();
    }
    String code = best.code();
    if (best.weight() == 0 && code.equals("190") && sources.stream()
        .allMatch(EventStage::irregular)) {
      // "Hezbollah guerrillas killed the deputy chief", "militiamen attacked the camp": force
      // used by rebels, militias or crowds is unconventional violence (18), not the
      // conventional force of a state's army (19).
      code = "180";
    }
    String weapon = FORCE_BY_WEAPON.contains(code) ? weaponCode(s, heads) : null;
    if (weapon != null) {
      code = weapon; // "Russian aircraft killed 46 civilians": aerial weapons, 195
    }
    if (visits && best.weight() == 0) {
      code = "042"; // make a visit
    }
    if (best.weight() == 0 && agreesTo(s, tokens.get(k), arcs, head, lang)) {
      code = "030"; // "agreed to share information": an intent to cooperate, not cooperation
    }
    if (demands && code.startsWith("01")) {
      code = "100"; // "said that Sudan must return the helicopter": a demand made of Sudan
    }
    boolean negated = negated(s, head);
    double confidence = 0.6 + Math.min(0.3, 0.1 * best.weight());
    if (negated && REFUSABLE.contains(code.substring(0, 2))) {
      code = "120"; // "würde eine solche Forderung nicht akzeptieren" is a rejection
      negated = false;
      confidence -= 0.1;
    }
    String actCode = code; // what is done, before a promise makes it an intent
    if (!negated && (intendedClause(s, arcs, head)
        || purpose && COOPERATIVE.contains(actCode.substring(0, 2)))) {
      // "reist nach Kiew, um mit Selenskyj zu sprechen": talks that are a journey's purpose are
      // intended, not held. A purpose of force or protest is coded as done.
      code = intentCode(code); // "will release the prisoners" is an intent to yield, 0353
    }
    String modality = modality(s, k, doc.text());
    Quote quote = quoteAround(doc, tokens.get(k));
    String attribution = quote != null && quote.speakerName() != null
        && !sources.stream().anyMatch(e -> e.id().equals(quote.speaker()))
        ? quote.speakerName() : null;
    if (attribution != null && modality.equals("asserted")) {
      modality = "reported";
    }
    Dated dated = dated(doc, s, arcs, head);
    String place = place(s, head, names);
    EventDictionary.Code info = dictionary.code(code);
    Token trigger = tokens.get(k);
    String triggerText = particle == null ? trigger.word() : trigger.word() + " ... " + particle;
    List<Event> out = new ArrayList<>();
    // Only what is done together is done to each other: "Xi und Putin hielten einen Videoanruf
    // ab", "Japan and Korea agreed", "the two armies clashed"; but "officials and witnesses
    // said" is no statement of one to the other.
    boolean symmetric = targets.isEmpty() && sources.size() >= 2
        && RECIPROCAL.contains(actCode.substring(0, 2));
    // Protests, demands, threats, force and the like stand without a target ("Thousands
    // protested", "Russia mobilised"); statements and meetings need one.
    boolean alone = targets.isEmpty() && !symmetric
        && MONADIC.contains(actCode.substring(0, 2));
    boolean onPlace = false;
    if (alone && ON_PLACE.contains(actCode.substring(0, 2))) {
      // "Thousands demonstrated in Kirkuk", "imposed a curfew in Cizre", "strengthened its
      // forces in Lebanon": protest and force without an addressee are directed at the country
      // where they happen, the source's own too.
      Entity where = placeEntity(s, head, names);
      if (where != null && actor(where) != null && !sources.contains(where)) {
        targets.add(where);
        alone = false;
        onPlace = true;
      }
    }
    for (Entity src : sources) {
      // "Xi und Putin hielten einen Videoanruf ab": with no target, coordinated sources act on
      // each other.
      List<Entity> tgts = symmetric ? sources
          : alone ? java.util.Collections.singletonList(null) : targets;
      for (Entity tgt : tgts) {
        boolean there = onPlace || tgt != null && tgt.type() == EntityType.LOCATION
            && ON_PLACE.contains(actCode.substring(0, 2));
        if (tgt == src || !there && tgt != null && sameActor(src, tgt)) {
          continue; // but Algerians protesting in Algiers protest against Algeria
        }
        // "Egyptian police arrested twelve", "Thousands of Kenyans protested": protest and
        // coercion with no addressee and no place are domestic, against the source's country
        // (not in the passive, whose subject is what was done to: "a helicopter captured by").
        EventActor home = tgt == null && !passive && DOMESTIC.contains(code.substring(0, 2))
            ? homeCountry(src, names) : null;
        out.add(new Event(eventActor(src), tgt == null ? home : eventActor(tgt), code,
            code.substring(0, 2),
            info == null ? 0 : info.quadClass(), info == null ? 0 : info.goldstein(), dated.date(),
            dated.source(), place,
            new Span(s.start(), s.end()), new Trigger(trigger.start(), trigger.end(),
            triggerText), attribution, negated, modality,
            Math.max(0.1, tgt == null ? confidence - 0.2 : confidence)));
      }
    }
    return out;
  }

  /**
   * An event a noun carries: "In einem virtuellen Treffen mit US-Präsident Joe Biden ... sagte
   * Putin" is Putin meeting Biden. The target is the actor after mit, with, gegen, against,
   * zwischen, between; the source the noun's genitive or possessor, else the subject of the verb
   * the noun belongs to.
   */
  private List<Event> nounEvents(Document doc, Sentence s, int k, String lang,
      List<Named> names) {
    Token noun = s.tokens().get(k);
    if (covering(names, noun) != null) {
      return List.of();
    }
    String code = dictionary.noun(lang, noun.word());
    if (code == null) {
      return List.of();
    }
    List<Dependency> arcs = s.dependencies();
    int head = k + 1;
    if (lang.equals("en") && noun.word().toLowerCase(Locale.ROOT).startsWith("strike")) {
      // "a general strike", "their hunger strike" stop work; "an air strike" is force, and a
      // strike with no such word is left to the verb ("launched strikes").
      String kind = null;
      for (Dependency d : arcs) {
        String w = s.tokens().get(d.dependent() - 1).word().toLowerCase(Locale.ROOT);
        if (d.head() == head && LABOUR_STRIKES.containsKey(w)) {
          kind = LABOUR_STRIKES.get(w);
        }
      }
      if (kind == null) {
        return List.of();
      }
      code = kind;
    }
    head = nounHead(s, head); // "a mediation mission between Syria and ...": the mission's words
    List<Entity> sources = new ArrayList<>();
    List<Entity> targets = new ArrayList<>();
    List<Entity> withdrawing = new ArrayList<>();
    for (Dependency d : arcs) {
      if (d.head() != head || !d.relation().startsWith("nmod")) {
        continue;
      }
      String c = caseOf(s, d.dependent());
      boolean withdrawal = code.startsWith("08");
      if (c != null && (NOUN_TARGET_CASES.contains(c) && !withdrawal
          || code.startsWith("042") && VISITED.contains(c) // "bei seinem Besuch in Berlin"
          || withdrawal && WITHDRAWN_FROM.contains(c)
          || c.equals("of") && (code.startsWith("18") || code.startsWith("19")))) {
        collect(s, d.dependent(), names, targets); // "the invasion of Lebanon"
      } else if (withdrawal && ("of".equals(c) || "der".equals(c))) {
        // "the withdrawal of US troops from Syria", "der Abzug der russischen Truppen", unless
        // the verb's subject names whose withdrawal it is
        collect(s, d.dependent(), names, withdrawing);
      } else if (c == null) {
        collect(s, d.dependent(), names, sources); // "Russlands Angriff", "der Angriff Russlands"
      }
    }
    int verb = governingVerb(s, head);
    boolean object = false;
    for (Dependency d : arcs) {
      if (d.dependent() == head && d.head() == verb && d.relation().equals("obj")) {
        object = true;
      }
    }
    if (verb > 0 && (verbIn(s, verb, STOPPING, lang)
        || isOneOf(s.tokens().get(verb - 1), DEMANDING, lang))) {
      return List.of(); // "cancelled its talks with Ukraine" held none; the verb codes it
    }
    if (sources.isEmpty()) {
      for (Dependency d : arcs) {
        if (verb > 0 && d.head() == verb && d.relation().equals("nsubj")) {
          collect(s, d.dependent(), names, sources);
        }
      }
    }
    if (sources.isEmpty()) {
      sources.addAll(withdrawing);
    }
    targets.removeAll(sources);
    if (targets.isEmpty() && sources.size() >= 2 && RECIPROCAL.contains(code.substring(0, 2))) {
      targets.addAll(sources); // "Israel and Lebanon renewed negotiations": with each other
    }
    boolean domestic = false;
    if (targets.isEmpty() && object && code.startsWith("14")) {
      // "Seven opposition parties have organized a general strike", "hielten eine Kundgebung in
      // Leipzig ab": a protest its subject holds is directed at the place, else at the
      // protesters' own country, as a protest verb is.
      Entity where = placeEntity(s, verb, names);
      if (where == null) {
        where = placeEntity(s, head, names);
      }
      if (where != null && actor(where) != null && !sources.contains(where)) {
        targets.add(where);
      } else {
        domestic = true;
      }
    }
    if (sources.isEmpty() || targets.isEmpty() && !domestic) {
      return List.of();
    }
    // The noun's act has the modality of the verb it belongs to: "will take part in talks with
    // Japan" are intended talks (036), "did not hold talks" are negated.
    boolean negated = verb > 0 && negated(s, verb);
    String modality = verb > 0 ? modality(s, verb - 1, doc.text()) : "asserted";
    if (verb > 0 && !negated && intendedClause(s, arcs, verb)) {
      code = intentCode(code);
      modality = "intended";
    }
    Dated dated = dated(doc, s, arcs, head);
    EventDictionary.Code info = dictionary.code(code);
    List<Event> out = new ArrayList<>();
    for (Entity src : sources) {
      for (Entity tgt : domestic ? java.util.Collections.<Entity>singletonList(null) : targets) {
        if (tgt == src || tgt != null && sameActor(src, tgt)) {
          continue;
        }
        EventActor to = tgt != null ? eventActor(tgt) : homeCountry(src, names);
        out.add(new Event(eventActor(src), to, code, code.substring(0, 2),
            info == null ? 0 : info.quadClass(), info == null ? 0 : info.goldstein(), dated.date(),
            dated.source(), null, new Span(s.start(), s.end()),
            new Trigger(noun.start(), noun.end(), noun.word()), null, negated, modality,
            tgt == null ? 0.4 : 0.5));
      }
    }
    return out;
  }

  /** Whether a verb is an infinitive or participle: its tag, or in German its "zu". */
  private static boolean nonFinite(Sentence s, List<Dependency> arcs, int head, String lang) {
    Token t = s.tokens().get(head - 1);
    if (lang.equals("en")) {
      return NON_FINITE.contains(String.valueOf(t.tag()));
    }
    return hasMark(s, arcs, head, INFINITIVE_MARKS) || GermanMorphology.zuInfinitive(t.word());
  }

  /** English words that make a strike a stoppage of work, and its code: hunger strike 142. */
  private static final java.util.Map<String, String> LABOUR_STRIKES = java.util.Map.of(
      "general", "143", "hunger", "142", "national", "143", "nationwide", "143", "labour", "143",
      "labor", "143", "indefinite", "143", "open-ended", "143", "one-day", "143", "workers", "143");

  /** Verbs that ask their object to act: what the object is asked to do is not done. */
  private static final Set<String> ASKING = Set.of("urge", "ask", "call", "request",
      "encourage", "invite", "press", "persuade", "appeal", "implore", "beg", "auffordern",
      "bitten", "drängen", "ersuchen", "ermutigen", "aufrufen", "mahnen");

  /** Verbs whose clause of what is to be done ("demanded that ...") is asked for, not done. */
  private static final Set<String> DEMANDING = Set.of("demand", "insist", "urge", "ask",
      "request", "want", "call", "fordern", "verlangen", "wollen", "auffordern", "drängen",
      "bestehen", "mahnen");

  /**
   * Whether the verb is the infinitive of what a verb of asking asks its object to do, or the
   * clause of what a verb of demanding demands.
   */
  /**
   * Verbs whose complement is not done: a charge (accuse of), a threat (threaten to), a failure
   * (failed to agree).
   */
  private static final Set<String> UNDONE = Set.of("accuse", "blame", "charge", "threaten",
      "fail", "vorwerfen", "beschuldigen", "bezichtigen", "anklagen", "drohen", "androhen",
      "versäumen");

  /**
   * Whether the verb is what another verb charges someone with, threatens or failed to do
   * ("accused the RSF of looting homes and attacking hospitals", "threatened to impose
   * sanctions", "failed to agree on sanctions"): the charge (112), threat (13) or failure is the
   * event; the act is not done.
   */
  private static boolean alleged(Sentence s, List<Dependency> arcs, int head, String lang) {
    // "of", "for", "to", "zu", "dass" on the way up, or a German zu-infinitive
    boolean linked = lang.equals("de")
        && GermanMorphology.zuInfinitive(s.tokens().get(head - 1).word());
    int word = head;
    for (int level = 0; level < 5 && word > 0; level++) {
      for (Dependency d : arcs) {
        if (d.head() == word && (d.relation().equals("case") || d.relation().equals("mark"))
            && CHARGE_LINKS.contains(s.tokens().get(d.dependent() - 1).word()
            .toLowerCase(Locale.ROOT))) {
          linked = true;
        }
      }
      int up = 0;
      String rel = "";
      for (Dependency d : arcs) {
        if (d.dependent() == word) {
          up = d.head();
          rel = d.relation();
        }
      }
      // "accused the RSF of looting homes and attacking hospitals", the gerund parsed as
      // coordinated with the finite verb it belongs to
      boolean gerund = level == 0 && rel.equals("conj")
          && "VBG".equals(s.tokens().get(word - 1).tag());
      if (up > 0 && (linked || gerund) && verbIn(s, up, UNDONE, lang)) {
        return true;
      }
      word = up;
    }
    return false;
  }

  /** Words that join a charge or threat to what it is about: "accused of", "threatened to". */
  private static final Set<String> CHARGE_LINKS = Set.of("of", "for", "to", "zu", "dass",
      "that", "mit");

  private static boolean askedOf(Sentence s, List<Dependency> arcs, int head, String lang) {
    for (Dependency d : arcs) {
      if (d.dependent() != head || d.head() == 0) {
        continue;
      }
      Token governing = s.tokens().get(d.head() - 1);
      if (d.relation().equals("ccomp") && isOneOf(governing, DEMANDING, lang)) {
        return true; // "demanded that the government end the curbs", "will, dass die USA ..."
      }
      if (!d.relation().equals("xcomp") || !isOneOf(governing, ASKING, lang)) {
        continue;
      }
      for (Dependency o : arcs) {
        if (o.head() == d.head() && (o.relation().equals("obj") || o.relation().equals("iobj")
            || o.relation().equals("obl:arg") || o.relation().startsWith("obl")
            && Set.of("on", "upon").contains(String.valueOf(caseOf(s, o.dependent()))))) {
          return true; // "urged Iraq to", "called on Ukraine to stop"
        }
      }
    }
    return false;
  }

  /** Whether a verb is one of a set of lemmas: the English lemma, the German infinitives. */
  private static boolean isOneOf(Token verb, Set<String> lemmas, String lang) {
    return lang.equals("en") ? lemmas.contains(lemmaOf(verb))
        : GermanMorphology.verbLemmas(verb.word()).stream().anyMatch(lemmas::contains);
  }

  private static boolean hasObject(List<Dependency> arcs, int head) {
    for (Dependency d : arcs) {
      if (d.head() == head && d.relation().equals("obj")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasSubject(List<Dependency> arcs, int head) {
    for (Dependency d : arcs) {
      if (d.head() == head && d.relation().startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A person the knowledge base does not know, or knows in no role on the day, acts for whom
   * his office names ("British Defence Secretary Tom King" is GBRGOV): his mentions right after
   * such an office carry its actor, keeping his own id and name.
   */
  private static List<Named> withOffices(List<Named> names, String text) {
    List<Named> out = new ArrayList<>(names.size());
    for (Named n : names) {
      Entity e = n.entity();
      if (e.type() == EntityType.PERSON && actor(e) == null) {
        for (Named r : names) {
          Entity role = r.entity();
          int gap = n.mention().start() - r.mention().end();
          // An office ("cameo:" GBRGOV) may stand before a comma; an organisation's name only
          // right before ("Arab League Secretary-General Chedli Klibi").
          if (role.type() == EntityType.ORGANIZATION && actor(role) != null && gap >= 0
              && gap <= 2 && text.substring(r.mention().end(), n.mention().start())
              .matches(role.kb().id().startsWith("cameo:") ? "[ ,]*" : " ")) {
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
   * ("Montenegro Municipality Association" is MNE). Their ids and names stay.
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

  /** The id prefix of an actor read from an unknown organisation's name. */
  private static final String NAMED = "named:";

  /**
   * Whether two entities are one actor, which does nothing to itself; two organisations whose
   * actor only their names give are two ("Montenegro Municipality Association" and "Montenegro
   * Assembly", both MNE).
   */
  private static boolean sameActor(Entity a, Entity b) {
    return actor(a) != null && actor(a).equals(actor(b))
        && !a.kb().id().startsWith(NAMED) && !b.kb().id().startsWith(NAMED);
  }

  private static @Nullable String actor(Entity e) {
    return e.kb() == null ? null : e.kb().actor();
  }

  private static EventActor eventActor(Entity e) {
    return new EventActor(e.id(), actor(e), e.kb() == null ? null : e.kb().country(),
        e.kb() == null ? null : e.kb().org(), e.name());
  }

  /** The dictionary keys of a verb: its lemma; in German the infinitive, particle first. */
  static List<String> lemmas(Token t, @Nullable String particle, String lang) {
    String w = t.word().toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    if (lang.equals("en")) {
      String lemma = t.lemma() != null ? t.lemma().toLowerCase(Locale.ROOT) : w;
      out.add(lemma);
      return out;
    }
    List<String> infinitives = GermanVerbs.infinitives(w);
    for (String inf : infinitives) {
      out.add(particle != null ? particle + inf : inf);
    }
    if (particle != null) {
      out.addAll(infinitives);
    }
    return out;
  }

  /** Whether a pattern's words stand in the clause, before and after the verb, in order. */
  /**
   * Whether a pattern's words stand before and after the verb ({@code verb}, 0-based) within its
   * clause; in English each of them in the verb's own phrase ({@code own}, words numbered from 1),
   * not in a clause it governs ("said they will release them" is no release by the speaker).
   * German patterns may name words of the governed clause ("will, dass ... garantieren").
   */
  private static boolean matches(EventDictionary.Pattern p, List<Token> tokens, int verb,
      int[] clause, Set<Integer> own, String lang) {
    int from = clause[0] - 1;
    int to = clause[1] - 1;
    int at = verb - 1;
    for (int i = p.before().size() - 1; i >= 0; i--) {
      int found = -1;
      for (int j = at; j >= from; j--) {
        if (owned(own, j, lang) && wordMatches(p.before().get(i), tokens.get(j), lang)) {
          found = j;
          break;
        }
      }
      if (found < 0) {
        return false;
      }
      at = found - 1;
    }
    at = verb + 1;
    List<List<String>> after = p.after();
    for (int w = 0; w < after.size(); w++) {
      List<String> word = after.get(w);
      // A pattern that ends in "to" asks for a place or a person ("welcomed him to Paris"), not
      // an infinitive ("praised the efforts to improve").
      boolean preposition = w == after.size() - 1 && word.contains("to");
      int found = -1;
      // In English the words follow the verb closely, as in the dictionary's patterns: not
      // "closed its borders because of fighting" for "closed ... fighting".
      int limit = lang.equals("en") ? Math.min(to, at + (w == 0 ? FIRST_WORD_REACH
          : NEXT_WORD_REACH)) : to;
      for (int j = at; j <= limit; j++) {
        if (owned(own, j, lang) && wordMatches(word, tokens.get(j), lang)
            && !(preposition && "PART".equals(tokens.get(j).upos()))) {
          found = j;
          break;
        }
      }
      if (found < 0) {
        // German puts objects before the verb in subordinate clauses and the particle last:
        // look anywhere in the clause.
        if (lang.equals("de")) {
          for (int j = from; j <= to; j++) {
            if (j != verb && wordMatches(word, tokens.get(j), lang)) {
              found = j;
              break;
            }
          }
        }
        if (found < 0) {
          return false;
        }
        continue;
      }
      at = found + 1;
    }
    return true;
  }

  /**
   * The words (1-based) of the sentence's time expressions, with the preposition before one:
   * a date is never a pattern's word.
   */
  private static Set<Integer> timeWords(Document doc, Sentence s) {
    Set<Integer> out = new HashSet<>();
    List<Token> tokens = s.tokens();
    for (TimeValue t : doc.times()) {
      if (t.end() <= s.start() || t.start() >= s.end()) {
        continue;
      }
      for (int i = 0; i < tokens.size(); i++) {
        Token w = tokens.get(i);
        if (w.start() >= t.start() && w.end() <= t.end()) {
          out.add(i + 1);
          if (i > 0 && !out.contains(i) && "ADP".equals(tokens.get(i - 1).upos())) {
            out.add(i); // "on" in "on Tuesday"
          }
        }
      }
    }
    return out;
  }

  private static boolean owned(Set<Integer> own, int token, String lang) {
    return !lang.equals("en") || own.contains(token + 1);
  }

  /** How far after an English verb the first word of its pattern may stand, in words. */
  private static final int FIRST_WORD_REACH = 5;
  /** How far after one word of an English pattern the next may stand, in words. */
  private static final int NEXT_WORD_REACH = 3;

  static boolean wordMatches(List<String> alternatives, Token t, String lang) {
    String w = t.word().toLowerCase(Locale.ROOT);
    String lemma = t.lemma() == null ? w : t.lemma().toLowerCase(Locale.ROOT);
    for (String a : alternatives) {
      if (a.equals(w) || a.equals(lemma)) {
        return true;
      }
      if (lang.equals("de") && a.length() >= 5 && w.contains(a)) {
        return true;
      }
      if (lang.equals("en") && a.length() >= 4 && (w.equals(a + "s") || w.equals(a + "es"))) {
        return true;
      }
    }
    return false;
  }

  /** The actors under a word: its entity, and those coordinated with it. */
  private void collect(Sentence s, int word, List<Named> names, List<Entity> into) {
    collect(s, word, names, into, false);
  }

  /**
   * The actors under a word; with {@code ownersOnly}, a noun's actor is whose it is, never whom
   * it is directed at ("condemned Russia's build-up and aggressive rhetoric towards Ukraine":
   * Russia, not Ukraine).
   */
  private void collect(Sentence s, int word, List<Named> names, List<Entity> into,
      boolean ownersOnly) {
    Entity own = entityUnder(s, word, names, ownersOnly);
    if (own == null) {
      List<Entity> pair = theTwo(s, word, names);
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
        if (d.head() == word && d.relation().equals("appos")) {
          Entity e = entityUnder(s, d.dependent(), names);
          if (e != null && (e.type() != EntityType.LOCATION || dateline(s, word))) {
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
    for (int h : heads) {
      Entity e = entityUnder(s, h, names, ownersOnly);
      if (e != null && e.type() == EntityType.PERSON && actor(e) == null) {
        e = withRole(s, h, names, e);
      }
      if (e != null && !into.contains(e)) {
        into.add(e);
      }
      if (e != null) {
        addCoordinatedModifiers(s, h, e, names, into);
      }
    }
  }

  /**
   * The names coordinated with the one found under a noun: "relations with Congo and Costa
   * Rica", "the withdrawal of Russian and Belarusian troops".
   */
  private static void addCoordinatedModifiers(Sentence s, int word, Entity found,
      List<Named> names, List<Entity> into) {
    for (Dependency d : s.dependencies()) {
      if (d.head() != word || !(d.relation().startsWith("nmod") || d.relation().equals("amod"))
          || covering(names, s.tokens().get(d.dependent() - 1)) != found) {
        continue;
      }
      for (Dependency c : s.dependencies()) {
        if (c.head() == d.dependent() && c.relation().equals("conj")) {
          Entity other = covering(names, s.tokens().get(c.dependent() - 1));
          if (other != null && isActor(other) && !into.contains(other)) {
            into.add(other);
          }
        }
      }
    }
  }

  /**
   * A person the knowledge base does not know, with an apposition that names whom he acts for
   * ("Kenzo Oshima, the United Nations Emergency Relief Coordinator", "Salaheddine Sidhoum,
   * Algeria's leading human rights activist"): that actor, his own id and name kept.
   */
  private Entity withRole(Sentence s, int word, List<Named> names, Entity person) {
    for (Dependency d : s.dependencies()) {
      if (d.head() == word && d.relation().equals("appos")) {
        Entity role = entityUnder(s, d.dependent(), names);
        if (role != null && role != person && role.type() != EntityType.PERSON
            && actor(role) != null) {
          return actingFor(person, role);
        }
      }
    }
    return person;
  }

  /** A person as the events stage sees him: his id, name and mentions, the role's actor. */
  private static Entity actingFor(Entity person, Entity role) {
    return new Entity(person.id(), person.type(), person.name(), role.kb(), person.mentions());
  }

  /** Words that make a noun "the two": "die beiden Präsidenten", "the two leaders". */
  private static final Set<String> THE_TWO = Set.of("beiden", "beide", "both", "two", "zwei");
  /** Nouns of people who act for a state: "the two" of them are the last two persons named. */
  private static final List<String> LEADER_NOUNS = List.of("chef", "präsident", "führer",
      "politiker", "minister", "kanzler", "premier", "leader", "president", "minister",
      "counterpart", "amtskollege");
  /** Nouns of states: "the two" of them are the last two countries named. */
  private static final List<String> STATE_NOUNS = List.of("länder", "staaten", "nachbarn",
      "countries", "nations", "states", "neighbours", "neighbors");
  /** Nouns of parties to a conflict: "beide Seiten" are the last two actors joined by "und". */
  private static final List<String> SIDE_NOUNS = List.of("seiten", "parteien", "kriegsparteien",
      "konfliktparteien", "sides", "parties");

  /**
   * The two actors "the two" leaders or countries refer to: the last two persons (or countries)
   * named before the word; "both sides", the last two actors joined by "and" before the
   * sentence; or none where the text has not named two.
   */
  private static List<Entity> theTwo(Sentence s, int word, List<Named> names) {
    Token t = s.tokens().get(word - 1);
    boolean two = false;
    for (Dependency d : s.dependencies()) {
      if (d.head() == word && THE_TWO.contains(
          s.tokens().get(d.dependent() - 1).word().toLowerCase(Locale.ROOT))) {
        two = true;
      }
    }
    // "die beiden Staats- und Regierungschefs": the noun or one coordinated with it
    List<String> nouns = new ArrayList<>(List.of(t.word().toLowerCase(Locale.ROOT)));
    for (Dependency d : s.dependencies()) {
      if (d.head() == word && d.relation().equals("conj")) {
        nouns.add(s.tokens().get(d.dependent() - 1).word().toLowerCase(Locale.ROOT));
      }
    }
    boolean leaders = nouns.stream().anyMatch(n -> LEADER_NOUNS.stream().anyMatch(n::contains));
    boolean states = nouns.stream().anyMatch(STATE_NOUNS::contains);
    boolean sides = nouns.stream().anyMatch(SIDE_NOUNS::contains);
    if (!two || !leaders && !states && !sides) {
      return List.of();
    }
    // "Peskow sagte, die beiden Staats- und Regierungschefs würden ...": the speaker who reports
    // on the two is not one of them.
    Set<Entity> speakers = new HashSet<>();
    int up = word;
    for (int guard = 0; guard < s.tokens().size() && up > 0; guard++) {
      int head = 0;
      for (Dependency d : s.dependencies()) {
        if (d.dependent() == up) {
          head = d.head();
        }
      }
      if (head > 0 && QuoteStage.isSpeech(s.tokens().get(head - 1), s)) {
        for (Dependency d : s.dependencies()) {
          if (d.head() == head && d.relation().startsWith("nsubj")) {
            Entity speaker = covering(names, s.tokens().get(d.dependent() - 1));
            if (speaker != null) {
              speakers.add(speaker);
            }
          }
        }
      }
      up = head;
    }
    if (sides) {
      // Sides were named before the sentence that speaks of them ("Der katarische
      // Regierungschef kritisierte beide Seiten": not Qatar), as the last two actors joined by
      // "und", "and" ("zwischen Israel und der Hamas"), two different actors.
      String text = TEXT.get();
      for (int i = names.size() - 1; i > 0 && text != null; i--) {
        Named b = names.get(i);
        Named a = names.get(i - 1);
        if (b.mention().end() > s.start() || a.mention().end() > b.mention().start()
            || actor(a.entity()) == null
            || actor(b.entity()) == null || actor(a.entity()).equals(actor(b.entity()))) {
          continue;
        }
        String between = text.substring(a.mention().end(), b.mention().start());
        if (between.matches("\\s*(und|and|sowie)\\s+(\\p{Ll}+\\s+){0,3}")) {
          return List.of(a.entity(), b.entity());
        }
      }
      return List.of();
    }
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

  /** The entity a word or its noun phrase names: the word's own mention, else a modifier's. */
  private @Nullable Entity entityUnder(Sentence s, int word, List<Named> names) {
    return entityUnder(s, word, names, false);
  }

  private @Nullable Entity entityUnder(Sentence s, int word, List<Named> names,
      boolean ownersOnly) {
    Token t = s.tokens().get(word - 1);
    Entity own = covering(names, t);
    if (own != null && isActor(own)) {
      return own;
    }
    if (PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
      // The nearest actor before the pronoun in its sentence ("Die Führer der G-7 gaben eine
      // Erklärung ab, in der sie ... verurteilten"), else the last person before it.
      Named inSentence = null;
      Named person = null;
      for (Named n : names) {
        if (n.mention().end() <= t.start()) {
          if (n.mention().start() >= s.start() && isActor(n.entity())
              && (n.entity().type() != EntityType.LOCATION || isCountry(n.entity()))) {
            inSentence = n; // "Japan said it had halted aid": a country acts, a city does not
          }
          if (n.entity().type() == EntityType.PERSON) {
            person = n;
          }
        }
      }
      if (t.word().equalsIgnoreCase("it")) {
        // "Japan said it had halted aid": "it" is a country or an organisation named before it
        // in its sentence, never a person.
        return inSentence == null || inSentence.entity().type() == EntityType.PERSON ? null
            : inSentence.entity();
      }
      Named pick = inSentence != null ? inSentence : person;
      return pick == null ? null : pick.entity();
    }
    // "die Führer der G-7": the name under the noun; "Leaders of the Azadliq opposition
    // coalition": the name under the noun under it.
    for (Dependency d : s.dependencies()) {
      if (d.head() == word && (d.relation().startsWith("nmod") || d.relation().equals("flat")
          || d.relation().equals("compound") || d.relation().equals("appos")
          || d.relation().equals("amod"))) {
        if (ownersOnly && d.relation().startsWith("nmod")
            && TOWARDS.contains(String.valueOf(caseOf(s, d.dependent())))) {
          continue; // "rhetoric towards Ukraine" is not Ukraine's
        }
        Entity e = covering(names, s.tokens().get(d.dependent() - 1));
        if (e != null && e.type() == EntityType.LOCATION && !isCountry(e)
            && d.relation().startsWith("nmod") && isMeeting(t.word())
            && VENUE_CASES.contains(String.valueOf(caseOf(s, d.dependent())))) {
          continue; // "die Verhandlungen in Brüssel", "talks in Geneva": a venue, not a party
        }
        if (e != null && isActor(e)) {
          return e;
        }
        if (d.relation().startsWith("nmod")) {
          for (Dependency g : s.dependencies()) {
            if (g.head() == d.dependent() && (g.relation().startsWith("nmod")
                || g.relation().equals("compound") || g.relation().equals("flat")
                || g.relation().equals("amod"))) {
              Entity inner = covering(names, s.tokens().get(g.dependent() - 1));
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

  /** A name that can act: any but a miscellaneous one, unless that carries an actor code. */
  static boolean isActor(Entity e) {
    return e.type() != EntityType.MISC || actor(e) != null;
  }

  /** Agents that use force outside a state's forces: rebels, militias, crowds, civilians. */
  private static final Set<String> IRREGULAR = Set.of("REB", "UAF", "INS", "SEP", "CVL", "OPP");

  private static boolean irregular(Entity e) {
    String a = actor(e);
    return a != null && a.length() >= 6 && IRREGULAR.contains(a.substring(3, 6))
        || e.kb() != null && e.kb().label() != null && e.kb().label().endsWith(" (people)");
  }

  /** The source's country as an actor: its entity if the text names it, else its code. */
  private static @Nullable EventActor homeCountry(Entity src, List<Named> names) {
    String country = src.kb() == null ? null : src.kb().country();
    if (country == null) {
      return null;
    }
    for (Named n : names) {
      if (isCountry(n.entity()) && country.equals(n.entity().kb().country())) {
        return eventActor(n.entity());
      }
    }
    return new EventActor(null, country, country, null, country);
  }

  private static boolean isCountry(Entity e) {
    return e.kb() != null && e.kb().id().startsWith("geonames-country:");
  }

  private static @Nullable Entity covering(List<Named> names, Token t) {
    Named best = null;
    for (Named n : names) {
      if (n.mention().start() <= t.start() && t.end() <= n.mention().end()) {
        if (best == null || n.entity().type() == EntityType.PERSON
            && best.entity().type() != EntityType.PERSON) {
          best = n;
        }
      }
    }
    return best == null ? null : best.entity();
  }

  private static @Nullable String caseOf(Sentence s, int word) {
    for (Dependency d : s.dependencies()) {
      if (d.head() == word && d.relation().equals("case")) {
        return s.tokens().get(d.dependent() - 1).word().toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  private static boolean negated(Sentence s, int head) {
    for (Dependency d : s.dependencies()) {
      if (d.head() == head && (d.relation().equals("advmod") || d.relation().equals("det")
          || d.relation().startsWith("neg"))) {
        if (NEGATIONS.contains(s.tokens().get(d.dependent() - 1).word().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      if (d.head() == head && (d.relation().equals("obj") || d.relation().equals("iobj"))
          && NOBODY.contains(s.tokens().get(d.dependent() - 1).word().toLowerCase(Locale.ROOT))) {
        return true; // "Russland bedrohe niemanden"
      }
      if (d.head() == head && d.relation().equals("obj")) {
        for (Dependency e : s.dependencies()) {
          if (e.head() == d.dependent() && e.relation().equals("det") && NEGATIONS.contains(
              s.tokens().get(e.dependent() - 1).word().toLowerCase(Locale.ROOT))) {
            return true; // "keine Einigung erzielen"
          }
        }
      }
    }
    return false;
  }

  /** Auxiliaries of the future and of intention on the event's own verb. */
  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "would", "wird",
      "werden", "werde");

  /** Verbs of arriving and travelling, whose destination is the place visited. */
  private static final Set<String> ARRIVING = Set.of("arrive", "travel", "fly", "come", "go",
      "land", "reisen", "fliegen", "eintreffen", "ankommen", "kommen", "landen");
  private static final Set<String> ARRIVAL_CASES = Set.of("in", "nach");

  private static String lemmaOf(Token t) {
    return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
  }

  /** Auxiliaries of obligation: what must be done is not done. */
  private static final Set<String> OBLIGATION_AUX = Set.of("must", "should", "muss", "müssen",
      "müsse", "müssten", "musste", "mussten");

  /** German "dürfen": with a negation a prohibition ("darf nicht"), a demand, not an act. */
  private static final Set<String> PERMISSION_AUX = Set.of("darf", "dürfe", "dürfen", "dürften",
      "durfte", "durften");

  private static boolean hasAux(Sentence s, List<Dependency> arcs, int head, Set<String> words) {
    return hasChild(s, arcs, head, "aux", words);
  }

  private static boolean hasMark(Sentence s, List<Dependency> arcs, int head, Set<String> marks) {
    return hasChild(s, arcs, head, "mark", marks);
  }

  /** Whether the word has a dependent of the relation (or its subtypes) among the words. */
  private static boolean hasChild(Sentence s, List<Dependency> arcs, int head, String relation,
      Set<String> words) {
    for (Dependency d : arcs) {
      if (d.head() == head && d.relation().startsWith(relation) && words.contains(
          s.tokens().get(d.dependent() - 1).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a verb governs a clause of obligation: "said that Sudan must return ...". */
  private static boolean obligesClause(Sentence s, List<Dependency> arcs, int head) {
    for (Dependency d : arcs) {
      // a clause with its own modal, which the parser may label xcomp ("sagte, Israel müsse")
      if (d.head() == head && (d.relation().equals("ccomp") || d.relation().equals("xcomp"))
          && hasAux(s, arcs, d.dependent(), OBLIGATION_AUX)) {
        return true;
      }
    }
    return false;
  }

  /** Verbs of agreeing, which with a clause of what is agreed to express an intent (030). */
  private static final Set<String> AGREEING = Set.of("agree", "consent", "concur");

  private static boolean agreesTo(Sentence s, Token verb, List<Dependency> arcs, int head,
      String lang) {
    if (!lang.equals("en") || !AGREEING.contains(verb.lemma() == null ? ""
        : verb.lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (Dependency d : arcs) {
      if (d.head() == head && (d.relation().equals("xcomp") || d.relation().equals("ccomp"))) {
        return true;
      }
      // "agreed to a six-month extension": what is agreed to is still to be done
      if (d.head() == head && d.relation().startsWith("obl")
          && "to".equals(caseOf(s, d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the event's act is only intended: its verb is in the future ("will release", "wird
   * liefern") or the infinitive of a verb of intending ("agreed to resume talks").
   */
  private static boolean intendedClause(Sentence s, List<Dependency> arcs, int head) {
    return intendedClause(s, arcs, head, 0);
  }

  private static boolean intendedClause(Sentence s, List<Dependency> arcs, int head, int depth) {
    if (hasAux(s, arcs, head, FUTURE_AUX)) {
      return true;
    }
    for (Dependency d : arcs) {
      // "agreed to resume talks", "promised to support Somalia", "is willing to send material
      // to help defend": what is agreed or promised is intended, not done, down a chain of
      // infinitives.
      if (d.dependent() == head && d.relation().equals("xcomp")) {
        String lemma = s.tokens().get(d.head() - 1).lemma();
        if (lemma != null && INTENDING.contains(lemma.toLowerCase(Locale.ROOT))
            || !"en".equals(s.language()) && verbIn(s, d.head(), INTENDING_DE, "de")
            || depth < 2 && intendedClause(s, arcs, d.head(), depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Verbs whose infinitive is an intended act: to agree, promise, plan to do something. */
  private static final Set<String> INTENDING = Set.of("agree", "promise", "pledge", "vow",
      "plan", "intend", "decide", "offer", "prepare", "undertake", "commit", "consent", "hope",
      "seek", "aim", "willing", "ready", "prepared", "eager", "determined", "bereit");

  /**
   * German verbs whose zu-infinitive is an intended act ("kündigten an, Niger zu verteidigen",
   * "versprach, ... zu liefern"); German words have no lemma from the tagger.
   */
  private static final Set<String> INTENDING_DE = Set.of("ankündigen", "versprechen",
      "zusagen", "zusichern", "planen", "beabsichtigen", "vereinbaren", "beschließen",
      "anbieten", "vorhaben", "erwägen", "zustimmen", "bereiterklären");

  /**
   * CAMEO codes a promised act of cooperation as an intent (03): to meet (036), to give
   * diplomatic (032) or material cooperation (031), aid (033), to yield (035; a release 0353,
   * a de-escalation 0356); and an announced act of coercion as a threat (13). Other roots keep
   * their code.
   */
  static String intentCode(String code) {
    String root = code.substring(0, 2);
    return switch (root) {
      case "04" -> "036";
      case "05" -> "032";
      case "06" -> "031";
      case "07" -> "033";
      case "08" -> code.startsWith("084") ? "0353" : code.startsWith("087") ? "0356"
          : code.startsWith("081") ? "0351" : "035";
      // A coercive act announced for later is a threat (13): to protest (133), to cut
      // relations, aid or talks, or to impose sanctions (131x, 134-136), to punish (132, 137),
      // to use force (138).
      case "14" -> "133";
      case "16" -> code.startsWith("161") ? "1313" : code.startsWith("162") ? "1311"
          : code.startsWith("163") ? "1312" : code.startsWith("164") ? "134"
          : code.startsWith("165") ? "135" : code.startsWith("166") ? "136" : "131";
      case "17" -> code.startsWith("172") || code.startsWith("173") || code.startsWith("174")
          ? "132" : code.startsWith("175") ? "137" : "130";
      case "18", "19", "20" -> "138";
      default -> code;
    };
  }

  /**
   * The modality of the verb at word k (0-based): a question; hypothetical where its clause, or
   * a verb it hangs on, is conditional ("wenn", "if", "unless": marking the clause or a clause
   * it governs); intended where it, or a verb it hangs on, has an auxiliary of the future or of
   * intention ("will", "würde", "werden") or hangs on a verb of planning ("plant", "plans"); else
   * asserted. Only the verb's own clause counts: "widersprach, mit der Begründung, dass ein
   * solcher Schritt eine Bedrohung darstellen würde" is asserted.
   */
  private static String modality(Sentence s, int k, String text) {
    String sentence = text.substring(s.start(), s.end()).strip();
    if (sentence.endsWith("?")) {
      return "question";
    }
    List<Dependency> arcs = s.dependencies();
    Set<String> intention = "en".equals(s.language()) ? INTENTION_EN : INTENTION_DE;
    // The verb and the verbs it hangs on as a complement or coordinate ("will ... discuss and
    // describe"), up to the clause's own root.
    List<Integer> chain = new ArrayList<>(List.of(k + 1));
    for (int level = 0; level < 3; level++) {
      int at = chain.get(chain.size() - 1);
      int up = 0;
      for (Dependency d : arcs) {
        if (d.dependent() == at && (d.relation().equals("xcomp") || d.relation().equals("conj"))) {
          up = d.head();
        }
      }
      if (up == 0) {
        break;
      }
      chain.add(up);
    }
    boolean hypothetical = false;
    boolean intended = false;
    for (int v : chain) {
      if (v != k + 1 && intention.contains(s.tokens().get(v - 1).word().toLowerCase(Locale.ROOT))) {
        intended = true; // "plant, ... zu verhängen", "plans to"
      }
      for (Dependency d : arcs) {
        if (d.head() != v) {
          continue;
        }
        String w = s.tokens().get(d.dependent() - 1).word().toLowerCase(Locale.ROOT);
        if (d.relation().equals("mark") && CONDITION.contains(w) || d.relation().equals("advcl")
            && hasChild(s, arcs, d.dependent(), "mark", CONDITION)) {
          hypothetical = true;
        }
        if (d.relation().startsWith("aux") && intention.contains(w)) {
          intended = true;
        }
      }
    }
    return hypothetical ? "hypothetical" : intended ? "intended" : "asserted";
  }

  private static @Nullable Quote quoteAround(Document doc, Token t) {
    for (Quote q : doc.quotes()) {
      if (q.start() <= t.start() && t.end() <= q.end()) {
        return q;
      }
    }
    return null;
  }

  /** An event's date and where it comes from: {@code text} or {@code published}. */
  private record Dated(@Nullable String date, @Nullable String source) {}

  private static Dated dated(Document doc, Sentence s, List<Dependency> arcs, int head) {
    String date = clauseDate(doc, s, arcs, head);
    if (date != null) {
      return new Dated(date, "text");
    }
    java.time.LocalDate day = doc.publishedDay();
    return day == null ? new Dated(null, null) : new Dated(day.toString(), "published");
  }

  /**
   * The date of the time expression that governs a verb's clause: one in the verb's own phrase,
   * else in the phrase of the verb that governs it (a relative, complement or adverbial clause
   * takes the time of its main clause: "gaben am Sonntag eine Erklärung ab, in der sie ...
   * verurteilten"), up to three levels; coordinated clauses keep their own. Null if none.
   */
  private static @Nullable String clauseDate(Document doc, Sentence s, List<Dependency> arcs,
      int head) {
    int node = head;
    for (int level = 0; level < 4 && node > 0; level++) {
      int[] range = Parses.span(arcs, node, true);
      int from = s.tokens().get(range[0] - 1).start();
      int to = s.tokens().get(range[1] - 1).end();
      for (TimeValue t : doc.times()) {
        if ((t.type().equals("DATE") || t.type().equals("TIME")) && t.start() >= from
            && t.end() <= to) {
          String v = t.value();
          return v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-'
              ? v.substring(0, 10) : v;
        }
      }
      int up = 0;
      for (Dependency d : arcs) {
        if (d.dependent() == node) {
          String rel = d.relation();
          if (!rel.equals("conj") && !rel.equals("parataxis") && !rel.equals("root")) {
            up = d.head();
          }
        }
      }
      // A relative clause hangs from a noun: climb on to that noun's verb.
      while (up > 0 && !isVerb(s, up)) {
        int next = 0;
        for (Dependency d : arcs) {
          if (d.dependent() == up) {
            next = d.head();
          }
        }
        up = next;
      }
      node = up;
    }
    return null;
  }

  /** Cases of what a complaint is about: "complained over the raids", "protestierte wegen". */
  private static final Set<String> COMPLAINED_OF = Set.of("over", "about", "wegen", "über");
  /** Cases of whom a complaint is made to. */
  private static final Set<String> ADDRESSED = Set.of("to", "an", "bei", "with");

  /** Whether an entity is named in an oblique of the verb that says whom it is addressed to. */
  private static boolean addressedTo(Sentence s, Entity e, List<Dependency> arcs, int head) {
    for (Dependency d : arcs) {
      if (d.head() != head || !d.relation().startsWith("obl")
          || !ADDRESSED.contains(String.valueOf(caseOf(s, d.dependent())))) {
        continue;
      }
      int[] span = Parses.span(arcs, d.dependent(), true);
      int from = s.tokens().get(span[0] - 1).start();
      int to = s.tokens().get(span[1] - 1).end();
      if (e.mentions().stream().anyMatch(m -> m.start() >= from && m.end() <= to)) {
        return true;
      }
    }
    return false;
  }

  /** Plain force and violence, which the weapon used makes more precise. */
  private static final Set<String> FORCE_BY_WEAPON = Set.of("180", "183", "190", "193");
  /** Words for aircraft (195, aerial weapons), as a word or the end of a German compound. */
  private static final List<String> AIRCRAFT = List.of("aircraft", "plane", "planes",
      "warplane", "warplanes", "jet", "jets", "helicopter", "helicopters", "gunship", "gunships",
      "bomber", "bombers", "drone", "drones", "flugzeug", "flugzeuge", "hubschrauber",
      "drohne", "drohnen", "kampfjet", "kampfjets", "luftwaffe");
  /** Words for tanks and artillery (194). */
  private static final List<String> ARTILLERY = List.of("tank", "tanks", "artillery",
      "howitzer", "howitzers", "panzer", "artillerie", "haubitze", "haubitzen");

  /**
   * The code the weapon of a force's subject or instrument gives: aircraft 195 ("Russian
   * aircraft killed 46 civilians"), tanks and artillery 194 ("Israeli tanks fired"), else
   * null. What is attacked ("shot down a helicopter") does not count.
   */
  private static @Nullable String weaponCode(Sentence s, List<Integer> heads) {
    for (Dependency d : s.dependencies()) {
      if (!heads.contains(d.head()) || !(d.relation().equals("nsubj")
          || d.relation().startsWith("obl") && Set.of("with", "mit", "by", "using")
          .contains(String.valueOf(caseOf(s, d.dependent()))))) {
        continue;
      }
      for (int w : Parses.phrase(s.dependencies(), d.dependent())) {
        String word = s.tokens().get(w - 1).word().toLowerCase(Locale.ROOT);
        if (AIRCRAFT.stream().anyMatch(word::endsWith)) {
          return "195";
        }
        if (ARTILLERY.stream().anyMatch(word::endsWith)) {
          return "194";
        }
      }
    }
    return null;
  }

  /** Verbs that end or refuse what their object names: no meeting is held in "cancel talks". */
  private static final Set<String> STOPPING = Set.of("end", "halt", "suspend", "cancel",
      "abandon", "postpone", "delay", "stop", "freeze", "refuse", "reject", "call off",
      "break off", "beenden", "abbrechen", "aussetzen", "absagen", "ablehnen", "verschieben",
      "stoppen", "einfrieren", "verweigern", "unterbrechen");

  /**
   * Whether the verb at a word (1-based), with its separated particle ("warf ... vor" is
   * vorwerfen, "called off" is "call off"), is one of a set of lemmas.
   */
  private static boolean verbIn(Sentence s, int verb, Set<String> lemmas, String lang) {
    String particle = null;
    for (Dependency d : s.dependencies()) {
      if (d.head() == verb && d.relation().equals("compound:prt")) {
        particle = s.tokens().get(d.dependent() - 1).word().toLowerCase(Locale.ROOT);
      }
    }
    Token t = s.tokens().get(verb - 1);
    if (lang.equals("en")) {
      String lemma = (t.lemma() != null ? t.lemma() : t.word()).toLowerCase(Locale.ROOT);
      return lemmas.contains(lemma) || particle != null && lemmas.contains(lemma + " " + particle);
    }
    for (String l : lemmas(t, particle, lang)) {
      if (lemmas.contains(l)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVerb(Sentence s, int word) {
    String u = s.tokens().get(word - 1).upos();
    return "VERB".equals(u) || "AUX".equals(u);
  }

  /** A place named in the clause with "in", "bei", "at": its name. */
  private static @Nullable String place(Sentence s, int head, List<Named> names) {
    Entity e = placeEntity(s, head, names);
    return e == null ? null : e.name();
  }

  /** The place of the clause: a location after in, at, bei, im. */
  private static @Nullable Entity placeEntity(Sentence s, int head, List<Named> names) {
    List<Dependency> arcs = s.dependencies();
    for (Dependency d : arcs) {
      if (d.head() == head && d.relation().startsWith("obl")) {
        Entity e = placeUnder(s, d.dependent(), names);
        if (e != null) {
          return e;
        }
      }
    }
    // "griff Ziele im Süden des Libanon an": a place the parser hung on another word of the
    // verb's own clause.
    int[] span = Parses.span(arcs, head, true);
    for (Dependency d : arcs) {
      if (d.relation().startsWith("nmod") && d.dependent() >= span[0]
          && d.dependent() <= span[1]) {
        Entity e = placeUnder(s, d.dependent(), names);
        if (e != null) {
          return e;
        }
      }
    }
    return null;
  }

  /** Words for the part of a place: "im Süden des Libanon", "in the north of Mali". */
  private static final Set<String> PARTS = Set.of("süden", "norden", "osten", "westen",
      "südosten", "südwesten", "nordosten", "nordwesten", "zentrum", "grenzgebiet", "south",
      "north", "east", "west", "southeast", "southwest", "northeast", "northwest", "centre",
      "center");

  /**
   * The place a phrase with "in", "bei", "at" names: itself ("in Kirkuk"), the name it
   * introduces ("in the northern city of Kirkuk", "in der Stadt Cizre"), or the place a part
   * of it belongs to ("im Süden des Libanon"); else null.
   */
  private static @Nullable Entity placeUnder(Sentence s, int word, List<Named> names) {
    String c = caseOf(s, word);
    if (c == null || !PLACE_CASES.contains(c)) {
      return null;
    }
    Entity e = covering(names, s.tokens().get(word - 1));
    if (e != null) {
      return e.type() == EntityType.LOCATION ? e : null;
    }
    boolean part = PARTS.contains(s.tokens().get(word - 1).word().toLowerCase(Locale.ROOT));
    for (Dependency n : s.dependencies()) {
      if (n.head() != word) {
        continue;
      }
      String of = caseOf(s, n.dependent());
      if (n.relation().startsWith("nmod") && ("of".equals(of) || part && (of == null
          || "von".equals(of))) || n.relation().equals("appos")
          || n.relation().equals("flat")) {
        Entity named = covering(names, s.tokens().get(n.dependent() - 1));
        if (named != null && named.type() == EntityType.LOCATION) {
          return named;
        }
      }
    }
    return null;
  }



}
