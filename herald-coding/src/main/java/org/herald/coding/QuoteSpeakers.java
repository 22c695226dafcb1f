package org.herald.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.core.model.Dependency;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.Mention;
import org.herald.core.model.Quote;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * Who said a quote, for {@link QuoteStage}: the subject of its verb of saying, "laut X" or "X
 * zufolge", the subject of the sentence that holds words in marks, a pronoun's person, and a
 * quote without a speaker going on in the name of the quote before it; and the media the words
 * came through ({@code via}). Stateless.
 */
final class QuoteSpeakers {
  private QuoteSpeakers() {}

  /** How far after the last quote with a speaker one without goes on in that speaker's name. */
  static final int CARRY = 400;

  /**
   * A quote without a speaker goes on in the name of the quote before it, when that one has a
   * speaker, ends at most {@link #CARRY} characters before, and no other person or organisation
   * is named in between ("Habeck sagte, ... . „Ich bin auch nicht zufrieden damit.“"; a
   * subjunctive sentence after a direct quote).
   */
  static List<Quote> carrySpeakers(List<Quote> quotes, Document doc, List<Named> names) {
    List<Quote> out = new ArrayList<>(quotes.size());
    Quote last = null;
    for (Quote q : quotes) {
      Quote now = q;
      if (q.speaker() == null && q.speakerName() == null && last != null
          && q.start() - last.end() <= CARRY
          && !otherActorBetween(names, last.end(), q.start(), last.speaker())) {
        now = new Quote(q.start(), q.end(), q.text(), q.direct(), last.speaker(),
            last.speakerName(), q.via().isEmpty() ? last.via() : q.via(), q.date(),
            q.dateSource());
      } else if (q.speaker() == null && q.speakerName() == null && !q.direct()) {
        Named subject = previousSubject(doc, names, quotes, q.start());
        if (subject != null) {
          now = new Quote(q.start(), q.end(), q.text(), false, subject.entity().id(),
              subject.mention().text(), q.via(), q.date(), q.dateSource());
        }
      }
      out.add(now);
      if (now.speaker() != null || now.speakerName() != null) {
        last = now;
      }
    }
    return out;
  }

  /**
   * Who reported speech with no speaker goes on from: the person or organisation that is the
   * subject of the sentence right before the quote's, where that sentence holds no quote ("Der
   * US-Nachrichtensender CNN wiederum scheint skeptischer zu sein. Die Echtheit der Bilder könne
   * noch nicht bestätigt werden."; "..., entschied das Verwaltungsgericht. Die Inanspruchnahme
   * sei unangemessen."); else null.
   */
  private static @Nullable Named previousSubject(Document doc, List<Named> names,
      List<Quote> quotes, int at) {
    List<Sentence> sentences = doc.sentences();
    int here = Referents.sentenceAt(sentences, at);
    if (here < 1) {
      return null;
    }
    Sentence before = sentences.get(here - 1);
    if (quotes.stream().anyMatch(q -> q.start() < before.end() && before.start() < q.end())) {
      return null;
    }
    if (before.dependencies() == null) {
      // not parsed: a name before the sentence's first verb ("Der Sender CNN scheint ...")
      for (Token t : before.tokens()) {
        if ("VERB".equals(t.upos()) || "AUX".equals(t.upos())) {
          break;
        }
        Named n = covering(names, t, -1, -1);
        if (n != null && (n.entity().type() == EntityType.PERSON
            || n.entity().type() == EntityType.ORGANIZATION)) {
          return n;
        }
      }
      return null;
    }
    for (Dependency d : before.dependencies()) {
      if (!d.relation().equals("nsubj") || !isRoot(before, d.head())) {
        continue;
      }
      List<Integer> words = new ArrayList<>(List.of(d.dependent()));
      for (Dependency e : before.dependencies()) {
        if (e.head() == d.dependent() && (e.relation().equals("flat")
            || e.relation().equals("appos") || e.relation().equals("compound"))) {
          words.add(e.dependent()); // "der US-Nachrichtensender CNN"
        }
      }
      for (int w : words) {
        Named n = covering(names, before.tokens().get(w - 1), -1, -1);
        if (n != null && (n.entity().type() == EntityType.PERSON
            || n.entity().type() == EntityType.ORGANIZATION)) {
          return n;
        }
      }
    }
    return null;
  }

  private static boolean isRoot(Sentence s, int word) {
    return s.dependencies().stream().anyMatch(d -> d.dependent() == word && d.head() == 0);
  }

  /**
   * Words in marks inside indirect speech with a speaker are that speaker's ("In den Jahren
   * seien die Demokratie und der Rechtsstaat mit „entsetzlichen Gewalttaten“ angegriffen
   * worden": the President's, whose words the sentence reports, not Germany's named before).
   */
  static List<Quote> shareEnclosing(List<Quote> quotes) {
    List<Quote> out = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      Quote now = q;
      for (Quote r : quotes) {
        if (q.direct() && !r.direct() && r.start() <= q.start() && q.end() <= r.end() + 1
            && (r.speaker() != null || r.speakerName() != null)) {
          now = new Quote(q.start(), q.end(), q.text(), true, r.speaker(), r.speakerName(),
              q.via().isEmpty() ? r.via() : q.via(), q.date(), q.dateSource());
        }
      }
      out.add(now);
    }
    return out;
  }

  static boolean otherActorBetween(List<Named> names, int from, int to,
      @Nullable String speaker) {
    for (Named n : names) {
      int at = n.mention().start();
      if (at >= from && at < to && !n.entity().id().equals(speaker)
          && (n.entity().type() == EntityType.PERSON
          || n.entity().type() == EntityType.ORGANIZATION)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a place speaks for a state: a country, or a capital standing for its government. */
  static boolean actsForState(Entity e) {
    return e.kb() != null && e.kb().actor() != null && (e.kb().id().startsWith(
        "geonames-country:") || e.kb().actor().endsWith("GOV"));
  }

  /**
   * The speaker of words in the given sentences ({@code start}/{@code end}: the quote, whose own
   * words are no candidates; -1 for indirect speech): the subject of a speech verb, "laut X",
   * "X zufolge", else the nearest person or organisation near a speech verb.
   */
  static @Nullable Entity speaker(List<Sentence> frame, int start, int end,
      List<Named> names, Referents refs) {
    Entity source = null;
    for (Sentence s : frame) {
      List<Token> tokens = s.tokens();
      for (int k = 0; k < tokens.size(); k++) {
        Token t = tokens.get(k);
        if (start >= 0 && t.start() >= start && t.end() <= end) {
          continue;
        }
        String w = t.word().toLowerCase(Locale.ROOT);
        if (QuoteStage.isSpeech(t, s) && !refs.inMarks(t.start())) {
          // not a verb in someone's words: 'Customers "began to say ...," Cook told Benioff'
          Entity subject = subject(s, k, names, start, end, refs);
          if (subject != null) {
            return subject;
          }
        }
        if (QuoteStage.SOURCE_BEFORE.contains(w) && k + 1 < tokens.size()
            || QuoteStage.byAccountOf(tokens, k)) {
          Named n = nextName(names, t.end(), s.end(), start, end);
          if (n != null && source == null) {
            source = n.entity();
          }
        }
        if (QuoteStage.PARENTHETICAL.contains(w) && k > 0 && tokens.get(k - 1).word().equals(",")
            && source == null) {
          source = AsideSpeakers.parenthetical(s, k, names, start, end, refs);
        }
        if (QuoteStage.SOURCE_AFTER.contains(w)) {
          Named n = previousName(names, s.start(), t.start(), start, end);
          if (n != null && source == null) {
            source = n.entity();
          }
        }
      }
    }
    return source;
  }

  /**
   * The subject of the main verb of the sentence a quote begins in, when it stands outside the
   * quote and names a person, an organisation or a state (a pronoun: the person named last
   * before it); else null. Words in marks inside a reporter's sentence are its subject's.
   */
  static @Nullable Entity clauseSubject(List<Sentence> frame, int start, int end,
      List<Named> names, Referents refs) {
    for (Sentence s : frame) {
      if (s.dependencies() == null || start < s.start() || start >= s.end()) {
        continue;
      }
      int root = 0;
      for (Dependency d : s.dependencies()) {
        if (d.head() == 0) {
          root = d.dependent();
        }
      }
      for (Dependency d : s.dependencies()) {
        if (root == 0 || d.head() != root || !d.relation().startsWith("nsubj")
            || d.relation().contains("pass")) {
          continue;
        }
        Token subj = s.tokens().get(d.dependent() - 1);
        if (subj.start() >= start && subj.end() <= end) {
          return null; // the quote is the clause: its subject is no speaker
        }
        Named n = subjectName(s, d.dependent() - 1, start, end, names, refs);
        if (n != null) {
          return n.entity().type() == EntityType.LOCATION && !actsForState(n.entity())
              ? null : n.entity();
        }
        if (Referents.standsFor(s, d.dependent() - 1)) {
          return refs.person(subj.start(), start, end);
        }
      }
    }
    return null;
  }

  /**
   * The speaker of words in marks inside a sentence of the reporter's ("Spalt ortet einen
   * „verschwenderischen Umgang“", "Twitter pledged to take “decisive corrective action”", "the
   * former mayor argued that 95% of “murders” were ..."): the subject of the nearest verb above
   * the quote in the parse that names someone, going up through clauses whose subject names no
   * one; null where a passive comes first or no subject names anyone.
   */
  static @Nullable Entity governingSubject(Sentence s, int start, int end, List<Named> names,
      Referents refs) {
    if (s.dependencies() == null) {
      return null;
    }
    List<Token> tokens = s.tokens();
    int word = -1;
    for (int k = 0; k < tokens.size() && word < 0; k++) {
      if (tokens.get(k).start() >= start && tokens.get(k).end() <= end) {
        word = k + 1;
      }
    }
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    while (word > 0 && seen.add(word)) {
      int head = 0;
      for (Dependency d : s.dependencies()) {
        if (d.dependent() == word) {
          head = d.head();
        }
      }
      word = head;
      if (word <= 0) {
        return null;
      }
      Token w = tokens.get(word - 1);
      if (w.start() >= start && w.end() <= end) {
        continue; // still inside the quote
      }
      for (Dependency d : s.dependencies()) {
        if (d.head() != word) {
          continue;
        }
        if (d.relation().equals("nsubj:pass") || d.relation().equals("aux:pass")) {
          return null; // "wurden mit „entsetzlichen Gewalttaten“ angegriffen": done to someone
        }
        if (!d.relation().equals("nsubj")) {
          continue;
        }
        Token subj = tokens.get(d.dependent() - 1);
        if (subj.start() >= start && subj.end() <= end) {
          continue;
        }
        Named n = subjectName(s, d.dependent() - 1, start, end, names, refs);
        if (n != null && (n.entity().type() != EntityType.LOCATION
            || actsForState(n.entity()))) {
          return n.entity();
        }
        if (Referents.standsFor(s, d.dependent() - 1)) {
          return refs.person(subj.start(), start, end);
        }
      }
    }
    return null;
  }

  /**
   * The name a subject (word k, 0-based) gives: the name covering it, else a person in
   * apposition to it ("der Präsident des BDI, Siegfried Russwurm"); or null.
   */
  private static @Nullable Named subjectName(Sentence s, int k, int start, int end,
      List<Named> names, Referents refs) {
    Named n = covering(names, s.tokens().get(k), start, end);
    if (n == null || n.entity().type() != EntityType.PERSON) {
      Named appos = refs.apposPerson(s, k, start, end);
      if (appos == null && n != null && Referents.standsFor(s, k)) {
        // "the senator", the word tagged as the legislature: the person it stands for
        Token subj = s.tokens().get(k);
        Entity person = refs.person(subj.start(), start, end);
        if (person != null) {
          return new Named(new Mention(subj.start(), subj.end(),
              subj.word()), person);
        }
      }
      n = appos != null ? appos : n;
    }
    return n;
  }

  /**
   * The subject of the speech verb at word k: from the parse (a name, a person it stands for,
   * else the words that describe the speaker: {@link #described}), else the nearest name. The
   * subject of a passive ("Zeugen werden gebeten") is the one spoken to.
   */
  static @Nullable Entity subject(Sentence s, int k, List<Named> names, int start,
      int end, Referents refs) {
    List<Token> tokens = s.tokens();
    if (refs.publicAsked(s, k)) {
      // "Zeugen werden gebeten, sich zu melden": the police asks, not the witnesses
      return refs.askingAuthority(s, k);
    }
    if (s.dependencies() != null) {
      for (Dependency d : s.dependencies()) {
        if (d.head() == k + 1 && d.relation().startsWith("nsubj")
            && !d.relation().contains("pass")) {
          Token subj = tokens.get(d.dependent() - 1);
          Named n = covering(names, subj, start, end);
          if (n != null && addressed(s, n)) {
            continue; // "Frau Wendland, Wirtschaftsminister Robert Habeck verkündete": whom
                      // the question addresses, not who speaks
          }
          if (n == null && !(start >= 0 && subj.start() >= start && subj.end() <= end)) {
            n = namedElsewhere(names, subj); // "Der AStA betonte", "AStA" tagged elsewhere
          }
          if (n == null || n.entity().type() != EntityType.PERSON) {
            // "der Präsident des BDI, Siegfried Russwurm, sagte": the person in apposition
            Named appos = refs.apposPerson(s, d.dependent() - 1, start, end);
            if (appos == null && n != null && Referents.standsFor(s, d.dependent() - 1)) {
              // "Der Grünen-Politiker sagte", the party tagged in the word split at its
              // hyphen; "the senator added", the word tagged as the legislature: the
              // politician named before, not the party or the body
              Entity person = refs.person(subj.start(), start, end);
              if (person != null) {
                return person;
              }
            }
            n = appos != null ? appos : n;
          }
          if (n != null) {
            return n.entity();
          }
          if (Referents.standsFor(s, d.dependent() - 1)) {
            return refs.person(subj.start(), start, end); // "er", "der Grünen-Politiker"
          }
          Entity body = refs.body(s, d.dependent() - 1, start, end);
          if (body != null) {
            return body; // "sagte die Behörde" after "das Veterinäramt Solingen"
          }
          Named leading = leadingPerson(s, d.dependent(), names, start, end);
          if (leading != null) {
            // "Kurinji Selvaraj, a research analyst at the ... think tank told CBS News",
            // parsed with "tank" as the subject: the person the description follows
            return leading.entity();
          }
          Entity described = modal(s, k + 1) ? null
              : described(s, d.dependent(), names, start, end);
          if (described != null) {
            return described;
          }
        }
      }
    }
    Entity shared = coordinatedSubject(s, k, names, start, end, refs);
    if (shared != null) {
      return shared;
    }
    String tag = tokens.get(k).tag();
    if (s.dependencies() != null && ("VBG".equals(tag) || "VB".equals(tag))) {
      // "Bloomberg has attempted to apologize, saying that he failed": an English verb
      // without a subject of its own ("saying", "to apologize") speaks for the subject of the
      // verb it belongs to
      for (Dependency d : s.dependencies()) {
        if (d.dependent() == k + 1 && d.head() > 0
            && (d.relation().equals("advcl") || d.relation().equals("xcomp")
            || d.relation().equals("dep"))) {
          return subject(s, d.head() - 1, names, start, end, refs);
        }
      }
    }
    // No parse, or a subject the parse did not find: a name right after the verb ("sagte
    // Peskow"), else right before it ("Peskow sagte").
    Token verb = tokens.get(k);
    Named after = nextName(names, verb.end(), Math.min(s.end(), verb.end() + 40), start, end);
    if (after != null && speaks(after)) {
      return after.entity();
    }
    for (int j = k + 1; j < Math.min(tokens.size(), k + 5) && !ownSubject(s, k, start, end);
        j++) {
      // "„…“, sagte die parteilose Politikerin", parsed with the quote as the subject and her
      // as the object: the person the description right after the verb stands for (but "Man
      // könnte sagen, dass sie ...": the verb has a subject, she is in the words reported)
      Token t = tokens.get(j);
      if (!(start >= 0 && t.start() >= start && t.end() <= end) && Referents.standsFor(s, j)) {
        Entity person = refs.person(t.start(), start, end);
        if (person != null) {
          return person;
        }
      }
    }
    Named before = previousName(names, Math.max(s.start(), verb.start() - 60), verb.start(),
        start, end);
    if (before != null && speaks(before)) {
      return before.entity();
    }
    return null;
  }

  /**
   * The speaker of a verb of saying with no subject of its own, coordinated with a verb that has
   * one by a conjunction ("She didn't give a date, but said SpaceX would fly"): that verb's
   * subject, not a name in the words reported; else null. English only.
   */
  private static @Nullable Entity coordinatedSubject(Sentence s, int k, List<Named> names,
      int start, int end, Referents refs) {
    String tag = s.tokens().get(k).tag();
    if (s.dependencies() == null || tag == null || !tag.startsWith("VB")) {
      // English only (its tagger's verb tags): in German commentary ("..., und sagte er, ...")
      // it took more reported words the Redewiedergabe gold does not count (indirect F1 on its
      // Kommentar samples 0.383 to 0.379)
      return null;
    }
    int head = 0;
    boolean joined = false;
    for (Dependency d : s.dependencies()) {
      if (d.head() == k + 1 && d.relation().startsWith("nsubj")) {
        return null; // a subject of its own, which the parse above did not find speaking
      }
      if (d.dependent() == k + 1 && d.relation().equals("conj")) {
        head = d.head();
      }
      if (d.head() == k + 1 && d.relation().equals("aux:pass")) {
        return null; // "wie behauptet wurde": said by no one named
      }
      joined |= d.head() == k + 1 && d.relation().equals("cc");
    }
    if (head == 0 || !joined || !"VERB".equals(s.tokens().get(head - 1).upos())) {
      // only a verb joined by "and", "but", "und" to a verb: "..., berichtet de Decker",
      // parsed as a conjunct too, has its subject after it
      return null;
    }
    for (Dependency d : s.dependencies()) {
      if (d.head() == head && d.relation().startsWith("nsubj")
          && !d.relation().contains("pass")) {
        return subject(s, head - 1, names, start, end, refs);
      }
    }
    return null;
  }

  /**
   * Whether a name opens its sentence as the one addressed: after an address of
   * {@code interview-address} ("Frau", "Mr"), before a comma ("Frau Wendland, ...").
   */
  private static boolean addressed(Sentence s, Named n) {
    List<Token> t = s.tokens();
    int first = 0;
    while (first < t.size() && t.get(first).start() < n.mention().start()) {
      first++;
    }
    int after = first;
    while (after < t.size() && t.get(after).end() <= n.mention().end()) {
      after++;
    }
    boolean opens = first == 1 && QuoteStage.words("interview-address")
        .contains(t.get(0).word().toLowerCase(java.util.Locale.ROOT));
    return opens && after < t.size() && t.get(after).word().equals(",");
  }

  /** Whether a name near a verb may be its speaker: no place, and no thing ("Euro"). */
  private static boolean speaks(Named n) {
    return n.entity().type() != EntityType.LOCATION && n.entity().type() != EntityType.MISC;
  }

  /**
   * The person named at the start of the subject's clause, then a comma, with no verb between
   * the name and the subject (word, 1-based): the subject is the end of that person's
   * description ("Kurinji Selvaraj, a research analyst at the ... think tank told"); or null.
   */
  private static @Nullable Named leadingPerson(Sentence s, int subject, List<Named> names,
      int start, int end) {
    List<Token> tokens = s.tokens();
    int from = 0;
    while (from < subject - 1 && (start >= 0 && tokens.get(from).start() < end
        || tokens.get(from).word().codePoints().noneMatch(Character::isLetterOrDigit))) {
      from++; // past the quote and its marks and comma
    }
    Named n = covering(names, tokens.get(from), start, end);
    if (n == null || n.entity().type() != EntityType.PERSON) {
      return null;
    }
    int k = from;
    while (k < subject - 1 && tokens.get(k).end() <= n.mention().end()) {
      k++;
    }
    if (k >= subject - 1 || !tokens.get(k).word().equals(",")) {
      return null;
    }
    for (int j = k + 1; j < subject - 1; j++) {
      String u = tokens.get(j).upos();
      if ("VERB".equals(u) || "AUX".equals(u)) {
        return null;
      }
    }
    return n;
  }

  /** Whether the verb at word k (0-based) has a subject outside the quote from start to end. */
  private static boolean ownSubject(Sentence s, int k, int start, int end) {
    if (s.dependencies() == null) {
      return false;
    }
    for (Dependency d : s.dependencies()) {
      Token subj = s.tokens().get(d.dependent() - 1);
      if (d.head() == k + 1 && d.relation().startsWith("nsubj")
          && !(start >= 0 && subj.start() >= start && subj.end() <= end)) {
        return true;
      }
    }
    return false;
  }

  /** The id of a speaker the text describes but names no entity for: {@link #described}. */
  static final String DESCRIBED = "described";

  /** The parse's relations of the words that belong to a speaker's description. */
  private static final java.util.Set<String> DESCRIPTION = java.util.Set.of("det", "amod",
      "compound", "flat", "nmod", "case", "nummod", "nmod:poss", "conj", "cc", "appos");

  /**
   * A speaker the subject's words describe though they name no entity ("das Präsidialamt in
   * Seoul teilte mit", "Russian and Syrian defense ministries said"): a stand-in entity, not one
   * of the document's, whose id is {@link #DESCRIBED} and whose name is those words. A person or
   * organisation that a common noun belongs to is the speaker ("PG&E officials said": PG&E), and
   * a bare spokesperson speaks for the organisation named last before.
   * Null when the subject (1-based) is no noun or lies in the quote.
   */
  static @Nullable Entity described(Sentence s, int subject, List<Named> names, int start,
      int end) {
    Token head = s.tokens().get(subject - 1);
    if (!"NOUN".equals(head.upos()) && !"PROPN".equals(head.upos())
        || start >= 0 && head.start() >= start && head.end() <= end
        || head.word().codePoints().noneMatch(Character::isLetterOrDigit)) {
      return null; // not a quotation mark the tagger took for a noun ("“, sagte eine ...")
    }
    int first = subject;
    int last = subject;
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(subject));
    while (!todo.isEmpty()) {
      int node = todo.pop();
      for (Dependency d : s.dependencies()) {
        if (d.head() == node && DESCRIPTION.contains(d.relation())) {
          Token t = s.tokens().get(d.dependent() - 1);
          if (start >= 0 && t.end() > start && t.start() < end) {
            continue; // no words of the quote
          }
          first = Math.min(first, d.dependent());
          last = Math.max(last, d.dependent());
          todo.push(d.dependent());
        }
      }
    }
    while (last > first && s.tokens().get(last - 1).word().codePoints()
        .noneMatch(Character::isLetterOrDigit)) {
      last--; // no comma or mark at the end
    }
    while (first < last && s.tokens().get(first - 1).word().codePoints()
        .noneMatch(Character::isLetterOrDigit)) {
      first++; // nor at the start
    }
    Token a = s.tokens().get(first - 1);
    Token b = s.tokens().get(last - 1);
    if (start >= 0 && a.start() < end && b.end() > start) {
      return null; // the quote stands inside the description
    }
    for (Dependency d : s.dependencies()) {
      if (d.head() == subject && "NOUN".equals(head.upos())
          && (d.relation().equals("compound") || d.relation().equals("nmod:poss"))) {
        Named n = covering(names, s.tokens().get(d.dependent() - 1), start, end);
        if (n != null && (n.entity().type() == EntityType.PERSON
            || n.entity().type() == EntityType.ORGANIZATION)) {
          return n.entity(); // "PG&E officials", "the company's spokesman"
        }
      }
    }
    if (last - first <= 1 && SPOKESPERSONS.contains(head.word().toLowerCase(Locale.ROOT))) {
      Entity body = bodyBefore(names, a.start());
      if (body != null) {
        return body; // "schildert eine Sprecherin", of the company named before
      }
    }
    StringBuilder name = new StringBuilder();
    for (int i = first; i <= last; i++) {
      Token t = s.tokens().get(i - 1);
      if (i > first && t.start() > s.tokens().get(i - 2).end()) {
        name.append(' ');
      }
      name.append(t.word());
    }
    return new Entity(DESCRIBED, EntityType.ORGANIZATION, name.toString(), null,
        List.of(new Mention(a.start(), b.end(), name.toString())));
  }

  /** How far before a bare spokesperson the organisation they speak for may be named. */
  private static final int SPOKESPERSON_REACH = 600;

  /**
   * The organisation named last within {@link #SPOKESPERSON_REACH} characters before a
   * position, no medium (a dateline's agency speaks for no one); or null.
   */
  private static @Nullable Entity bodyBefore(List<Named> names, int at) {
    Entity found = null;
    for (Named n : names) {
      if (n.mention().end() <= at && at - n.mention().end() < SPOKESPERSON_REACH
          && n.entity().type() == EntityType.ORGANIZATION && (n.entity().kb() == null
          || n.entity().kb().actor() == null || !n.entity().kb().actor().endsWith("MED"))) {
        found = n.entity();
      }
    }
    return found;
  }

  private static final Set<String> SPOKESPERSONS = QuoteStage.words("spokespersons");

  /** Whether a verb (1-based) has a modal auxiliary ("müsse sagen", "should say"). */
  private static boolean modal(Sentence s, int verb) {
    for (Dependency d : s.dependencies()) {
      if (d.head() == verb && d.relation().startsWith("aux") && QuoteStage.MODALS.contains(
          s.tokens().get(d.dependent() - 1).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The mention of an entity whose words are those of a proper noun the tagger left untagged
   * here: "AStA" tagged as an organisation elsewhere in the text.
   */
  static @Nullable Named namedElsewhere(List<Named> names, Token t) {
    if (!"PROPN".equals(t.upos())) {
      return null;
    }
    for (Named n : names) {
      if (n.mention().text().equals(t.word()) && n.entity().type() != EntityType.LOCATION) {
        return n;
      }
    }
    return null;
  }

  /**
   * The mention covering a word; of several ("Kreml" and "Kreml-Sprecher", Peskow's), a person's
   * first, then the longest.
   */
  static @Nullable Named covering(List<Named> names, Token t, int start, int end) {
    Named best = null;
    for (Named n : names) {
      if (n.mention().start() <= t.start() && t.end() <= n.mention().end()
          && !(start >= 0 && n.mention().start() >= start && n.mention().end() <= end)) {
        boolean person = n.entity().type() == EntityType.PERSON;
        boolean bestPerson = best != null && best.entity().type() == EntityType.PERSON;
        int length = n.mention().end() - n.mention().start();
        if (best == null || person && !bestPerson || person == bestPerson
            && length > best.mention().end() - best.mention().start()) {
          best = n;
        }
      }
    }
    return best;
  }

  static @Nullable Named nextName(List<Named> names, int from, int to, int start,
      int end) {
    for (Named n : names) {
      if (n.mention().start() >= from && n.mention().start() < to
          && !(start >= 0 && n.mention().start() >= start && n.mention().end() <= end)) {
        return n;
      }
    }
    return null;
  }

  static @Nullable Named previousName(List<Named> names, int from, int to, int start,
      int end) {
    Named best = null;
    for (Named n : names) {
      if (n.mention().start() >= from && n.mention().end() <= to
          && !(start >= 0 && n.mention().start() >= start && n.mention().end() <= end)) {
        best = n;
      }
    }
    return best;
  }

  /**
   * The sources the words come through: news agencies and media named with "laut", "according
   * to", "zufolge", "so ein Bericht", "-Bericht", other than the speaker.
   */
  static List<String> via(List<Sentence> frame, int start, int end, List<Named> names,
      @Nullable Entity speaker) {
    List<String> out = new ArrayList<>();
    List<String> described = new ArrayList<>();
    boolean named = false;
    for (Sentence s : frame) {
      for (Named n : names) {
        Mention m = n.mention();
        if (m.start() < s.start() || m.end() > s.end() || n.entity() == speaker
            || start >= 0 && m.start() >= start && m.end() <= end) {
          continue;
        }
        boolean media = n.entity().kb() != null && n.entity().kb().actor() != null
            && n.entity().kb().actor().endsWith("MED");
        if (media && !out.contains(n.entity().name())) {
          out.add(n.entity().name());
          if (!n.entity().kb().id().startsWith(Descriptions.CAMEO)) {
            named = true;
          } else {
            described.add(n.entity().name());
          }
        }
      }
    }
    if (named) {
      out.removeAll(described); // "der staatlichen Nachrichtenagentur TASS": TASS, once
    }
    return out;
  }

  /** Whether the word at index {@code k} has the writer as its subject ("ich", "I"). */
  static boolean byAuthor(Sentence s, int k) {
    if (s.dependencies() == null) {
      return false;
    }
    for (Dependency d : s.dependencies()) {
      if (d.head() == k + 1 && d.relation().startsWith("nsubj")
          && AUTHOR.contains(s.tokens().get(d.dependent() - 1).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> AUTHOR = QuoteStage.words("author");
}
