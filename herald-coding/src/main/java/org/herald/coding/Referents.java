package org.herald.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.core.model.Dependency;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * Whom a pronoun or a description stands for, for {@link QuoteSpeakers}: "er", "he", "der
 * Grünen-Politiker", "the governor" as the subject of a verb of saying. The referent is the
 * person who was last the subject of a sentence (or the organisation of an unnamed spokesperson
 * who was) or the speaker of a quote, in the sentence of the word and the {@link #BACK}
 * sentences before it; else the person named last before it
 * outside quotation marks (a name inside someone's words is not whom the report goes on about:
 * "“... Trump makes the prospects ... uncertain,” he said"). One per document; not
 * thread-safe (it learns the speakers of the quotes found so far).
 */
final class Referents {
  /** How many sentences before a pronoun's own its referent may have been the subject in. */
  static final int BACK = 3;

  private final Document doc;
  private final List<Sentence> sentences;
  private final List<Named> names;
  private final List<int[]> direct;
  private final List<Integer> spokenAt = new ArrayList<>();
  private final List<Entity> spokenBy = new ArrayList<>();
  private final java.util.Map<Entity, java.util.Optional<Genders.Gender>> genders =
      new java.util.HashMap<>();

  Referents(Document doc, List<Named> names, List<int[]> direct) {
    this.doc = doc;
    this.sentences = doc.sentences();
    this.names = names;
    this.direct = direct;
  }

  /** The index of the last sentence that begins at or before a position, or -1. */
  static int sentenceAt(List<Sentence> sentences, int at) {
    int here = -1;
    for (int i = 0; i < sentences.size() && sentences.get(i).start() <= at; i++) {
      here = i;
    }
    return here;
  }

  /** A quote ending at {@code at} was found to be the words of a speaker. */
  void spoke(int at, Entity speaker) {
    spokenAt.add(at);
    spokenBy.add(speaker);
  }

  /**
   * The person a pronoun or description at a position stands for, words in marks from {@code
   * start} to {@code end} aside (-1: none); or null.
   */
  @Nullable Entity person(int at, int start, int end) {
    return person(at, start, end, 2);
  }

  private @Nullable Entity person(int at, int start, int end, int depth) {
    int here = sentenceAt(sentences, at);
    if (here < 0) {
      return null;
    }
    Genders.Gender asked = null;
    String role = null;
    List<Token> own = sentences.get(here).tokens();
    for (int k = 0; k < own.size(); k++) {
      if (own.get(k).start() == at) {
        asked = Genders.asked(sentences.get(here), k);
        String w = own.get(k).word().toLowerCase(Locale.ROOT);
        role = isRoleWord(w) ? w : null;
      }
    }
    if (role != null) {
      // "the governor said", after "Gov. Eric Holcomb": the person the text gave that title,
      // whoever was the subject since
      Entity titled = titled(role, at, start, end);
      if (titled != null && agrees(titled, asked)) {
        return titled;
      }
    }
    int from = sentences.get(Math.max(0, here - BACK)).start();
    Entity best = null;
    int bestAt = -1;
    for (int i = Math.max(0, here - BACK); i <= here; i++) {
      Sentence s = sentences.get(i);
      if (s.dependencies() == null) {
        // not parsed: each person it names is as good as its subject
        for (Named n : names) {
          int pos = n.mention().start();
          if (pos >= s.start() && n.mention().end() <= Math.min(s.end(), at) && pos > bestAt
              && n.entity().type() == EntityType.PERSON && !quoted(pos, start, end)
              && agrees(n.entity(), asked)) {
            best = n.entity();
            bestAt = pos;
          }
        }
        continue;
      }
      for (Dependency d : s.dependencies()) {
        if (!d.relation().startsWith("nsubj")) {
          continue;
        }
        Token subj = s.tokens().get(d.dependent() - 1);
        if (subj.end() > at || subj.start() <= bestAt || quoted(subj.start(), start, end)) {
          continue;
        }
        Entity e = phrasePerson(s, d.dependent() - 1, start, end);
        if (e == null) {
          e = unnamedFor(s, d.dependent() - 1, start, end);
        }
        if (e == null && depth > 0 && QuoteStage.PRONOUNS.contains(
            subj.word().toLowerCase(Locale.ROOT))) {
          e = person(subj.start(), start, end, depth - 1); // "Er sagte ... Er fügte hinzu"
        }
        if (e != null && agrees(e, asked)) {
          best = e;
          bestAt = subj.start();
        }
      }
    }
    for (int k = 0; k < spokenAt.size(); k++) {
      int pos = spokenAt.get(k);
      if (pos >= from && pos <= at && pos > bestAt
          && spokenBy.get(k).type() == EntityType.PERSON && agrees(spokenBy.get(k), asked)) {
        best = spokenBy.get(k);
        bestAt = pos;
      }
    }
    if (best != null) {
      return best;
    }
    Named last = null;
    for (Named n : names) {
      if (n.mention().end() <= at && n.entity().type() == EntityType.PERSON
          && !quoted(n.mention().start(), start, end) && agrees(n.entity(), asked)) {
        last = n;
      }
    }
    return last == null ? null : last.entity();
  }

  /**
   * The organisation an unnamed person speaks for, as the subject at word k (0-based): a role
   * word not standing for someone named ("a spokesperson for the Universities and Colleges
   * Employers' Association said", "ein Sprecher des Ministeriums"), with the organisation under
   * it. A pronoun after it is that speaker again ("he said"), not a person named earlier.
   */
  private @Nullable Entity unnamedFor(Sentence s, int k, int start, int end) {
    if (!isRoleWord(s.tokens().get(k).word().toLowerCase(Locale.ROOT)) || standsFor(s, k)) {
      return null;
    }
    for (Dependency d : s.dependencies()) {
      if (d.head() == k + 1 && d.relation().startsWith("nmod")) {
        Named n = QuoteSpeakers.covering(names, s.tokens().get(d.dependent() - 1), start, end);
        if (n != null && n.entity().type() == EntityType.ORGANIZATION) {
          return n.entity();
        }
      }
    }
    return null;
  }

  /**
   * The person named last before {@code at} with a title that is the role word, or whose
   * abbreviation it is ("Gov.", "Sen."), right before or in apposition after the name
   * ("Governor Jay Inslee", "Bundeskanzler Olaf Scholz", "Holcomb, the governor,"); or null.
   */
  private @Nullable Entity titled(String role, int at, int start, int end) {
    Entity found = null;
    for (Named n : names) {
      if (n.mention().end() > at || n.entity().type() != EntityType.PERSON
          || quoted(n.mention().start(), start, end)) {
        continue;
      }
      int[] words = wordsOf(n);
      if (words != null) {
        List<Token> t = sentences.get(words[0]).tokens();
        int first = words[1];
        int last = words[2];
        List<Integer> near = new ArrayList<>(List.of(first - 1, first - 2));
        for (int k = first; k <= last; k++) {
          near.add(k); // "Treasury Secretary" tagged as the person's mention
        }
        if (last + 1 < t.size() && t.get(last + 1).word().equals(",")) {
          near.addAll(List.of(last + 2, last + 3, last + 4)); // "Holcomb, the state's governor"
        }
        for (int k : near) {
          String w = k >= 0 && k < t.size() ? t.get(k).word().toLowerCase(Locale.ROOT) : "";
          if (w.endsWith(role) || w.length() > 3 && w.endsWith(".")
              && role.startsWith(w.substring(0, w.length() - 1))) {
            found = n.entity();
          }
        }
      }
    }
    return found;
  }

  /**
   * Where a mention's words are: its sentence's index, and its first and last word in it
   * (0-based); null where no word of a sentence lies in it.
   */
  private int @Nullable [] wordsOf(Named n) {
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (n.mention().start() < s.start() || n.mention().start() >= s.end()) {
        continue;
      }
      List<Token> t = s.tokens();
      int first = -1;
      int last = -1;
      for (int k = 0; k < t.size(); k++) {
        if (t.get(k).start() >= n.mention().start() && t.get(k).end() <= n.mention().end()) {
          first = first < 0 ? k : first;
          last = k;
        }
      }
      return first < 0 ? null : new int[] {i, first, last};
    }
    return null;
  }

  /** Whether a person may be whom a word asking a gender stands for (unknown agrees). */
  private boolean agrees(Entity e, Genders.@Nullable Gender asked) {
    if (asked == null) {
      return true;
    }
    Genders.Gender g = gender(e);
    return g == null || g == asked;
  }

  /**
   * The gender the document gives a person, from every mention of it and its name; null where
   * none says or they disagree.
   */
  private Genders.@Nullable Gender gender(Entity e) {
    return genders.computeIfAbsent(e, x -> java.util.Optional.ofNullable(findGender(x)))
        .orElse(null);
  }

  private Genders.@Nullable Gender findGender(Entity e) {
    Set<Genders.Gender> found = java.util.EnumSet.noneOf(Genders.Gender.class);
    String[] canonical = e.name().split(" ");
    if (canonical.length > 1) {
      Genders.Gender g = Genders.ofFirstName(canonical[0]);
      if (g != null) {
        found.add(g);
      }
    }
    for (Named n : names) {
      if (!n.entity().equals(e)) {
        continue;
      }
      int[] words = wordsOf(n);
      if (words != null) {
        Genders.Gender g = Genders.ofName(sentences.get(words[0]).tokens(), words[1], words[2]);
        if (g != null) {
          found.add(g);
        }
      }
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }

  /**
   * Who a sentence is about: the subject of its main verb, when it names a person, an
   * organisation or a state, or stands for a person named before; null without a parse, or when
   * the subject lies in words in marks. The words that follow in the subjunctive or in marks with
   * no speaker of their own are this one's ("René Klemmer kritisierte die Sprachlosigkeit der
   * Arbeitgeber. Dieses Verhalten mache die mangelnde Wertschätzung deutlich.").
   */
  @Nullable Entity subjectOf(Sentence s) {
    if (s.dependencies() == null) {
      return null;
    }
    int root = 0;
    for (Dependency d : s.dependencies()) {
      if (d.head() == 0) {
        root = d.dependent();
      }
    }
    for (Dependency d : s.dependencies()) {
      if (root == 0 || d.head() != root || !d.relation().equals("nsubj")) {
        continue;
      }
      Token subj = s.tokens().get(d.dependent() - 1);
      if (quoted(subj.start(), -1, -1)) {
        return null;
      }
      Entity e = phrasePerson(s, d.dependent() - 1, -1, -1);
      if (e != null) {
        return e;
      }
      if (standsFor(s, d.dependent() - 1)) {
        return person(subj.start(), -1, -1); // "der HDE-Präsident": a person, not the HDE
      }
      Named n = QuoteSpeakers.covering(names, subj, -1, -1);
      return n != null && (n.entity().type() == EntityType.ORGANIZATION
          || QuoteSpeakers.actsForState(n.entity())) ? n.entity() : null;
    }
    return null;
  }

  /**
   * Whether the verb at word k (0-based) is a passive whose subject is a group of civilians the
   * text only describes: "Zeugen werden gebeten, sich ... zu melden", "residents are urged to".
   * They are the ones asked, not who speaks.
   */
  boolean publicAsked(Sentence s, int k) {
    if (s.dependencies() == null) {
      return false;
    }
    for (Dependency d : s.dependencies()) {
      if (d.head() == k + 1 && d.relation().equals("nsubj:pass")) {
        Named n = QuoteSpeakers.covering(names, s.tokens().get(d.dependent() - 1), -1, -1);
        return n != null && Descriptions.describedCivilians(n.entity());
      }
    }
    return false;
  }

  /**
   * Who asks the public in a passive of {@link #publicAsked}: the agent the sentence names ("von
   * der Polizei"), else the police, court or government the text named last before the verb
   * (word k, 0-based), no place, as the codebook has a passive appeal's source; or null.
   */
  @Nullable Entity askingAuthority(Sentence s, int k) {
    for (Dependency d : s.dependencies()) {
      boolean agent = d.relation().equals("obl:agent") || d.relation().startsWith("obl")
          && Parses.hasChild(s, s.dependencies(), d.dependent(), "case", QuoteStage.REPORT_AGENTS);
      if (d.head() == k + 1 && agent) {
        Named n = QuoteSpeakers.covering(names, s.tokens().get(d.dependent() - 1), -1, -1);
        if (n != null) {
          return n.entity();
        }
      }
    }
    // no place: "Berlin", a capital, stands for its government only as a verb's subject
    return doc.lastNamedBefore(s.tokens().get(k).start(), e -> e.type() != EntityType.LOCATION
        && Descriptions.agentIn(e, Descriptions.ASKING_AUTHORITIES));
  }

  /**
   * The one a sentence that leads in to words in marks is about ("Das Gericht stellt dazu
   * fest:", "Toprak drückte sein Unverständnis aus."): the subject of its main verb ({@link
   * #subjectOf}), else, in a lead-in without a verb ("Wolfgang Weber, Vorsitzender der
   * ZVEI-Geschäftsführung, zum Referentenentwurf:") or one parsed with the name as its head,
   * the person or organisation whose name is its head; or null.
   */
  @Nullable Entity leadIn(Sentence s) {
    Entity subject = subjectOf(s);
    if (subject != null || s.dependencies() == null) {
      return subject;
    }
    for (Dependency d : s.dependencies()) {
      if (d.head() == 0) {
        Named n = QuoteSpeakers.covering(names, s.tokens().get(d.dependent() - 1), -1, -1);
        return n != null && (n.entity().type() == EntityType.PERSON
            || n.entity().type() == EntityType.ORGANIZATION) ? n.entity() : null;
      }
    }
    return null;
  }

  /**
   * Whether word k (0-based) stands for someone named before: a pronoun ("er", "he"), or an
   * office or role with a definite article ("der Grünen-Politiker", "the governor").
   */
  static boolean standsFor(Sentence s, int k) {
    String w = s.tokens().get(k).word().toLowerCase(Locale.ROOT);
    if (QuoteStage.PRONOUNS.contains(w)) {
      return true;
    }
    if (memberOf(s, k) != null) {
      return false; // "die Richter": the court, not the judge named last
    }
    if (s.dependencies() == null) {
      // no parse: a role word right after a definite article ("so die Präsidentin")
      return k > 0 && isRoleWord(w) && QuoteStage.DEFINITE.contains(
          s.tokens().get(k - 1).word().toLowerCase(Locale.ROOT));
    }
    boolean role = isRoleWord(w);
    for (Dependency d : s.dependencies()) {
      // a word split at its hyphen: "Grünen - Politiker", the parse's flat name
      String part = s.tokens().get(d.dependent() - 1).word().toLowerCase(Locale.ROOT);
      role |= d.head() == k + 1 && (d.relation().equals("flat") || d.relation().equals("compound"))
          && isRoleWord(part);
    }
    if (!role) {
      return false;
    }
    for (Dependency d : s.dependencies()) {
      if (d.head() == k + 1 && d.relation().equals("det") && QuoteStage.DEFINITE.contains(
          s.tokens().get(d.dependent() - 1).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The body noun that word k (0-based) speaks for as its members, in the plural after a
   * definite article ("die Richter", "the judges": "gericht", "court"); null for any other word.
   */
  static @Nullable String memberOf(Sentence s, int k) {
    if (k == 0 || !QuoteStage.PLURAL_DEFINITE.contains(
        s.tokens().get(k - 1).word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    String w = s.tokens().get(k).word().toLowerCase(Locale.ROOT);
    return QuoteStage.BODY_MEMBERS.entrySet().stream()
        .filter(m -> w.endsWith(m.getKey()) || w.endsWith(m.getKey() + "n"))
        .map(Map.Entry::getValue).findFirst().orElse(null);
  }

  /**
   * Whether word k (0-based) is the first half of a word split at its hyphen whose second half
   * names an office or role: "Grünen" of "Grünen-Politiker".
   */
  static boolean namesARole(Sentence s, int k) {
    List<Token> t = s.tokens();
    if (k + 2 >= t.size() || !t.get(k + 1).word().equals("-")
        || t.get(k + 1).start() != t.get(k).end() || t.get(k + 2).start() != t.get(k + 1).end()) {
      return false;
    }
    return isRoleWord(t.get(k + 2).word().toLowerCase(Locale.ROOT));
  }

  /**
   * The body a definite description at a position stands for ("sagte die Behörde", "the utility
   * said"): the organisation the text named last before it, outside words in marks, in its
   * sentence and the {@link #BACK} before, one the knowledge base or the text's words tell
   * before one no one knows, and one whose name holds the noun before both ("des Amtes" after
   * "das Veterinäramt Solingen"); null where the description's noun names no body (QuoteStage's
   * "bodies", as a word's end, also in the genitive: "des Ministeriums") or no organisation was
   * named.
   */
  @Nullable Entity body(Sentence s, int k, int start, int end) {
    return body(s, k, start, end, false);
  }

  /**
   * As {@link #body(Sentence, int, int, int)}; with {@code sameKind}, only an organisation whose
   * name holds the description's noun ("des Amtes": "das Veterinäramt Solingen").
   */
  @Nullable Entity body(Sentence s, int k, int start, int end, boolean sameKind) {
    List<Token> t = s.tokens();
    String w = t.get(k).word().toLowerCase(Locale.ROOT);
    // the body word the noun ends in, genitive or not ("Amtes": "amt")
    String kind = QuoteStage.BODIES.stream().filter(b -> w.endsWith(b) || w.endsWith(b + "s")
        || w.endsWith(b + "es")).max(java.util.Comparator.comparingInt(String::length))
        .orElse(null);
    String article = k == 0 ? "" : t.get(k - 1).word().toLowerCase(Locale.ROOT);
    boolean ofKindOnly = sameKind;
    if (kind == null) {
      // "die Richter", "the judges": members who speak for a body of the kind named before
      kind = memberOf(s, k);
      ofKindOnly = true;
    }
    if (k == 0 || !QuoteStage.DEFINITE.contains(article) || kind == null
        || namedAfter(s, k, start, end)) {
      return null;
    }
    int here = sentences.indexOf(s);
    int from = here < 0 ? s.start() : sentences.get(Math.max(0, here - BACK)).start();
    Named known = null;
    Named unknown = null;
    Named ofKind = null;
    for (Named n : names) {
      if (n.mention().start() >= from && n.mention().end() <= t.get(k - 1).start()
          && n.entity().type() == EntityType.ORGANIZATION
          && !quoted(n.mention().start(), start, end)) {
        if (n.entity().kb() == null) {
          unknown = n;
        } else if (!n.entity().kb().id().startsWith(Descriptions.CAMEO)) {
          known = n;
        }
        if (n.mention().text().toLowerCase(Locale.ROOT).contains(kind)) {
          ofKind = n; // "des Amtes" after "das Veterinäramt Solingen", whoever else was named
        }
      }
    }
    Named body = ofKind != null || ofKindOnly ? ofKind : known != null ? known : unknown;
    return body == null ? null : body.entity();
  }

  /**
   * Whether the noun at word k (0-based) is followed by a name of its own, so that it describes
   * a body the text names there rather than one named before ("die Datenschutzbehörde
   * Nordrhein-Westfalen", "the agency Frontex").
   */
  private boolean namedAfter(Sentence s, int k, int start, int end) {
    List<Token> t = s.tokens();
    if (k + 1 >= t.size()) {
      return false;
    }
    Token next = t.get(k + 1);
    return "PROPN".equals(next.upos())
        || QuoteSpeakers.covering(names, next, start, end) != null;
  }

  /** Whether a lower-cased word ends in an office or role: "grünen-politiker", "sprecher". */
  private static boolean isRoleWord(String word) {
    return QuoteStage.ROLES.stream().anyMatch(word::endsWith);
  }

  /** Whether a position lies in any words in marks of the document. */
  boolean inMarks(int pos) {
    return quoted(pos, -1, -1);
  }

  /** Whether a position lies in words in marks, the given ones or any of the document's. */
  private boolean quoted(int pos, int start, int end) {
    if (start >= 0 && pos >= start && pos < end) {
      return true;
    }
    for (int[] q : direct) {
      if (pos >= q[0] && pos < q[1]) {
        return true;
      }
    }
    return false;
  }

  /** Relations that join a noun to another name of the same one: "Präsident ..., Russwurm". */
  private static final Set<String> SAME_ONE = Set.of("appos", "flat", "flat:name", "compound");

  /**
   * The person a noun phrase names (word index k, 0-based): the name covering its head, else a
   * name in apposition to a word of the phrase ("der Präsident des BDI, Siegfried Russwurm",
   * "Will Moy, chief executive of Full Fact"); or null.
   */
  @Nullable Entity phrasePerson(Sentence s, int k, int start, int end) {
    Named head = QuoteSpeakers.covering(names, s.tokens().get(k), start, end);
    if (head != null && head.entity().type() == EntityType.PERSON) {
      return head.entity();
    }
    Named appos = apposPerson(s, k, start, end);
    return appos == null ? null : appos.entity();
  }

  /** A person named in apposition to a word of the phrase headed by word k (0-based). */
  @Nullable Named apposPerson(Sentence s, int k, int start, int end) {
    if (s.dependencies() == null) {
      return null;
    }
    Set<Integer> phrase = Parses.phrase(s.dependencies(), k + 1);
    for (Dependency d : s.dependencies()) {
      if (phrase.contains(d.dependent()) && (d.relation().equals("appos")
          && phrase.contains(d.head()) || d.head() == k + 1 && SAME_ONE.contains(d.relation()))) {
        Named n = QuoteSpeakers.covering(names, s.tokens().get(d.dependent() - 1), start, end);
        for (Dependency f : s.dependencies()) {
          if (n == null && f.head() == d.dependent() && f.relation().equals("flat")) {
            // "der FDP-Fraktion Dr. Marco Buschmann": the title heads the name
            n = QuoteSpeakers.covering(names, s.tokens().get(f.dependent() - 1), start, end);
          }
        }
        if (n != null && n.entity().type() == EntityType.PERSON) {
          return n;
        }
      }
    }
    return null;
  }
}
