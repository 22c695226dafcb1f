package org.herald.coding.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.coding.GermanMorphology;
import org.herald.core.Stage;
import org.herald.core.model.Document;
import org.herald.core.model.Layer;
import org.herald.core.model.Sentence;
import org.herald.core.model.TimeValue;
import org.herald.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * Finds and normalises the time expressions of each sentence ({@link TimeNormaliser}) against
 * the publication date, the sentence's tense deciding the direction of relative expressions.
 * Without a publication date only absolute expressions are kept (a year, a full date, a
 * duration, a set), since "am Mittwoch" cannot be placed.
 *
 * <p>Requires {@link Layer#TOKENS}; produces {@link Layer#TIMES}. Thread-safe.
 */
public final class TimeStage implements Stage {
  private static final Set<String> FUTURE_DE = Set.of("wird", "werden", "wirst", "werde", "will",
      "wollen", "soll", "sollen", "sollte", "sollten", "plant", "planen", "geplant", "künftig",
      "bevorstehenden", "kommende", "kommenden", "nächste", "nächsten", "erwartet", "droht",
      "drohen", "könnte", "könnten");
  private static final Set<String> FUTURE_EN = Set.of("will", "'ll", "shall", "going", "due",
      "scheduled", "expected", "plans", "plan", "planned", "upcoming", "next", "would", "aims",
      "intends", "should");
  private static final Set<String> PAST_DE = Set.copyOf(java.util.Arrays.asList("war", "waren", "hatte", "hatten", "wurde",
      "wurden", "zuletzt", "vergangenen", "vergangene",
      "damals", "bereits", "schon", "kam", "kamen", "gab", "fand", "fanden", "traf", "trafen",
      "sprach", "sprachen", "nahm", "nahmen", "begann", "begannen", "floh", "flohen", "griff",
      "griffen", "hielt", "hielten", "rief", "riefen", "trat", "traten", "stand", "standen",
      "lag", "lagen", "sah", "sahen", "bat", "baten", "starb", "starben", "fiel", "fielen",
      "schlug", "schlugen", "zog", "zogen", "verlor", "gewann", "gewannen", "ließ", "blieb",
      "blieben", "erließ", "erschien", "schrieb", "ging", "gingen", "landete", "folgte", "gaben",
      "bot", "boten", "galt", "galten", "berieten", "beriet", "hieß", "lief", "liefen", "wuchs",
      "sank", "stieg", "stiegen", "sprang", "warf", "brach", "brachen", "brachte", "brachten",
      "dachte", "wusste", "kannte", "nannte", "nannten", "saß", "flog", "flogen", "fuhr",
      "fuhren", "empfing", "empfingen", "unterzeichnete", "verließ", "entschied",
      "beschloss", "beschlossen", "schloss", "wies", "bewies", "erhielt", "erhielten"));
  private static final Set<String> PERFECT_DE = Set.of("hat", "haben", "hast", "habe", "ist",
      "sind", "bin", "bist");
  private static final Set<String> MODALS_DE = Set.of("sollte", "sollten", "könnte", "könnten",
      "würde", "würden", "möchte", "möchten", "müsste", "müssten", "dürfte", "dürften");

  /** Present forms that end like a past: "beraten", "arbeiten", "bieten", "halten", "gelten". */
  private static final java.util.regex.Pattern PRESENT_TEN =
      java.util.regex.Pattern.compile("(aten|eiten|ieten|alten|elten|ichten)$");

  private final TimeNormaliser normaliser = new TimeNormaliser();

  @Override
  public String name() {
    return "times";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS);
  }

  @Override
  public Set<Layer> produces() {
    return EnumSet.of(Layer.TIMES);
  }

  @Override
  public Document apply(Document doc) {
    LocalDate anchor = doc.publishedDay();
    List<TimeValue> times = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      String lang = s.language() != null ? s.language() : doc.language();
      String text = doc.text().substring(s.start(), s.end());
      Markers m = markers(s.tokens(), lang);
      TimeNormaliser.Direction d = m.direction();
      LocalDate at = anchor != null ? anchor : LocalDate.of(2000, 1, 1);
      List<TimeValue> found = normaliser.tag(text, s.start(), at, d);
      if (!m.future().isEmpty() && !m.past().isEmpty()) {
        // "said on Monday that Kenya will send aid": a sentence that looks both ways; each
        // expression looks the way of the tense word nearest to it
        found = nearestTense(found, normaliser.tag(text, s.start(), at,
            TimeNormaliser.Direction.PAST), m, s.tokens());
      }
      for (TimeValue t : found) {
        if (anchor != null || absolute(t, text.substring(t.start() - s.start(),
            t.end() - s.start()))) {
          times.add(t);
        }
      }
    }
    return doc.toBuilder().times(times).add(Layer.TIMES).build();
  }

  /** Whether an expression stands without an anchor: a year, a full date, a duration, a set. */
  private static boolean absolute(TimeValue t, String text) {
    if (t.type().equals("DURATION") || t.type().equals("SET")) {
      return true;
    }
    return t.type().equals("DATE") && text.matches("(?s).*\\d{4}.*");
  }

  /**
   * Whether an English future word looks ahead where it stands: "plan" only as a verb ("plan to
   * return" as a noun is no future of the sentence: "disrupting a United Nations plan to return
   * people"), "due" only before an infinitive ("due to meet", not "due to the war").
   */
  private static boolean looksAhead(List<Token> tokens, int i, String w) {
    String tag = tokens.get(i).tag();
    if ((w.equals("plan") || w.equals("plans")) && tag != null) {
      return tag.startsWith("VB");
    }
    if (w.equals("due")) {
      return i + 2 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("to")
          && "VB".equals(tokens.get(i + 2).tag());
    }
    return true;
  }

  /**
   * Which way a sentence looks: a future auxiliary or modal ("wird", "soll", "will") looks
   * ahead; a past tense ("hatte", "traf", English VBD) or a perfect ("hat ... angegriffen",
   * "has met") looks back; else neither.
   */
  static TimeNormaliser.Direction direction(List<Token> tokens, @Nullable String language) {
    return markers(tokens, language).direction();
  }

  /** The words (0-based) by which a sentence looks ahead and those by which it looks back. */
  record Markers(List<Integer> future, List<Integer> past) {
    /** The sentence's way: ahead where anything looks ahead, else back, else neither. */
    TimeNormaliser.Direction direction() {
      return !future.isEmpty() ? TimeNormaliser.Direction.FUTURE
          : !past.isEmpty() ? TimeNormaliser.Direction.PAST : TimeNormaliser.Direction.NONE;
    }
  }

  /**
   * The sentence's words of the future (auxiliaries, modals, "next") and of the past (a past
   * tense, "ago", "gestern", and a perfect's auxiliary beside a participle that is no word of the
   * future).
   */
  static Markers markers(List<Token> tokens, @Nullable String language) {
    boolean en = "en".equals(language);
    List<Integer> future = new ArrayList<>();
    List<Integer> past = new ArrayList<>();
    List<Integer> perfectAux = new ArrayList<>();
    boolean participle = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String w = t.word().toLowerCase(Locale.ROOT);
      boolean ahead;
      boolean back;
      if (en) {
        ahead = FUTURE_EN.contains(w) && looksAhead(tokens, i, w);
        back = "VBD".equals(t.tag()) || w.equals("ago") || w.equals("yesterday")
            || w.equals("last") || w.equals("earlier");
        if (w.equals("has") || w.equals("have") || w.equals("had")) {
          perfectAux.add(i);
        }
        participle |= "VBN".equals(t.tag()) && !ahead; // "is planned" looks ahead
      } else {
        ahead = FUTURE_DE.contains(w);
        boolean verb = "VERB".equals(t.upos()) || "AUX".equals(t.upos());
        back = PAST_DE.contains(w) || verb && (w.endsWith("te") || w.endsWith("ten"))
            && !MODALS_DE.contains(w) && !PRESENT_TEN.matcher(w).find()
            || w.equals("gestern") || w.equals("vor")
            // a strong verb's past by the dictionary: "bestritt", "wies ... zurück"
            || verb && GermanMorphology.pastIndicative(t.word());
        if (PERFECT_DE.contains(w)) {
          perfectAux.add(i);
        }
        participle |= ("VVPP".equals(t.tag()) || "VAPP".equals(t.tag())
            || verb && w.startsWith("ge") && (w.endsWith("t") || w.endsWith("en")))
            && !ahead; // "sind ... geplant" looks ahead
      }
      if (ahead) {
        future.add(i);
      }
      if (back) {
        past.add(i);
      }
    }
    if (participle) {
      past.addAll(perfectAux);
    }
    return new Markers(future, past);
  }

  /**
   * Of the expressions normalised looking ahead ({@code ahead}), those whose nearest tense word
   * looks back take the value normalised looking back ({@code back}, the same spans).
   */
  private static List<TimeValue> nearestTense(List<TimeValue> ahead, List<TimeValue> back,
      Markers m, List<Token> tokens) {
    List<TimeValue> out = new ArrayList<>(ahead.size());
    for (TimeValue t : ahead) {
      TimeValue chosen = t;
      if (distance(m.past(), t, tokens) < distance(m.future(), t, tokens)) {
        for (TimeValue b : back) {
          if (b.start() == t.start() && b.end() == t.end()) {
            chosen = b;
          }
        }
      }
      out.add(chosen);
    }
    return out;
  }

  /** The fewest characters between the expression and one of the words. */
  private static int distance(List<Integer> words, TimeValue t, List<Token> tokens) {
    int best = Integer.MAX_VALUE;
    for (int i : words) {
      Token w = tokens.get(i);
      int d = w.end() <= t.start() ? t.start() - w.end()
          : w.start() >= t.end() ? w.start() - t.end() : 0;
      best = Math.min(best, d);
    }
    return best;
  }
}
