package org.herald.coding;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where an article is set, and whose the people it does not describe are, told from the
 * countries of what it names before linking: its places, the national bodies and the people the
 * knowledge base knows. {@link EntityStage} counts them here, then reads the result once. Not
 * thread-safe: one per document.
 */
final class Setting {
  /** How many sentences a text needs for one place to set it in that place's country. */
  private static final int MIN_SENTENCES = 3;

  private final Map<String, Integer> places = new HashMap<>();
  private final Map<String, Integer> bodies = new HashMap<>();
  private final Map<String, Integer> people = new HashMap<>();

  /**
   * The countries an article is read in.
   *
   * @param home the country of its dateline, else of most of its places; null if none
   * @param setting that of the people no one describes, read more freely; null if none
   * @param personHome that of a person's trade named without a country; null if none
   */
  record Countries(@Nullable String home, @Nullable String setting,
      @Nullable String personHome) {}

  /** A place of a country is named ("Lenzburg", or "Columbus Police Department"). */
  void place(String country) {
    places.merge(country, 1, Integer::sum);
  }

  /** A curated national body or person of a country is named ("the SPD", "Olaf Scholz"). */
  void body(String country, boolean person) {
    bodies.merge(country, 1, Integer::sum);
    if (person) {
      people.merge(country, 1, Integer::sum);
    }
  }

  /**
   * The countries of an article of {@code sentences} sentences, with its dateline's country and
   * its paper's (by the address's domain), each null if unknown.
   */
  Countries read(@Nullable String dateline, int sentences, @Nullable String publisher) {
    String home = dateline != null ? dateline : majority(places);
    // The setting of the people no one describes is read more freely: an article that names one
    // German town once is set in Germany; where no country is named twice, its police and
    // courts are that setting's too ("Police arrested six people" in a report from Columbus).
    // A single sentence has no setting beyond what it names ("President Bush threatened
    // Russia").
    // Without places, the country of most of the national bodies and known people it names,
    // else that of the paper's country-code domain ("Die Polizei Bad Salzdetfurth" on a .de
    // page, the town unknown to the knowledge base).
    boolean article = article(sentences);
    String ofBodies = majority(bodies);
    String setting = home != null ? home
        : places.size() == 1 && article ? places.keySet().iterator().next()
        : places.isEmpty() && article ? (ofBodies != null ? ofBodies : publisher) : null;
    // A person's trade named without a country ("a professor at Cornell", "counsel Steve
    // Castor") is of the country of the people the article knows, where it knows some: an
    // American paper on Ukraine quotes Americans.
    // Where it knows none, a paper of a country's own domain that names a place of that country
    // writes of its people (the Telegraph on a plumber in Somerset and a talk in New York).
    String knownPeople = article ? majority(people) : null;
    String personHome = knownPeople != null || !article ? knownPeople
        : publisher != null && places.containsKey(publisher) ? publisher : null;
    return new Countries(home, setting, personHome);
  }

  /** Whether a text of so many sentences is an article, long enough to be set somewhere. */
  static boolean article(int sentences) {
    return sentences >= MIN_SENTENCES;
  }

  /**
   * The country named most, at least twice and more often than any other; else null.
   */
  static @Nullable String majority(Map<String, Integer> byCountry) {
    String best = null;
    int most = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : byCountry.entrySet()) {
      if (e.getValue() > most) {
        second = most;
        most = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    return most >= 2 && most > second ? best : null;
  }
}
