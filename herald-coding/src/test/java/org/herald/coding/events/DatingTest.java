package org.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.coding.HandTagged;
import org.herald.coding.time.TimeStage;
import org.herald.core.model.Dependency;
import org.herald.core.model.Document;
import org.herald.core.model.Sentence;
import org.junit.jupiter.api.Test;

/**
 * An event's date on hand-tagged German sentences with hand-made parses (no models): a clause in
 * the past with no time of its own takes the day the story named before it; one in the present
 * takes the publication date; one at an earlier time it does not name ("damals") none.
 */
class DatingTest {
  private static final TimeStage TIMES = new TimeStage();
  private static final Lexicon DE = Lexicon.of("de");

  /** "Am 31.10.2023 kam es zu einem Einbruch ." then the given sentence of five words. */
  private static Document story(String second) {
    return TIMES.apply(HandTagged.document("de", "2023-11-01",
        "Am/ADP 31.10.2023/NUM kam/VERB es/PRON zu/ADP einem/DET Einbruch ./PUNCT", second));
  }

  /** Subject, auxiliary, object and verb of a five-word clause whose verb is {@code verb}. */
  private static List<Dependency> arcs(int verb, int aux) {
    List<Dependency> arcs = new java.util.ArrayList<>();
    arcs.add(new Dependency(2, 1, "det"));
    arcs.add(new Dependency(verb, 2, "nsubj"));
    arcs.add(new Dependency(0, verb, "root"));
    if (aux > 0) {
      arcs.add(new Dependency(verb, aux, "aux"));
    }
    arcs.add(new Dependency(verb, 4, "obj"));
    return arcs;
  }

  private static Dating.Dated date(Document d, int verb, int aux) {
    Sentence s = d.sentences().get(1);
    List<Dependency> arcs = arcs(verb, aux);
    return Dating.dated(d, s, arcs, verb, GermanGrammar.INSTANCE.past(s, arcs, verb), DE);
  }

  @Test
  void aPerfectTakesTheDayTheStoryNamedBefore() {
    Document d = story("Die/DET Polizei hat/AUX Ermittlungen aufgenommen/VERB");
    assertThat(d.times()).isNotEmpty();
    assertThat(date(d, 5, 3)).isEqualTo(new Dating.Dated("2023-10-31", "text"));
  }

  @Test
  void aPastFormTakesTheDayTheStoryNamedBefore() {
    Document d = story("Die/DET Polizei nahm/VERB Ermittlungen auf/ADP");
    assertThat(date(d, 3, 0)).isEqualTo(new Dating.Dated("2023-10-31", "text"));
  }

  @Test
  void thePresentTakesThePublicationDate() {
    Document d = story("Die/DET Polizei sucht/VERB Zeugen heute/ADV");
    assertThat(date(d, 3, 0)).isEqualTo(new Dating.Dated("2023-11-01", "published"));
  }

  @Test
  void aDayLongBeforePublicationDatesALaterPastClauseOfItsParagraphAsBackground() {
    // not as a narrative's day (within the week before publication), but as the earlier time
    // the paragraph tells of, which EventFilter leaves out
    Document d = TIMES.apply(HandTagged.document("de", "2023-11-01",
        "Am/ADP 3.5.2023/NUM kam/VERB es/PRON zu/ADP einem/DET Einbruch ./PUNCT",
        "Die/DET Polizei nahm/VERB Ermittlungen auf/ADP"));
    assertThat(date(d, 3, 0)).isEqualTo(new Dating.Dated("2023-05-03", "text"));
  }

  @Test
  void aVerbCoordinatedWithAPastOneSharesItsDayWhereItSharesItsSubject() {
    // "Scholz kritisierte gestern Macron und dankte Polen": both yesterday; "Scholz kritisierte
    // gestern Macron und Polen dankte": Poland's thanks have a day of their own (none)
    Document d = TIMES.apply(HandTagged.document("de", "2023-11-01",
        "Scholz/PROPN kritisierte/VERB gestern/ADV Macron/PROPN und/CCONJ dankte/VERB"
            + " Polen/PROPN"));
    Sentence s = d.sentences().get(0);
    List<Dependency> shared = new java.util.ArrayList<>(List.of(new Dependency(2, 1, "nsubj"),
        new Dependency(0, 2, "root"), new Dependency(2, 3, "advmod"),
        new Dependency(2, 4, "obj"), new Dependency(6, 5, "cc"), new Dependency(2, 6, "conj"),
        new Dependency(6, 7, "obj")));
    assertThat(Dating.dated(d, s, shared, 6, true, DE))
        .isEqualTo(new Dating.Dated("2023-10-31", "text"));
    List<Dependency> own = new java.util.ArrayList<>(shared);
    own.set(6, new Dependency(6, 7, "nsubj"));
    assertThat(Dating.dated(d, s, own, 6, true, DE))
        .isEqualTo(new Dating.Dated("2023-11-01", "published"));
  }

  @Test
  void aLaterYearUnderANounDatesWhatTheNounNamesNotTheVerb() {
    // "Wir begrüßen den Ausstieg bis 2030": the exit's year, not the day of the welcome
    Document d = TIMES.apply(HandTagged.document("de", "2023-11-01",
        "Wir/PRON begrüßen/VERB den/DET Ausstieg/NOUN bis/ADP 2030/NUM"));
    Sentence s = d.sentences().get(0);
    List<Dependency> arcs = List.of(new Dependency(2, 1, "nsubj"), new Dependency(0, 2, "root"),
        new Dependency(4, 3, "det"), new Dependency(2, 4, "obj"), new Dependency(6, 5, "case"),
        new Dependency(4, 6, "nmod"));
    assertThat(d.times()).extracting(t -> t.value()).contains("2030");
    assertThat(Dating.dated(d, s, arcs, 2, false, DE))
        .isEqualTo(new Dating.Dated("2023-11-01", "published"));
  }

  @Test
  void anEarlierTimeTheTextDoesNotNameIsNoDate() {
    // "Die Polizei nahm damals Ermittlungen auf": not the story's day, nor the publication's
    Document d = story("Die/DET Polizei nahm/VERB damals/ADV Ermittlungen");
    List<Dependency> arcs = new java.util.ArrayList<>(List.of(new Dependency(2, 1, "det"),
        new Dependency(3, 2, "nsubj"), new Dependency(0, 3, "root"),
        new Dependency(3, 4, "advmod"), new Dependency(3, 5, "obj")));
    Sentence s = d.sentences().get(1);
    assertThat(Dating.dated(d, s, arcs, 3, true, DE)).isEqualTo(new Dating.Dated(null, null));
  }

  @Test
  void aDayAPlanIsForDatesNoLaterClause() {
    // "Zu der für den 31.10.2023 geplanten Versammlung wollte er nicht kommen. Die Polizei nahm
    // Ermittlungen auf": the meeting's day, not one the story tells of
    Document d = TIMES.apply(HandTagged.document("de", "2023-11-01",
        "Zu/ADP der/DET für/ADP den/DET 31.10.2023/NUM geplanten/ADJ Versammlung/NOUN"
            + " wollte/VERB er/PRON nicht/PART kommen/VERB ./PUNCT",
        "Die/DET Polizei nahm/VERB Ermittlungen auf/ADP"));
    assertThat(d.times()).isNotEmpty();
    assertThat(date(d, 3, 0)).isEqualTo(new Dating.Dated("2023-11-01", "published"));
  }

  @Test
  void anEarlierYearTheParagraphNamedDatesALaterPastClauseAsBackground() {
    // "Im Jahr 2017 deckten Recherchen den Fall auf. Die Polizei nahm Ermittlungen auf": the
    // story still tells of 2017 (which EventFilter leaves out as background); a clause in the
    // present is today's
    Document d = TIMES.apply(HandTagged.document("de", "2023-11-01",
        "Im/ADP Jahr/NOUN 2017/NUM deckten/VERB Recherchen/NOUN den/DET Fall/NOUN auf/ADP"
            + " ./PUNCT",
        "Die/DET Polizei nahm/VERB Ermittlungen auf/ADP"));
    assertThat(d.times()).extracting(t -> t.value()).contains("2017");
    assertThat(date(d, 3, 0)).isEqualTo(new Dating.Dated("2017", "text"));
    Sentence s = d.sentences().get(1);
    assertThat(Dating.dated(d, s, arcs(3, 0), 3, false, DE))
        .isEqualTo(new Dating.Dated("2023-11-01", "published"));
  }
}
