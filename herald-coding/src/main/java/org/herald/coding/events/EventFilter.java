package org.herald.coding.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.herald.core.model.Event;
import org.herald.core.model.EventActor;
import org.jspecify.annotations.Nullable;

/**
 * Precision rules over a document's coded events, from docs/CODEBOOK.md: what the coder found
 * but an event data set of the news does not record. An act that needs someone to act on
 * (a meeting, a demand, an attack) without a target; an act of no known actor; a statement or
 * appeal whose object is a name no actor code covers (a plan, a law, a drug); talks with the
 * media (an interview); an act between two businesses (private parties); an actor acting on
 * itself; background more than 30 days before the publication date, or at an earlier time the
 * text does not name ("damals", "previously", the German pluperfect); an act dated after it that
 * is no intent (03x); a plain statement (010, 011); an investigation of no one by someone other
 * than an authority (research). Such an event stays in the output with a confidence of at most
 * {@link #DOUBTFUL}, below {@link #TRUSTED}, the confidence from which Herald stands behind an
 * event (what {@code eval news} counts by default); sentence-level gold sets that code every
 * clause (PLOVER, GSR) still see it.
 */
public final class EventFilter {
  /** Roots whose acts stand without a target: statements, appeals, investigations, protests,
   * shows of force. */
  private static final Set<String> UNDIRECTED = Set.of("01", "02", "09", "14", "15");
  /** Roots of what is said: statements and appeals. */
  private static final Set<String> SPOKEN = Set.of("01", "02");
  /** Plain statements and declining to comment, which the codebook does not code. */
  private static final Set<String> PLAIN_SPEECH = Set.of("010", "011");
  /** The agents that investigate without someone named as investigated (CAMEO 09). */
  private static final Set<String> INVESTIGATORS =
      Set.of("GOV", "COP", "JUD", "LEG", "MIL", "SPY", "IGO", "NGO");
  /** How far before its publication an article's events are still news. */
  static final int NEWS_DAYS = 30;
  /** The confidence of an event that breaks a rule. */
  public static final double DOUBTFUL = 0.1;
  /** The confidence from which an event counts as one Herald stands behind. */
  public static final double TRUSTED = 0.2;

  private EventFilter() {}

  /** The events, in their order, those that break a rule with a doubtful confidence. */
  static List<Event> rate(List<Event> events, @Nullable LocalDate published) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      out.add(doubtful(e, published) && e.confidence() > DOUBTFUL ? e.withConfidence(DOUBTFUL)
          : e);
    }
    return out;
  }

  /** Whether an event breaks one of the rules. */
  static boolean doubtful(Event e, @Nullable LocalDate published) {
    if (PLAIN_SPEECH.contains(e.code())) {
      return true; // "told the BBC": that someone said something is no event
    }
    if (e.source() == null || e.source().actor() == null) {
      return true; // "Die OÖN sprachen mit ...": who acts is no actor Herald knows
    }
    if ((e.target() == null || e.target().actor() == null) && !UNDIRECTED.contains(e.root())) {
      return true; // "escalated tensions", "held talks" with nobody, or no actor, the text names
    }
    if (SPOKEN.contains(e.root()) && e.target() != null && e.target().actor() == null
        && e.target().entity() != null) {
      return true; // "legte den Green Deal Industrial Plan vor", "empfiehlt Paxlovid von Pfizer":
                   // a statement or appeal about a name no actor code covers (a plan, a law, a
                   // drug): its topic, not whom it addresses
    }
    if (Roots.of(e.code()).equals("09") && (e.target() == null || e.target().actor() == null)
        && !authority(e.source())) {
      return true; // "Ein Team des IASS hat untersucht, ...": research, no investigation
    }
    if (Roots.of(e.code()).equals("04") && interview(e.target())) {
      return true; // "Speaking with Kaieteur News", "in an interview with the BBC": a statement
    }
    if (business(e.source()) && business(e.target())) {
      return true; // "Emirates has finalized a deal to purchase 30 of Boeing's jets": an act
                   // between private parties that no reader of political news records
    }
    if (itself(e.source(), e.target())) {
      return true; // "China has long taken advantage" coded CHN -> CHN
    }
    if (Roots.of(e.code()).equals("04") && home(e.source(), e.target())) {
      return true; // "Rep. McKinley visited the border near McAllen, Texas": a trip at home
    }
    if (published != null && e.date() == null) {
      return true; // "Höcke hatte damals vom Holocaustmahnmal ... gesprochen": an earlier day
    }
    if (published != null && "text".equals(e.dateSource()) && e.date() != null) {
      LocalDate last = lastDay(e.date());
      if (last != null && last.isBefore(published.minusDays(NEWS_DAYS))) {
        return true; // "in 2010"
      }
      // "findet am 14. September eine Demonstration statt": not done yet, and only an intent
      // (03x, dated when announced) is coded of what is still to come
      LocalDate first = firstDay(e.date());
      return first != null && first.isAfter(published) && !Roots.INTENT.equals(e.root());
    }
    return false;
  }

  /**
   * Whether source and target are one actor: the same entity, or the same country with no
   * agent to tell two of its actors apart. Two persons of one government (DEUGOV and DEUGOV)
   * stay two actors.
   */
  static boolean itself(@Nullable EventActor source, @Nullable EventActor target) {
    if (source == null || target == null) {
      return false;
    }
    if (source.entity() != null && source.entity().equals(target.entity())) {
      return true;
    }
    return source.actor() != null && source.actor().length() == 3
        && Objects.equals(source.actor(), target.actor());
  }

  /**
   * Whether the target is a bare country, the source's own: a place at home, where a visit or
   * a meeting meets no other actor.
   */
  private static boolean home(@Nullable EventActor source, @Nullable EventActor target) {
    String a = source == null ? null : source.actor();
    String b = target == null ? null : target.actor();
    return a != null && b != null && a.length() > 3 && b.length() == 3 && a.startsWith(b);
  }

  /**
   * Whether an actor can investigate in CAMEO's sense: a state's government, police, courts,
   * legislature, army or services, or an international or non-governmental organisation.
   */
  private static boolean authority(@Nullable EventActor source) {
    String a = source == null ? null : source.actor();
    if (a == null) {
      return false;
    }
    if (a.startsWith("IGO") || a.startsWith("NGO")) {
      return true;
    }
    return a.length() >= 6 && INVESTIGATORS.contains(a.substring(3, 6));
  }

  /** Whether an actor is a country's business: a company or business people (USABUS). */
  private static boolean business(@Nullable EventActor a) {
    return a != null && a.actor() != null && a.actor().length() == 6
        && a.actor().endsWith("BUS");
  }

  /** Whether an actor is the media, to whom talking is giving an interview. */
  private static boolean interview(@Nullable EventActor target) {
    return target != null && target.actor() != null && target.actor().length() >= 6
        && target.actor().startsWith("MED", 3);
  }

  /** The first day of a TIMEX3 value, as {@link #lastDay} reads it, or null. */
  static @Nullable LocalDate firstDay(String value) {
    LocalDate last = lastDay(value);
    if (last == null) {
      return null;
    }
    if (value.matches("\\d{4}-\\d{2}")) {
      return last.withDayOfMonth(1);
    }
    if (value.matches("\\d{4}-W\\d{2}.*")) {
      return last.minusDays(value.endsWith("-WE") ? 1 : 6);
    }
    return value.matches("\\d{4}") ? last.withDayOfYear(1) : last;
  }

  /**
   * The last day of a TIMEX3 value ("2019", "2019-10", "2019-10-18", "2019-W46-WE",
   * "2019-10-18T16:00"), or null when it names no calendar period.
   */
  static @Nullable LocalDate lastDay(String value) {
    try {
      if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        return LocalDate.parse(value.substring(0, 10));
      }
      if (value.matches("\\d{4}-\\d{2}")) {
        return YearMonth.parse(value).atEndOfMonth();
      }
      if (value.matches("\\d{4}-W\\d{2}.*")) {
        int year = Integer.parseInt(value.substring(0, 4));
        int week = Integer.parseInt(value.substring(6, 8));
        return LocalDate.of(year, 1, 4).plusWeeks(week - 1L)
            .with(java.time.DayOfWeek.SUNDAY);
      }
      if (value.matches("\\d{4}")) {
        return LocalDate.of(Integer.parseInt(value), 12, 31);
      }
    } catch (NumberFormatException | java.time.DateTimeException e) {
      return null;
    }
    return null;
  }
}
