package org.herald.coding.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.core.model.TimeValue;
import org.jspecify.annotations.Nullable;

/**
 * Herald's own normaliser of German and English time expressions into TIMEX3 values: dates,
 * weeks, months, seasons, quarters, halves, years, decades, centuries, clock times with their
 * time zone, durations, sets. Relative expressions are resolved against the anchor (the
 * publication date) in the direction the sentence's tense gives ("im August" in a December
 * article that looks back is the past August; "sollen Anfang Februar beginnen" is the coming
 * February). Stateless and thread-safe.
 */
public final class TimeNormaliser {
  /** Which way a sentence looks from the anchor. */
  public enum Direction { PAST, FUTURE, NONE }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("january", 1),
      Map.entry("jan", 1), Map.entry("februar", 2), Map.entry("february", 2),
      Map.entry("feb", 2), Map.entry("märz", 3), Map.entry("march", 3), Map.entry("mar", 3),
      Map.entry("april", 4), Map.entry("apr", 4), Map.entry("mai", 5), Map.entry("may", 5),
      Map.entry("juni", 6), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("juli", 7),
      Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8),
      Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
      Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("okt", 10),
      Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
      Map.entry("dezember", 12), Map.entry("december", 12), Map.entry("dez", 12),
      Map.entry("dec", 12));
  private static final Map<String, Integer> WEEKDAYS = Map.ofEntries(
      Map.entry("montag", 1), Map.entry("monday", 1), Map.entry("dienstag", 2),
      Map.entry("tuesday", 2), Map.entry("mittwoch", 3), Map.entry("wednesday", 3),
      Map.entry("donnerstag", 4), Map.entry("thursday", 4), Map.entry("freitag", 5),
      Map.entry("friday", 5), Map.entry("samstag", 6), Map.entry("sonnabend", 6),
      Map.entry("saturday", 6), Map.entry("sonntag", 7), Map.entry("sunday", 7));
  private static final Map<String, String> SEASONS = Map.ofEntries(
      Map.entry("frühjahr", "SP"), Map.entry("frühling", "SP"), Map.entry("spring", "SP"),
      Map.entry("sommer", "SU"), Map.entry("summer", "SU"), Map.entry("herbst", "FA"),
      Map.entry("autumn", "FA"), Map.entry("fall", "FA"), Map.entry("winter", "WI"));
  private static final Map<String, String> PARTS = Map.ofEntries(
      Map.entry("morgen", "MO"), Map.entry("früh", "MO"), Map.entry("vormittag", "MO"),
      Map.entry("morning", "MO"), Map.entry("mittag", "MI"), Map.entry("noon", "MI"),
      Map.entry("midday", "MI"), Map.entry("nachmittag", "AF"), Map.entry("afternoon", "AF"),
      Map.entry("abend", "EV"), Map.entry("evening", "EV"), Map.entry("nacht", "NI"),
      Map.entry("night", "NI"), Map.entry("tonight", "NI"));
  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("ein", 1), Map.entry("eine", 1), Map.entry("einen", 1), Map.entry("einem", 1),
      Map.entry("einer", 1), Map.entry("eines", 1), Map.entry("a", 1), Map.entry("an", 1),
      Map.entry("one", 1), Map.entry("zwei", 2), Map.entry("two", 2), Map.entry("drei", 3),
      Map.entry("three", 3), Map.entry("vier", 4), Map.entry("four", 4), Map.entry("fünf", 5),
      Map.entry("five", 5), Map.entry("sechs", 6), Map.entry("six", 6), Map.entry("sieben", 7),
      Map.entry("seven", 7), Map.entry("acht", 8), Map.entry("eight", 8), Map.entry("neun", 9),
      Map.entry("nine", 9), Map.entry("zehn", 10), Map.entry("ten", 10), Map.entry("elf", 11),
      Map.entry("eleven", 11), Map.entry("zwölf", 12), Map.entry("twelve", 12),
      Map.entry("fünfzehn", 15), Map.entry("fifteen", 15), Map.entry("zwanzig", 20),
      Map.entry("twenty", 20), Map.entry("dreißig", 30), Map.entry("thirty", 30),
      Map.entry("vierzig", 40), Map.entry("forty", 40), Map.entry("fünfzig", 50),
      Map.entry("fifty", 50), Map.entry("hundert", 100), Map.entry("hundred", 100),
      Map.entry("dutzend", 12), Map.entry("dozen", 12));
  private static final Map<String, Integer> ORDINALS = Map.ofEntries(
      Map.entry("ersten", 1), Map.entry("erste", 1), Map.entry("first", 1),
      Map.entry("zweiten", 2), Map.entry("zweite", 2), Map.entry("second", 2),
      Map.entry("dritten", 3), Map.entry("dritte", 3), Map.entry("third", 3),
      Map.entry("vierten", 4), Map.entry("vierte", 4), Map.entry("fourth", 4),
      Map.entry("letzten", 4), Map.entry("last", 4));

  private static final String MONTH = "(januar|jänner|februar|märz|april|mai|juni|juli|august"
      + "|september|oktober|november|dezember|january|february|march|june|july|october"
      + "|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|okt\\.?"
      + "|oct\\.?|nov\\.?|dez\\.?|dec\\.?)";
  private static final String WEEKDAY = "(montag|dienstag|mittwoch|donnerstag|freitag|samstag"
      + "|sonnabend|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
  private static final String NUMBER = "(\\d{1,4}|ein|eine|einen|einem|einer|eines|a|an|one|zwei"
      + "|two|drei|three|vier|four|fünf|five|sechs|six|sieben|seven|acht|eight|neun|nine|zehn"
      + "|ten|elf|eleven|zwölf|twelve|fünfzehn|fifteen|zwanzig|twenty|dreißig|thirty|vierzig"
      + "|forty|fünfzig|fifty|hundert|hundred)";
  private static final String UNIT = "(sekunden?|minuten?|stunden?|tage?n?|wochen?|monate?n?"
      + "|jahre?n?|jahrzehnte?n?|seconds?|minutes?|hours?|days?|weeks?|months?|years?"
      + "|decades?)";
  private static final String PART = "(morgen|früh|vormittag|mittag|nachmittag|abend|nacht"
      + "|morning|noon|midday|afternoon|evening|night)";
  private static final String APPROX = "(?:(etwa|rund|knapp|fast|gut|ungefähr|circa|ca\\.|about"
      + "|around|almost|nearly|roughly|some|etwas mehr als|just over|just under|mehr als"
      + "|über|more than|less than|weniger als|bis zu|up to)\\s+)?";

  /** A matched expression before overlaps are settled. */
  private record Hit(int start, int end, String type, String value, @Nullable String tz,
      @Nullable String mod, int priority) {}

  /** What a rule resolves from its match. */
  private record Resolved(String type, String value, @Nullable String mod) {}

  /** The context of a sentence. */
  private record Ctx(LocalDate anchor, Direction direction, String sentence) {}

  private record Rule(Pattern pattern, BiFunction<Matcher, Ctx, @Nullable Resolved> resolve,
      int priority) {}

  private static final List<Rule> RULES = new ArrayList<>();

  private static void rule(String regex, int priority,
      BiFunction<Matcher, Ctx, @Nullable Resolved> resolve) {
    RULES.add(new Rule(Pattern.compile("(?<![\\p{L}\\d])" + regex + "(?![\\p{L}\\d])", FLAGS),
        resolve, priority));
  }

  static {
    // ISO and numeric dates: 2021-12-20, 15.12.2021, am 15.12.
    rule("(\\d{4})-(\\d{2})-(\\d{2})", 9, (m, c) -> date(m.group(1), m.group(2), m.group(3)));
    rule("(?:am\\s+|vom\\s+|bis\\s+zum\\s+|ab\\s+dem\\s+|seit\\s+dem\\s+)?(\\d{1,2})\\."
        + "(\\d{1,2})\\.(\\d{4}|\\d{2})?", 8, (m, c) -> {
          String y = m.group(3) == null ? null
              : m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
          if (y == null) {
            return dayMonth(c, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), m);
          }
          return date(y, m.group(2), m.group(1));
        });
    // 15. Dezember 2021, am 24. Februar, vom 4. September, 15 December 2021
    rule("(?:am\\s+|vom\\s+|bis\\s+zum\\s+|ab\\s+dem\\s+|seit\\s+dem\\s+|zum\\s+|on\\s+|from\\s+"
        + "|to\\s+|until\\s+|by\\s+)?(\\d{1,2})\\.?\\s+" + MONTH + "(?:,?\\s+(\\d{4}))?", 8,
        (m, c) -> {
          int month = month(m.group(2));
          int day = Integer.parseInt(m.group(1));
          return m.group(3) != null ? date(m.group(3), month, day) : dayMonth(c, month, day, m);
        });
    // December 31, 2021; on Jan. 20; November 9, 1989
    rule("(?:on\\s+|from\\s+|to\\s+|until\\s+|by\\s+|since\\s+)?" + MONTH
        + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?", 8, (m, c) -> {
          int month = month(m.group(1));
          int day = Integer.parseInt(m.group(2));
          if (day > 31) {
            return null;
          }
          return m.group(3) != null ? date(m.group(3), month, day) : dayMonth(c, month, day, m);
        });
    // Juli 2019, in July 2018, seit Juli 2019
    rule("(?:(?:im|seit|ab|bis|in|since|from|until|by)\\s+)?(?:(anfang|mitte|ende|early|mid|late)"
        + "[\\s-]+)?" + MONTH + "\\s+(\\d{4})", 7, (m, c) -> new Resolved("DATE",
            m.group(3) + "-" + two(month(m.group(2))), mod(m.group(1))));
    // Anfang/Mitte/Ende Juni; early/mid/late June; im August; seit Mai; in early February
    rule("(?:(im|seit|ab|bis|in|since|from|until|by|during)\\s+)?(?:(anfang|mitte|ende|early|mid"
        + "|late)[\\s-]+)?" + MONTH, 5, (m, c) -> {
          String cue = m.group(1);
          String mod = mod(m.group(2));
          String word = m.group(3).toLowerCase(Locale.ROOT);
          if (cue == null && mod == null && isEnglishWord(c.sentence(), m)) {
            return null; // "may", "march", "August" in English need a cue
          }
          if (word.endsWith(".") || word.length() <= 3 && !word.equals("mai")
              && !word.equals("may")) {
            return null; // abbreviations only with a day
          }
          int month = month(word);
          Direction d = cueDirection(cue, c.direction());
          return new Resolved("DATE", monthValue(c.anchor(), month, d), mod);
        });
    // Weekdays with parts of the day: am Samstagmorgen, Friday evening, early Thursday
    rule("(?:(am|on|seit|ab|bis|von|vom|from|to|until|by|last|next|this)\\s+)?(?:(frühen|späten|early"
        + "|late)\\s+(?:on\\s+)?)?" + WEEKDAY + "(?:\\s*" + PART + ")?", 6, (m, c) -> {
          String cue = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
          int weekday = WEEKDAYS.get(m.group(3).toLowerCase(Locale.ROOT));
          LocalDate day;
          if ("last".equals(cue)) {
            day = weekday(c.anchor(), weekday, Direction.PAST, true);
          } else if ("next".equals(cue)) {
            day = weekday(c.anchor(), weekday, Direction.FUTURE, true);
          } else {
            day = weekday(c.anchor(), weekday, cueDirection(cue, c.direction()), false);
          }
          String part = m.group(4) != null ? PARTS.get(m.group(4).toLowerCase(Locale.ROOT))
              : m.group(2) != null ? (m.group(2).toLowerCase(Locale.ROOT).startsWith("fr")
                  || m.group(2).equalsIgnoreCase("early") ? "MO" : "EV") : null;
          return new Resolved(part == null ? "DATE" : "TIME",
              part == null ? day.toString() : day + "T" + part, null);
        });
    // in der Nacht zum Dienstag, in der Nacht auf Samstag
    rule("(?:in\\s+)?der\\s+nacht\\s+(?:zum|auf(?:\\s+den)?)\\s+" + WEEKDAY, 7, (m, c) -> {
      LocalDate day = weekday(c.anchor(), WEEKDAYS.get(m.group(1).toLowerCase(Locale.ROOT)),
          Direction.NONE, false); // the nearest: a night report's tense often looks back
      return new Resolved("TIME", day.minusDays(1) + "TNI", null);
    });
    // heute, gestern, morgen, übermorgen, vorgestern, today, the day after tomorrow, tonight
    rule("(heute|gestern|vorgestern|übermorgen|morgen|today|yesterday|tomorrow|tonight"
        + "|the\\s+day\\s+after\\s+tomorrow|the\\s+day\\s+before\\s+yesterday|this|last)"
        + "(?:\\s+(früh|morgen|vormittag|mittag|nachmittag|abend|nacht|morning|afternoon"
        + "|evening|night))?", 4, (m, c) -> {
          String w = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
          String part = m.group(2) == null ? null : PARTS.get(m.group(2).toLowerCase(Locale.ROOT));
          if (w.equals("morgen") && m.start() > 0 && c.sentence().charAt(m.start()) == 'M'
              && precededBy(c.sentence(), m.start(), "am", "heute", "gestern", "frühen")) {
            return null;
          }
          if ((w.equals("this") || w.equals("last")) && part == null) {
            return null;
          }
          int offset = switch (w) {
            case "gestern", "yesterday" -> -1;
            case "vorgestern", "the day before yesterday" -> -2;
            case "morgen", "tomorrow" -> 1;
            case "übermorgen", "the day after tomorrow" -> 2;
            case "last" -> -1;
            default -> 0;
          };
          if (w.equals("tonight")) {
            part = "NI";
          }
          if (w.equals("last") && !"NI".equals(part) && !"EV".equals(part)) {
            return null;
          }
          LocalDate day = c.anchor().plusDays(offset);
          return part == null ? new Resolved("DATE", day.toString(), null)
              : new Resolved("TIME", day + "T" + part, null);
        });
    // am Abend, am frühen Morgen, am Mittag
    rule("am\\s+(?:(frühen|späten)\\s+)?(morgen|vormittag|mittag|nachmittag|abend)", 3, (m, c) ->
        new Resolved("TIME", c.anchor() + "T" + PARTS.get(m.group(2).toLowerCase(Locale.ROOT)),
            null));
    // Weeks: in der vergangenen Woche, last week, ab nächster Woche
    rule("(?:(?:in|ab|seit|bis|from)\\s+)?(?:der\\s+|dieser\\s+|diese\\s+)?(vergangenen|letzten"
        + "|vorigen|nächsten|nächster|nächste|kommenden|dieser|diese|last|next|this|coming|past)"
        + "\\s+(woche|week)", 5, (m, c) -> {
          String w = m.group(1).toLowerCase(Locale.ROOT);
          int offset = w.matches("vergangenen|letzten|vorigen|last|past") ? -1
              : w.matches("nächsten|nächster|nächste|kommenden|next|coming") ? 1 : 0;
          return new Resolved("DATE", week(c.anchor().plusWeeks(offset)), null);
        });
    rule("(?:am|at\\s+the|over\\s+the|this)\\s+(wochenende|weekend)", 4, (m, c) -> {
      LocalDate saturday = weekday(c.anchor(), 6, c.direction() == Direction.FUTURE
          ? Direction.FUTURE : Direction.PAST, false);
      return new Resolved("DATE", week(saturday) + "-WE", null);
    });
    // Months: im vergangenen Monat, next month, earlier this month
    rule("(?:(?:im|in|seit|ab|earlier|later)\\s+)?(vergangenen|letzten|vorigen|nächsten|kommenden"
        + "|diesen|diesem|last|next|this|coming|past)\\s+(monat|month)", 5, (m, c) -> {
          String w = m.group(1).toLowerCase(Locale.ROOT);
          int offset = w.matches("vergangenen|letzten|vorigen|last|past") ? -1
              : w.matches("nächsten|kommenden|next|coming") ? 1 : 0;
          LocalDate d = c.anchor().plusMonths(offset);
          return new Resolved("DATE", d.getYear() + "-" + two(d.getMonthValue()), null);
        });
    // Years: im vergangenen Jahr, next year, in diesem Jahr, Anfang des Jahres, Ende 2022
    rule("(?:(?:im|in|seit|ab|bis|for)\\s+)?(vergangenen|letzten|vorigen|nächsten|kommenden"
        + "|diesem|dieses|last|next|this|coming|past)\\s+(jahr|jahres|year)", 5, (m, c) -> {
          String w = m.group(1).toLowerCase(Locale.ROOT);
          int offset = w.matches("vergangenen|letzten|vorigen|last|past") ? -1
              : w.matches("nächsten|kommenden|next|coming") ? 1 : 0;
          return new Resolved("DATE", String.valueOf(c.anchor().getYear() + offset), null);
        });
    rule("(?:bis\\s+)?(anfang|mitte|ende)\\s+(?:des|dieses)\\s+jahres", 5, (m, c) ->
        new Resolved("DATE", String.valueOf(c.anchor().getYear()), mod(m.group(1))));
    rule("(?:(?:by|until|in)\\s+)?the\\s+(beginning|middle|end)\\s+of\\s+(?:the\\s+year|this\\s+year"
        + "|(\\d{4}))", 6, (m, c) -> new Resolved("DATE",
            m.group(2) != null ? m.group(2) : String.valueOf(c.anchor().getYear()),
            mod(m.group(1))));
    rule("(?:(?:in|by|until|bis|seit|since)\\s+)?(anfang|mitte|ende|early|mid|late)[\\s-]+(\\d{4})",
        6, (m, c) -> new Resolved("DATE", m.group(2), mod(m.group(1))));
    // Seasons: im Sommer, this summer, im Frühjahr 2022; not the first part of a compound
    // ("einen Winter-Energieplan")
    rule("(?:(?:im|in|seit|ab|bis\\s+zum|bis|until|since|by|during)\\s+)?(?:the\\s+|this\\s+"
        + "|diesem\\s+|last\\s+|next\\s+)?(frühjahr|frühling|sommer|herbst|winter|spring|summer"
        + "|autumn|fall)(?:\\s+(\\d{4}))?(?!-\\p{L})", 5, (m, c) -> {
          String season = SEASONS.get(m.group(1).toLowerCase(Locale.ROOT));
          if (m.group(1).equalsIgnoreCase("fall")
              && !m.group().matches("(?s).*\\b(the|this|last|next)\\s+fall")) {
            return null; // "in diesem Fall", "the fall of Kabul" are no autumn
          }
          if (m.group(2) != null) {
            return new Resolved("DATE", m.group(2) + "-" + season, null);
          }
          String lower = m.group().toLowerCase(Locale.ROOT);
          Direction d = lower.contains("last ") ? Direction.PAST
              : lower.contains("next ") ? Direction.FUTURE
              : lower.startsWith("seit") || lower.startsWith("since") ? Direction.PAST
              : lower.startsWith("bis") || lower.startsWith("until") || lower.startsWith("by")
              ? Direction.FUTURE : c.direction();
          return new Resolved("DATE", season(c.anchor(), season, d,
              lower.contains("this ") || lower.contains("diesem ")), null);
        });
    // Quarters and halves: im dritten Quartal, the first half
    rule("(?:(?:im|das|dem|in|the)\\s+)?(?:the\\s+)?(ersten|erste|zweiten|zweite|dritten|dritte"
        + "|vierten|vierte|letzten|first|second|third|fourth|last)\\s+(quartal|quarter|halbjahr"
        + "|hälfte|half)(?:\\s+(\\d{4}))?", 6, (m, c) -> {
          int n = ORDINALS.get(m.group(1).toLowerCase(Locale.ROOT));
          boolean half = m.group(2).toLowerCase(Locale.ROOT).matches("halbjahr|hälfte|half");
          if (half && n > 2) {
            return null;
          }
          int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : c.anchor().getYear();
          if (m.group(3) == null) {
            int current = half ? (c.anchor().getMonthValue() - 1) / 6 + 1
                : (c.anchor().getMonthValue() - 1) / 3 + 1;
            if (n > current && c.direction() != Direction.FUTURE) {
              year--;
            }
          }
          return new Resolved("DATE", year + "-" + (half ? "H" : "Q") + n, null);
        });
    // Decades and centuries: in den 1990er Jahren, die Achtzigerjahre, the 1980s, 20. Jahrhundert
    rule("(?:(?:in|seit|since)\\s+)?(?:den\\s+|the\\s+)?(?:(1[89]|20)?(\\d)0er(?:[\\s-]*jahren?)"
        + "|(1[89]|20)(\\d)0s|'(\\d)0s)", 6, (m, c) -> {
          String century = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3)
              : "19";
          String decade = m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4)
              : m.group(5);
          if (m.group(1) == null && m.group(2) != null && m.group(5) == null
              && m.group(3) == null && m.group().matches("(?s).*\\d\\d\\d0er.*")) {
            return null;
          }
          return new Resolved("DATE", century + decade, null);
        });
    rule("(?:(?:in|seit|since)\\s+)?(?:den\\s+|die\\s+)?(zwanziger|dreißiger|vierziger|fünfziger"
        + "|sechziger|siebziger|achtziger|neunziger)[\\s-]*jahren?", 6, (m, c) -> {
          String w = m.group(1).toLowerCase(Locale.ROOT);
          int d = switch (w) {
            case "zwanziger" -> 2;
            case "dreißiger" -> 3;
            case "vierziger" -> 4;
            case "fünfziger" -> 5;
            case "sechziger" -> 6;
            case "siebziger" -> 7;
            case "achtziger" -> 8;
            default -> 9;
          };
          return new Resolved("DATE", "19" + d, null);
        });
    rule("(?:(?:im|in)\\s+)?(?:the\\s+)?(\\d{1,2})(?:\\.|st|nd|rd|th)\\s+(?:jahrhundert|century)",
        6, (m, c) -> new Resolved("DATE", two(Integer.parseInt(m.group(1)) - 1), null));
    // Years: im Jahr 2008, seit 2002, in 2014, by 2050, 2016
    rule("(?:(im\\s+jahre?|aus\\s+dem\\s+jahr|seit|bis|ab|in|since|by|until|from|of|vor)\\s+)?"
        + "(1[89]\\d\\d|20\\d\\d)", 2, (m, c) -> {
          if (m.group(1) == null && followedByNoun(c.sentence(), m.end())) {
            return null; // "2000 Soldaten"
          }
          return new Resolved("DATE", m.group(2), null);
        });
    // Ago and ahead: vor drei Tagen, four years ago, in drei Tagen, in two weeks
    rule("vor\\s+" + APPROX + NUMBER + "\\s+" + UNIT, 6, (m, c) ->
        offset(c.anchor(), -number(m.group(2)), unit(m.group(3))));
    rule(APPROX + NUMBER + "\\s+" + UNIT + "\\s+ago", 6, (m, c) ->
        offset(c.anchor(), -number(m.group(2)), unit(m.group(3))));
    rule("in\\s+" + NUMBER + "\\s+" + UNIT, 5, (m, c) -> c.direction() != Direction.PAST
        ? offset(c.anchor(), number(m.group(1)), unit(m.group(2)))
        : duration(number(m.group(1)), unit(m.group(2)), null));
    // Sets: jeden Montag, every Monday, täglich, weekly, alle fünf Jahre
    rule("(?:jeden|every)\\s+" + WEEKDAY, 7, (m, c) -> new Resolved("SET",
        "XXXX-WXX-" + WEEKDAYS.get(m.group(1).toLowerCase(Locale.ROOT)), null));
    rule("(täglich|wöchentlich|monatlich|jährlich|daily|weekly|monthly|yearly|annually"
        + "|jeden\\s+tag|jede\\s+woche|jeden\\s+monat|jedes\\s+jahr|every\\s+day|every\\s+week"
        + "|every\\s+month|every\\s+year)", 6, (m, c) -> {
          String w = m.group(1).toLowerCase(Locale.ROOT);
          String v = w.matches("täglich|daily|jeden\\s+tag|every\\s+day") ? "P1D"
              : w.matches("wöchentlich|weekly|jede\\s+woche|every\\s+week") ? "P1W"
              : w.matches("monatlich|monthly|jeden\\s+monat|every\\s+month") ? "P1M" : "P1Y";
          return new Resolved("SET", v, null);
        });
    rule("(?:alle|every)\\s+" + NUMBER + "\\s+" + UNIT, 7, (m, c) -> {
      Resolved d = duration(number(m.group(1)), unit(m.group(2)), null);
      return d == null ? null : new Resolved("SET", d.value(), null);
    });
    // Durations: etwas mehr als eine Stunde, seit drei Tagen, for 20 years, 90 Minuten
    rule("(?:(?:seit|für|for|binnen|innerhalb\\s+von|within|über|over\\s+the\\s+past"
        + "|over\\s+the\\s+last|in\\s+the\\s+past|in\\s+the\\s+last|während|nach|after)\\s+)?"
        + APPROX + NUMBER + "\\s+" + UNIT, 4, (m, c) ->
        duration(number(m.group(2)), unit(m.group(3)), approx(m.group(1))));
    rule("(?:(?:für|for|nach|after|within|binnen)\\s+)?(eine\\s+halbe\\s+stunde|einer\\s+halben"
        + "\\s+stunde|half\\s+an\\s+hour|anderthalb\\s+stunden|an\\s+hour\\s+and\\s+a\\s+half)",
        6, (m, c) -> new Resolved("DURATION",
            m.group(1).toLowerCase(Locale.ROOT).contains("halbe") || m.group(1)
                .toLowerCase(Locale.ROOT).startsWith("half") ? "PT30M" : "PT90M", null));
    rule("(?:(?:over|for|in)\\s+)?(a\\s+decade|the\\s+past\\s+decade|the\\s+last\\s+decade"
        + "|ein\\s+jahrzehnt|einem\\s+jahrzehnt)", 5, (m, c) -> new Resolved("DURATION", "P10Y", null));
    rule("(?:seit|for|in|über|in\\s+den\\s+(?:kommenden|vergangenen|letzten|nächsten)|in\\s+"
        + "(?:recent|the\\s+coming|the\\s+past|the\\s+last|coming)|over\\s+the\\s+(?:past|last"
        + "|coming))\\s+(sekunden|minuten|stunden|tagen|wochen|monaten|jahren|jahrzehnten"
        + "|seconds|minutes|hours|days|weeks|months|years|decades)", 3, (m, c) -> {
          String u = unit(m.group(1));
          if (u == null) {
            return null;
          }
          boolean clock = u.equals("H") || u.equals("MIN") || u.equals("S");
          return new Resolved("DURATION", (clock ? "PTX" : "PX") + (u.equals("MIN") ? "M"
              : u.equals("DE") ? "10Y" : u), null);
        });
    // Clock times: um 16:07 Uhr, 18 Uhr, 5 Uhr morgens, 4:07 p.m., at 6 a.m.
    rule("(?:(?:um|gegen|ab|bis|at|around|from|until|by)\\s+)?(?:around\\s+|about\\s+|etwa\\s+"
        + "|rund\\s+)?(\\d{1,2})(?:[:.](\\d{2}))?\\s*(uhr(?:\\s+(morgens|früh|abends|nachts))?"
        + "|a\\.?m\\.?|p\\.?m\\.?)", 7, (m, c) -> {
          int h = Integer.parseInt(m.group(1));
          int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
          String suffix = m.group(3).toLowerCase(Locale.ROOT);
          if (suffix.startsWith("p") && h < 12 || m.group(4) != null
              && m.group(4).toLowerCase(Locale.ROOT).matches("abends|nachts") && h < 12) {
            h += 12;
          }
          if (suffix.startsWith("a") && h == 12) {
            h = 0;
          }
          if (h > 24 || min > 59) {
            return null;
          }
          return new Resolved("TIME", "@T" + two(h) + ":" + two(min), null);
        });
  }

  private static final Pattern ZONE = Pattern.compile("^\\s*,?\\s*(pekinger\\s+zeit|beijing\\s+time"
      + "|moskauer\\s+zeit|moscow\\s+time|kiewer\\s+zeit|kyiv\\s+time|deutscher\\s+zeit"
      + "|mitteleuropäischer\\s+zeit|mez|mesz|cet|cest|gmt|utc|et|est|edt|eastern\\s+time"
      + "|ortszeit|local\\s+time|london\\s+time|washingtoner\\s+zeit|washington\\s+time)"
      + "(?![\\p{L}])", FLAGS);
  private static final Map<String, String> ZONES = Map.ofEntries(
      Map.entry("pekinger zeit", "Asia/Shanghai"), Map.entry("beijing time", "Asia/Shanghai"),
      Map.entry("moskauer zeit", "Europe/Moscow"), Map.entry("moscow time", "Europe/Moscow"),
      Map.entry("kiewer zeit", "Europe/Kyiv"), Map.entry("kyiv time", "Europe/Kyiv"),
      Map.entry("deutscher zeit", "Europe/Berlin"), Map.entry("mez", "Europe/Berlin"),
      Map.entry("mitteleuropäischer zeit", "Europe/Berlin"), Map.entry("mesz", "Europe/Berlin"),
      Map.entry("cet", "Europe/Berlin"), Map.entry("cest", "Europe/Berlin"),
      Map.entry("gmt", "UTC"), Map.entry("utc", "UTC"), Map.entry("et", "America/New_York"),
      Map.entry("est", "America/New_York"), Map.entry("edt", "America/New_York"),
      Map.entry("eastern time", "America/New_York"), Map.entry("ortszeit", "local"),
      Map.entry("local time", "local"), Map.entry("london time", "Europe/London"),
      Map.entry("washingtoner zeit", "America/New_York"),
      Map.entry("washington time", "America/New_York"));

  /**
   * The time expressions of one sentence.
   *
   * @param sentence  the sentence's text
   * @param offset    where the sentence starts in the document's text
   * @param anchor    the publication date; relative expressions need it
   * @param direction which way the sentence looks (its tense)
   */
  public List<TimeValue> tag(String sentence, int offset, LocalDate anchor,
      Direction direction) {
    Ctx ctx = new Ctx(anchor, direction, sentence);
    List<Hit> hits = new ArrayList<>();
    for (Rule r : RULES) {
      Matcher m = r.pattern().matcher(sentence);
      while (m.find()) {
        Resolved v;
        try {
          v = r.resolve().apply(m, ctx);
        } catch (RuntimeException e) {
          v = null; // a date that does not exist ("31. Februar")
        }
        if (v != null) {
          hits.add(new Hit(m.start(), m.end(), v.type(), v.value(), null, v.mod(),
              r.priority()));
        }
      }
    }
    hits.sort(Comparator.comparingInt((Hit h) -> -(h.end() - h.start()))
        .thenComparingInt(h -> -h.priority()).thenComparingInt(Hit::start));
    List<Hit> kept = new ArrayList<>();
    for (Hit h : hits) {
      if (kept.stream().noneMatch(k -> k.start() < h.end() && h.start() < k.end())) {
        kept.add(h);
      }
    }
    kept.sort(Comparator.comparingInt(Hit::start));
    String day = anchor.toString();
    for (Hit h : kept) {
      if (h.type().equals("DATE") && h.value().length() == 10) {
        day = h.value(); // a clock time in the sentence belongs to its named day
        break;
      }
      if (h.type().equals("TIME") && h.value().length() > 10 && !h.value().startsWith("@")) {
        day = h.value().substring(0, 10);
        break;
      }
    }
    List<TimeValue> out = new ArrayList<>();
    for (Hit h : kept) {
      String value = h.value().startsWith("@") ? day + h.value().substring(1) : h.value();
      String tz = null;
      if (h.type().equals("TIME")) {
        Matcher z = ZONE.matcher(sentence.substring(h.end()));
        if (z.find()) {
          tz = ZONES.get(z.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        }
      }
      String text = sentence.substring(h.start(), h.end());
      out.add(new TimeValue(offset + h.start(), offset + h.end(), text, h.type(), value, tz,
          h.mod()));
    }
    // "von 16:07 Uhr bis 17:21 Uhr Pekinger Zeit": the zone named after an interval is both ends'.
    for (int i = out.size() - 2; i >= 0; i--) {
      TimeValue a = out.get(i);
      TimeValue b = out.get(i + 1);
      String between = sentence.substring(a.end() - offset, b.start() - offset)
          + " " + b.text();
      if (a.type().equals("TIME") && a.tz() == null && b.type().equals("TIME") && b.tz() != null
          && between.matches("(?is)\\s*(bis|to|until|und|and|–|-)\\b?.*")
          && b.start() - a.end() <= 6) {
        out.set(i, new TimeValue(a.start(), a.end(), a.text(), a.type(), a.value(), b.tz(),
            a.mod()));
      }
    }
    return out;
  }

  // --- resolution helpers ---

  private static Resolved date(String y, String m, String d) {
    return date(y, Integer.parseInt(m), Integer.parseInt(d));
  }

  private static Resolved date(String y, int month, int day) {
    return new Resolved("DATE", LocalDate.of(Integer.parseInt(y), month, day).toString(), null);
  }

  /** A day and month without a year: the year the direction (or the cue) gives. */
  private static Resolved dayMonth(Ctx c, int month, int day, Matcher m) {
    String lower = m.group().toLowerCase(Locale.ROOT);
    Direction d = lower.startsWith("seit") || lower.startsWith("since") ? Direction.PAST
        : lower.startsWith("ab") || lower.startsWith("bis") || lower.startsWith("until")
        || lower.startsWith("by") ? Direction.FUTURE : c.direction();
    LocalDate a = c.anchor();
    LocalDate same = LocalDate.of(a.getYear(), month, day);
    LocalDate result = switch (d) {
      case PAST -> same.isAfter(a) ? same.minusYears(1) : same;
      case FUTURE -> same.isBefore(a) ? same.plusYears(1) : same;
      case NONE -> {
        long diff = ChronoUnit.DAYS.between(a, same);
        yield diff > 183 ? same.minusYears(1) : diff < -183 ? same.plusYears(1) : same;
      }
    };
    return new Resolved("DATE", result.toString(), null);
  }

  private static String monthValue(LocalDate a, int month, Direction d) {
    int year = a.getYear();
    int diff = month - a.getMonthValue();
    switch (d) {
      case PAST -> year -= diff > 0 ? 1 : 0;
      case FUTURE -> year += diff < 0 ? 1 : 0;
      case NONE -> year += diff > 6 ? -1 : diff < -6 ? 1 : 0;
    }
    return year + "-" + two(month);
  }

  /** The weekday nearest the anchor in the direction; {@code strict} leaves the anchor out. */
  static LocalDate weekday(LocalDate anchor, int weekday, Direction d, boolean strict) {
    int today = anchor.getDayOfWeek().getValue();
    int back = (today - weekday + 7) % 7;
    int ahead = (weekday - today + 7) % 7;
    if (strict) {
      back = back == 0 ? 7 : back;
      ahead = ahead == 0 ? 7 : ahead;
    }
    return switch (d) {
      case PAST -> anchor.minusDays(back);
      case FUTURE -> anchor.plusDays(ahead);
      case NONE -> back <= ahead ? anchor.minusDays(back) : anchor.plusDays(ahead);
    };
  }

  static String week(LocalDate d) {
    return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The season named, in the direction, or the current one. */
  static String season(LocalDate a, String season, Direction d, boolean current) {
    int index = List.of("SP", "SU", "FA", "WI").indexOf(season);
    LocalDate best = null;
    String bestValue = null;
    for (int y = a.getYear() - 2; y <= a.getYear() + 1; y++) {
      LocalDate start = LocalDate.of(y, 3 + 3 * index, 1);
      LocalDate end = start.plusMonths(3).minusDays(1);
      boolean contains = !a.isBefore(start) && !a.isAfter(end);
      boolean ok = switch (d) {
        case PAST -> !start.isAfter(a);
        case FUTURE -> !end.isBefore(a);
        case NONE -> true;
      };
      if (!ok) {
        continue;
      }
      if (contains) {
        return y + "-" + season;
      }
      long distance = Math.min(Math.abs(ChronoUnit.DAYS.between(a, start)),
          Math.abs(ChronoUnit.DAYS.between(a, end)));
      long bestDistance = best == null ? Long.MAX_VALUE : Math.min(
          Math.abs(ChronoUnit.DAYS.between(a, best)),
          Math.abs(ChronoUnit.DAYS.between(a, best.plusMonths(3).minusDays(1))));
      if (distance < bestDistance) {
        best = start;
        bestValue = y + "-" + season;
      }
    }
    return bestValue;
  }

  private static @Nullable Resolved offset(LocalDate a, int n, @Nullable String unit) {
    if (unit == null) {
      return null;
    }
    return switch (unit) {
      case "D" -> new Resolved("DATE", a.plusDays(n).toString(), null);
      case "W" -> new Resolved("DATE", week(a.plusWeeks(n)), null);
      case "M" -> {
        LocalDate d = a.plusMonths(n);
        yield new Resolved("DATE", d.getYear() + "-" + two(d.getMonthValue()), null);
      }
      case "Y" -> new Resolved("DATE", String.valueOf(a.getYear() + n), null);
      case "DE" -> new Resolved("DATE", String.valueOf((a.getYear() + 10 * n) / 10), null);
      default -> null;
    };
  }

  private static @Nullable Resolved duration(int n, @Nullable String unit, @Nullable String mod) {
    if (unit == null || n <= 0) {
      return null;
    }
    String value = switch (unit) {
      case "S" -> "PT" + n + "S";
      case "MIN" -> "PT" + n + "M";
      case "H" -> "PT" + n + "H";
      case "DE" -> "P" + 10 * n + "Y";
      default -> "P" + n + unit;
    };
    return new Resolved("DURATION", value, mod);
  }

  private static @Nullable String unit(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("sek") || w.startsWith("sec")) {
      return "S";
    }
    if (w.startsWith("min")) {
      return "MIN";
    }
    if (w.startsWith("stund") || w.startsWith("hour")) {
      return "H";
    }
    if (w.startsWith("tag") || w.startsWith("day")) {
      return "D";
    }
    if (w.startsWith("woch") || w.startsWith("week")) {
      return "W";
    }
    if (w.startsWith("monat") || w.startsWith("month")) {
      return "M";
    }
    if (w.startsWith("jahrzehnt") || w.startsWith("decade")) {
      return "DE";
    }
    if (w.startsWith("jahr") || w.startsWith("year")) {
      return "Y";
    }
    return null;
  }

  private static int number(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Integer n = NUMBERS.get(w);
    return n != null ? n : Integer.parseInt(w);
  }

  private static int month(String word) {
    return MONTHS.get(word.toLowerCase(Locale.ROOT).replace(".", ""));
  }

  private static @Nullable String mod(@Nullable String word) {
    if (word == null) {
      return null;
    }
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "anfang", "early", "beginning" -> "START";
      case "mitte", "mid", "middle" -> "MID";
      case "ende", "late", "end" -> "END";
      default -> null;
    };
  }

  private static @Nullable String approx(@Nullable String word) {
    if (word == null) {
      return null;
    }
    String w = word.toLowerCase(Locale.ROOT);
    if (w.matches("mehr als|über|more than")) {
      return "MORE_THAN";
    }
    if (w.matches("weniger als|less than|bis zu|up to|just under")) {
      return "LESS_THAN";
    }
    return "APPROX";
  }

  private static Direction cueDirection(@Nullable String cue, Direction sentence) {
    if (cue == null) {
      return sentence;
    }
    return switch (cue.toLowerCase(Locale.ROOT)) {
      case "seit", "since" -> Direction.PAST;
      case "ab", "bis", "until", "by" -> Direction.FUTURE;
      default -> sentence;
    };
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }

  private static boolean precededBy(String s, int at, String... words) {
    String before = s.substring(0, at).strip().toLowerCase(Locale.ROOT);
    for (String w : words) {
      if (before.endsWith(" " + w) || before.equals(w)) {
        return true;
      }
    }
    return false;
  }

  /** A month name written in lower case or one that is also an English word needs a cue. */
  private static boolean isEnglishWord(String s, Matcher m) {
    String w = m.group(3);
    String lower = w.toLowerCase(Locale.ROOT);
    return lower.equals("may") || lower.equals("march") || Character.isLowerCase(w.charAt(0));
  }

  /** Whether a capitalised noun follows ("2000 Soldaten"), which makes a number no year. */
  private static boolean followedByNoun(String s, int end) {
    Matcher m = Pattern.compile("^\\s+(\\p{L}+)").matcher(s.substring(end));
    if (!m.find()) {
      return false;
    }
    String next = m.group(1);
    String lower = next.toLowerCase(Locale.ROOT);
    if (lower.matches("hatte|hatten|war|waren|wurde|wurden|ist|sind|hat|haben|gewann|begann"
        + "|kam|fand|und|bis|wurde|the|and|to|when|as|in|was|were|had")) {
      return false;
    }
    return Character.isUpperCase(next.charAt(0)) || lower.matches("people|soldiers|troops"
        + "|dollars|euros|km|kilometres|kilometers|meters|metres|tons|tonnes|men|women"
        + "|children|members|votes|cases|deaths");
  }
}
