package org.herald.coding.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herald.coding.Parses;
import org.herald.core.model.Dependency;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.Event;
import org.herald.core.model.EventActor;
import org.herald.core.model.Quote;
import org.herald.core.model.Sentence;
import org.herald.core.model.Span;
import org.herald.core.model.Token;
import org.herald.core.model.Trigger;
import org.herald.kb.EventDictionary;
import org.jspecify.annotations.Nullable;

/**
 * Events that verbs carry: the predicate (its lemma; in German the infinitive with its separable
 * particle, "hielten ... ab" is abhalten) is looked up in the event dictionary and the most
 * specific pattern whose words stand in the clause gives the code ({@link Patterns}); its roles
 * come from the parse ({@link VerbRoles}); what is only alleged, asked for or obliged is left
 * out, and negation, intention and attribution are recorded ({@link Modality}). Coordination
 * gives one event per actor. Thread-safe.
 */
final class VerbEvents {
  private final EventDictionary dictionary;

  VerbEvents(EventDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** The events of the verb at word k (0-based). */
  List<Event> code(Context c, int k) {
    Sentence s = c.s();
    List<Token> tokens = c.tokens();
    List<Dependency> arcs = c.arcs();
    Grammar g = c.grammar();
    Lexicon w = c.words();
    int head = k + 1;
    String particle = particle(c, k);
    List<EventDictionary.Pattern> patterns = new ArrayList<>();
    for (String verb : g.verbKeys(tokens.get(k), particle)) {
      patterns.addAll(dictionary.patterns(c.lang(), verb));
    }
    int complement = Arcs.openComplement(arcs, head);
    if (patterns.isEmpty() || g.verbIn(tokens.get(k), particle, "opinion")
        && (!(complement > 0 && Arcs.isVerb(c.s(), complement))
        || Modality.negated(c.s(), head, c.words()))) {
      // "thinks", "hopes for peace": no act (CODEBOOK.md); but "wants to attack Switzerland"
      // threatens and "wants Putin to attack" asks, as CAMEO's patterns have it ("do not want
      // to send the army into Hong Kong" neither threatens nor asks)
      return List.of();
    }
    if (w.has("adjective-participles", tokens.get(k).word()) && hasAdverb(arcs, tokens, head)) {
      // "maximal geschickt instrumentalisiert": skilfully, no sending; a participle that is also
      // an adjective, graded by an adverb
      return List.of();
    }
    // A participle or infinitive under "haben", "sein", "werden", a modal, or a coordinated
    // verb takes its subject and objects from there too ("Die USA haben einen Boykott
    // angekündigt", "Putin nannte Xi ... und sagte").
    int governor = Arcs.headBy(arcs, head, "xcomp", "conj");
    int[] clause = Parses.span(arcs, head, true);
    Set<Integer> own = new HashSet<>(Parses.phrase(arcs, head));
    if (governor > 0 && !Arcs.hasSubject(arcs, head)) {
      int[] outer = Parses.span(arcs, governor, true);
      clause = new int[] {Math.min(clause[0], outer[0]), Math.max(clause[1], outer[1])};
      own.addAll(Parses.phrase(arcs, governor));
    }
    for (Dependency d : arcs) {
      if (d.head() == head && d.relation().equals("advcl")) {
        for (Dependency m : arcs) {
          if (m.head() == d.dependent() && m.dependent() == head + 1
              && m.relation().equals("mark")) {
            own.add(m.dependent()); // "called on the government to withdraw", parsed with "on"
            clause[1] = Math.max(clause[1], m.dependent()); // marking the infinitive: "call on"
          }
        }
      }
    }
    own.removeAll(c.dates()); // "telephoned Kozyrev on Tuesday" is no "call on"
    EventDictionary.Pattern best = null;
    for (EventDictionary.Pattern p : patterns) {
      if (Patterns.matches(p, tokens, k, clause, own, g)
          && (best == null || p.weight() > best.weight())) {
        best = p;
      }
    }
    String disapproval = g.verbIn(tokens.get(k), particle, "naming")
        ? VerbObjects.namedDisapproval(c, head) : null;
    if (disapproval != null) {
      // "called the about-face 'heartbreaking'", "nannte die Entscheidung unverantwortlich",
      // "bezeichnete den Plan als Skandal": criticism or an accusation, whatever pattern matched
      best = new EventDictionary.Pattern(c.lang(), Arcs.lemmaOf(tokens.get(k)), disapproval,
          List.of(), List.of());
    }
    if ((best == null || !best.code().startsWith("01")) && g.verbIn(tokens.get(k), particle,
        "denying") && Modality.deniesOwnAct(c.s(), arcs, head, w)) {
      // "denied that he had taken bribes", "bestritt, Geld angenommen zu haben": a denial of
      // one's own act (016), whatever pattern the verb's other senses matched
      best = new EventDictionary.Pattern(c.lang(), Arcs.lemmaOf(tokens.get(k)), "016",
          List.of(), List.of());
    }
    if (best == null || best.code().equals(EventDictionary.DISCARD)) {
      return List.of(); // no pattern, or a discard: "killed in a car crash", "took office"
    }
    if (g.verbIn(tokens.get(k), particle, "naming") && complement > 0
        && Arcs.isNominal(s, complement) && VerbObjects.namedDisapproval(c, head) == null) {
      return List.of(); // "called the decision a landmark judgment": a description, no appeal
    }
    if (Modality.alleged(s, arcs, head, g)) {
      return List.of(); // "accused the RSF of attacking hospitals": the charge, not an attack
    }
    if (Modality.denied(s, arcs, head, g)) {
      return List.of(); // "denied that he had urged Ukraine": denied, not done
    }
    if (Modality.askedOf(s, arcs, head, g)) {
      return List.of(); // "urged Washington to withdraw its troops": asked for, not done
    }
    if (Modality.needed(s, arcs, head, g) || Modality.wishedFor(s, arcs, head, w)) {
      // "Ukraine needed to investigate Burisma", "for Damascus to allow the U.N.": not done
      return List.of();
    }
    int continued = Arcs.headBy(arcs, head, "xcomp");
    if (obliged(s, arcs, head, w)
        || continued > 0 && !Arcs.hasSubject(arcs, head) && obliged(s, arcs, continued, w)
        || Arcs.hasAux(s, arcs, head, w.set("permission-aux")) && Modality.negated(s, head, w)) {
      // "Sudan must return the helicopter", "Russland sollte abziehen", "should continue to
      // take precautions", "Washington dürfe der Ukraine nicht erlauben": asked for, advised or
      // forbidden, not done
      return List.of();
    }
    Quote quote = Modality.quoteAround(c.doc(), tokens.get(k));
    if (quote == null && Modality.toTheReader(s, arcs, head, w)) {
      // "Überprüfen Sie Ihr Wissen", "steht die Polizei vor der Tür und verhaftet dich": an
      // imperative or a generic "you", no act anyone did
      return List.of();
    }
    if (g.verbIn(tokens.get(k), particle, "asking") && Questions.asksAQuestion(s, arcs, head, w)
        || Questions.asksForNothing(s, arcs, head, g)) {
      // "asked how the BRT will cross 46 intersections", "Harris asked Scott.": a question
      return List.of();
    }
    if (Questions.insideAQuestion(s, arcs, head, g)) {
      return List.of(); // "Asked why he chose to support Scott": asked about, not done
    }
    if (Roots.of(best.code()).equals("14") && best.weight() == 0
        && g.verbIn(tokens.get(k), particle, "showing")
        && (Arcs.hasObject(arcs, head) || Arcs.hasClause(arcs, head))) {
      // "seine Streitmacht demonstrieren", "demonstrate that he was still ready to play":
      // showing something, no protest
      return List.of();
    }
    VerbRoles roles = VerbRoles.of(c, head, governor, best.code());
    if (roles.sources.isEmpty() || Contests.match(c, k, particle, roles)) {
      return List.of(); // no one acts, or "Wales beat Hungary 2-0": a match
    }
    if (g.verbIn(tokens.get(k), particle, "fighting") && VerbObjects.foughtThing(c, head)) {
      return List.of(); // "is battling extradition", "bekämpft die Korruption": no force
    }
    if (g.verbIn(tokens.get(k), particle, "opinion")
        && roles.sources.stream().allMatch(ActorKinds::publicAtLarge)) {
      return List.of(); // "most Americans want Congress to investigate": a poll, not an appeal
    }
    String code = refined(c, k, best, roles);
    if ((Roots.of(code).equals("04") || code.startsWith("036")) && !roles.targets.isEmpty()
        && roles.targets.stream().allMatch(e -> e.type() == EntityType.LOCATION)
        && VerbObjects.carried(c, head, roles.targets)) {
      return List.of(); // "offered to fly the cat to Portland": a thing taken there, no visit
    }
    String attack = roles.attack == 0 ? null
        : dictionary.noun(c.lang(), tokens.get(roles.attack - 1).word());
    if (attack != null && Roots.VIOLENT.contains(Roots.of(attack))) {
      code = attack; // deaths in an air strike are the air strike (CODEBOOK.md), 195
    }
    boolean negated = Modality.negated(s, head, w);
    // A verb whose bare sense is mostly not political ("took a shower", "gave voters a
    // demonstration") codes with confidence only through a pattern's words.
    double confidence = best.weight() == 0 && g.verbIn(tokens.get(k), particle, "weak-verbs")
        ? EventFilter.DOUBTFUL : 0.6 + Math.min(0.3, 0.1 * best.weight());
    if (Modality.undoneInfinitive(s, arcs, head, w)
        || Modality.describedByPastAct(s, arcs, head, w)) {
      confidence = EventFilter.DOUBTFUL; // "training the forces to fight", "never intended to";
                                         // "the only two states to have signed treaties"
    }
    if (negated && g.verbIn(tokens.get(k), particle, "planning")) {
      return List.of(); // "never intended to harm Omar": no plan, and no refusal either
    }
    if (negated && Roots.REFUSABLE.contains(Roots.of(code))) {
      code = "120"; // "würde eine solche Forderung nicht akzeptieren" is a rejection
      negated = false;
      confidence -= 0.1;
    }
    if (w.has("habitual-tags", tokens.get(k).tag()) && s.start() > 0
        && !(roles.demands && best.code().startsWith("01"))
        && !Roots.REPORTED_PRESENT.contains(Roots.of(code))) {
      // "South Korea also hosts several polysilicon manufacturers", "still blames those in
      // power": the simple present of a report's body describes what holds, not what was done;
      // a headline (the text's first sentence) reports in it, and so does a verb of saying
      // with what another must do ("He says residents should take precautions"), and an appeal
      // or a demand ("It calls on the Office for Students to require", "Preston calls for a
      // better system")
      confidence = EventFilter.DOUBTFUL;
    }
    String actCode = code; // what is done, before a promise makes it an intent
    if (!negated && (Modality.intendedClause(s, arcs, head, g)
        || roles.purpose && Roots.COOPERATIVE.contains(Roots.of(actCode)))) {
      // "reist nach Kiew, um mit Selenskyj zu sprechen": talks that are a journey's purpose are
      // intended, not held. A purpose of force or protest is coded as done.
      code = Modality.intentCode(code); // "will release the prisoners" is an intent, 0353
    }
    String modality = Modality.modality(s, k, c.doc().text(), g);
    String attribution = quote != null && quote.speakerName() != null
        && roles.sources.stream().noneMatch(e -> e.id().equals(quote.speaker()))
        ? quote.speakerName() : null;
    if (attribution != null && modality.equals("asserted")) {
      modality = "reported";
    }
    Token trigger = tokens.get(k);
    Trigger evidence = new Trigger(trigger.start(), trigger.end(),
        particle == null ? trigger.word() : trigger.word() + " ... " + particle);
    // "kritisiert", and "sieht die Pläne kritisch": a verb of claims, or a pattern whose words
    // make the verb one
    boolean claim = g.verbIn(tokens.get(k), particle, "claiming") || best.after().stream()
        .flatMap(List::stream).anyMatch(a -> w.has("claiming-words", a));
    return events(c, head, roles, actCode, code, new Marks(negated, modality, attribution,
        confidence, claim), evidence);
  }

  /** What the coder records of an act besides its actors and code. */
  private record Marks(boolean negated, String modality, @Nullable String attribution,
      double confidence, boolean claim) {}

  /** The word (0-based) right before the first comma after word k, or -1. */
  private static int beforeComma(Sentence s, int k) {
    for (int i = k + 2; i < s.tokens().size(); i++) {
      if (s.tokens().get(i).word().equals(",")) {
        return i - 1;
      }
    }
    return -1;
  }

  /**
   * The German separable particle of the verb at word k (0-based), or null: the one the parser
   * hangs on it ("ließ ... frei", whatever relation it gives), else one that ends the main
   * verb's clause ("sagte Finnland ein neues Abkommen zu"; but "sagte, Russland greife niemanden
   * an" is no "ansagen") or its part before the first comma ("ruft alle dazu auf, ...").
   */
  static @Nullable String particle(Context c, int k) {
    if (!c.grammar().freeWordOrder()) {
      return compoundParticle(c, k + 1);
    }
    Sentence s = c.s();
    Set<String> particles = c.words().set("particles");
    int head = k + 1;
    String particle = null;
    for (Dependency d : c.arcs()) {
      if (d.head() == head && !contracted(s, d.dependent() - 1)
          && (d.relation().equals("compound:prt")
          || d.dependent() > head && particles.contains(Arcs.word(s, d.dependent()))
          && (d.relation().equals("mark") || d.relation().equals("advmod")
          || d.relation().equals("compound")))) {
        particle = Arcs.word(s, d.dependent());
      }
    }
    int last = particle == null ? Parses.clauseFinal(s, k) : -1;
    if (particle == null && last < 0) {
      last = beforeComma(s, k); // "ruft alle dazu auf, Abstand zu halten"
    }
    if (last >= 0 && c.arcs().stream().anyMatch(d -> d.dependent() == head && d.head() == 0)
        && particles.contains(Arcs.word(s, last + 1)) && !contracted(s, last)
        && "ADP".equals(s.tokens().get(last).upos()) && !particleOfAnother(c, last + 1, head)) {
      particle = Arcs.word(s, last + 1);
    }
    return particle;
  }

  /**
   * Whether the parser hangs the word at w (1-based) on another verb as its particle: "warf ihm
   * vor" after "kritisierte Diess und" is no "kritisieren ... vor".
   */
  private static boolean particleOfAnother(Context c, int w, int head) {
    return c.arcs().stream().anyMatch(d -> d.dependent() == w && d.head() != head
        && d.relation().equals("compound:prt"));
  }

  /**
   * Whether the word at i (0-based) is half of a contraction the tokenizer split ("am" as "an
   * dem"): it shares its characters with a neighbour, so it is no particle standing in the text.
   */
  private static boolean contracted(Sentence s, int i) {
    List<Token> t = s.tokens();
    return i > 0 && t.get(i - 1).start() == t.get(i).start()
        || i + 1 < t.size() && t.get(i + 1).start() == t.get(i).start();
  }

  /** The particle the parser labels compound:prt ("called off"), or null. */
  private static @Nullable String compoundParticle(Context c, int head) {
    String particle = null;
    for (Dependency d : c.arcs()) {
      if (d.head() == head && d.relation().equals("compound:prt")) {
        particle = Arcs.word(c.s(), d.dependent());
      }
    }
    return particle;
  }

  /**
   * The pattern's code made precise by what the clause says: force by irregulars is
   * unconventional violence (180), a weapon gives its own code (194, 195), a journey a visit
   * (042), an agreement to act an intent (030), a statement that another must act a demand
   * (100), that another should act an appeal (020).
   */
  private static String refined(Context c, int k, EventDictionary.Pattern best,
      VerbRoles roles) {
    String code = best.code();
    if (best.weight() == 0 && code.equals("190")
        && roles.sources.stream().allMatch(ActorKinds::irregular)) {
      // "Hezbollah guerrillas killed the deputy chief", "militiamen attacked the camp": force
      // used by rebels, militias or crowds is unconventional violence (18), not the
      // conventional force of a state's army (19).
      code = "180";
    }
    String weapon = Roots.FORCE_BY_WEAPON.contains(code)
        ? Places.weaponCode(c.s(), roles.heads, c.words()) : null;
    if (weapon != null) {
      code = weapon; // "Russian aircraft killed 46 civilians": aerial weapons, 195
    }
    if (roles.visits && best.weight() == 0) {
      code = "042"; // make a visit
    }
    if (best.weight() == 0
        && Modality.agreesTo(c.s(), c.tokens().get(k), c.arcs(), k + 1, c.grammar())) {
      code = "030"; // "agreed to share information": an intent to cooperate, not cooperation
    }
    if (roles.demands && code.startsWith("01")) {
      // "said that Sudan must return the helicopter": a demand made of Sudan; "said residents
      // should take precautions": an appeal to them
      code = roles.advises ? "020" : "100";
    }
    if (code.startsWith("11") && !roles.sources.isEmpty()
        && c.grammar().verbIn(c.tokens().get(k), particle(c, k), "convicting")
        && roles.sources.stream().allMatch(e -> judicial(ActorKinds.actor(e)))) {
      code = Roots.CONVICTION; // "Ein Gericht in Moskau verurteilte ...": convicted, not condemned
    }
    return code;
  }

  /**
   * Whether a demand asks the public: a country's civilians, asked by a verb of asking
   * ({@code asking}: "fordert ... auf", "urged") or by their own state (government or police).
   */
  private static boolean toThePublic(Context c, int head, @Nullable EventActor from,
      @Nullable EventActor to) {
    String target = to == null ? null : to.actor();
    if (target == null || target.length() != 6 || !target.endsWith("CVL")) {
      return false;
    }
    String source = from == null ? null : from.actor();
    boolean state = source != null && source.length() >= 6
        && source.startsWith(target.substring(0, 3))
        && Roots.APPEALING.contains(source.substring(3, 6));
    return state || c.grammar().verbIn(c.s(), head, "asking");
  }

  /** Whether a target is a thing or a place that no actor code covers: a claim's topic. */
  private static boolean topic(Entity e) {
    return ActorKinds.actor(e) == null && e.type() != EntityType.PERSON
        && e.type() != EntityType.ORGANIZATION;
  }

  /** Whether a verb has an auxiliary of obligation or advice ("must return", "sollte abziehen"). */
  private static boolean obliged(Sentence s, List<Dependency> arcs, int verb, Lexicon w) {
    return Arcs.hasAux(s, arcs, verb, w.set("obligation-aux"))
        || Arcs.hasAux(s, arcs, verb, w.set("advice-aux"));
  }

  private static boolean judicial(@Nullable String actor) {
    return actor != null && actor.length() >= 6 && actor.startsWith("JUD", 3);
  }

  /**
   * The target of an act with none in the text: its addressee by the codebook ({@link
   * Actors#addressee}) where the act is domestic protest or coercion or a public claim; else
   * null (a protest stands without one; coercion without one is doubtful). A claim is made by a verb of
   * the word list "claiming" ("fordert", "criticised"), not one that only codes as one.
   */
  private static @Nullable EventActor implicitTarget(Entity src, String code, boolean claim) {
    boolean domestic = Roots.DOMESTIC.contains(Roots.of(code))
        || Roots.of(code).equals("09"); // "Die Staatsanwaltschaft leitete eine Untersuchung ein"
    if (!domestic && !(claim && Roots.PUBLIC_CLAIMS.contains(Roots.of(code)))) {
      return null;
    }
    return ActorKinds.addressee(src, code);
  }

  /**
   * Whether coercion (17) in a place is the state's towards its own people: every source is an
   * agent of the state whose people it coerces (ActorKinds.addressee), in its own country.
   */
  private static boolean ownPeople(List<Entity> sources, Entity where, String code) {
    String country = where.kb() == null ? null : where.kb().country();
    return Roots.of(code).equals("17") && country != null && !sources.isEmpty()
        && sources.stream().allMatch(src -> src.kb() != null
        && country.equals(src.kb().country()) && ActorKinds.addressee(src, code) != null);
  }

  /**
   * Whether the verb's subject is a town or region itself ("Chicago imposed a curfew"), not a
   * phrase it only qualifies ("Houston beauty chain Aisha's Salon is banning men").
   */
  private static boolean townSubject(Context c, int head, Entity src) {
    if (!ActorKinds.isTown(src)) {
      return false;
    }
    for (Dependency d : c.arcs()) {
      if (d.head() == head && d.relation().startsWith("nsubj")) {
        return within(c, src, d.dependent());
      }
    }
    return false;
  }

  /**
   * Whether a town only qualifies the verb's subject as a compound ("Houston beauty chain
   * Aisha's Salon is banning men": a business of the town, no body of its state).
   */
  private static boolean townQualifiesSubject(Context c, int head, Entity src) {
    if (!ActorKinds.isTown(src)) {
      return false;
    }
    for (Dependency d : c.arcs()) {
      if (d.head() == head && d.relation().startsWith("nsubj")) {
        for (Dependency n : c.arcs()) {
          if (n.head() == d.dependent() && n.relation().equals("compound")
              && within(c, src, n.dependent())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether a word (1-based) stands inside one of an entity's mentions. */
  private static boolean within(Context c, Entity e, int word) {
    Token t = c.tokens().get(word - 1);
    return e.mentions().stream().anyMatch(m -> m.start() <= t.start() && t.end() <= m.end());
  }

  /**
   * One event per source and target. Only what is done together is done to each other: "Xi und
   * Putin hielten einen Videoanruf ab", "Japan and Korea agreed", "the two armies clashed"; but
   * "officials and witnesses said" is no statement of one to the other. Protests, demands,
   * threats, force and the like stand without a target ("Thousands protested", "Russia
   * mobilised"); statements and meetings need one.
   */
  private List<Event> events(Context c, int head, VerbRoles roles, String actCode, String code,
      Marks marks, Trigger trigger) {
    Sentence s = c.s();
    List<Entity> sources = roles.sources;
    List<Entity> targets = roles.targets;
    String act = Roots.of(actCode);
    // ... but those who travel together do not visit each other ("Macron, Merkel und Johnson
    // wollen zu Erdogan reisen", its host no entity)
    boolean journey = c.grammar().verbIn(s, head, "arriving");
    // Nor do those who support or destroy a thing together ("den Petry und Weidel unterstützt
    // hatten", "Merkel und Schulz würden das Fundament zerstören"): with an object that is no
    // actor, support and force are one act of both; forging an alliance stays mutual.
    // "India and Pakistan exchanged fire" is each against the other whatever was exchanged.
    boolean ofThing = (act.equals("05") && !actCode.equals("057") || act.equals("06")
        || act.equals("19")) && VerbObjects.thingObject(c, head)
        && !c.grammar().verbIn(s, head, "mutual-verbs");
    if (Roots.PUBLIC_CLAIMS.contains(act) && !targets.isEmpty()
        && targets.stream().allMatch(VerbEvents::topic)
        && sources.stream().allMatch(e -> ActorKinds.addressee(e, code) != null)) {
      // "fordern eine Regelung für die A45": a road, a law or a plan no actor code covers is
      // what the demand is about, not whom it addresses; the demand of a body outside the state
      // goes to its government
      targets.clear();
    }
    if (Roots.REPORTED_PRESENT.contains(act) && !targets.isEmpty()
        && targets.stream().allMatch(t -> sources.stream()
            .anyMatch(src -> t == src || ActorKinds.sameActor(src, t)))
        && sources.stream().allMatch(e -> ActorKinds.addressee(e, code) != null)) {
      // "Die Gewerkschaften fordern für die Beschäftigten ...": the source's own, for whom the
      // demand is made, are not whom it addresses; but one who criticises or rejects their own
      // ("die VW-Aufsichtsrätin kritisierte Diess") does nothing to a government
      targets.clear();
    }
    // "China condemned the decision": aimed at whoever made it, named in the sentences before
    EventActor actOwner = targets.isEmpty() && EarlierActs.aimedAtActs(code)
        ? EarlierActs.owner(c, head, sources) : null;
    boolean symmetric = actOwner == null && targets.isEmpty() && sources.size() >= 2
        && (Roots.RECIPROCAL.contains(act) && !journey && !ofThing || roles.mutual);
    // An appeal, demand or criticism that names no one is addressed to the source's government
    // where the source is outside the state ("Die SPÖ fordert, dass ...").
    // One addressed to everyone ("ruft alle dazu auf", "urged everyone to stay home") is
    // addressed to the source's country's people.
    boolean everyone = targets.isEmpty() && !symmetric && !roles.passive
        && Roots.PUBLIC_CLAIMS.contains(act) && VerbObjects.addressesEveryone(c, head);
    // "urged the Government to compromise", said by an MP: the speaker's own government
    boolean toGovernment = targets.isEmpty() && !symmetric && !roles.passive
        && (Roots.PUBLIC_CLAIMS.contains(act) || act.equals("13"))
        && VerbObjects.addressesGovernment(c, head)
        && sources.stream().anyMatch(e -> ActorKinds.ownGovernment(e) != null);
    boolean unknownAddressee = !everyone && !toGovernment
        && VerbObjects.addresseeUnknown(c, head);
    boolean addressed = targets.isEmpty() && !symmetric && !roles.passive && marks.claim()
        && Roots.PUBLIC_CLAIMS.contains(act) && !unknownAddressee
        && sources.stream().anyMatch(e -> ActorKinds.addressee(e, code) != null);
    boolean alone = targets.isEmpty() && !symmetric
        && (Roots.MONADIC.contains(act) || addressed || everyone || toGovernment
        || actOwner != null
        || Roots.MONADIC_CODES.contains(actCode));
    boolean onPlace = false;
    boolean ownPlace = false;
    if (alone && Roots.ON_PLACE.contains(act)) {
      // "Thousands demonstrated in Kirkuk", "imposed a curfew in Cizre", "strengthened its
      // forces in Lebanon": protest and force without an addressee are directed at the country
      // where they happen, protest at the source's own too.
      Entity where = Places.placeEntity(s, head, c.actors(), c.words());
      if (where != null && ActorKinds.actor(where) != null && !sources.contains(where)) {
        if (ownPeople(sources, where, code)) {
          // "officials in Delhi banned firecrackers", "police in Nairobi imposed a curfew":
          // the state's coercion in its own country falls on its people
          ownPlace = true;
        } else {
          targets.add(where);
          alone = false;
          onPlace = true;
        }
      }
    }
    Dating.Dated dated = Dating.dated(c.doc(), s, c.arcs(), head,
        c.grammar().past(s, c.arcs(), head), c.words());
    if (Roots.INTENT.equals(Roots.of(code))) {
      // "I will have a call tomorrow": an intent is dated when it is announced, not on the day
      // of what is intended (docs/CODEBOOK.md)
      dated = Dating.announced(c.doc(), c.tokens().get(head - 1), dated);
    }
    Entity placeEntity = Places.placeEntity(s, head, c.actors(), c.words());
    String place = placeEntity == null ? null : placeEntity.name();
    EventDictionary.Code info = dictionary.code(code);
    List<Event> out = new ArrayList<>();
    for (Entity src : sources) {
      List<Entity> tgts = symmetric ? sources
          : alone ? Collections.singletonList(null) : targets;
      for (Entity tgt : tgts) {
        boolean there = onPlace || tgt != null && tgt.type() == EntityType.LOCATION
            && Roots.ON_PLACE.contains(act);
        if (tgt == src || !there && tgt != null && ActorKinds.sameActor(src, tgt)) {
          continue; // but Algerians protesting in Algiers protest against Algeria
        }
        if (Roots.of(code).equals("17") && !roles.passive && src != roles.stateOfPlace
            && townQualifiesSubject(c, head, src)) {
          continue; // "Houston beauty chain Aisha's Salon is banning men": no town's coercion
        }
        // "Egyptian police arrested twelve", "Thousands of Kenyans protested": protest and
        // coercion with no addressee and no place are domestic, against the source's country
        // (not in the passive, whose subject is what was done to: "a helicopter captured by").
        EventActor home = tgt == null && !roles.passive ? actOwner != null ? actOwner
            : toGovernment ? ActorKinds.ownGovernment(src)
            : everyone ? ActorKinds.civilians(src)
            : implicitTarget(src, code, marks.claim() && !unknownAddressee) : null;
        double confidence = tgt == null && !(ownPlace && home != null)
            && !(toGovernment && home != null) ? marks.confidence() - 0.2
            : marks.confidence();
        if (home != null && ActorKinds.privatePerson(src)
            && Roots.PUBLIC_CLAIMS.contains(Roots.of(code))) {
          // "Bach appelliert an Unternehmen", "Sie fordert, ... gegenüberzustellen": a private
          // person's appeal to no one is seldom one to the government
          confidence = EventFilter.DOUBTFUL;
        }
        if (ActorKinds.privateAct(src, tgt, code) && home == null) {
          confidence = EventFilter.DOUBTFUL; // "Zoe had flown to New York to see her father"
        }
        if (tgt != null && !Roots.TOWARDS_INDIVIDUALS.contains(Roots.of(code))
            && ActorKinds.individual(tgt, c.words(), s)) {
          confidence = EventFilter.DOUBTFUL; // "Dempsey talked with the man over the phone"
        }
        if (tgt == null && home == null && Roots.of(code).equals("09")) {
          // "NASA's spacecraft found evidence of a fluid", "used the observatory to study
          // Europa": an inquiry into no one, of no police or prosecutors, is research
          confidence = EventFilter.DOUBTFUL;
        }
        if (tgt == null && home == null && !roles.passive
            && Roots.DOMESTIC.contains(Roots.of(code))) {
          // Protest by the state, coercion by others: the country it happens in, doubtful
          // ("the army took to the streets", "she took a shower"); but a town or region that
          // coerces does it through its authorities ("Chicago imposed a curfew": its
          // government towards its people, ActorKinds.placesAsStates)
          home = c.actors().homeCountry(src);
          if (!(Roots.of(code).equals("17") && townSubject(c, head, src))) {
            confidence = EventFilter.DOUBTFUL;
          }
        }
        // a conviction to prison ("zu drei Jahren Haft verurteilt", 173) is the court's
        EventActor from = src == roles.stateOfPlace ? StateAgents.agentOfState(src,
            c.grammar().verbIn(s, head, "convicting") ? Roots.CONVICTION : code)
            : ActorKinds.eventActor(src);
        EventActor to = tgt == null ? home : ActorKinds.eventActor(tgt);
        String pairCode = code;
        EventDictionary.Code pairInfo = info;
        if (Roots.of(code).equals("10") && toThePublic(c, head, from, to)) {
          // "fordert die Menschen auf, zuhause zu bleiben", "the mayor demanded that residents
          // stay home": asking the public is an appeal (020, CODEBOOK.md), not a demand
          pairCode = "020";
          pairInfo = dictionary.code(pairCode);
        }
        out.add(new Event(from, to,
            pairCode, Roots.of(pairCode), pairInfo == null ? 0 : pairInfo.quadClass(),
            pairInfo == null ? 0 : pairInfo.goldstein(), dated.date(), dated.source(), place,
            new Span(s.start(), s.end()), trigger, marks.attribution(), marks.negated(),
            marks.modality(),
            Math.max(EventFilter.DOUBTFUL, confidence)));
      }
    }
    return out;
  }

  /** Whether a word has an adverb of degree before it ("maximal geschickt", "sehr gespannt"). */
  private static boolean hasAdverb(List<Dependency> arcs, List<Token> tokens, int head) {
    for (Dependency d : arcs) {
      if (d.head() == head && d.relation().equals("advmod") && d.dependent() < head
          && "ADV".equals(tokens.get(d.dependent() - 1).upos())) {
        return true;
      }
    }
    return false;
  }
}
