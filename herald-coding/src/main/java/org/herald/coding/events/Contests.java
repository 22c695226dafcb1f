package org.herald.coding.events;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * Match reports: "Wales beat Hungary 2-0", "Columbus beat Montreal". A verb of winning (the
 * {@code contest} list) between teams named by their country or city is a result, not force
 * (docs/CODEBOOK.md: acts between parties no reader of political news would record). It is one
 * when its sentence gives a score, or when both sides are places on a page about sport: an
 * address with a sports section ({@code sport-sections}) or a text with two scores or more.
 */
final class Contests {
  /** "2-0", "6-4", "3–1", "2:1": a score, not a date, a range of years or a time of day. */
  private static final Pattern SCORE = Pattern.compile(
      "(?<![\\d:/-]|\\d\\.)(\\d{1,2}\\s?[-–]\\s?\\d{1,2}|\\d:\\d)(?![\\d:/-]|\\.\\d)");

  /** "Blue Jackets 5, Canadiens 2": a result line, each team with its goals. */
  private static final Pattern RESULT = Pattern.compile(
      "(?:\\p{Lu}[\\p{L}.']*\\s)+\\d{1,2},\\s(?:\\p{Lu}[\\p{L}.']*\\s)+\\d{1,2}(?![\\d,.])");

  private Contests() {}

  /** How many scores or result lines a text holds, up to {@code enough}. */
  private static int scores(String text, int enough) {
    int n = 0;
    for (Pattern p : new Pattern[] {SCORE, RESULT}) {
      Matcher m = p.matcher(text);
      while (n < enough && m.find()) {
        n++;
      }
    }
    return n;
  }

  /** Whether the verb at word k (0-based) with these roles reports a match. */
  static boolean match(Context c, int k, @Nullable String particle, VerbRoles roles) {
    if (!c.grammar().verbIn(c.tokens().get(k), particle, "contest")) {
      return false;
    }
    int from = c.s().tokens().get(0).start();
    int to = c.s().tokens().get(c.s().tokens().size() - 1).end();
    if (scores(c.doc().text().substring(from, to), 1) > 0) {
      return true;
    }
    boolean places = !roles.sources.isEmpty() && !roles.targets.isEmpty()
        && roles.sources.stream().allMatch(Contests::place)
        && roles.targets.stream().allMatch(Contests::place);
    return places && sportPage(c.doc(), c.words());
  }

  private static boolean place(Entity e) {
    return e.type() == EntityType.LOCATION;
  }

  /**
   * Whether the page is about sport: its address has a sports section, or its text two scores or
   * result lines.
   */
  static boolean sportPage(Document doc, Lexicon words) {
    return sportSection(doc, words) || scores(doc.text(), 2) >= 2;
  }

  /** Whether the page's address has a sports section ("/sports/", "sport.orf.at"). */
  static boolean sportSection(Document doc, Lexicon words) {
    String url = doc.url();
    if (url != null) {
      for (String part : url.toLowerCase(Locale.ROOT).split("[/?#.&=_-]+")) {
        if (words.has("sport-sections", part)) {
          return true;
        }
      }
    }
    return false;
  }
}
