package org.herald.coding.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.herald.core.model.Dependency;
import org.herald.core.model.Entity;
import org.herald.core.model.Event;
import org.herald.core.model.EventActor;
import org.herald.core.model.Sentence;
import org.herald.core.model.Span;
import org.herald.core.model.Token;
import org.herald.core.model.Trigger;
import org.herald.kb.EventDictionary;
import org.jspecify.annotations.Nullable;

/**
 * Events that nouns carry: "In einem virtuellen Treffen mit US-Präsident Joe Biden ... sagte
 * Putin" is Putin meeting Biden; "die Freilassung", "the invasion of Lebanon", "a general
 * strike". The target is the actor after mit, with, gegen, against, zwischen, between; the
 * source the noun's genitive or possessor, else the subject of the verb the noun belongs to. A
 * noun of an act done to someone ("die Festnahme des Journalisten durch die Polizei") turns this
 * round; what is "between" two is each with the other. Thread-safe.
 */
final class NounEvents {
  /** The code of mediation, which is between two others, not of them. */
  private static final String MEDIATION = "045";

  private final EventDictionary dictionary;

  NounEvents(EventDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** The events of the noun at word k (0-based). */
  List<Event> code(Context c, int k) {
    Sentence s = c.s();
    Lexicon w = c.words();
    Actors actors = c.actors();
    Token noun = s.tokens().get(k);
    if (actors.covering(noun) != null) {
      return List.of();
    }
    String code = dictionary.noun(c.lang(), noun.word());
    if (code == null) {
      return List.of();
    }
    List<Dependency> arcs = s.dependencies();
    int head = k + 1;
    if (w.has("strike-nouns", noun.word())) {
      // "a general strike", "their hunger strike" stop work; "an air strike" is force, and a
      // strike with no such word is left to the verb ("launched strikes").
      String kind = null;
      for (Dependency d : arcs) {
        if (d.head() == head && w.code("labour-strikes", Arcs.word(s, d.dependent())) != null) {
          kind = w.code("labour-strikes", Arcs.word(s, d.dependent()));
        }
      }
      if (kind == null) {
        return List.of();
      }
      code = kind;
    }
    head = Arcs.nounHead(s, head); // "a mediation mission between Syria and ...": its words
    List<Entity> sources = new ArrayList<>();
    List<Entity> targets = new ArrayList<>();
    List<Entity> withdrawing = new ArrayList<>();
    List<Entity> between = new ArrayList<>();
    boolean withdrawal = code.startsWith("08");
    boolean doneTo = w.part("patient-nouns", noun.word(), true);
    if (doneTo) {
      // "die Festnahme des Journalisten durch die Polizei", "the expulsion of the ambassador by
      // Poland": the genitive or "of" is whom it is done to, "durch" or "by" who does it
      Patients p = patients(c, head);
      sources.addAll(p.agents);
      targets.addAll(p.patients);
      withdrawal = false;
    }
    for (Dependency d : arcs) {
      if (d.head() != head || !d.relation().startsWith("nmod") || doneTo) {
        continue;
      }
      String cs = Arcs.caseOf(s, d.dependent());
      if (cs != null && w.has("between-cases", cs)) {
        actors.collect(s, d.dependent(), between); // "die Kämpfe zwischen der Armee und ..."
      }
      if (cs != null && (w.has("noun-target-cases", cs) && !withdrawal
          || code.startsWith("042") && w.has("visited", cs) // "bei seinem Besuch in Berlin"
          || withdrawal && w.has("withdrawn-from", cs)
          || w.has("name-of", cs) && (code.startsWith("18") || code.startsWith("19")))) {
        actors.collect(s, d.dependent(), targets); // "the invasion of Lebanon"
      } else if (withdrawal && w.has("owner-of", cs)) {
        // "the withdrawal of US troops from Syria", "der Abzug der russischen Truppen", unless
        // the verb's subject names whose withdrawal it is
        actors.collect(s, d.dependent(), withdrawing);
      } else if (cs == null || d.relation().equals("nmod:poss")
          && Roots.VIOLENT.contains(Roots.of(code))) {
        // "Russlands Angriff", "der Angriff Russlands", "Israel's bombardment of Gaza" (an
        // English possessive only for force: "Trump's visit to Walter Reed" went to a hospital)
        actors.collect(s, d.dependent(), sources);
      }
    }
    int verb = Arcs.governingVerb(s, head);
    boolean object = false;
    for (Dependency d : arcs) {
      if (d.dependent() == head && d.head() == verb && d.relation().equals("obj")) {
        object = true;
      }
    }
    if (verb > 0 && (c.grammar().verbIn(s, verb, "stopping")
        || c.grammar().isOneOf(s.tokens().get(verb - 1), "demanding"))) {
      return List.of(); // "cancelled its talks with Ukraine" held none; the verb codes it
    }
    for (Dependency d : arcs) {
      if (d.head() == head && d.relation().startsWith("acl") && Arcs.isVerb(s, d.dependent())
          && c.grammar().verbIn(s, d.dependent(), "stopping")) {
        return List.of(); // "a meeting between Trump and Xi that was canceled"
      }
    }
    boolean taken = false; // the source is the verb's subject, which need not take part
    // whose the subject of "condemned the arrest of" or "following X's arrest, a lawyer asked"
    // is, is no arrest of theirs: an act done to someone takes no source from its verb
    if (sources.isEmpty() && !doneTo) {
      for (Dependency d : arcs) {
        if (verb > 0 && d.head() == verb && d.relation().equals("nsubj")) {
          actors.collect(s, d.dependent(), sources);
          taken = true;
        }
      }
    }
    // The subject takes part in what the noun names where its verb holds it ("held talks with",
    // "nahm Verhandlungen auf") or the noun is the setting of its act ("In einem Treffen mit
    // Biden sagte Putin", "after talks with"); not where it does something else with it ("has
    // injected drama into trade talks with Japan").
    boolean doubtful = taken && !(c.grammar().verbIn(s, verb, "holding")
        || w.has("setting-cases", Arcs.caseOf(s, head)));
    if (sources.isEmpty()) {
      sources.addAll(withdrawing);
    }
    boolean eachOther = sources.isEmpty() && between.size() >= 2
        && Roots.RECIPROCAL.contains(Roots.of(code)) && !code.startsWith(MEDIATION);
    if (eachOther) {
      // "talks between Russia and Ukraine", "Kämpfe zwischen der Armee und den Milizen": each
      // with the other (a mediation between two is a third party's)
      sources.addAll(between);
      targets.clear();
      targets.addAll(between);
    } else {
      targets.removeAll(sources);
    }
    if (targets.isEmpty() && sources.size() >= 2 && Roots.RECIPROCAL.contains(Roots.of(code))) {
      targets.addAll(sources); // "Israel and Lebanon renewed negotiations": with each other
    }
    boolean domestic = false;
    if (targets.isEmpty() && object && code.startsWith("14")) {
      // "Seven opposition parties have organized a general strike", "hielten eine Kundgebung in
      // Leipzig ab": a protest its subject holds is directed at the place, else at the
      // protesters' own country, as a protest verb is.
      Entity where = Places.placeEntity(s, verb, actors, w);
      if (where == null) {
        where = Places.placeEntity(s, head, actors, w);
      }
      if (where != null && ActorKinds.actor(where) != null && !sources.contains(where)) {
        targets.add(where);
      } else {
        domestic = true;
      }
    }
    EventActor crowd = sources.isEmpty() && code.startsWith("14")
        ? crowd(c, head, targets) : null;
    if (sources.isEmpty() && crowd == null || targets.isEmpty() && !domestic && crowd == null) {
      return List.of();
    }
    // The noun's act has the modality of the verb it belongs to: "will take part in talks with
    // Japan" are intended talks (036), "did not hold talks" are negated.
    boolean negated = verb > 0 && Modality.negated(s, verb, w);
    String modality = verb > 0 ? Modality.modality(s, verb - 1, c.doc().text(), c.grammar()) : "asserted";
    if (Modality.allegedNoun(s, head, w)) {
      modality = "hypothetical"; // "alleged sex victims": only charged
    }
    if (verb > 0 && !negated && Modality.intendedClause(s, arcs, verb, c.grammar())) {
      code = Modality.intentCode(code);
      modality = "intended";
    }
    Dating.Dated dated = Dating.dated(c.doc(), s, arcs, head,
        verb > 0 && c.grammar().past(s, arcs, verb), w);
    EventDictionary.Code info = dictionary.code(code);
    List<Event> out = new ArrayList<>();
    if (crowd != null) {
      // "Three people have died during protests in Bolivia against the interim government"
      List<EventActor> against = new ArrayList<>();
      targets.forEach(e -> against.add(ActorKinds.eventActor(e)));
      if (against.isEmpty()) {
        against.add(new EventActor(null, crowd.country() + "GOV", crowd.country(), null,
            crowd.country() + "GOV"));
      }
      for (EventActor to : against) {
        out.add(new Event(crowd, to, code, Roots.of(code), info == null ? 0 : info.quadClass(),
            info == null ? 0 : info.goldstein(), dated.date(), dated.source(), null,
            new Span(s.start(), s.end()), new Trigger(noun.start(), noun.end(), noun.word()),
            null, negated, modality, doubtful ? EventFilter.DOUBTFUL : 0.4));
      }
      return out;
    }
    for (Entity src : sources) {
      for (Entity tgt : domestic ? Collections.<Entity>singletonList(null) : targets) {
        if (tgt == src || tgt != null && ActorKinds.sameActor(src, tgt)) {
          continue;
        }
        EventActor to = tgt != null ? ActorKinds.eventActor(tgt) : ActorKinds.addressee(src, code);
        if (to == null && tgt == null) {
          to = actors.homeCountry(src);
        }
        out.add(new Event(ActorKinds.eventActor(src), to, code, code.substring(0, 2),
            info == null ? 0 : info.quadClass(), info == null ? 0 : info.goldstein(),
            dated.date(), dated.source(), null, new Span(s.start(), s.end()),
            new Trigger(noun.start(), noun.end(), noun.word()), null, negated, modality,
            doubtful ? EventFilter.DOUBTFUL : tgt == null ? 0.4 : 0.5));
      }
    }
    return out;
  }

  /** Who does a transitive act a noun names, and to whom. */
  private record Patients(List<Entity> agents, List<Entity> patients) {}

  /**
   * The agents ("durch die Polizei", "by Poland", or a possessor beside an "of": "Russia's
   * expulsion of the diplomats") and patients (the genitive, "von", "of", or a possessor alone:
   * "Nawalnys Festnahme", "the journalist's arrest") of a noun of a transitive act.
   */
  private static Patients patients(Context c, int head) {
    Sentence s = c.s();
    Lexicon w = c.words();
    List<Entity> agents = new ArrayList<>();
    List<Entity> patients = new ArrayList<>();
    List<Entity> owners = new ArrayList<>();
    for (Dependency d : s.dependencies()) {
      if (d.head() != head || !d.relation().startsWith("nmod")) {
        continue;
      }
      String cs = Arcs.caseOf(s, d.dependent());
      if (cs != null && w.has("noun-agent-cases", cs)) {
        c.actors().collect(s, d.dependent(), agents);
      } else if (d.relation().equals("nmod:poss") || cs == null && d.dependent() < head) {
        c.actors().collect(s, d.dependent(), owners);
      } else if (cs == null || w.has("patient-cases", cs)) {
        c.actors().collect(s, d.dependent(), patients);
      }
    }
    if (patients.isEmpty()) {
      patients.addAll(owners);
    } else if (agents.isEmpty()) {
      agents.addAll(owners);
    }
    return new Patients(agents, patients);
  }

  /**
   * Who protests where the text names no one: the people of the country protested against or in
   * ("protests in Bolivia against the interim government": BOLCVL), or null.
   */
  private static @Nullable EventActor crowd(Context c, int head, List<Entity> targets) {
    String country = targets.isEmpty() || targets.get(0).kb() == null ? null
        : targets.get(0).kb().country();
    if (country == null) {
      Entity where = Places.placeEntity(c.s(), head, c.actors(), c.words());
      country = where == null || where.kb() == null ? null : where.kb().country();
    }
    return ActorKinds.civiliansOf(country);
  }
}
