package org.herald.coding.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.herald.core.model.Dependency;
import org.herald.core.model.Document;
import org.herald.core.model.Quote;
import org.herald.core.model.Sentence;
import org.herald.core.model.TimeValue;
import org.herald.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * An event's date: that of the time expression that governs its clause; else none for a clause
 * that says it was at an earlier time it does not name ("damals", "previously", "hatte ...
 * kritisiert"); else, for a clause in the past, the past date of the verb it is coordinated with
 * and shares a subject with, else the day the story last named before it (a narrative's day:
 * "Am 31.10. kam es zu einem Einbruch. [...] Die Polizei hat die Ermittlungen aufgenommen.");
 * else the publication date.
 * {@code source} says which ("text" or "published"). Stateless.
 */
final class Dating {
  private Dating() {}

  /** An event's date and where it comes from: {@code text} or {@code published}. */
  record Dated(@Nullable String date, @Nullable String source) {}

  /** How many days before publication a narrative's day may lie to date a later clause. */
  static final int NARRATIVE_DAYS = 7;

  /**
   * An event's date; {@code past} is whether its clause is in the past (a narrative's day dates
   * only those).
   */
  static Dated dated(Document doc, Sentence s, List<Dependency> arcs, int head, boolean past,
      Lexicon w) {
    String date = clauseDate(doc, s, arcs, head);
    if (date == null && earlier(s, arcs, head, w)) {
      return new Dated(null, null); // "hatte damals ... gesprochen": an earlier day, unnamed
    }
    if (date == null && past) {
      date = sharedDate(doc, s, arcs, head);
    }
    if (date == null && past) {
      date = narrativeDay(doc, s, w);
    }
    if (date == null && past) {
      date = earlierPeriod(doc, s, w);
    }
    if (date != null) {
      return new Dated(date, "text");
    }
    LocalDate day = doc.publishedDay();
    return day == null ? new Dated(null, null) : new Dated(day.toString(), "published");
  }

  /**
   * Whether a verb says its act came at an earlier time it does not name: an adverb of
   * {@code earlier-times} on it, or on the auxiliary its participle hangs on ("hat früher ...
   * kritisiert", parsed with the auxiliary as the root), or the German pluperfect ("hatte ...
   * kritisiert": {@code pluperfect-aux}; English reported speech shifts its past back).
   */
  private static boolean earlier(Sentence s, List<Dependency> arcs, int head, Lexicon w) {
    int up = Arcs.headBy(arcs, head, "xcomp");
    return Arcs.hasChild(s, arcs, head, "advmod", w.set("earlier-times"))
        || Arcs.hasChild(s, arcs, head, "aux", w.set("pluperfect-aux"))
        || up > 0 && "AUX".equals(s.tokens().get(up - 1).upos())
        && Arcs.hasChild(s, arcs, up, "advmod", w.set("earlier-times"));
  }

  /**
   * The past date of the verb a clause in the past is coordinated with, where it shares that
   * verb's subject ("kritisierte gestern die Regierung und bedankte sich bei den Klimaschützern":
   * both yesterday); null where it has a subject of its own ("Russia attacked on Monday and
   * Ukraine answered") or the date is not past.
   */
  private static @Nullable String sharedDate(Document doc, Sentence s, List<Dependency> arcs,
      int head) {
    int first = 0;
    for (Dependency d : arcs) {
      if (d.dependent() == head && d.relation().equals("conj") && Arcs.isVerb(s, d.head())) {
        first = d.head();
      }
      if (d.head() == head && d.relation().startsWith("nsubj")) {
        return null;
      }
    }
    String date = first == 0 ? null : clauseDate(doc, s, arcs, first);
    LocalDate last = date == null ? null : EventFilter.lastDay(date);
    LocalDate published = doc.publishedDay();
    return last != null && published != null && !last.isAfter(published) ? date : null;
  }

  /**
   * The date an intent was announced: where its clause names a day after publication (the day
   * of what is intended) or the year or month of publication ("werde in diesem Jahr ... zur
   * Verfügung stellen": when it is to be done), the date of the quote that holds the verb, else
   * the publication date; otherwise the clause's own date.
   */
  static Dated announced(Document doc, Token verb, Dated clause) {
    LocalDate published = doc.publishedDay();
    LocalDate first = clause.date() == null ? null : EventFilter.firstDay(clause.date());
    boolean ongoing = published != null && clause.date() != null
        && (clause.date().equals(String.valueOf(published.getYear()))
        || clause.date().equals(published.toString().substring(0, 7)));
    if (published == null || first == null || !first.isAfter(published) && !ongoing) {
      return clause;
    }
    Quote q = Modality.quoteAround(doc, verb);
    if (q != null && q.date() != null) {
      return new Dated(q.date(), q.dateSource());
    }
    return new Dated(published.toString(), "published");
  }

  /**
   * The day of the last time expression before a sentence that names one day, from the week
   * before publication up to it; null if none. A day after a word of {@code not-narrative-days}
   * is a plan's or a span's ("zu der für diesen Donnerstag geplanten Versammlung"), not one the
   * story tells of.
   */
  private static @Nullable String narrativeDay(Document doc, Sentence s, Lexicon w) {
    LocalDate published = doc.publishedDay();
    if (published == null) {
      return null;
    }
    TimeValue found = null;
    for (TimeValue t : doc.times()) {
      LocalDate day = dayOf(t);
      if (day != null && t.start() < s.start() && (found == null || t.start() > found.start())
          && (t.type().equals("DATE") || t.type().equals("TIME"))
          && !day.isAfter(published) && !day.isBefore(published.minusDays(NARRATIVE_DAYS))
          && !planned(doc.text(), t.start(), w)) {
        found = t;
      }
    }
    return found == null ? null : dayOf(found).toString();
  }

  /**
   * Whether the word before a time expression, or before a word of {@code day-determiners}
   * right before it, is of {@code not-narrative-days} ("für diesen Donnerstag", "for next
   * Tuesday"; not "met by video on Monday").
   */
  private static boolean planned(String text, int at, Lexicon w) {
    Set<String> words = w.set("not-narrative-days");
    String before = wordBefore(text, at);
    return words.contains(before) || w.set("day-determiners").contains(before)
        && words.contains(wordBefore(text, wordStart(text, at)));
  }

  /** Where the word before a character offset of the text ends. */
  private static int wordEnd(String text, int at) {
    int end = at;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** Where the word before a character offset of the text begins. */
  private static int wordStart(String text, int at) {
    int start = wordEnd(text, at);
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  /** The word before a character offset of the text, lower-cased; "" if none. */
  private static String wordBefore(String text, int at) {
    return text.substring(wordStart(text, at), wordEnd(text, at))
        .toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The time the paragraph last named before a sentence, when that lies more than the news's
   * days before publication ("as of 2016, the country had admitted ... Jordan closed its
   * borders with Syria"): a past clause with no time of its own goes on telling of it, as background.
   * Null where that last time is more recent, a plan's or a span's, or where there is none.
   */
  private static @Nullable String earlierPeriod(Document doc, Sentence s, Lexicon w) {
    LocalDate published = doc.publishedDay();
    if (published == null) {
      return null;
    }
    int from = 0;
    for (org.herald.core.model.Paragraph p : doc.paragraphs()) {
      if (p.start() <= s.start() && s.start() < p.end()) {
        from = p.start();
      }
    }
    TimeValue found = null;
    for (TimeValue t : doc.times()) {
      if (t.start() >= from && t.start() < s.start() && t.type().equals("DATE")
          && (found == null || t.start() > found.start())) {
        found = t;
      }
    }
    if (found == null || planned(doc.text(), found.start(), w)) {
      return null;
    }
    LocalDate last = EventFilter.lastDay(found.value());
    return last != null && last.isBefore(published.minusDays(EventFilter.NEWS_DAYS))
        ? found.value() : null;
  }

  /** The day a time expression's value begins with ("2023-10-31T23:40"), or null. */
  private static @Nullable LocalDate dayOf(TimeValue t) {
    return t.value().matches("\\d{4}-\\d{2}-\\d{2}.*")
        ? LocalDate.parse(t.value().substring(0, 10)) : null;
  }

  /**
   * Whether a time expression names a day, month or year that begins after publication ("bis
   * 2030").
   */
  private static boolean later(TimeValue t, @Nullable LocalDate published) {
    LocalDate first = EventFilter.firstDay(t.value());
    return published != null && first != null && first.isAfter(published);
  }

  /**
   * Whether a time expression in a verb's phrase belongs to a noun of it rather than to the verb:
   * the word it hangs on, outside itself, is a noun other than the verb. A later day under a noun
   * is that of what the noun names ("kritisierte vor Beginn der Verhandlungen ab
   * Montagnachmittag": the talks' Monday, not the day of the criticism); an earlier one dates the
   * clause ("convicted him following a trial in March").
   */
  private static boolean underNoun(Sentence s, List<Dependency> arcs, TimeValue t, int verb) {
    for (int i = 0; i < s.tokens().size(); i++) {
      org.herald.core.model.Token w = s.tokens().get(i);
      if (w.start() < t.start() || w.end() > t.end()) {
        continue;
      }
      int head = Arcs.headOf(arcs, i + 1);
      if (head > 0 && head != verb) {
        org.herald.core.model.Token h = s.tokens().get(head - 1);
        boolean outside = h.start() < t.start() || h.end() > t.end();
        if (outside) {
          return "NOUN".equals(h.upos()) || "PROPN".equals(h.upos());
        }
      }
    }
    return false;
  }

  /**
   * The words under a verb less the clauses it governs itself (its complement, adverbial,
   * subject and coordinated clauses): what its own clause says. A clause under one of its
   * nouns stays ("In a joint statement published Oct. 25, ... accused": the statement's day).
   */
  private static java.util.Set<Integer> ownWords(List<Dependency> arcs, int verb) {
    java.util.Set<Integer> seen = new java.util.HashSet<>(List.of(verb));
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(verb));
    while (!todo.isEmpty()) {
      int node = todo.pop();
      for (Dependency d : arcs) {
        String rel = d.relation();
        boolean ownClause = node == verb && (rel.equals("ccomp") || rel.startsWith("advcl")
            || rel.startsWith("csubj") || rel.equals("parataxis") || rel.equals("conj"));
        if (d.head() == node && !ownClause && seen.add(d.dependent())) {
          todo.push(d.dependent());
        }
      }
    }
    return seen;
  }

  /**
   * Whether a time expression stands in a verb's own phrase: its first word is one of the
   * phrase's, not of a clause the verb governs that stands between them ("fordert, dass diese
   * Erhöhung auch heuer – wie 2021 – ausgesetzt wird": 2021 is the other clause's).
   */
  private static boolean inPhrase(Sentence s, java.util.Set<Integer> phrase, TimeValue t) {
    List<org.herald.core.model.Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      org.herald.core.model.Token w = tokens.get(i);
      if (w.start() >= t.start() && w.end() <= t.end()) {
        return phrase.contains(i + 1);
      }
    }
    return false;
  }

  /**
   * The date of the time expression that governs a verb's clause: one in the verb's own phrase,
   * else in the phrase of the verb that governs it (a relative, complement or adverbial clause
   * takes the time of its main clause: "gaben am Sonntag eine Erklärung ab, in der sie ...
   * verurteilten"), up to three levels; coordinated clauses keep their own, and so does a
   * clause that is another's subject (mostly a parse of a participle clause turned round: "have
   * hit out at the decision saying workers will lose their jobs this week"). Null if none.
   */
  private static @Nullable String clauseDate(Document doc, Sentence s, List<Dependency> arcs,
      int head) {
    int node = head;
    for (int level = 0; level < 4 && node > 0; level++) {
      java.util.Set<Integer> phrase = ownWords(arcs, node);
      for (TimeValue t : doc.times()) {
        if ((t.type().equals("DATE") || t.type().equals("TIME")) && inPhrase(s, phrase, t)
            && !(underNoun(s, arcs, t, node) && later(t, doc.publishedDay()))) {
          String v = t.value();
          return v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-'
              ? v.substring(0, 10) : v;
        }
      }
      int up = 0;
      for (Dependency d : arcs) {
        if (d.dependent() == node) {
          String rel = d.relation();
          if (!rel.equals("conj") && !rel.equals("parataxis") && !rel.equals("root")
              && !rel.startsWith("csubj")) {
            up = d.head();
          }
        }
      }
      // A relative clause hangs from a noun: climb on to that noun's verb.
      while (up > 0 && !Arcs.isVerb(s, up)) {
        up = Arcs.headOf(arcs, up);
      }
      node = up;
    }
    return null;
  }
}
