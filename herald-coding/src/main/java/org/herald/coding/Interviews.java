package org.herald.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.Paragraph;
import org.herald.core.model.Quote;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * The answers of an interview printed as questions and answers: each answer paragraph is the
 * interviewee's direct quote, marks or none, as the codebook has it ("Barenberg: Welchen Beitrag
 * leistet Ihre Forderung? / Bartsch: Das leistet aktuell keinen Beitrag."). An interview is told
 * by labelled paragraphs ("NAME:", "Frage:", "Q:") that ask: at least two, by labels that mostly
 * ask. The answers are the paragraphs of the other labels, and the paragraphs without a label
 * after a question or an answer, up to the next label. Their speaker is the person the answer's
 * label names, else the one the text introduces ("im Gespräch mit", "interview with"). An
 * interview printed with no labels is told by its questions alone (see {@link #unlabelled}).
 * Thread-safe.
 */
final class Interviews {
  /** An answer: where its words are and who gives them (null where no entity is found). */
  record Answer(int start, int end, @Nullable Entity speaker) {}

  /** An interview's answers, and where its labels stand ("Barenberg: "), in text order. */
  record Interview(List<Answer> answers, List<int[]> labels) {
    static final Interview NONE = new Interview(List.of(), List.of());

    /** Who answers: the first answer's speaker, or null. */
    @Nullable Entity interviewee() {
      return answers.stream().map(Answer::speaker).filter(java.util.Objects::nonNull)
          .findFirst().orElse(null);
    }

    /** Whether a span overlaps an answer or a label: it is no quote of its own. */
    boolean covers(int start, int end) {
      return answers.stream().anyMatch(a -> a.start() < end && start < a.end())
          || labels.stream().anyMatch(l -> l[0] < end && start < l[1]);
    }
  }

  /**
   * A quote in an interview's question given as the words of the one asked ("Auf Twitter
   * schreiben Sie, dass ..."): the interviewee speaks it where the quote's sentence addresses
   * the reader politely, a capitalised "Sie" (a word of {@code interview-you}) inside it and
   * outside the quote. Else the quote as it is.
   */
  static Quote askedOfInterviewee(Document doc, Quote q, Interview interview) {
    Entity interviewee = interview.interviewee();
    if (interviewee == null || interview.covers(q.start(), q.end())) {
      return q;
    }
    int here = Referents.sentenceAt(doc.sentences(), q.start());
    Sentence s = here < 0 ? null : doc.sentences().get(here);
    if (s == null || q.start() >= s.end()) {
      return q;
    }
    List<Token> tokens = s.tokens();
    for (int k = 1; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      boolean outside = t.end() <= q.start() || t.start() >= q.end();
      if (outside && Character.isUpperCase(t.word().charAt(0))
          && YOU.contains(t.word().toLowerCase(Locale.ROOT))
          && Character.isLetterOrDigit(tokens.get(k - 1).word().codePointAt(0))) {
        return new Quote(q.start(), q.end(), q.text(), q.direct(), interviewee.id(),
            interviewee.name(), q.via(), q.date(), q.dateSource());
      }
    }
    return q;
  }

  /** The polite "you" of a question, capitalised mid-sentence ("Sie"). */
  private static final Set<String> YOU = QuoteStage.words("interview-you");

  /** A label opening a paragraph: up to three capitalised words or an abbreviation, a colon. */
  private static final Pattern LABEL = Pattern.compile(
      "(?:(?:Dr|Prof|Mr|Mrs|Ms)\\.\\s+)?(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2})"
      + "\\s?:\\s+(?=\\S)");
  private static final Set<String> QUESTION_LABELS = QuoteStage.words("question-labels");
  private static final Set<String> ANSWER_LABELS = QuoteStage.words("answer-labels");
  private static final Set<String> CUES = QuoteStage.words("interview-cues");
  private static final Set<String> ADDRESS = QuoteStage.words("interview-address");
  private static final Set<String> CREDITS = QuoteStage.words("interview-credits");
  /** The address before a name at the start of a question ("Herr Professor Borasio, Sie"). */
  private static final Pattern ADDRESSED = Pattern.compile(
      "(\\p{Lu}\\p{Ll}+)\\.?\\s+(?:\\p{Lu}[\\p{L}.]*\\s+){0,2}(\\p{Lu}[\\p{L}'’-]+)\\s?,");
  /** How many questions, each followed by an answer, tell an interview with no labels. */
  private static final int UNLABELLED_QUESTIONS = 3;
  /** How many paragraphs after a question, with no labels, are its answer at most. */
  private static final int ANSWER_PARAGRAPHS = 4;
  /** How far after a cue ("Interview mit") the interviewee's name may begin. */
  private static final int CUE_REACH = 25;
  /** A paragraph this short without a sentence's end is a heading, no answer. */
  private static final int HEADING = 60;

  private Interviews() {}

  /** The document's interview: its answers and labels, none where it holds none. */
  static Interview of(Document doc, List<Named> names) {
    String text = doc.text();
    List<Paragraph> paragraphs = doc.paragraphs();
    String[] labels = new String[paragraphs.size()];
    int[] bodies = new int[paragraphs.size()];
    Map<String, int[]> asks = new HashMap<>(); // label -> {questions, others}
    Set<String> seen = new HashSet<>(); // a paragraph repeated (a teaser) counts once
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      Matcher m = LABEL.matcher(text).region(p.start(), p.end());
      if (m.lookingAt() && seen.add(text.substring(p.start(), p.end()))) {
        labels[i] = m.group(1);
        bodies[i] = m.end();
        int[] n = asks.computeIfAbsent(labels[i], k -> new int[2]);
        n[question(text, m.end(), p.end()) ? 0 : 1]++;
      } else {
        bodies[i] = p.start();
      }
    }
    int questions = 0;
    for (Map.Entry<String, int[]> e : asks.entrySet()) {
      if (asking(e.getKey(), e.getValue())) {
        questions += e.getValue()[0];
      }
    }
    if (questions < 2) {
      return unlabelled(doc, names, asks);
    }
    Entity interviewee = interviewee(doc, names, asks, Integer.MAX_VALUE);
    if (interviewee == null) {
      // questions no one answers by name: a page of FAQs, or headings that ask ("Coronavirus:
      // Wie gefährlich ist die Omikron-Variante?")
      return Interview.NONE;
    }
    List<Answer> out = new ArrayList<>();
    List<int[]> labelled = new ArrayList<>();
    Entity current = null; // the speaker of the answer going on; null after a question
    boolean open = false; // whether a question or an answer was the last label
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      int end = trimmed(text, bodies[i], p.end());
      if (labels[i] != null) {
        labelled.add(new int[] {p.start(), bodies[i]});
        open = true;
        if (asking(labels[i], asks.get(labels[i]))) {
          current = interviewee;
          continue;
        }
        boolean answerLabel = ANSWER_LABELS.contains(labels[i].toLowerCase(Locale.ROOT));
        current = answerLabel ? interviewee : person(labels[i], names);
        if (current == null && !answerLabel && asks.get(labels[i])[1] < 2) {
          open = false; // a label named once that is nobody ("Fazit: ...") ends the interview
          continue;
        }
      } else if (!open || heading(text, bodies[i], end)) {
        continue;
      }
      if (end > bodies[i]) {
        out.add(new Answer(bodies[i], end, current));
      }
    }
    return new Interview(out, labelled);
  }

  /**
   * An interview printed with no labels (the questions set apart by type the text no longer
   * shows): at least {@link #UNLABELLED_QUESTIONS} paragraphs that ask, each followed by one that
   * does not, and a person asked by name at the start of a question ("Frau Wendland, ...") or
   * introduced by a cue before the first question, or else the one person whose label answers
   * where only the first answer, the paragraph after the first question, is labelled
   * ({@code labels}: each label's questions and other paragraphs, as {@link #of} counted them).
   * The paragraphs after a question, up to {@link #ANSWER_PARAGRAPHS} of them, are that person's
   * answer, up to the credit line ("Das Gespräch führte ...").
   */
  private static Interview unlabelled(Document doc, List<Named> names,
      Map<String, int[]> labels) {
    String text = doc.text();
    List<Paragraph> paragraphs = doc.paragraphs();
    boolean[] asks = new boolean[paragraphs.size()];
    int pairs = 0;
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      asks[i] = question(text, p.start(), p.end());
      if (i > 0 && asks[i - 1] && !asks[i] && !heading(text, p.start(), p.end())) {
        pairs++;
      }
    }
    if (pairs < UNLABELLED_QUESTIONS) {
      return Interview.NONE;
    }
    int first = 0;
    while (!asks[first]) {
      first++;
    }
    Entity interviewee = addressed(doc, names, asks);
    if (interviewee == null) {
      // introduced before the questions begin, not in a later post of a blog's page
      interviewee = interviewee(doc, names, Map.of(), paragraphs.get(first).start());
    }
    if (interviewee == null && first + 1 < paragraphs.size()) {
      // the first answer alone labelled ("fluter.de: ... Wie finden Sie das? / Felix Stalder:
      // Zu wissen, ..."), the rest printed without labels; a label further on ("Seifen: ...")
      // deep in a report whose paragraphs end in questions of its own tells no interview
      Entity sole = soleAnswering(labels, names);
      Paragraph answer = paragraphs.get(first + 1);
      Matcher label = LABEL.matcher(text).region(answer.start(), answer.end());
      if (sole != null && label.lookingAt() && sole.equals(person(label.group(1), names))) {
        interviewee = sole;
      }
    }
    if (interviewee == null) {
      return Interview.NONE;
    }
    List<Answer> out = new ArrayList<>();
    int run = ANSWER_PARAGRAPHS; // paragraphs answered since the last question
    for (int i = first; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      int end = trimmed(text, p.start(), p.end());
      String lower = text.substring(p.start(), end).toLowerCase(Locale.ROOT);
      if (CREDITS.stream().anyMatch(lower::startsWith)) {
        break;
      }
      if (asks[i]) {
        run = 0;
      } else if (run < ANSWER_PARAGRAPHS && !heading(text, p.start(), end) && end > p.start()) {
        Matcher label = LABEL.matcher(text).region(p.start(), end);
        int from = label.lookingAt() ? label.end() : p.start(); // "Jana Krüger: Zu wissen, ..."
        out.add(new Answer(from, end, interviewee));
        run++;
      }
    }
    return new Interview(out, List.of());
  }

  /** The person a question addresses by name at its start ("Herr Professor Borasio, ..."). */
  private static @Nullable Entity addressed(Document doc, List<Named> names, boolean[] asks) {
    String text = doc.text();
    List<Paragraph> paragraphs = doc.paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (!asks[i]) {
        continue;
      }
      Matcher m = ADDRESSED.matcher(text).region(paragraphs.get(i).start(),
          paragraphs.get(i).end());
      if (m.lookingAt() && ADDRESS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
        Entity p = person(m.group(2), names);
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }

  /**
   * The person whose labels ("Claudia Brandt:", "Brandt:") open at least two paragraphs that do
   * not ask, or null.
   */
  private static @Nullable Entity answering(Map<String, int[]> asks, List<Named> names) {
    Map<Entity, Integer> answers = new HashMap<>();
    for (Map.Entry<String, int[]> e : asks.entrySet()) {
      Entity p = asking(e.getKey(), e.getValue()) ? null : person(e.getKey(), names);
      if (p != null && answers.merge(p, e.getValue()[1], Integer::sum) >= 2) {
        return p;
      }
    }
    return null;
  }

  /** The one person whose label answers, however often; null where none or several do. */
  private static @Nullable Entity soleAnswering(Map<String, int[]> asks, List<Named> names) {
    Entity sole = null;
    for (Map.Entry<String, int[]> e : asks.entrySet()) {
      Entity p = asking(e.getKey(), e.getValue()) ? null : person(e.getKey(), names);
      if (p != null && sole != null && !p.equals(sole)) {
        return null;
      }
      sole = p != null ? p : sole;
    }
    return sole;
  }

  /** Whether a label's paragraphs mostly ask: {questions, others}. */
  private static boolean asking(String label, int[] n) {
    return QUESTION_LABELS.contains(label.toLowerCase(Locale.ROOT)) || n[0] > 0 && n[0] >= n[1];
  }

  private static boolean question(String text, int start, int end) {
    return text.substring(start, end).strip().endsWith("?");
  }

  private static boolean heading(String text, int start, int end) {
    String s = text.substring(start, end).strip();
    return s.length() < HEADING && !s.matches(".*[.!?…\"“”»«]$");
  }

  private static int trimmed(String text, int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /**
   * Who answers: the person whose labels open two answers or more, else the person the text
   * names right after its first cue before a position ("Das Interview mit Dr. Sboui", "im
   * Gespräch mit"), else null.
   */
  private static @Nullable Entity interviewee(Document doc, List<Named> names,
      Map<String, int[]> asks, int before) {
    Entity answering = answering(asks, names);
    if (answering != null) {
      return answering;
    }
    String lower = doc.text().toLowerCase(Locale.ROOT);
    int first = -1;
    int from = -1;
    for (String cue : CUES) {
      int at = lower.indexOf(cue);
      if (at >= 0 && at < before && (first < 0 || at < first)) {
        first = at;
        from = at + cue.length();
      }
    }
    for (Named n : names) {
      if (from >= 0 && n.entity().type() == EntityType.PERSON && n.mention().start() >= from
          && n.mention().start() <= from + CUE_REACH) {
        return n.entity();
      }
    }
    return null;
  }

  /** The person a label names: an entity whose name is the label or ends in its last word. */
  private static @Nullable Entity person(String label, List<Named> names) {
    String[] words = label.split("\\s+");
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    for (Named n : names) {
      if (n.entity().type() != EntityType.PERSON) {
        continue;
      }
      String name = n.entity().name().toLowerCase(Locale.ROOT);
      if (name.equals(label.toLowerCase(Locale.ROOT)) || name.endsWith(" " + last)
          || name.equals(last)) {
        return n.entity();
      }
    }
    return null;
  }
}
