package org.herald.coding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.core.Stage;
import org.herald.core.model.Dependency;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.Layer;
import org.herald.core.model.Quote;
import org.herald.core.model.Sentence;
import org.herald.core.model.TimeValue;
import org.herald.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * Herald's own quote finder: direct speech in every quotation style („…“ “…” "…" »…« «…» ‚…‘),
 * also fragments inside a sentence and quotes over several sentences, and indirect speech ("sagte
 * X, …", "laut X", "X zufolge", "nach Angaben von X", "according to X", "X said …"; in German also
 * by the subjunctive alone, "Die Lage sei ernst"). The speaker is the subject of the
 * speech verb in the dependency parse, else the nearest name outside the quote; a description
 * ("der Sprecher") is already a mention of the person it refers to. News agencies and reports
 * the words come through ("laut Reuters", "so ein Bericht der Nachrichtenagentur TASS") go into
 * {@code via}. Each quote takes the date of a time expression of its sentence outside the quote,
 * else the publication date, and says which.
 *
 * <p>Requires {@link Layer#TOKENS}, {@link Layer#ENTITIES}, {@link Layer#TIMES}; produces {@link
 * Layer#QUOTES}. Thread-safe.
 */
public final class QuoteStage implements Stage {
  /**
   * The most quotes a document keeps, the first in the text: a news article has a few (the
   * bundled samples 1 to 3 in about 1,000 characters), an interview one an answer, and even the
   * longest article text kept (100,000 characters) would give some 300 at that density. More
   * is a page of quotation marks, not an article.
   */
  static final int MAX_QUOTES = 1_000;

  /** The lists of quote-words-LANG.tsv; a file may name no other. */
  private static final Set<String> LISTS = Set.of("speech", "speech-lemmas",
      "not-saying-particles", "acts", "source-after", "source-before", "accounts",
      "circumstance", "pronouns", "no-one", "roles", "definite", "modal-aux", "own-report",
      "report-agents", "first-persons", "male-pronouns", "female-pronouns", "male-words",
      "female-words", "female-by-number", "points-back", "meaning", "question-labels",
      "answer-labels", "interview-cues", "interview-address", "interview-credits", "interview-you",
      "author", "bodies", "body-members", "plural-definite", "parenthetical-source",
      "spokespersons", "perfect-only", "perfect-aux", "relative-pronouns");
  /** The languages whose word files the stage reads, all together. */
  private static final List<String> LANGUAGES = List.of("de", "en");
  /** Each language's lists, as its file has them. */
  private static final Map<String, Map<String, Set<String>>> BY_LANGUAGE = loadWords();
  /** The lists of every language together. */
  private static final Map<String, Set<String>> WORDS = together(BY_LANGUAGE);

  private static Map<String, Map<String, Set<String>>> loadWords() {
    Map<String, Map<String, Set<String>>> out = new java.util.HashMap<>();
    for (String lang : LANGUAGES) {
      Map<String, Set<String>> lists = new java.util.HashMap<>();
      LISTS.forEach(l -> lists.put(l, new java.util.HashSet<>()));
      String file = "quote-words-" + lang + ".tsv";
      for (String line : Resources.lines(file)) {
        String[] cols = line.split("\t", -1); // an empty list's line is its name alone
        if (cols.length > 2 || !LISTS.contains(cols[0])) {
          throw new IllegalStateException(file + ": not a list of the quote stage: " + line);
        }
        for (String w : cols.length == 1 ? new String[0] : cols[1].split(";")) {
          if (!w.isBlank()) {
            lists.get(cols[0]).add(w.strip().toLowerCase(Locale.ROOT));
          }
        }
      }
      lists.replaceAll((k, v) -> Set.copyOf(v));
      out.put(lang, Map.copyOf(lists));
    }
    return Map.copyOf(out);
  }

  private static Map<String, Set<String>> together(Map<String, Map<String, Set<String>>> byLang) {
    Map<String, Set<String>> out = new java.util.HashMap<>();
    LISTS.forEach(l -> out.put(l, new java.util.HashSet<>()));
    byLang.values().forEach(lists -> lists.forEach((l, w) -> out.get(l).addAll(w)));
    out.replaceAll((k, v) -> Set.copyOf(v));
    return Map.copyOf(out);
  }

  /** A list of every language's word file (quote-words-LANG.tsv). */
  static Set<String> words(String list) {
    return WORDS.get(list);
  }

  private static final Set<String> SPEECH = words("speech");

  /**
   * A sentence's own language's forms of verbs of saying (every language's where it has none):
   * an English form in a German sentence is none ("in ihren gepachteten Claims", "in mehreren
   * Tweets").
   */
  private static Set<String> speech(Sentence s) {
    Map<String, Set<String>> lists = s.language() == null ? null : BY_LANGUAGE.get(s.language());
    return lists == null ? SPEECH : lists.get("speech");
  }
  static final Set<String> SOURCE_AFTER = words("source-after");
  static final Set<String> SOURCE_BEFORE = words("source-before");
  /** Words that open a source set off by commas inside the speech: ", so das Gericht,". */
  static final Set<String> PARENTHETICAL = words("parenthetical-source");
  /**
   * Speech verbs that are acts of their own: they report words only with a clause ("warnte,
   * ..."), not alone ("Russland kritisierte die Ukraine scharf").
   */
  private static final Set<String> ACTS = words("acts");
  /**
   * German verbs that report what was said, as infinitives: any form of them introduces speech.
   * Verbs of talking, warning or demanding ("sprechen", "warnen", "fordern") are not among
   * them: "hat Putin vor einem Einmarsch gewarnt" reports no words.
   */
  private static final Set<String> SPEECH_LEMMAS_DE = words("speech-lemmas");
  static final Set<String> PRONOUNS = words("pronouns");
  /** Offices and roles a speaker is described by, as the end of a word ("Grünen-Politiker"). */
  static final Set<String> ROLES = words("roles");
  /** Definite articles: "der Sprecher", "the governor" describe someone named before. */
  static final Set<String> DEFINITE = words("definite");
  /** Nouns for a body, as a word's end: "die Behörde", "the agency" name one named before. */
  static final Set<String> BODIES = words("bodies");
  /** Plural members of a body and the body noun they speak for: "die Richter", "gericht". */
  static final Map<String, String> BODY_MEMBERS = words("body-members").stream()
      .map(m -> m.split("=", 2)).collect(java.util.stream.Collectors.toUnmodifiableMap(
          m -> m[0], m -> m[1]));
  /** Definite articles of a plural: "die Richter", "the judges". */
  static final Set<String> PLURAL_DEFINITE = words("plural-definite");
  /** Modal auxiliaries: "müsse sagen" is no report of what was said. */
  static final Set<String> MODALS = words("modal-aux");

  /** Social platforms (platforms.txt): where words are posted, not who says them. */
  private static final Set<String> PLATFORMS = platforms();

  private static Set<String> platforms() {
    return Resources.lines("platforms.txt").stream().map(l -> l.toLowerCase(Locale.ROOT))
        .collect(java.util.stream.Collectors.toSet());
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.ENTITIES, Layer.TIMES);
  }

  @Override
  public Set<Layer> produces() {
    return EnumSet.of(Layer.QUOTES);
  }

  @Override
  public Document apply(Document doc) {
    String text = doc.text();
    List<Named> names = Named.inOrder(doc).stream()
        .filter(n -> !PLATFORMS.contains(n.entity().name().toLowerCase(Locale.ROOT))).toList();
    List<int[]> direct = QuotationMarks.directSpans(text);
    Referents refs = new Referents(doc, names, direct);
    List<Quote> quotes = new ArrayList<>();
    Entity lastSpeaker = null;
    int lastEnd = -1;
    for (int d = 0; d < direct.size(); d++) {
      int[] q = direct.get(d);
      if (aName(q, names, text)) {
        continue; // "sagte er der „Süddeutschen Zeitung“": marks around a name quote no one
      }
      List<Sentence> frame = sentencesAround(doc.sentences(), q[0], q[1]);
      Entity speaker = QuoteSpeakers.speaker(frame, q[0], q[1], names, refs);
      Sentence own = inside(doc.sentences(), q[0], q[1]);
      if (speaker == null && own != null) {
        // words in marks inside a sentence of the reporter's without a verb of saying: the
        // subject of the verb above them ("heard Hartley admit to “forgetting”")
        speaker = QuoteSpeakers.governingSubject(own, q[0], q[1], names, refs);
      }
      if (speaker == null) {
        // "Er nannte den Plan „völlig unausgegoren“": the subject of the sentence's own verb
        speaker = QuoteSpeakers.clauseSubject(frame, q[0], q[1], names, refs);
      }
      if (speaker == null) {
        // "„…“, machte der stellvertretende Fraktionsvorsitzende Dirk Wiese deutlich", "«…», so
        // Kostrešević": the name right after the quote and its comma
        speaker = AsideSpeakers.namedAfter(text, frame, q[0], q[1], names, refs);
      }
      if (speaker == null && !frame.isEmpty()) {
        // "Die Führer der G-7 gaben eine Erklärung ab, in der sie „…“ verurteilten": the
        // nearest actor before the quote in its sentence.
        Named before =
            QuoteSpeakers.previousName(names, frame.get(0).start(), q[0], q[0], q[1]);
        if (before != null && (before.entity().type() != EntityType.LOCATION
            || QuoteSpeakers.actsForState(before.entity()))) {
          speaker = before.entity(); // also "Pyongyang ... warned of "overwhelming" measures"
        }
      }
      if (speaker == null && d + 1 < direct.size()
          && text.substring(q[1], direct.get(d + 1)[0]).matches("[\\s\"'”“»«„‘’]*")) {
        // "“We ran out of fuel.” “For days we have been talking …,” Skaik said.": a quote
        // right before another is the words of that one's speaker
        int[] next = direct.get(d + 1);
        speaker = QuoteSpeakers.speaker(sentencesAround(doc.sentences(), next[0], next[1]),
            next[0], next[1], names, refs);
      }
      boolean alone = !frame.isEmpty() && text.substring(frame.get(0).start(), q[0])
          .replaceAll(MARKS_AND_SPACE, "").isEmpty() && text.substring(q[1],
          frame.get(frame.size() - 1).end()).replaceAll(MARKS_AND_SPACE + "|\\p{P}", "")
          .isEmpty();
      if (speaker == null && alone) {
        // "“... the contingency plan?” Aderholt asked again.", split into two sentences: a short
        // sentence of saying right after words in marks alone attributes them
        Sentence after = sentenceAfter(doc.sentences(), frame.get(frame.size() - 1));
        int verb = after == null ? -1 : speechVerb(after);
        if (verb >= 0 && verb <= 3 && after.tokens().size() <= 8 && !endsWithColon(after)) {
          speaker = QuoteSpeakers.speaker(List.of(after), -1, -1, names, refs);
        }
      }
      if (speaker == null && alone) {
        // "Der Staat müsse sparen, sagte er. „Wer arbeitet, muss mehr haben.“": words in marks
        // alone after a sentence that reports someone's words are that speaker's
        Sentence before = sentenceBefore(doc.sentences(), frame.get(0));
        if (before != null && before.start() >= lastEnd) {
          if (speechVerb(before) >= 0) {
            speaker = QuoteSpeakers.speaker(List.of(before), -1, -1, names, refs);
          }
          if (speaker == null) {
            // "Das Gericht stellt dazu fest:", "Wolfgang Weber, Vorsitzender der
            // ZVEI-Geschäftsführung, zum Referentenentwurf:": the one a lead-in names;
            // "Toprak drückte sein Unverständnis aus. „Die Türkei ...“": the one the sentence
            // before is about, though its verb is no verb of saying
            speaker = refs.leadIn(before);
          }
        }
      }
      if (speaker == null && own != null && aTerm(own, q, text)) {
        continue; // „www.chefkoch.de“, „Schinkenkrustenbraten“: a term in marks, no one's words
      }
      if (speaker == null && lastSpeaker != null && q[0] - lastEnd < 200) {
        speaker = lastSpeaker; // a quote that goes on after a short break
      }
      if (speaker != null) {
        lastSpeaker = speaker;
        if (!QuoteSpeakers.DESCRIBED.equals(speaker.id())) {
          refs.spoke(q[1], speaker);
        }
      }
      lastEnd = q[1];
      quotes.add(quote(doc, q[0], q[1], true, speaker,
          QuoteSpeakers.via(frame, q[0], q[1], names, speaker),
          frame));
    }
    int previous = -2; // the index of the last sentence of indirect speech
    Entity previousSpeaker = null;
    for (int i = 0; i < doc.sentences().size(); i++) {
      Sentence s = doc.sentences().get(i);
      boolean english = "en".equals(s.language() != null ? s.language() : doc.language());
      if (coveredByDirect(s, direct) && (english || !reportedOutside(s, direct))) {
        // mostly words in marks; but German reported speech around them is reported speech
        // with words in marks inside ("Heute umfasse der Wirkungsbereich des BKA „das
        // wiedervereinte Deutschland“"), as the codebook has it
        continue;
      }
      Entity speaker = QuoteSpeakers.speaker(List.of(s), -1, -1, names, refs);
      int verb = speechVerb(s, direct);
      int[] colon = verb >= 0 ? ReportedClauses.afterColon(s, verb, text) : null;
      if (colon != null) {
        // "Der Minister erklärte: Die Kammern sind aufgelöst." is direct speech without marks;
        // "Maier erklärte: Dantinger habe ... nicht ergriffen" in the subjunctive is reported
        List<Token> after = s.tokens().stream().filter(t -> t.start() >= colon[0]).toList();
        boolean reportedAfter = !english && after.stream().anyMatch(QuoteStage::reportedMood)
            && after.stream().noneMatch(
                t -> FIRST_PERSONS.contains(t.word().toLowerCase(Locale.ROOT)));
        quotes.add(quote(doc, colon[0], colon[1], !reportedAfter, speaker,
            QuoteSpeakers.via(List.of(s), colon[0], colon[1], names, speaker), List.of(s)));
        continue;
      }
      if (verb >= 0 && i > 0 && pointsBack(s, verb) && speaker != null
          && !QuoteSpeakers.DESCRIBED.equals(speaker.id())) {
        // "Die Stadt will den Ausbau beschleunigen. Das teilte die Stadtverwaltung mit.": the
        // sentence before is what the speaker said
        Sentence before = doc.sentences().get(i - 1);
        if (previous != i - 1 && !touchesDirect(before, direct)) {
          quotes.add(quote(doc, before.tokens().get(0).start(),
              ReportedClauses.trimEnd(before, text), false, speaker,
              QuoteSpeakers.via(List.of(s), -1, -1, names, speaker), List.of(s)));
        }
        previous = i;
        previousSpeaker = speaker;
        continue;
      }
      if (verb >= 0 && ownReport(s, verb)) {
        continue;
      }
      // "Das halte ich für eine gewagte These": "halte" reads as a subjunctive too ("er halte"),
      // but with the writer as its subject it states the writer's own view; not where it
      // governs a clause ("So eben erfahre ich, daß ...": the correspondent reports)
      boolean subjunctive = !english && java.util.stream.IntStream.range(0, s.tokens().size())
          .anyMatch(k -> reportedMood(s.tokens().get(k))
              && (!QuoteSpeakers.byAuthor(s, k) || governsClause(s, k)));
      // a speaker only described ("der verkündete Stopp", a misparse) makes no report alone
      boolean named = speaker != null && !QuoteSpeakers.DESCRIBED.equals(speaker.id());
      // ", so das Gericht,": a source between commas, where it names one
      boolean reported = (hasSpeechOrSource(s) || speaker != null && speaker.id().equals(
          AsideSpeakers.parentheticalSource(s, names, refs)))
          && (named || subjunctive || verb >= 0 && someoneSays(s, verb))
          && (subjunctive || verb < 0 || !ACTS.contains(
              s.tokens().get(verb).word().toLowerCase(Locale.ROOT)) || governsClause(s, verb));
      if (!reported) {
        // the past subjunctive alone ("müssten die Abgeordneten alles durchwinken") states a
        // condition; it reports only where reported speech goes on
        if (subjunctive && verb < 0 && (i == previous + 1 || s.tokens().stream().anyMatch(
            t -> reportedMood(t) && GermanMorphology.presentSubjunctive(t.word())))) {
          // German reported speech is in the subjunctive, speech verb or not ("Die Nato sei das
          // Problem"); right after reported speech it goes on in the same speaker's name
          // ("Peskow sagte, Russland bedrohe niemanden. Die Nato sei das Problem.").
          int[] whole = {s.tokens().get(0).start(), ReportedClauses.trimEnd(s, text)};
          Entity who = i == previous + 1 ? previousSpeaker : null;
          if (who == null && i > 0) {
            // "Tusk hat die Vereinbarung scharf kritisiert. Bei dem Deal handele es sich nicht
            // um eine Waffenruhe": the subject of the sentence before
            who = refs.subjectOf(doc.sentences().get(i - 1));
          }
          quotes.add(quote(doc, whole[0], whole[1], false, who,
              QuoteSpeakers.via(List.of(s), -1, -1, names, who), List.of(s)));
          previous = i;
        }
        continue;
      }
      previous = i;
      previousSpeaker = speaker;
      int[] clause = ReportedClauses.reportedClause(s, verb, text, english);
      if (clause[1] <= clause[0] || leadsInOnly(s, verb)) {
        continue; // a verb of saying with no clause of what was said
      }
      if (english && !ReportedClauses.fromParse(s, verb, clause) && touchesDirect(s, direct)) {
        // '“...,” said Liu He, China’s top trade negotiator': the words are the direct
        // quote's; the commas around the attribution hold none (German ones around a
        // subjunctive do)
        continue;
      }
      clause[0] = afterDateline(doc, clause[0], clause[1]);
      List<String> via = QuoteSpeakers.via(List.of(s), -1, -1, names, speaker);
      if (!insideDirect(clause, direct, text)) {
        // but '“He has no plan,” the prime minister told MPs' parsed as telling the quote: its
        // words are the direct quote's alone
        quotes.add(quote(doc, clause[0], clause[1], false, speaker, via, List.of(s)));
      }
      for (int[] more : ReportedClauses.furtherClauses(s, verb, clause, text)) {
        // "said another 30 people had been injured, but added the circumstances remained
        // unclear": each verb of saying with a clause of its own reports words of its own
        quotes.add(quote(doc, more[0], more[1], false, speaker, via, List.of(s)));
      }
    }
    Interviews.Interview interview = Interviews.of(doc, names);
    // an interview's answers are the interviewee's words; a quote inside one is not marked
    // again, nor is one that takes in a label ("Barenberg: Da möchte ich noch mal fragen")
    quotes.removeIf(q -> interview.covers(q.start(), q.end()));
    quotes.replaceAll(q -> Interviews.askedOfInterviewee(doc, q, interview));
    for (Interviews.Answer a : interview.answers()) {
      quotes.add(quote(doc, a.start(), a.end(), true, a.speaker(), List.of(),
          sentencesAround(doc.sentences(), a.start(), a.end())));
    }
    quotes.sort((a, b) -> Integer.compare(a.start(), b.start()));
    Document.Builder out = doc.toBuilder();
    if (quotes.size() > MAX_QUOTES) {
      out.warning("quotes cut to the first " + MAX_QUOTES + " of " + quotes.size());
      quotes = quotes.subList(0, MAX_QUOTES);
    }
    return out.quotes(QuoteSpeakers.carrySpeakers(QuoteSpeakers.shareEnclosing(quotes), doc,
        names)).add(Layer.QUOTES).build();
  }

  /**
   * Where reported words begin that the text begins with a dateline: "KHARTOUM (Reuters) -
   * Sudan's army ... agreed" reports only what follows the dash.
   */
  private static int afterDateline(Document doc, int start, int end) {
    String dateline = doc.dateline();
    String text = doc.text();
    if (dateline == null || dateline.isBlank()
        || !text.regionMatches(true, start, dateline, 0, dateline.length())) {
      return start;
    }
    java.util.regex.Matcher m = DATELINE_END.matcher(text).region(start + dateline.length(),
        Math.min(end, start + dateline.length() + 40));
    return m.lookingAt() ? m.end() : start;
  }

  /** The rest of a dateline after the place: "(Reuters) - ", " – ", ", 12. Mai (dpa) - ". */
  private static final java.util.regex.Pattern DATELINE_END =
      java.util.regex.Pattern.compile("[^\\n.]{0,30}?\\s*[-–—]\\s*");

  private Quote quote(Document doc, int start, int end, boolean direct, @Nullable Entity speaker,
      List<String> via, List<Sentence> frame) {
    while (end > start && Character.isWhitespace(doc.text().charAt(end - 1))) {
      end--; // no space before a comma or at the end is part of the words
    }
    String date = null;
    String source = null;
    for (TimeValue t : doc.times()) {
      boolean inFrame = frame.stream().anyMatch(s -> s.start() <= t.start() && t.end() <= s.end());
      // reported words, direct or indirect, are dated by when they were said, not by what
      // they tell ("werde in diesem Jahr ... zur Verfügung stellen, sagte sie am Dienstag")
      boolean inQuote = start <= t.start() && t.end() <= end;
      if (inFrame && !inQuote && (t.type().equals("DATE") || t.type().equals("TIME"))) {
        date = t.value().length() >= 10 ? t.value().substring(0, 10) : t.value();
        source = "text";
        break;
      }
    }
    if (date == null && doc.publishedDay() != null) {
      date = doc.publishedDay().toString();
      source = "published";
    }
    String id = speaker == null || QuoteSpeakers.DESCRIBED.equals(speaker.id()) ? null
        : speaker.id();
    return new Quote(start, end, doc.text().substring(start, end), direct, id,
        speaker == null ? null : speakerName(speaker, start), via, date, source);
  }

  /**
   * A speaker's name: the entity's, but for an agent the text names by a noun (the entity
   * "Deutschland (DEUCOP)" of "die Polizei") the words of its mention nearest before the quote.
   */
  private static String speakerName(Entity speaker, int quote) {
    if (speaker.kb() == null || !speaker.kb().id().startsWith(Descriptions.CAMEO)
        || speaker.mentions().isEmpty()) {
      return speaker.name();
    }
    org.herald.core.model.Mention best = speaker.mentions().get(0);
    for (org.herald.core.model.Mention m : speaker.mentions()) {
      if (m.start() < quote) {
        best = m;
      }
    }
    return best.text();
  }

  /**
   * The sentence that holds words in marks as a part of its own, with at least two words of the
   * reporter's before them ("Spalt ortet einen „…“"); null for a quote that opens its sentence
   * or runs over several.
   */
  private static @Nullable Sentence inside(List<Sentence> sentences, int start, int end) {
    for (Sentence s : sentences) {
      if (s.start() <= start && end <= s.end()) {
        long before = s.tokens().stream().filter(t -> t.end() <= start
            && Character.isLetterOrDigit(t.word().charAt(0))).count();
        return before >= 2 ? s : null;
      }
    }
    return null;
  }

  private static List<Sentence> sentencesAround(List<Sentence> sentences, int start, int end) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : sentences) {
      if (s.start() < end + 1 && start - 1 < s.end()) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Whether a sentence opens with a word that points back as the object of its speech verb
   * ("Das teilte die Polizei mit", "Dies sagte der Minister"): what it reports is the sentence
   * before.
   */
  private static boolean pointsBack(Sentence s, int verb) {
    if (s.dependencies() == null || s.tokens().isEmpty()
        || !POINTS_BACK.contains(s.tokens().get(0).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == 1 && d.head() == verb + 1
          && (d.relation().equals("obj") || d.relation().equals("nsubj"))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> POINTS_BACK = words("points-back");
  /** Verbs of saying that mean "means" after "das" ("das heißt"). */
  private static final Set<String> MEANING = words("meaning");

  /** One word with a dot between letters: a web address or a domain. */
  private static final java.util.regex.Pattern WEB_ADDRESS =
      java.util.regex.Pattern.compile("\\S*\\p{L}\\.\\p{L}\\S*");

  /**
   * Whether the words in marks are at most three, hold no verb and do not open in lower case
   * unless they are a web address: a term, title, name or address ("Chefkoch",
   * "www.chefkoch.de"), not a fragment of speech ("völlig unausgegoren").
   */
  private static boolean aTerm(Sentence s, int[] q, String text) {
    List<Token> in = s.tokens().stream().filter(t -> t.start() >= q[0] && t.end() <= q[1])
        .toList();
    String words = text.substring(q[0], q[1]);
    boolean address = WEB_ADDRESS.matcher(words).matches(); // "www.chefkoch.de"
    return in.size() <= 3 && q[1] > q[0]
        && (address || !Character.isLowerCase(words.charAt(0)))
        && in.stream().noneMatch(t -> "VERB".equals(t.upos()) || "AUX".equals(t.upos()));
  }

  /** Whether the words in marks are one name of an organisation or a place, and no more. */
  private static boolean aName(int[] q, List<Named> names, String text) {
    String inside = text.substring(q[0], q[1]).strip();
    for (Named n : names) {
      if (n.mention().start() >= q[0] && n.mention().end() <= q[1]
          && (n.entity().type() == EntityType.ORGANIZATION
          || n.entity().type() == EntityType.LOCATION)
          && n.mention().text().strip().equals(inside)) {
        return true;
      }
    }
    return false;
  }

  /** Quotation marks and the punctuation that joins a quote to its attribution. */
  private static final String MARKS_AND_COMMAS = "\"'”“»«„‘’‚‹›,;:";

  /** Spaces and quotation marks, as a pattern. */
  private static final String MARKS_AND_SPACE = "[\\s\"'”“»«„‘’]";

  /** The sentence right before one, or null for the first. */
  private static @Nullable Sentence sentenceBefore(List<Sentence> sentences, Sentence s) {
    int i = sentences.indexOf(s);
    return i > 0 ? sentences.get(i - 1) : null;
  }

  /**
   * Whether a sentence is its subject and its verb of saying (word k, 0-based) alone, with a
   * colon or nothing after: "Die Richter schreiben:" leads in to what follows and reports no
   * words of its own (but "Die Lage ist ernst, sagte er." does).
   */
  private static boolean leadsInOnly(Sentence s, int k) {
    List<Token> t = s.tokens();
    return k >= 0 && k <= LEAD_IN_SUBJECT && t.subList(k + 1, t.size()).stream()
        .allMatch(w -> w.word().equals(":")) && t.subList(0, k).stream()
        .allMatch(w -> w.word().codePoints().allMatch(Character::isLetterOrDigit));
  }

  /** The most words a lead-in's subject has before its verb ("Die Richter"). */
  private static final int LEAD_IN_SUBJECT = 3;

  /** Whether a sentence's last word is a colon: it leads in to what follows. */
  private static boolean endsWithColon(Sentence s) {
    List<Token> t = s.tokens();
    return !t.isEmpty() && t.get(t.size() - 1).word().equals(":");
  }

  /** The sentence right after one, or null for the last. */
  private static @Nullable Sentence sentenceAfter(List<Sentence> sentences, Sentence s) {
    int i = sentences.indexOf(s);
    return i >= 0 && i + 1 < sentences.size() ? sentences.get(i + 1) : null;
  }

  /** Whether a span lies within words in marks, with the marks and commas around them. */
  private static boolean insideDirect(int[] span, List<int[]> direct, String text) {
    int from = span[0];
    int to = span[1];
    while (from < to && (MARKS_AND_COMMAS.indexOf(text.charAt(from)) >= 0
        || Character.isWhitespace(text.charAt(from)))) {
      from++;
    }
    while (to > from && (MARKS_AND_COMMAS.indexOf(text.charAt(to - 1)) >= 0
        || Character.isWhitespace(text.charAt(to - 1)))) {
      to--;
    }
    for (int[] q : direct) {
      if (from >= q[0] && to <= q[1]) {
        return true;
      }
    }
    return false;
  }

  /** Whether a sentence holds any words in marks. */
  private static boolean touchesDirect(Sentence s, List<int[]> direct) {
    for (int[] q : direct) {
      if (q[0] < s.end() && s.start() < q[1]) {
        return true;
      }
    }
    return false;
  }

  private static boolean coveredByDirect(Sentence s, List<int[]> direct) {
    int covered = 0;
    for (int[] q : direct) {
      covered += Math.max(0, Math.min(s.end(), q[1]) - Math.max(s.start(), q[0]));
    }
    return covered > (s.end() - s.start()) / 3;
  }

  /** Whether a verb in the mood of reported speech stands outside the words in marks. */
  private static boolean reportedOutside(Sentence s, List<int[]> direct) {
    for (Token t : s.tokens()) {
      if (reportedMood(t) && direct.stream().noneMatch(q -> t.start() >= q[0] && t.end() <= q[1])) {
        return true;
      }
    }
    return false;
  }

  /** The word index of the first speech verb of a sentence, or -1. */
  private static int speechVerb(Sentence s) {
    return speechVerb(s, List.of());
  }

  /** The word index of the first speech verb of a sentence outside words in marks, or -1. */
  private static int speechVerb(Sentence s, List<int[]> direct) {
    int first = -1;
    for (int k = 0; k < s.tokens().size(); k++) {
      Token t = s.tokens().get(k);
      if (isSpeech(t, s) && direct.stream().noneMatch(q -> t.start() >= q[0] && t.end() <= q[1])) {
        // English: the verb with a clause ("denied the charges and said his forces would not
        // withdraw": said); German keeps the first, which did better on the Redewiedergabe
        // development types
        if (s.dependencies() == null || !"en".equals(s.language()) || governsClause(s, k)) {
          return k;
        }
        if (first < 0) {
          first = k;
        }
      }
    }
    return first;
  }

  /**
   * A verb in the mood of German reported speech: a subjunctive that no indicative of the third
   * person shares ("sei", "habe", "komme", "hätten"; not "kommen", which may be indicative).
   */
  static boolean reportedMood(Token t) {
    return ("VERB".equals(t.upos()) || "AUX".equals(t.upos()))
        && GermanMorphology.reportedMood(t.word());
  }

  /** A verb of saying: a form listed, or in a German sentence any form of a verb of saying. */
  public static boolean isSpeech(Token t, Sentence s) {
    String w = t.word().toLowerCase(Locale.ROOT);
    if (w.startsWith("sag") && separated(t, s, NOT_SAYING)) {
      return false; // "sagte der Ukraine ein System zu" promises; "sagte ... ab" cancels
    }
    if (MEANING.contains(w)) {
      int at = s.tokens().indexOf(t);
      if (at > 0
          && POINTS_BACK.contains(s.tokens().get(at - 1).word().toLowerCase(Locale.ROOT))) {
        return false; // "Das heißt nicht, dass er uns alles erspart": that means, no one says
      }
    }
    if (w.startsWith("call")) {
      int next = s.tokens().indexOf(t) + 1;
      if (next < s.tokens().size() && Set.of("on", "upon", "for").contains(
          s.tokens().get(next).word().toLowerCase(Locale.ROOT))) {
        return false; // "called on all sides to exercise restraint" appeals, it reports no words
      }
    }
    if (PERFECT_ONLY.contains(w) && (s.dependencies() == null || !Parses.hasChild(s,
        s.dependencies(), s.tokens().indexOf(t) + 1, "aux", PERFECT_AUX))) {
      return false; // "has written" reports words; "the articles written in German" none
    }
    if (speech(s).contains(w)) {
      // "reports", "writes" are nouns too ("media reports say"): a form the tagger calls a noun
      // or adjective is no verb; German forms are checked by their lemma below
      return !"en".equals(s.language()) || !Set.of("NOUN", "PROPN", "ADJ").contains(t.upos());
    }
    return !"en".equals(s.language()) && ("VERB".equals(t.upos()) || "AUX".equals(t.upos()))
        && GermanMorphology.verbLemmas(t.word()).stream().anyMatch(SPEECH_LEMMAS_DE::contains);
  }

  /** Participles that report words only in a perfect: "has written". */
  private static final Set<String> PERFECT_ONLY = words("perfect-only");
  /** The auxiliaries of such a perfect. */
  private static final Set<String> PERFECT_AUX = words("perfect-aux");

  /** Particles that make "sagen" no verb of saying: zusagen, absagen, ansagen, aussagen. */
  private static final Set<String> NOT_SAYING = words("not-saying-particles");

  /** Whether the verb has one of the particles as its separated particle. */
  private static boolean separated(Token t, Sentence s, Set<String> particles) {
    if (s.dependencies() == null) {
      return false;
    }
    int verb = s.tokens().indexOf(t) + 1;
    for (Dependency d : s.dependencies()) {
      if (d.head() == verb && d.relation().equals("compound:prt") && particles.contains(
          s.tokens().get(d.dependent() - 1).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    // the parser may hang the particle at the end of the clause elsewhere ("sagte Finnland
    // ein neues Abkommen zu", "zu" as a case); not across a comma ("sagte, Russland greife
    // niemanden an": the particle is the reported clause's)
    int last = Parses.clauseFinal(s, verb - 1);
    return last >= 0 && particles.contains(s.tokens().get(last).word().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the speech verb at word k has someone as its subject though no entity names them
   * ("analysts say", "the staff member recalled", "Ermittler betonten"): reported speech without
   * a known speaker. "It", "es", "this" are no one.
   */
  private static boolean someoneSays(Sentence s, int k) {
    if (s.dependencies() == null) {
      return false;
    }
    for (Dependency d : s.dependencies()) {
      if (d.head() == k + 1 && d.relation().equals("nsubj")) {
        Token subj = s.tokens().get(d.dependent() - 1);
        String upos = String.valueOf(subj.upos());
        return (upos.equals("NOUN") || upos.equals("PROPN") || upos.equals("PRON"))
            && !NO_ONE.contains(subj.word().toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }

  private static final Set<String> NO_ONE = words("no-one");

  /**
   * Whether the speech verb at word k is the paper's reference to its own report: opened by
   * "wie" or "as" and with no one who says ("Wie bereits berichtet, sitzt ...", "As reported
   * in December"; but not "Wie die Polizei berichtet", "as reported by Reuters").
   */
  private static boolean ownReport(Sentence s, int k) {
    if (s.dependencies() == null) {
      return false;
    }
    boolean opened = false;
    for (Dependency d : s.dependencies()) {
      if (d.head() != k + 1) {
        continue;
      }
      String rel = d.relation();
      if (rel.startsWith("nsubj") && !rel.contains("pass") || rel.equals("obl:agent")
          || rel.startsWith("obl")
          && Parses.hasChild(s, s.dependencies(), d.dependent(), "case", REPORT_AGENTS)) {
        return false;
      }
      opened |= (rel.equals("advmod") || rel.equals("mark"))
          && OWN_REPORT.contains(s.tokens().get(d.dependent() - 1).word().toLowerCase(Locale.ROOT));
    }
    return opened;
  }

  private static final Set<String> OWN_REPORT = words("own-report");
  private static final Set<String> FIRST_PERSONS = words("first-persons");
  static final Set<String> REPORT_AGENTS = words("report-agents");

  /** Whether the verb governs a clause of what was said (or the parse is missing). */
  private static boolean governsClause(Sentence s, int verb) {
    if (s.dependencies() == null) {
      return true;
    }
    for (Dependency d : s.dependencies()) {
      if (d.head() == verb + 1 && (d.relation().equals("ccomp") || d.relation().equals("parataxis")
          || d.relation().equals("xcomp") && !"en".equals(s.language())
          && !Set.of("ADJ", "ADV", "X", "PUNCT").contains(
          String.valueOf(s.tokens().get(d.dependent() - 1).upos())))) {
        // but "kritisierte beide Seiten scharf" says nothing in its own words, nor does "urged
        // both sides to observe a ceasefire" (an English infinitive is no reported clause), nor
        // "nannte die Entscheidung „falsch“" parsed with the closing mark as the complement
        return true;
      }
    }
    return false;
  }

  private static boolean hasSpeechOrSource(Sentence s) {
    for (int k = 0; k < s.tokens().size(); k++) {
      String w = s.tokens().get(k).word().toLowerCase(Locale.ROOT);
      if (isSpeech(s.tokens().get(k), s) || SOURCE_AFTER.contains(w)
          || SOURCE_BEFORE.contains(w) || byAccountOf(s.tokens(), k)) {
        return true;
      }
    }
    return false;
  }

  /** "nach Angaben des Weißen Hauses", "nach Informationen der Zeitung": a source follows. */
  static boolean byAccountOf(List<Token> tokens, int k) {
    return k > 0 && ACCOUNTS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))
        && tokens.get(k - 1).word().equalsIgnoreCase("nach");
  }

  private static final Set<String> ACCOUNTS = words("accounts");

}
