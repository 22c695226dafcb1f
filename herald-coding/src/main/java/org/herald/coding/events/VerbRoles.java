package org.herald.coding.events;

import java.util.ArrayList;
import java.util.List;
import org.herald.coding.Descriptions;
import org.herald.core.model.Dependency;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * Who does a coded verb's act to whom, from the parse: the subject is the source, the object or
 * an oblique (mit, gegen, an, with, against, to) the target; the passive swaps them; a verb
 * without a subject takes it from the verb it is a complement, coordinate or adverbial clause
 * of; a complaint is against whose the thing complained of is; a journey is a visit to its
 * destination; a demand is made of the subject of the clause it governs. Words are numbered
 * from 1.
 */
final class VerbRoles {
  /** The source actors. */
  final List<Entity> sources = new ArrayList<>();
  /** The target actors. */
  final List<Entity> targets = new ArrayList<>();
  /** The verb and the words that share its roles (a governing verb, an adjective complement). */
  final List<Integer> heads = new ArrayList<>();
  /** Whether the verb is passive. */
  boolean passive;
  /** Whether the verb is the purpose of another ("fired shells to stop the advance"). */
  boolean purpose;
  /** Whether the target is a place travelled to ("Scholz reiste nach Washington"). */
  boolean visits;
  /** Whether the verb says what another must do ("said Sudan must return the helicopter"). */
  boolean demands;
  /** Whether what another must do is only advised ("said residents should take precautions"). */
  boolean advises;
  /** Whether its sources do it to each other ("attacked each other's policies"). */
  boolean mutual;
  /** The attack (a word, from 1) in which a passive's victims fell ("bei einem Luftangriff"). */
  int attack;
  /** The place whose state does an act of authority that the passive names no agent of. */
  @Nullable Entity stateOfPlace;

  private final Context c;
  private final int head;
  private final String root;

  private VerbRoles(Context c, int head, String code) {
    this.c = c;
    this.head = head;
    this.root = Roots.of(code);
  }

  /**
   * The roles of the verb at {@code head}; {@code governor} is the verb it is a complement or
   * coordinate of (0 if none), {@code code} the code its pattern gives.
   */
  static VerbRoles of(Context c, int head, int governor, String code) {
    VerbRoles r = new VerbRoles(c, head, code);
    r.fromParse(governor, code);
    r.complaints();
    if (r.targets.isEmpty() && root(code, "04")) {
      r.visit();
    }
    r.demands = root(code, "01") && Modality.obligesClause(c.s(), c.arcs(), head, c.words());
    if (r.demands) {
      // "told teachers that the Legislature should direct money": asked of the Legislature,
      // not of whom it was told to
      List<Entity> told = new ArrayList<>(r.targets);
      r.targets.clear();
      r.demanded();
      if (r.targets.isEmpty()) {
        r.targets.addAll(told);
      }
      r.advises = Modality.onlyAdvises(c.s(), c.arcs(), head, c.words());
    } else if (r.targets.isEmpty() && Roots.DIRECTED.contains(r.root)) {
      r.demanded();
    }
    if (r.targets.isEmpty() && Roots.EMBEDDING.contains(r.root)) {
      r.embedded();
    }
    if (r.targets.isEmpty() && (root(code, "11") || root(code, "12"))) {
      r.actOfThePlace();
    }
    if (r.sources.isEmpty() && r.passive && !r.targets.isEmpty()
        && (Roots.AUTHORITY.contains(r.root) || code.startsWith(Roots.CONVICTION))) {
      // "A missionary was arrested in Lebanon", "wurde in Italien festgenommen": an arrest,
      // expulsion, investigation or conviction with no agent named is the act of the state
      // where it happens.
      Entity where = Places.placeEntity(c.s(), head, c.actors(), c.words());
      if (where != null && ActorKinds.actor(where) != null && !r.targets.contains(where)) {
        r.sources.add(where);
        r.stateOfPlace = where;
      } else {
        r.authorityNamed();
      }
      if (r.sources.isEmpty() && (c.grammar().freeWordOrder()
          || c.grammar().past(c.s(), c.arcs(), head))) {
        // "Der Angeklagte wurde zu drei Jahren Haft verurteilt", "Zwei Verdächtige wurden
        // festgenommen", in no place named: the state of the country the text sets them in.
        // In English only in the past ("The suspect was convicted and sentenced to life"):
        // English news writes such passives in the present of what may happen or happened
        // elsewhere ("when he is sentenced", "when a British citizen is arrested abroad"),
        // none of which were the setting's on the news gold's dev half.
        Entity state = StateAgents.stateOfSetting(r.targets, code);
        if (state != null) {
          r.sources.add(state);
          r.stateOfPlace = state;
        }
      }
    }
    if (r.sources.isEmpty() && r.passive && (root(code, "02") || root(code, "10"))) {
      // "Zeugen werden gebeten, sich bei der Polizei zu melden", "residents are being urged to
      // avoid the area": the public is asked by the authority the report is of
      r.appealOfAuthority();
    }
    r.mutual = r.targets.stream().allMatch(e -> ActorKinds.actor(e) == null) && r.eachOther();
    if (r.mutual) {
      r.targets.clear(); // "attacked each other's policies on Brexit": not Brexit
    }
    ActorKinds.dropDescribed(r.sources);
    ActorKinds.dropDescribed(r.targets);
    return r;
  }

  private static boolean root(String code, String root) {
    return code.startsWith(root);
  }

  private void fromParse(int governor, String code) {
    Sentence s = c.s();
    List<Dependency> arcs = c.arcs();
    List<Token> tokens = c.tokens();
    Lexicon w = c.words();
    for (Dependency d : arcs) {
      if (d.head() == head && (d.relation().equals("nsubj:pass")
          || d.relation().equals("aux:pass"))) {
        passive = true;
      }
    }
    heads.add(head);
    for (Dependency d : arcs) {
      if (d.head() == head && d.relation().equals("xcomp")
          && "ADJ".equals(tokens.get(d.dependent() - 1).upos())) {
        heads.add(d.dependent()); // "kritisierte beide Seiten scharf", parsed as scharf's object
      }
    }
    // Further up a chain of such verbs, only the subject is shared ("promised to democratize
    // Serbia and establish the rule of law": establish, democratize, promised).
    int subjectFrom = 0;
    if (governor > 0 && !Arcs.hasSubject(arcs, head)) {
      heads.add(governor);
      int up = governor;
      for (int level = 0; level < 3 && !Arcs.hasSubject(arcs, up); level++) {
        int next = Arcs.headBy(arcs, up, "xcomp", "conj");
        if (next == 0) {
          break;
        }
        up = next;
      }
      if (up != governor && Arcs.hasSubject(arcs, up)) {
        subjectFrom = up;
      }
    }
    // "said the deaths were caused by gunshot wounds and called on the government to ...",
    // parsed with a verb of asking or claiming coordinated with the passive of the reported
    // clause: the passive's subject, no actor, does not ask; the speaker does
    boolean speakerActs = false;
    if (governor > 0 && !passive && !Arcs.hasSubject(arcs, head)
        && Arcs.headBy(arcs, head, "conj") == governor
        && (c.grammar().verbIn(s, head, "asking") || c.grammar().verbIn(s, head, "claiming"))
        && arcs.stream().anyMatch(d -> d.head() == governor
        && d.relation().equals("nsubj:pass")
        && c.actors().covering(tokens.get(d.dependent() - 1)) == null)) {
      int sayer = Arcs.headBy(arcs, governor, "ccomp");
      if (sayer > 0 && arcs.stream().anyMatch(d -> d.head() == sayer
          && d.relation().equals("nsubj"))) {
        subjectFrom = sayer;
        speakerActs = true;
      }
    }
    if (governor == 0 && !Arcs.hasSubject(arcs, head) && c.grammar().nonFinite(s, arcs, head)) {
      // "Rebels blocked the road, demanding a referendum", "fired shells to stop the advance":
      // an adverbial clause without a subject of its own is done by the subject of the verb it
      // modifies.
      for (Dependency d : arcs) {
        if (d.dependent() == head && (d.relation().equals("advcl") || d.relation().equals("dep")
            && "VBG".equals(tokens.get(head - 1).tag())) && Arcs.isVerb(s, d.head())
            && Arcs.hasSubject(arcs, d.head())) {
          subjectFrom = d.head();
          purpose = Arcs.hasMark(s, arcs, head, w.set("purpose-marks"));
        }
      }
    }
    // A verb with an object, an oblique or a clause of its own takes only the subject from the
    // verb it is coordinated with; one without takes its objects too ("met and praised Xi"; but
    // "visited the border near McAllen and argued that ..." argues nothing against McAllen).
    boolean ownObject = false;
    for (Dependency d : arcs) {
      if (d.head() == head && (d.relation().equals("obj") || d.relation().equals("iobj")
          || d.relation().startsWith("obl") || d.relation().equals("ccomp"))) {
        ownObject = true;
      }
    }
    // (legal action is against whom its object names: "leitete ein Verfahren gegen Ungarn ein")
    boolean owners = Roots.OWNER_ROOTS.contains(root) && !Roots.LEGAL_ACTION.contains(code);
    boolean activeSubject = arcs.stream()
        .anyMatch(d -> d.head() == head && d.relation().equals("nsubj"));
    Actors actors = c.actors();
    boolean swapped = subjectIsObject();
    // A German zu-infinitive has no subject of its own: what the parser makes one is its object
    // ("Es ist nie einfach, Menschen zurückzuweisen")
    boolean noSubject = c.grammar().freeWordOrder() && c.grammar().nonFinite(s, arcs, head);
    for (Dependency d : arcs) {
      if (subjectFrom > 0 && d.head() == subjectFrom && d.relation().equals("nsubj")
          && sources.isEmpty()) {
        actors.collect(s, d.dependent(), sources);
        continue;
      }
      if (!heads.contains(d.head()) || d.dependent() == head) {
        continue;
      }
      String rel = d.relation();
      if (speakerActs && d.head() == governor && rel.startsWith("nsubj")) {
        continue;
      }
      if (d.head() == governor && !rel.startsWith("nsubj") && !rel.equals("obj")
          && !rel.startsWith("obl")) {
        continue;
      }
      if (d.head() == governor && !rel.startsWith("nsubj") && ownObject) {
        continue; // "faces a warrant from the court and did not travel to South Africa"
      }
      if (swapped && (rel.equals("nsubj") || rel.equals("obj"))) {
        // "Die Bundesregierung hat der Ukraine Panzer zugesagt", parsed with "der Ukraine" as
        // the subject: the object is who acts, the dative whom it is done to
        actors.collect(s, d.dependent(), rel.equals("obj") ? sources : targets);
      } else if (rel.startsWith("nsubj")) {
        actors.collect(s, d.dependent(), rel.equals("nsubj:pass")
            || noSubject && d.head() == head ? targets : sources);
      } else if (rel.equals("obj") || rel.equals("iobj")) {
        // What is criticised or rejected is whose it is: "verurteilten Russlands Aufrüstung und
        // aggressive Rhetorik gegenüber der Ukraine" is against Russia.
        actors.collect(s, d.dependent(), targets, owners);
      } else if (rel.startsWith("obl") || rel.equals("nmod")) {
        if (c.dates().contains(d.dependent())) {
          // "called for regulation on Monday in Washington": a day, and where it was; but
          // "lieferte ... am Dienstag an Deutschland aus", parsed under the day, names a target
          for (Dependency e : arcs) {
            if (e.head() == d.dependent() && e.relation().startsWith("nmod")
                && w.has("target-cases", Arcs.caseOf(s, e.dependent()))) {
              actors.collect(s, e.dependent(), targets);
            }
          }
          continue;
        }
        String cs = Arcs.caseOf(s, d.dependent());
        if (rel.equals("obl:agent") && !activeSubject || passive && w.has("agent-cases", cs)
            && !Arcs.caseAfterOwnWord(s, d.dependent())) {
          // (a verb with a subject of its own has no agent: "Amnesty hat die Festnahme von
          // Journalisten verurteilt", "von Journalisten" parsed as one; nor is "unabhängig von
          // dem Land" one)
          actors.collect(s, d.dependent(), sources);
        } else if (passive && Roots.VIOLENT.contains(root) && w.has("attack-cases", cs)
            && w.part("attack-nouns", tokens.get(d.dependent() - 1).word(), true)) {
          // "Bei einem Luftangriff der russischen Armee wurden fünf Menschen getötet", "killed
          // in an Israeli strike": the attack's owner did it
          actors.collect(s, d.dependent(), sources, true);
          attack = d.dependent();
        } else if (w.has("towards", cs) && Arcs.hasObject(arcs, head) && owners) {
          continue; // the parser hangs "Rhetorik gegenüber der Ukraine" on "verurteilten"
        } else if (w.has("complained-of", cs) && root(code, "11")) {
          complainedOf.add(d.dependent()); // "over Israeli air raids"
        } else if (cs == null && rel.equals("obl:arg") || cs != null
            && (w.has("target-cases", cs)
            || w.has("withdrawn-from", cs) && (root(code, "08") || root(code, "166"))
            || w.has("force-cases", cs) && Roots.FORCE_INTO.contains(root))) {
          actors.collect(s, d.dependent(), targets); // "nannte Xi", "mit Selenskyj"
        }
      }
    }
    if (sources.isEmpty() && !passive && governor == 0 && subjectFrom == 0
        && c.grammar().freeWordOrder() && !Arcs.hasSubject(arcs, head)
        && !c.grammar().nonFinite(s, arcs, head)) {
      objectAsSubject();
    }
  }

  /**
   * A German clause the parser gave no subject but one object that can be one: "Am Montag hatten
   * in Chisinau Tausende Menschen gegen die Regierung protestiert", parsed with "Menschen" as
   * the object of "protestiert". The object is who acts.
   */
  private void objectAsSubject() {
    int object = 0;
    for (Dependency d : c.arcs()) {
      if (d.head() == head && (d.relation().equals("obj") || d.relation().equals("iobj"))) {
        if (object != 0) {
          return; // two objects: one of them is the object
        }
        object = d.dependent();
      }
    }
    if (object == 0 || c.grammar().formNoSubject(c.s(), c.arcs(), object)) {
      return;
    }
    List<Entity> actors = new ArrayList<>();
    c.actors().collect(c.s(), object, actors);
    targets.removeAll(actors);
    sources.addAll(actors);
  }

  /**
   * Whether the parser took a dative for the verb's subject and its subject for the object: the
   * subject's form cannot be one ({@link Grammar#formNoSubject}) and the verb has an object
   * that comes before the verb or may be a nominative by its article; or its object is a
   * pronoun only ever nominative ("wir", `nominative-pronouns`).
   */
  private boolean subjectIsObject() {
    boolean wrongSubject = false;
    boolean objectFirst = false;
    boolean subject = false;
    boolean nominativeObject = false;
    for (Dependency d : c.arcs()) {
      // "Die Initiative der britischen COP-Präsidentschaft begrüßen wir sehr": a pronoun that is
      // only ever a nominative, parsed as the object, is the subject
      if (d.head() == head && d.relation().equals("obj")
          && c.words().has("nominative-pronouns", Arcs.word(c.s(), d.dependent()))) {
        nominativeObject = true;
      }
      if (d.head() == head && d.relation().equals("nsubj")) {
        subject = true;
        wrongSubject |= c.grammar().formNoSubject(c.s(), c.arcs(), d.dependent());
      }
      // the object stands first ("Die Bundesregierung hat der Ukraine ..."), or after the verb
      // with an article of a nominative ("Einen Anruf verweigerte das US-Militär den Anwälten")
      if (d.head() == head && d.relation().equals("obj") && (d.dependent() < head
          || Arcs.hasChild(c.s(), c.arcs(), d.dependent(), "det",
              c.words().set("definite-articles"))
          && !c.grammar().formNoSubject(c.s(), c.arcs(), d.dependent()))) {
        objectFirst = true;
      }
    }
    return wrongSubject && objectFirst || subject && nominativeObject;
  }

  /** Whether the verb's own phrase says "each other", "einander", "sich gegenseitig". */
  private boolean eachOther() {
    StringBuilder words = new StringBuilder(" ");
    for (int w : new java.util.TreeSet<>(org.herald.coding.Parses.phrase(c.arcs(), head))) {
      words.append(Arcs.word(c.s(), w)).append(' ');
    }
    return c.words().set("each-other").stream().anyMatch(p -> words.indexOf(" " + p + " ") >= 0);
  }

  /** Words (1-based) of what a complaint is about, found by {@link #fromParse}. */
  private final List<Integer> complainedOf = new ArrayList<>();

  /**
   * "complained to the United Nations over Israeli air raids": the complaint is against whose
   * the raids are; the body it is made to only hears it.
   */
  private void complaints() {
    Sentence s = c.s();
    List<Dependency> arcs = c.arcs();
    Lexicon w = c.words();
    List<Entity> owners = new ArrayList<>();
    for (int word : complainedOf) {
      c.actors().collect(s, word, owners, true);
    }
    if (root.equals("11")) {
      for (Dependency d : arcs) {
        if (heads.contains(d.head()) && d.relation().startsWith("obl")
            && w.has("addressed", Arcs.caseOf(s, d.dependent()))) {
          for (Dependency m : arcs) {
            if (m.head() == d.dependent() && m.relation().startsWith("nmod")
                && w.has("complained-of", Arcs.caseOf(s, m.dependent()))) {
              // the parser hangs "bei der EU über die Manöver" on the EU
              c.actors().collect(s, m.dependent(), owners, true);
            }
          }
        }
      }
    }
    if (!owners.isEmpty()) {
      targets.removeIf(this::addressed);
      owners.stream().filter(e -> !targets.contains(e)).forEach(targets::add);
    }
  }

  /** Whether an entity is named in an oblique of the verb that says whom it is addressed to. */
  private boolean addressed(Entity e) {
    Sentence s = c.s();
    for (Dependency d : c.arcs()) {
      if (d.head() != head || !d.relation().startsWith("obl")
          || !c.words().has("addressed", Arcs.caseOf(s, d.dependent()))) {
        continue;
      }
      int[] span = org.herald.coding.Parses.span(c.arcs(), d.dependent(), true);
      int from = s.tokens().get(span[0] - 1).start();
      int to = s.tokens().get(span[1] - 1).end();
      if (e.mentions().stream().anyMatch(m -> m.start() >= from && m.end() <= to)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Saddam Hussein arrived in Amman", "Scholz reiste nach Washington": a visit to the place;
   * "reiste zu Erdogan": to the person.
   */
  private void visit() {
    Sentence s = c.s();
    if (!c.grammar().verbIn(s, head, "arriving")) {
      return;
    }
    for (Dependency d : c.arcs()) {
      if (d.head() == head && d.relation().startsWith("obl")
          && c.words().has("arrival-cases", Arcs.caseOf(s, d.dependent()))) {
        List<Entity> places = new ArrayList<>();
        c.actors().collect(s, d.dependent(), places);
        for (Entity e : places) {
          if (e.type() == EntityType.LOCATION && !targets.contains(e)) {
            targets.add(e);
            visits = true;
          }
        }
      }
      if (d.head() == head && d.relation().startsWith("obl")
          && c.words().has("arrival-person-cases", Arcs.caseOf(s, d.dependent()))) {
        // "Macron, Merkel und Johnson wollen zu Erdogan reisen": a visit to the person
        List<Entity> hosts = new ArrayList<>();
        c.actors().collect(s, d.dependent(), hosts);
        for (Entity e : hosts) {
          if (e.type() != EntityType.LOCATION && !targets.contains(e)) {
            targets.add(e);
            visits = true;
          }
        }
      }
    }
  }

  /**
   * "Russland will, dass die USA und die Nato garantieren": the demand is made of the subject of
   * the clause it governs.
   */
  /**
   * Criticism or rejection of an act done to someone that names no one who did it ("verurteilte
   * die Festnahme von Journalisten in der Türkei", "condemned the arrest of journalists in
   * Turkey"): it is against the state where the act was done.
   */
  private void actOfThePlace() {
    for (Dependency d : c.arcs()) {
      if (d.head() == head && d.relation().equals("obj")
          && c.words().has("patient-nouns", Arcs.word(c.s(), d.dependent()))) {
        Entity where = Places.placeEntity(c.s(), head, c.actors(), c.words());
        if (where != null && ActorKinds.actor(where) != null && !sources.contains(where)) {
          targets.add(where);
        }
        return;
      }
    }
  }

  /**
   * The authority that asks the public, in a passive appeal that names no one asking: the
   * police, government or courts named in its sentence ("is asked to call the Houston Police
   * Department"), else last before it in the text. Only when all it asks are civilians its
   * description gives ("Zeugen", "residents"), not a person named ("he was asked to resign").
   */
  private void appealOfAuthority() {
    if (targets.isEmpty() || !targets.stream().allMatch(Descriptions::describedCivilians)) {
      return;
    }
    authorityNamed();
    if (!sources.isEmpty()) {
      return;
    }
    Entity last = c.doc().lastNamedBefore(c.s().start(),
        e -> ActorKinds.agentIn(e, Descriptions.ASKING_AUTHORITIES));
    if (last != null) {
      sources.add(last);
    }
  }


  /**
   * The police or the prosecution that a sentence with an arrest of no named agent cites: "Three
   * men were arrested, police said", "Nach Angaben der Polizei wurden ... festgenommen". They
   * made it.
   */
  private void authorityNamed() {
    List<Token> tokens = c.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Entity e = c.actors().covering(tokens.get(i));
      String actor = e == null ? null : ActorKinds.actor(e);
      // not a place: "sentenced to life in federal prison"
      boolean place = i > 0 && c.words().has("place-cases", tokens.get(i - 1).word())
          || i > 1 && c.words().has("place-cases", tokens.get(i - 2).word());
      if (actor != null && actor.length() == 6 && (actor.endsWith("COP")
          || actor.endsWith("JUD")) && !targets.contains(e) && !place) {
        sources.add(e);
        return;
      }
    }
  }

  /**
   * Whether a clause's mark is the word right after the verb: "called on NATO to deliver",
   * parsed with "on" as the mark of "deliver" and NATO as its subject.
   */
  private boolean markRightAfter(int clause) {
    for (Dependency d : c.arcs()) {
      if (d.head() == clause && d.dependent() == head + 1 && d.relation().equals("mark")) {
        return true;
      }
    }
    return false;
  }

  private void demanded() {
    Sentence s = c.s();
    List<Dependency> arcs = c.arcs();
    for (Dependency d : arcs) {
      if (d.head() != head || !(d.relation().equals("ccomp") || d.relation().equals("xcomp")
          || d.relation().equals("advcl") && markRightAfter(d.dependent()))) {
        continue;
      }
      for (Dependency e : arcs) {
        if (e.head() == d.dependent() && e.relation().startsWith("nsubj")) {
          c.actors().collect(s, e.dependent(), targets);
        }
      }
      if (targets.isEmpty() && demands && c.grammar().freeWordOrder()) {
        // "sagte, Israel müsse seine Truppen abziehen", parsed with Israel as the object: in a
        // clause without "dass" the actor before the finite modal is its subject.
        for (Dependency e : arcs) {
          if (e.head() == d.dependent() && e.relation().equals("aux")
              && c.words().has("obligation-aux", Arcs.word(s, e.dependent()))
              && e.dependent() > 1) {
            Entity before = c.actors().covering(s.tokens().get(e.dependent() - 2));
            if (before != null) {
              targets.add(before);
            }
          }
        }
      }
    }
    targets.removeAll(sources);
  }

  /**
   * "Iran threatened to cut off electricity to Nakhichevan", "refused to deploy peacekeepers in
   * Iraq": a threat, refusal, offer or demand is directed at whom the act it governs is directed
   * at.
   */
  private void embedded() {
    Sentence s = c.s();
    List<Dependency> arcs = c.arcs();
    for (Dependency d : arcs) {
      if (d.head() != head || !d.relation().equals("xcomp")
          || Arcs.hasSubject(arcs, d.dependent())) {
        continue;
      }
      for (Dependency e : arcs) {
        if (e.head() != d.dependent()) {
          continue;
        }
        if (e.relation().equals("obj") || e.relation().equals("iobj")
            || e.relation().startsWith("obl")
            && c.words().has("embedded-cases", Arcs.caseOf(s, e.dependent()))) {
          c.actors().collect(s, e.dependent(), targets);
        }
      }
    }
    targets.removeAll(sources);
  }
}
