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

  private Contests() {}

  /** Whether the verb at word k (0-based) with these roles reports a match. */
  static boolean match(Context c, int k, @Nullable String particle, VerbRoles roles) {
    if (!c.grammar().verbIn(c.tokens().get(k), particle, "contest")) {
      return false;
    }
    int from = c.s().tokens().get(0).start();
    int to = c.s().tokens().get(c.s().tokens().size() - 1).end();
    if (SCORE.matcher(c.doc().text().substring(from, to)).find()) {
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

  /** Whether the page is about sport: its address has a sports section, or its text two scores. */
  static boolean sportPage(Document doc, Lexicon words) {
    String url = doc.url();
    if (url != null) {
      for (String part : url.toLowerCase(Locale.ROOT).split("[/?#.&=_-]+")) {
        if (words.has("sport-sections", part)) {
          return true;
        }
      }
    }
    Matcher m = SCORE.matcher(doc.text());
    int scores = 0;
    while (m.find()) {
      if (++scores >= 2) {
        return true;
      }
    }
    return false;
  }
}
