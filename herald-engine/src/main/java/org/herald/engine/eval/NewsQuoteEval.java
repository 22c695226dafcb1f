package org.herald.engine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.core.ContractJson;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.herald.core.Pipeline;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.Quote;
import org.herald.kb.Names;
import org.jspecify.annotations.Nullable;

/**
 * Quotes on real news, against the {@code quotes} of the news gold set (docs/CODEBOOK.md,
 * "Quotes"): the words inside the gold's direct, partial and indirect quotes against the words
 * inside Herald's direct and indirect ones, and whether Herald names the right speaker of the
 * quotes it found.
 */
public final class NewsQuoteEval {
  /** The gold's kinds of quote. */
  public static final List<String> KINDS = List.of("direct", "partial", "indirect");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private NewsQuoteEval() {}

  /** A gold quote: its kind, its words as the article has them, and who said them. */
  public record GoldQuote(String kind, String text, @Nullable String speakerName) {}

  /** An article of the gold set that has been annotated for quotes. */
  public record Article(String page, String lang, String published, List<GoldQuote> quotes) {}

  /** Word counts of one gold kind: its words, how many Herald covered. */
  public static final class Counts {
    int gold;
    int covered;
    /** Herald's words of the kind that answers this gold kind, and how many lie in gold. */
    int found;
    int right;
    int speakers;
    int speakersRight;

    public int gold() { return gold; }

    public double precision() {
      return found == 0 ? 0 : right / (double) found;
    }

    public double recall() {
      return gold == 0 ? 0 : covered / (double) gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Speakers judged: gold quotes with a speaker of which Herald found half the words. */
    public int speakers() { return speakers; }

    public double speakerAccuracy() {
      return speakers == 0 ? 0 : speakersRight / (double) speakers;
    }

    void add(Counts o) {
      gold += o.gold;
      covered += o.covered;
      found += o.found;
      right += o.right;
      speakers += o.speakers;
      speakersRight += o.speakersRight;
    }
  }

  /**
   * One article's counts per gold kind (in the order of {@link #KINDS}), its misses, and its
   * wrong speakers each with the sentence before the quote and the quote's own sentences.
   */
  public record Outcome(Article article, List<Counts> counts, List<String> errors,
      List<String> wrongSpeakers, @Nullable String failure) {}

  /** The articles of the gold files that carry a {@code quotes} list (others are skipped). */
  public static List<Article> read(Path file) throws IOException {
    ObjectMapper mapper = ContractJson.mapper();
    List<Article> out = new ArrayList<>();
    int lineNo = 0;
    for (String line : NewsEval.lines(file)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode n = mapper.readTree(line);
        if (!n.has("quotes")) {
          continue;
        }
        List<GoldQuote> quotes = new ArrayList<>();
        for (JsonNode q : n.path("quotes")) {
          String kind = q.path("kind").asText("");
          if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("a quote's kind is direct, partial or indirect,"
                + " not '" + kind + "'");
          }
          String text = q.path("text").asText("");
          if (text.isBlank()) {
            throw new IllegalArgumentException("a quote needs its 'text'");
          }
          JsonNode speaker = q.path("speakerName");
          quotes.add(new GoldQuote(kind, text,
              speaker.isTextual() && !speaker.asText().isBlank() ? speaker.asText() : null));
        }
        out.add(new Article(n.path("page").asText(""), n.path("lang").asText(""),
            n.path("published").asText(""), List.copyOf(quotes)));
      } catch (IOException | IllegalArgumentException e) {
        throw new HeraldException(ErrorCode.BAD_GOLD_DATA,
            file + " line " + lineNo + ": " + e.getMessage());
      }
    }
    return out;
  }

  /** Analyses each article's page under {@code data} and compares its quotes. */
  public static List<Outcome> run(Pipeline pipeline, List<Article> articles, Path data) {
    Set<String> generic = genericWords();
    List<Outcome> out = new ArrayList<>();
    for (Article a : articles) {
      try {
        Document doc = NewsEval.analyze(pipeline, a.page(), a.lang(), a.published(), data);
        out.add(compare(a, doc, generic));
      } catch (IOException | HeraldException e) {
        out.add(new Outcome(a, List.of(), List.of(), List.of(), e.getMessage()));
      }
    }
    return out;
  }

  /** The counts per gold kind summed over outcomes. */
  public static List<Counts> total(List<Outcome> outcomes) {
    List<Counts> sum = List.of(new Counts(), new Counts(), new Counts());
    for (Outcome o : outcomes) {
      for (int k = 0; k < o.counts().size(); k++) {
        sum.get(k).add(o.counts().get(k));
      }
    }
    return sum;
  }

  /** Direct and partial together: both are in quotation marks, as Herald's direct quotes. */
  public static Counts marked(List<Counts> kinds) {
    Counts c = new Counts();
    c.add(kinds.get(0));
    c.gold += kinds.get(1).gold;
    c.covered += kinds.get(1).covered;
    c.speakers += kinds.get(1).speakers;
    c.speakersRight += kinds.get(1).speakersRight;
    return c;
  }

  static Outcome compare(Article a, Document doc, Set<String> generic) {
    String text = doc.text();
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    BitSet heraldDirect = new BitSet();
    BitSet heraldIndirect = new BitSet();
    for (Quote q : doc.quotes()) {
      cover(words, q.start(), q.end(), q.direct() ? heraldDirect : heraldIndirect);
    }
    BitSet[] gold = {new BitSet(), new BitSet(), new BitSet()};
    List<Counts> counts = List.of(new Counts(), new Counts(), new Counts());
    List<String> errors = new ArrayList<>();
    List<String> wrongSpeakers = new ArrayList<>();
    int from = 0;
    for (GoldQuote g : a.quotes()) {
      int kind = KINDS.indexOf(g.kind());
      Counts c = counts.get(kind);
      int at = text.indexOf(g.text(), from);
      if (at < 0) {
        at = text.indexOf(g.text());
      }
      if (at < 0) { // in the headline, or lost by the extraction: all its words are missed
        int n = 0;
        for (Matcher w = WORD.matcher(g.text()); w.find(); ) {
          n++;
        }
        c.gold += n;
        errors.add("not in the text: " + g.kind() + " " + clip(g.text()));
        continue;
      }
      from = at + g.text().length();
      BitSet mine = new BitSet();
      cover(words, at, from, mine);
      gold[kind].or(mine);
      BitSet herald = kind == 2 ? heraldIndirect : heraldDirect;
      BitSet hit = (BitSet) mine.clone();
      hit.and(herald);
      if (hit.cardinality() * 2 < mine.cardinality()) {
        errors.add("missed " + g.kind() + " " + clip(g.text()));
      } else if (g.speakerName() != null) {
        Quote q = bestOverlap(doc, at, from, kind != 2);
        c.speakers++;
        if (q != null && sameSpeaker(g.speakerName(), names(q, doc), generic)) {
          c.speakersRight++;
        } else {
          errors.add("speaker " + clip(g.text()) + ": gold " + g.speakerName() + ", herald "
              + (q == null ? "-" : names(q, doc)));
          wrongSpeakers.add(g.kind() + " " + clip(g.text()) + "\n    gold " + g.speakerName()
              + " | herald " + (q == null ? "-" : names(q, doc).stream().distinct().toList())
              + "\n" + context(doc, at, from));
        }
      }
    }
    for (int k = 0; k < 3; k++) {
      Counts c = counts.get(k);
      c.gold += gold[k].cardinality();
      BitSet covered = (BitSet) gold[k].clone();
      covered.and(k == 2 ? heraldIndirect : heraldDirect);
      c.covered += covered.cardinality();
    }
    // precision per Herald kind, kept on the first gold kind it answers (direct, indirect)
    BitSet marked = (BitSet) gold[0].clone();
    marked.or(gold[1]);
    counts.get(0).found = heraldDirect.cardinality();
    BitSet right = (BitSet) heraldDirect.clone();
    right.and(marked);
    counts.get(0).right = right.cardinality();
    counts.get(2).found = heraldIndirect.cardinality();
    right = (BitSet) heraldIndirect.clone();
    right.and(gold[2]);
    counts.get(2).right = right.cardinality();
    for (Quote q : doc.quotes()) {
      BitSet mine = new BitSet();
      cover(words, q.start(), q.end(), mine);
      mine.and(q.direct() ? marked : gold[2]);
      if (mine.isEmpty()) {
        errors.add("false " + (q.direct() ? "direct" : "indirect") + " " + clip(q.text()));
      }
    }
    return new Outcome(a, counts, errors, wrongSpeakers, null);
  }

  /** Precision of a Herald kind lives on the counts of direct (for both marked kinds). */
  public static double precisionOf(List<Counts> kinds, String kind) {
    return kinds.get(kind.equals("indirect") ? 2 : 0).precision();
  }

  private static void cover(List<int[]> words, int start, int end, BitSet into) {
    for (int i = 0; i < words.size(); i++) {
      int[] w = words.get(i);
      if (w[0] >= start && w[1] <= end) {
        into.set(i);
      }
    }
  }

  /** Herald's quote of the kind that overlaps the span most, or null. */
  private static @Nullable Quote bestOverlap(Document doc, int start, int end, boolean direct) {
    Quote best = null;
    int most = 0;
    for (Quote q : doc.quotes()) {
      int overlap = Math.min(end, q.end()) - Math.max(start, q.start());
      if (q.direct() == direct && overlap > most) {
        best = q;
        most = overlap;
      }
    }
    return best;
  }

  /**
   * The names Herald gives a quote's speaker: as written, the entity's, its entry's and those of
   * the entity's other mentions ("DGB" of the entity named "Deutscher Gewerkschaftsbund").
   */
  private static List<String> names(Quote q, Document doc) {
    List<String> out = new ArrayList<>();
    if (q.speakerName() != null) {
      out.add(q.speakerName());
    }
    for (Entity e : doc.entities()) {
      if (e.id().equals(q.speaker())) {
        out.add(e.name());
        if (e.kb() != null) {
          out.add(e.kb().label());
        }
        e.mentions().forEach(m -> out.add(m.text()));
      }
    }
    return out;
  }

  /**
   * Two names share a word that is neither a function word nor a generic title, or one is the
   * other's acronym ("PG&E" and "Pacific Gas and Electric").
   */
  static boolean sameSpeaker(String gold, List<String> herald, Set<String> generic) {
    Set<String> goldWords = content(gold, generic);
    for (String h : herald) {
      if (acronymOf(gold, h) || acronymOf(h, gold)) {
        return true;
      }
      for (String w : content(h, generic)) {
        for (String g : goldWords) {
          if (sameWord(g, w)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * One word, or one word with a case ending of the other: the genitive "-s"/"-es" ("des
   * Vereinigungsministeriums" and "das Vereinigungsministerium").
   */
  static boolean sameWord(String a, String b) {
    return a.equals(b) || stem(a).equals(b) || stem(b).equals(a);
  }

  /** A firm's legal form after its name, no initial of it ("Pacific Gas & Electric Co."). */
  private static final Set<String> FIRM_SUFFIXES = Set.of("Co", "Corp", "Inc", "Ltd", "LLC",
      "GmbH", "AG", "SE", "eV");

  /**
   * Whether a short name of capitals (and "&") is the initials of the capitalised words of a
   * longer one: "PG&E" of "Pacific Gas and Electric", "BA" of "Bundesagentur für Arbeit".
   */
  static boolean acronymOf(String shortName, String longName) {
    String letters = shortName.strip().replace("&", "");
    if (letters.length() < 2 || letters.length() > 8 || !letters.chars().allMatch(
        c -> Character.isUpperCase(c) || Character.isDigit(c))) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String w : longName.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !FIRM_SUFFIXES.contains(w)) {
        initials.append(w.charAt(0));
      }
    }
    return initials.length() > 1 && initials.toString().equals(letters);
  }

  private static Set<String> content(String name, Set<String> generic) {
    Set<String> out = new HashSet<>();
    for (String w : Names.fold(name).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 3 && !generic.contains(w) && !generic.contains(stem(w))) {
        out.add(w);
      }
    }
    return out;
  }

  /** A word without a genitive "-s" or "-es" ("ministeriums"), else the word. */
  private static String stem(String w) {
    if (w.length() > 5 && w.endsWith("es") && !w.endsWith("ses")) {
      return w.substring(0, w.length() - 2);
    }
    return w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1)
        : w;
  }

  /** Function words and generic titles that do not tell two speakers apart (a data file). */
  static Set<String> genericWords() {
    try (InputStream in = NewsQuoteEval.class.getResourceAsStream("speaker-generic-words.txt")) {
      if (in == null) {
        throw new IllegalStateException("speaker-generic-words.txt is missing");
      }
      Set<String> out = new HashSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          out.add(Names.fold(w));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sentence before a span and the sentences it lies in, one a line, indented. */
  private static String context(Document doc, int start, int end) {
    StringBuilder out = new StringBuilder();
    var sentences = doc.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      var s = sentences.get(i);
      boolean in = s.start() < end && start < s.end();
      boolean before = !in && i + 1 < sentences.size() && sentences.get(i + 1).start() < end
          && start < sentences.get(i + 1).end();
      if (in || before) {
        String t = doc.text().substring(s.start(), s.end()).replaceAll("\\s+", " ").strip();
        out.append(in ? "    in:     " : "    before: ")
            .append(t.length() <= 400 ? t : t.substring(0, 397) + "...").append('\n');
      }
    }
    return out.toString().stripTrailing();
  }

  private static String clip(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() <= 90 ? t : t.substring(0, 87) + "...";
  }

  /** A line of figures for one kind. */
  public static String line(String lang, String kind, Counts c, double precision) {
    double r = c.recall();
    double f = precision + r == 0 ? 0 : 2 * precision * r / (precision + r);
    return String.format(Locale.ROOT, "%-4s %-8s %5d %9.3f %9.3f %9.3f %8d %9.3f", lang, kind,
        c.gold, precision, r, f, c.speakers, c.speakerAccuracy());
  }
}
