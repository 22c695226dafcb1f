package org.herald.coding.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herald.core.model.Dependency;
import org.herald.core.model.Document;
import org.herald.core.model.Quote;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * Whether a verb's act is done: negated ("nicht", "keine Einigung"), intended (future, promised,
 * planned), hypothetical, a question, only asked for ("urged X to"), obliged ("must"), or only
 * alleged or threatened ("accused of", "threatened to"); and CAMEO's code for an intended act.
 * Verbs and words are numbered from 1. Stateless.
 */
final class Modality {
  private Modality() {}

  /** Whether a verb (1-based) is negated, or its object denies the act ("bedrohe niemanden"). */
  static boolean negated(Sentence s, int head, Lexicon w) {
    Set<String> negations = w.set("negations");
    for (Dependency d : s.dependencies()) {
      if (d.head() == head && (d.relation().equals("advmod") || d.relation().equals("det")
          || d.relation().startsWith("neg"))) {
        if (negations.contains(Arcs.word(s, d.dependent()))) {
          return true;
        }
      }
      if (d.head() == head && (d.relation().equals("obj") || d.relation().equals("iobj"))
          && w.has("nobody", Arcs.word(s, d.dependent()))) {
        return true; // "Russland bedrohe niemanden"
      }
      if (d.head() == head && d.relation().equals("obj")) {
        for (Dependency e : s.dependencies()) {
          if (e.head() == d.dependent() && e.relation().equals("det")
              && negations.contains(Arcs.word(s, e.dependent()))) {
            return true; // "keine Einigung erzielen"
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether the verb (1-based) speaks to the reader: an imperative ("Überprüfen Sie Ihr Wissen",
   * "Check your knowledge": the sentence's first word, with "Sie" after it or, in English, with
   * no subject) or a clause about a generic "you" ("verhaftet dich": list
   * {@code reader-pronouns}).
   */
  static boolean toTheReader(Sentence s, List<Dependency> arcs, int head, Lexicon w) {
    Set<String> reader = w.set("reader-pronouns");
    int first = 1;
    while (first <= s.tokens().size() && "PUNCT".equals(s.tokens().get(first - 1).upos())) {
      first++;
    }
    boolean subject = false;
    for (Dependency d : arcs) {
      if (d.head() != head) {
        continue;
      }
      String rel = d.relation();
      boolean argument = rel.startsWith("nsubj") || rel.equals("obj") || rel.equals("iobj");
      subject |= rel.startsWith("nsubj");
      if (argument && reader.contains(Arcs.word(s, d.dependent()))) {
        return true;
      }
      if (head == first && rel.startsWith("nsubj") && d.dependent() == head + 1
          && s.tokens().get(d.dependent() - 1).word().equals("Sie")) {
        return true; // "Überprüfen Sie": verb first, the polite "you" after it
      }
    }
    return head == first && !subject && w.language().equals("en")
        && "VB".equals(s.tokens().get(head - 1).tag());
  }

  /**
   * The modality of the verb at word k (0-based): a question; hypothetical where its clause, or
   * a verb it hangs on, is conditional ("wenn", "if", "unless": marking the clause or a clause
   * it governs), only possible ("could", "might", "könnte") or only alleged ("allegedly",
   * "angeblich"); intended where it, or a verb it hangs on, has an auxiliary of the future or of
   * intention ("will", "würde", "werden") or hangs on a verb of planning ("plant", "plans"); else
   * asserted. Only the verb's own clause counts: "widersprach, mit der Begründung, dass ein
   * solcher Schritt eine Bedrohung darstellen würde" is asserted. A clause opened by a word of
   * {@code whether-marks} is a question ("Die Frage ist, ob die Regierung ... verhaftet hat"),
   * and one that only says what someone believes, fears or hopes is hypothetical
   * ({@link #speculated}).
   */
  static String modality(Sentence s, int k, String text, Grammar g) {
    String sentence = text.substring(s.start(), s.end()).strip();
    if (sentence.endsWith("?")) {
      return "question";
    }
    Lexicon w = g.words();
    if (conditionalOpener(s, sentence, w)) {
      return "hypothetical"; // "Würden sie ihr Kapital abziehen, wäre das ein Signal"
    }
    List<Dependency> arcs = s.dependencies();
    Set<String> intention = w.set("intention");
    Set<String> condition = w.set("condition");
    Set<String> possible = w.set("possibility-aux");
    // The verb and the verbs it hangs on as a complement or coordinate ("will ... discuss and
    // describe"), up to the clause's own root.
    List<Integer> chain = new ArrayList<>(List.of(k + 1));
    for (int level = 0; level < 3; level++) {
      int up = Arcs.headBy(arcs, chain.get(chain.size() - 1), "xcomp", "conj");
      if (up == 0) {
        break;
      }
      chain.add(up);
    }
    // "fürchten, dass Russland angreift und Kiew besetzt", and "hofft, Putin zu treffen"
    boolean hypothetical = speculated(s, arcs, chain.get(chain.size() - 1), g)
        || speculated(s, arcs, k + 1, g);
    boolean intended = false;
    for (int v : chain) {
      if (Arcs.hasChild(s, arcs, v, "mark", w.set("whether-marks"))) {
        return "question";
      }
      if (v != k + 1 && intention.contains(Arcs.word(s, v))) {
        intended = true; // "plant, ... zu verhängen", "plans to"
      }
      for (Dependency d : arcs) {
        if (d.head() != v) {
          continue;
        }
        String word = Arcs.word(s, d.dependent());
        if (d.relation().equals("mark") && condition.contains(word)
            || d.relation().equals("advcl")
            && Arcs.hasChild(s, arcs, d.dependent(), "mark", condition)) {
          hypothetical = true;
        }
        if (d.relation().startsWith("aux") && intention.contains(word)) {
          intended = true;
        }
        if (d.relation().startsWith("aux") && possible.contains(word)) {
          hypothetical = true; // "could increase its exports", "könnte angreifen"
        }
        if ((d.relation().equals("advmod") || d.relation().equals("amod"))
            && w.has("alleged", word)) {
          hypothetical = true; // "allegedly attacked", "angeblich angegriffen": only charged
        }
        if (d.relation().startsWith("aux") && w.has("hearsay-aux", word)
            && Arcs.hasChild(s, arcs, v, "aux", w.set("perfect-aux"))) {
          hypothetical = true; // "soll seine Freundin umgebracht haben": alleged, not reported done
        }
      }
    }
    return hypothetical ? "hypothetical" : intended ? "intended" : "asserted";
  }

  /**
   * Whether a sentence is a condition without "wenn" or "if": opened by a word of
   * {@code conditional-openers} (a finite verb of the subjunctive, an inverted auxiliary) and
   * cut by a comma, as in "Sollte Russland angreifen, folgen Sanktionen" or "Had the police
   * acted, ...". The consequence is as conditional as the condition.
   */
  private static boolean conditionalOpener(Sentence s, String sentence, Lexicon w) {
    Token first = s.tokens().stream().filter(t -> Character.isLetter(t.word().charAt(0)))
        .findFirst().orElse(null);
    return first != null && w.has("conditional-openers", first.word())
        && sentence.indexOf(',') > 0;
  }

  /**
   * Whether a clause (its verb, 1-based) only says what someone believes, fears, hopes, expects
   * or dreams (docs/CODEBOOK.md: speculated acts are not coded): it is, or hangs up to three
   * clauses below, the complement of a verb of {@code believing} ("fürchtet, dass Russland
   * angreift", "geht davon aus, dass ...") or of a noun of {@code belief-nouns} ("the belief that
   * China attacked India", "das Gerücht, dass ..."; in German also a compound's end,
   * "Verschwörungstheorie"), or the subject or complement of an adjective of
   * {@code possibility-adjectives} ("Es wäre denkbar, dass Microsoft zugesichert hat").
   */
  static boolean speculated(Sentence s, List<Dependency> arcs, int verb, Grammar g) {
    Lexicon w = g.words();
    int clause = verb;
    for (int level = 0; level < 4; level++) {
      int up = 0;
      boolean coordinated = false;
      for (Dependency d : arcs) {
        if (d.dependent() == clause && SPECULATED_CLAUSES.contains(d.relation())) {
          up = d.head();
        } else if (d.dependent() == clause && d.relation().equals("conj")) {
          up = d.head();
          coordinated = true;
        }
      }
      if (up == 0) {
        return false;
      }
      if (coordinated) {
        // "dreamt that he grew wings and flew": the second act is believed if the first is,
        // not if it is the believing ("officials feared it, and Russia attacked")
        clause = up;
        continue;
      }
      Token head = s.tokens().get(up - 1);
      if (head.upos().equals("ADJ") && w.has("possibility-adjectives", head.word())) {
        return true; // "Es wäre denkbar, dass Microsoft zugesichert hat", "it is possible that"
      }
      if (head.upos().equals("NOUN")) {
        return w.has("belief-nouns", head.word())
            || g.language().equals("de") && w.part("belief-nouns", head.word(), true);
      }
      if (g.verbIn(s, up, "believing")) {
        return true;
      }
      clause = up;
    }
    return false;
  }

  /**
   * How a clause hangs on the verb or noun that says it is believed, feared or hoped ("dep":
   * "this dream that my son grew wings", the parser unsure of the clause's kind; "csubj": the
   * subject clause of "Es ist denkbar, dass ...").
   */
  private static final Set<String> SPECULATED_CLAUSES =
      Set.of("ccomp", "acl", "xcomp", "dep", "csubj");

  /** Whether a noun's act is only alleged: "alleged sex victims", "der mutmaßliche Anschlag". */
  static boolean allegedNoun(Sentence s, int noun, Lexicon w) {
    return Arcs.hasChild(s, s.dependencies(), noun, "amod", w.set("alleged"));
  }

  /**
   * Whether the event's act is only intended: its verb is in the future ("will release", "wird
   * liefern") or the infinitive of a verb of intending ("agreed to resume talks"), down a chain
   * of infinitives ("is willing to send material to help defend").
   */
  static boolean intendedClause(Sentence s, List<Dependency> arcs, int head, Grammar g) {
    return intendedClause(s, arcs, head, g, 0);
  }

  private static boolean intendedClause(Sentence s, List<Dependency> arcs, int head, Grammar g,
      int depth) {
    if (Arcs.hasAux(s, arcs, head, g.words().set("future-aux"))) {
      return true;
    }
    for (Dependency d : arcs) {
      if (d.dependent() == head && d.relation().equals("xcomp")) {
        Token up = s.tokens().get(d.head() - 1);
        if (g.words().has("intending", Arcs.lemmaOf(up)) || g.verbIn(s, d.head(), "intending")
            || depth < 2 && intendedClause(s, arcs, d.head(), g, depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }

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
   * Whether the verb is what another verb charges someone with, threatens or failed to do
   * ("accused the RSF of looting homes and attacking hospitals", "threatened to impose
   * sanctions", "failed to agree on sanctions", "it is alleged he raped"): the charge (112), threat (13) or failure is the
   * event; the act is not done.
   */
  static boolean alleged(Sentence s, List<Dependency> arcs, int head, Grammar g) {
    // "of", "for", "to", "zu", "dass" on the way up, or a German zu-infinitive
    boolean linked = g.markedInfinitive(s.tokens().get(head - 1));
    Set<String> links = g.words().set("charge-links");
    int word = head;
    for (int level = 0; level < 5 && word > 0; level++) {
      for (Dependency d : arcs) {
        if (d.head() == word && (d.relation().equals("case") || d.relation().equals("mark"))
            && links.contains(Arcs.word(s, d.dependent()))) {
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
      // coordinated with the finite verb it belongs to; but two progressives go together ("is
      // charging forward against Facebook and calling for privacy regulation")
      boolean gerund = level == 0 && rel.equals("conj")
          && "VBG".equals(s.tokens().get(word - 1).tag())
          && up > 0 && !"VBG".equals(s.tokens().get(up - 1).tag());
      linked |= rel.equals("ccomp"); // "it is alleged he raped", "warf ihm vor, er habe"
      if (up > 0 && (linked || gerund) && g.verbIn(s, up, "undone")) {
        return true;
      }
      word = up;
    }
    return false;
  }

  /**
   * Whether the verb is the infinitive of a verb of needing or wishing ("believed Ukraine
   * needed to investigate Burisma"), or of seeming ("Trump scheint die Wähler aufgegeben zu
   * haben"): not done, or only the writer's guess.
   */
  static boolean needed(Sentence s, List<Dependency> arcs, int head, Grammar g) {
    int first = head; // "scheint X verloren und Y aufgegeben zu haben": the first conjunct's
    for (int level = 0; level < 3; level++) {
      for (Dependency d : arcs) {
        if (d.dependent() == first && d.relation().equals("conj") && d.head() > 0) {
          first = d.head();
          break;
        }
      }
    }
    for (Dependency d : arcs) {
      if (d.dependent() == first && d.relation().equals("xcomp") && d.head() > 0
          && (g.verbIn(s, d.head(), "needing")
          || g.verbIn(s, d.head(), "seeming"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb is an infinitive whose subject a mark introduces ("for Damascus to allow
   * the U.N. to deliver aid", "time for Russia to withdraw"): what is wished for, not done.
   */
  static boolean wishedFor(Sentence s, List<Dependency> arcs, int head, Lexicon w) {
    return Arcs.hasSubject(arcs, head) && Arcs.hasMark(s, arcs, head, w.set("wished-marks"))
        && Arcs.hasMark(s, arcs, head, w.set("purpose-marks"));
  }

  /**
   * Whether the verb's clause is what a verb of {@code denying} above it (by ccomp or xcomp, up
   * to three levels) denies ("denied that he had urged Ukraine", "bestritt, die Waffen geliefert
   * zu haben"): the denial is the event, not the act denied.
   */
  static boolean denied(Sentence s, List<Dependency> arcs, int head, Grammar g) {
    int word = head;
    for (int level = 0; level < 3; level++) {
      int up = Arcs.headBy(arcs, word, "ccomp", "xcomp");
      if (up == 0) {
        return false;
      }
      if (g.verbIn(s, up, "denying")) {
        return true;
      }
      word = up;
    }
    return false;
  }

  /**
   * Whether a verb of denying denies its subject's own act: a clause whose subject is a
   * pronoun ("denied that he had taken bribes", "bestritt, dass er ...") or an infinitive with
   * no subject of its own ("bestritt, Geld angenommen zu haben"). "Denied that any deal had
   * been reached" denies no act of the speaker's.
   */
  static boolean deniesOwnAct(Sentence s, List<Dependency> arcs, int head, Lexicon w) {
    for (Dependency d : arcs) {
      if (d.head() != head || !(d.relation().equals("ccomp") || d.relation().equals("xcomp"))
          || !"VERB".equals(s.tokens().get(d.dependent() - 1).upos())) {
        continue;
      }
      int subject = 0;
      for (Dependency e : arcs) {
        if (e.head() == d.dependent() && e.relation().startsWith("nsubj")) {
          subject = e.dependent();
        }
      }
      if (subject == 0 ? d.relation().equals("xcomp")
          : w.has("parse-pronouns", Arcs.word(s, subject))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb is the infinitive of what a verb of asking asks its object to do ("urged
   * Iraq to", "called on Ukraine to stop"), or the clause of what a verb of demanding demands.
   */
  static boolean askedOf(Sentence s, List<Dependency> arcs, int head, Grammar g) {
    for (Dependency d : arcs) {
      if (d.dependent() != head || d.head() == 0) {
        continue;
      }
      Token governing = s.tokens().get(d.head() - 1);
      if (d.relation().equals("ccomp") && g.isOneOf(governing, "demanding")) {
        return true; // "demanded that the government end the curbs", "will, dass die USA ..."
      }
      if (d.relation().equals("advcl") && g.isOneOf(governing, "asking")
          && arcs.stream().anyMatch(m -> m.head() == head && m.relation().equals("mark")
          && g.words().has("asked-cases", Arcs.word(s, m.dependent())))) {
        return true; // "called on the government to withdraw", parsed with "on" marking the
                     // infinitive and the government as its subject: asked, not done
      }
      if (!d.relation().equals("xcomp") || !g.isOneOf(governing, "asking")) {
        continue;
      }
      for (Dependency o : arcs) {
        if (o.head() == d.head() && (o.relation().equals("obj") || o.relation().equals("iobj")
            || o.relation().equals("obl:arg") || o.relation().startsWith("obl")
            && g.words().has("asked-cases", Arcs.caseOf(s, o.dependent())))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the verb is an infinitive that a verb above it (by xcomp, up to three levels) denies
   * ("never intended to harm Omar") or hands to its object ("has been training the opposition
   * forces to fight against Islamic State": the forces are to fight, no one fought): not an act
   * the text says was done.
   */
  static boolean undoneInfinitive(Sentence s, List<Dependency> arcs, int head, Lexicon w) {
    int word = head;
    for (int level = 0; level < 3; level++) {
      int up = 0;
      for (Dependency d : arcs) {
        if (d.dependent() == word && d.relation().equals("xcomp")) {
          up = d.head();
        }
      }
      if (up == 0) {
        return false;
      }
      // "Peking hat die Äußerungen ... zurückgewiesen", parsed with the participle as the
      // complement of "hat": an auxiliary's participle is done, not only intended
      if (negated(s, up, w) || level == 0 && !Arcs.hasSubject(arcs, word)
          && Arcs.hasObject(arcs, up) && "VERB".equals(s.tokens().get(up - 1).upos())) {
        return true;
      }
      word = up;
    }
    return false;
  }

  /**
   * Whether a verb is a perfect infinitive that describes an actor by what it did before: "the
   * only two Arab states to have signed peace treaties with Israel", "the first country to have
   * recognised". Not under a verb of hearsay, which reports the act: "is said to have met",
   * "appears to have fired". A language without a list of such verbs is left alone: German, whose
   * "zu haben" is mostly what is denied, claimed or accused ("bestreitet, ... genommen zu haben").
   */
  static boolean describedByPastAct(Sentence s, List<Dependency> arcs, int head, Lexicon w) {
    if (w.set("hearsay-verbs").isEmpty()
        || !Arcs.hasChild(s, arcs, head, "mark", w.set("infinitive-marks"))
        || !Arcs.hasChild(s, arcs, head, "aux", w.set("perfect-aux"))) {
      return false;
    }
    int up = Arcs.headBy(arcs, head, "xcomp");
    return up == 0 || !w.has("hearsay-verbs", Arcs.lemmaOf(s.tokens().get(up - 1)));
  }

  /** Whether a verb of agreeing has a clause or "to" of what is agreed: an intent (030). */
  static boolean agreesTo(Sentence s, Token verb, List<Dependency> arcs, int head, Grammar g) {
    if (!g.words().has("agreeing", verb.lemma())) {
      return false;
    }
    for (Dependency d : arcs) {
      if (d.head() == head && (d.relation().equals("xcomp") || d.relation().equals("ccomp"))) {
        return true;
      }
      // "agreed to a six-month extension": what is agreed to is still to be done
      if (d.head() == head && d.relation().startsWith("obl")
          && g.words().has("agreed-to-cases", Arcs.caseOf(s, d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb governs a clause of obligation or advice: "said that Sudan must return ...",
   * "sagte, Arbeitgeber sollten ... aufklären".
   */
  static boolean obligesClause(Sentence s, List<Dependency> arcs, int head, Lexicon w) {
    return clauseAux(s, arcs, head, w.set("obligation-aux"))
        || clauseAux(s, arcs, head, w.set("advice-aux"));
  }

  /**
   * Whether the clause of obligation a verb governs only advises ("said residents should take
   * precautions", "sagte, die Quote sollte gelten"): an appeal, where "must" is a demand.
   */
  static boolean onlyAdvises(Sentence s, List<Dependency> arcs, int head, Lexicon w) {
    return clauseAux(s, arcs, head, w.set("advice-aux"))
        && !clauseAux(s, arcs, head, w.set("obligation-aux"));
  }

  private static boolean clauseAux(Sentence s, List<Dependency> arcs, int head,
      Set<String> auxiliaries) {
    for (Dependency d : arcs) {
      // a clause with its own modal, which the parser may label xcomp ("sagte, Israel müsse")
      if (d.head() == head && (d.relation().equals("ccomp") || d.relation().equals("xcomp"))
          && Arcs.hasAux(s, arcs, d.dependent(), auxiliaries)) {
        return true;
      }
    }
    return false;
  }

  /** The quote a token stands in, or null. */
  static @Nullable Quote quoteAround(Document doc, Token t) {
    for (Quote q : doc.quotes()) {
      if (q.start() <= t.start() && t.end() <= q.end()) {
        return q;
      }
    }
    return null;
  }
}
