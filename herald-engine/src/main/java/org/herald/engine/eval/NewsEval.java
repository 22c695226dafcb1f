package org.herald.engine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.herald.core.ContractJson;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.herald.core.Pipeline;
import org.herald.core.RawInput;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.Event;
import org.herald.core.model.EventActor;
import org.herald.core.model.Mention;
import org.herald.kb.Names;
import org.jspecify.annotations.Nullable;

/**
 * Events and people on real news, against the news gold set of docs/CODEBOOK.md: one JSON object
 * per article with its page, language, publication date, gold events and gold persons. Each page
 * is analysed on its gold publication date; Herald's events become (source, target, code, date)
 * tuples compared per article at the root level and strictly, and each gold person is looked up
 * among Herald's entities for its country and role.
 */
public final class NewsEval {
  /**
   * The modalities of events the text says happened or were announced; "reported" ones are told
   * by a speaker ("X said that Y attacked Z"), which the codebook codes as the text reports them.
   */
  private static final Set<String> CLAIMED = Set.of("asserted", "intended", "reported");
  /** An ISO week as Herald dates an event ("2020-W38"). */
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

  private NewsEval() {}

  /** A gold or predicted event. */
  public record Tuple(String source, String target, String code, String date,
      @Nullable String evidence, @Nullable String trigger, double confidence) {
    /** A gold tuple, which has no confidence. */
    public Tuple(String source, String target, String code, String date,
        @Nullable String evidence, @Nullable String trigger) {
      this(source, target, code, date, evidence, trigger, Double.NaN);
    }

    /** The tuple at a level: root compares country or organisation and the code's root. */
    Key key(boolean strict) {
      return strict ? new Key(source, target, code, date)
          : new Key(actorPart(source), actorPart(target), code.substring(0, Math.min(2,
              code.length())), date);
    }
  }

  /** What is compared. */
  record Key(String source, String target, String code, String date) {
    boolean matches(Key found) {
      return source.equals(found.source) && target.equals(found.target)
          && code.equals(found.code) && sameDate(date, found.date);
    }
  }

  /** A gold person: the name as written, the country (or organisation code) and the role. */
  public record Person(String name, String country, String role) {}

  /** One article of the gold set. */
  public record Article(String page, String lang, String published, List<Tuple> events,
      List<Person> persons) {}

  /** Counts for one part (a language, or all) at one level. */
  public static final class Counts {
    int gold;
    int found;
    int right;

    public int gold() { return gold; }
    public int found() { return found; }
    public int right() { return right; }

    public double precision() {
      return found == 0 ? 0 : right / (double) found;
    }

    public double recall() {
      return gold == 0 ? 0 : right / (double) gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** What Herald gave for one article. */
  public record Outcome(Article article, List<Tuple> found, List<String> left,
      List<String> personErrors, int personsRight, int rolesRight, @Nullable String failure) {
    /** The gold events Herald missed and the events it found wrongly, at the root level. */
    public Match root() {
      return match(article.events(), found, false, true);
    }
  }

  /**
   * What a comparison leaves: the gold events no found event matches, the found events (one
   * per tuple at the level) no gold event matches, and those that matched one.
   */
  public record Match(List<Tuple> missed, List<Tuple> wrong, List<Tuple> hits, int found) {
    int right() {
      return found - wrong.size();
    }
  }

  /** Reads a gold file: one article per line. */
  public static List<Article> read(Path file) throws IOException {
    ObjectMapper mapper = ContractJson.mapper();
    List<Article> out = new ArrayList<>();
    int lineNo = 0;
    for (String line : lines(file)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode n = mapper.readTree(line);
        List<Tuple> events = new ArrayList<>();
        for (JsonNode e : n.path("events")) {
          events.add(new Tuple(e.path("source").asText(""), e.path("target").asText(""),
              need(e, "code"), e.path("date").asText(""), e.path("evidence").asText(null),
              null));
        }
        List<Person> persons = new ArrayList<>();
        for (JsonNode p : n.path("persons")) {
          persons.add(new Person(need(p, "name"), p.path("country").asText(""),
              p.path("role").asText("")));
        }
        out.add(new Article(need(n, "page"), need(n, "lang"), need(n, "published"),
            List.copyOf(events), List.copyOf(persons)));
      } catch (IOException | IllegalArgumentException e) {
        throw new HeraldException(ErrorCode.BAD_GOLD_DATA,
            file + " line " + lineNo + ": " + e.getMessage());
      }
    }
    return out;
  }

  /** The lines of a gold file, or a refusal naming it. */
  static List<String> lines(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new HeraldException(ErrorCode.BAD_GOLD_DATA, file + ": no such file");
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new HeraldException(ErrorCode.BAD_GOLD_DATA, file + ": not UTF-8 text");
    }
  }

  /** Analyses a gold article's page (under {@code data}) in its language on its date. */
  static Document analyze(Pipeline pipeline, String page, String lang, String published,
      Path data) throws IOException {
    return pipeline.analyze(RawInput.of(page.replaceFirst("\\.gz$", ""),
        page(data.resolve(page))).withLanguage(lang).withPublished(published));
  }

  private static String need(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new IllegalArgumentException("needs a '" + field + "'");
    }
    return v.asText();
  }

  /** Analyses each article's page under {@code data} and compares. */
  public static List<Outcome> run(Pipeline pipeline, List<Article> articles, Path data,
      double minConfidence) {
    List<Outcome> out = new ArrayList<>();
    for (Article a : articles) {
      Document doc;
      try {
        doc = analyze(pipeline, a.page(), a.lang(), a.published(), data);
      } catch (IOException | HeraldException e) {
        out.add(new Outcome(a, List.of(), List.of(), List.of(), 0, 0, e.getMessage()));
        continue;
      }
      List<String> left = new ArrayList<>();
      List<Tuple> found = new ArrayList<>();
      for (Event e : doc.events()) {
        String why = leftOut(e, minConfidence);
        if (why != null) {
          left.add(why);
        } else {
          found.add(new Tuple(e.source().actor(), actor(e.target()), e.code(),
              e.date() == null ? "" : e.date(), doc.text(e.sentence()), e.trigger().text(),
              e.confidence()));
        }
      }
      out.add(persons(a, distinct(found, true, true), left, doc));
    }
    return out;
  }

  /** Why an event is not a claim of Herald's, or null when it is one. */
  private static @Nullable String leftOut(Event e, double minConfidence) {
    if (e.source() == null || e.source().actor() == null) {
      return "no source actor";
    }
    if (e.negated()) {
      return "negated";
    }
    if (!CLAIMED.contains(e.modality())) {
      return e.modality(); // hypothetical, a question: Herald itself says it did not happen
    }
    if (e.confidence() < minConfidence) {
      return "below the confidence";
    }
    return null;
  }

  private static String actor(@Nullable EventActor a) {
    return a == null || a.actor() == null ? "" : a.actor();
  }

  /**
   * Herald's tuples, one per tuple at a level and sentence: an event Herald codes twice in one
   * sentence (two verbs of one act, a finer and a coarser code) counts once; the first stays.
   */
  private static List<Tuple> distinct(List<Tuple> tuples, boolean strict, boolean dated) {
    Map<List<Object>, Tuple> seen = new java.util.LinkedHashMap<>();
    for (Tuple t : tuples) {
      seen.putIfAbsent(java.util.Arrays.asList(undated(t.key(strict), dated), t.evidence()), t);
    }
    return List.copyOf(seen.values());
  }

  /**
   * Each found tuple takes at most one gold event that it matches. Tuples of one key from
   * several sentences match as many gold events of that key as there are (the codebook's two
   * demands of one body on one day, each in its own sentence, are two events); beyond those, or
   * where none matches, the key counts once: an event reported twice (the headline and the
   * body) is one event, right or wrong.
   */
  static Match match(List<Tuple> gold, List<Tuple> found, boolean strict, boolean dated) {
    List<Tuple> missed = new ArrayList<>(gold);
    List<Tuple> wrong = new ArrayList<>();
    List<Tuple> hits = new ArrayList<>();
    Set<Key> counted = new java.util.HashSet<>();
    int n = 0;
    for (Tuple f : distinct(found, strict, dated)) {
      Key key = undated(f.key(strict), dated);
      Tuple hit = null;
      for (Tuple g : missed) {
        if (undated(g.key(strict), dated).matches(key)) {
          hit = g;
          break;
        }
      }
      if (hit != null) {
        missed.remove(hit);
        hits.add(f);
        counted.add(key);
        n++;
      } else if (counted.add(key)) {
        wrong.add(f);
        n++;
      }
    }
    return new Match(missed, wrong, hits, n);
  }

  /** The outcome of an article, with the gold persons looked up among the entities. */
  private static Outcome persons(Article a, List<Tuple> found, List<String> left, Document doc) {
    List<String> personErrors = new ArrayList<>();
    int countries = 0;
    int roles = 0;
    for (Person p : a.persons()) {
      Entity e = entityOf(p.name(), doc);
      String country = e == null || e.kb() == null ? null
          : e.kb().country() != null ? e.kb().country() : e.kb().actor();
      String actor = e == null || e.kb() == null ? null : e.kb().actor();
      boolean countryRight = country != null && (p.country().length() == 3
          ? p.country().equals(country) : actor != null && actor.startsWith(p.country()));
      boolean roleRight = actor != null && actor.equals(p.country() + p.role());
      countries += countryRight ? 1 : 0;
      roles += roleRight ? 1 : 0;
      if (!countryRight || !roleRight) {
        personErrors.add(p.name() + " gold " + p.country() + p.role() + ", herald "
            + (e == null ? "(no entity)" : e.kb() == null ? "(not linked)"
                : e.kb().id() + " " + actor));
      }
    }
    return new Outcome(a, found, left, personErrors, countries, roles, null);
  }

  /**
   * The entity of the document whose mentions best match a person's name: one that has the full
   * name itself before any that only shares its surname ("Hunter Biden" is not the entity of
   * "Joe Biden" and four mentions of "Biden").
   */
  static @Nullable Entity entityOf(String name, Document doc) {
    String full = Names.fold(name);
    String[] words = full.split(" ");
    String last = words[words.length - 1];
    Entity best = null;
    int bestScore = 0;
    for (Entity e : doc.entities()) {
      int score = 0;
      for (Mention m : e.mentions()) {
        String f = Names.fold(m.text());
        if (f.equals(full)) {
          score += 1000;
        } else if (f.endsWith(" " + last) || f.equals(last) || full.endsWith(" " + f)) {
          score += 1;
        }
      }
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }

  /** The counts of a set of outcomes at a level. */
  public static Counts counts(List<Outcome> outcomes, boolean strict) {
    return counts(outcomes, strict, true);
  }

  /** The counts at a level, with or without comparing dates (to see what dating costs). */
  public static Counts counts(List<Outcome> outcomes, boolean strict, boolean dated) {
    Counts c = new Counts();
    for (Outcome o : outcomes) {
      Match m = match(o.article().events(), o.found(), strict, dated);
      c.gold += o.article().events().size();
      c.found += m.found();
      c.right += m.right();
    }
    return c;
  }

  private static Key undated(Key k, boolean dated) {
    return dated ? k : new Key(k.source(), k.target(), k.code(), "");
  }

  /**
   * Herald's events for the outcomes, as lines of the gold format, each with its confidence and
   * its verdict at the root level: right, wrong, or repeat (its key counted already, or a second
   * code of one sentence's tuple).
   */
  public static List<String> predictions(List<Outcome> outcomes) throws IOException {
    ObjectMapper mapper = ContractJson.mapper();
    List<String> out = new ArrayList<>();
    for (Outcome o : outcomes) {
      ObjectNode n = mapper.createObjectNode();
      n.put("page", o.article().page()).put("lang", o.article().lang())
          .put("published", o.article().published());
      var arr = n.putArray("events");
      Match root = o.root();
      for (Tuple t : o.found()) {
        ObjectNode e = arr.addObject().put("source", t.source()).put("target", t.target())
            .put("code", t.code()).put("date", t.date()).put("evidence", t.evidence());
        if (!Double.isNaN(t.confidence())) {
          e.put("confidence", t.confidence());
        }
        e.put("root", root.hits().contains(t) ? "right"
            : root.wrong().contains(t) ? "wrong" : "repeat");
      }
      out.add(mapper.writeValueAsString(n));
    }
    return out;
  }

  /** Why events were left out, with their counts. */
  public static Map<String, Integer> leftOut(List<Outcome> outcomes) {
    Map<String, Integer> out = new TreeMap<>();
    outcomes.forEach(o -> o.left().forEach(w -> out.merge(w, 1, Integer::sum)));
    return out;
  }

  /**
   * The first three letters of an actor code (its country), or the first six for an
   * international organisation, a non-governmental one or a company.
   */
  static String actorPart(String code) {
    int n = code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("MNC") ? 6 : 3;
    return code.length() <= n ? code : code.substring(0, n);
  }

  /**
   * The same day, or the gold's month (or year) holding Herald's day, or holding Herald's week
   * (its Thursday, as ISO 8601 counts a week to a month and a year): the codebook dates "last
   * week" by the month, where Herald gives the week.
   */
  static boolean sameDate(String gold, String found) {
    if (gold.isEmpty() || found.isEmpty()) {
      return gold.equals(found);
    }
    if (gold.length() == 10) {
      return found.length() >= 10 && found.substring(0, 10).equals(gold);
    }
    Matcher week = WEEK.matcher(found);
    if (week.matches()) {
      LocalDate thursday = LocalDate.of(Integer.parseInt(week.group(1)), 1, 4)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
          .with(DayOfWeek.THURSDAY);
      return thursday.toString().startsWith(gold);
    }
    return found.startsWith(gold);
  }

  private static byte[] page(Path page) throws IOException {
    if (!Files.isRegularFile(page)) {
      throw new HeraldException(ErrorCode.BAD_GOLD_DATA, page + ": no such page");
    }
    if (page.toString().endsWith(".gz")) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
        return in.readAllBytes();
      }
    }
    return Files.readAllBytes(page);
  }
}
