package org.herald.store;

import java.util.ArrayList;
import java.util.List;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.Event;
import org.herald.core.model.EventActor;
import org.herald.core.model.KbRef;
import org.herald.core.model.Mention;
import org.herald.core.model.Paragraph;
import org.herald.core.model.PipelineInfo;
import org.herald.core.model.Quote;
import org.herald.core.model.Relation;
import org.herald.core.model.Sentence;
import org.herald.core.model.Span;
import org.herald.core.model.Trigger;

/**
 * Analysed articles written and tagged by hand, so that store and API tests need no models:
 * two reports, in German and English, of the Xi-Putin video call of 15 December 2021, and one
 * of the G7's condemnation of Russia three days earlier.
 */
public final class Articles {
  public static final PipelineInfo PIPELINE = new PipelineInfo("test", "test-kb");

  private static final KbRef XI = new KbRef("Q15031", "Xi Jinping", "CHNGOV", "CHN", null,
      null, null);
  private static final KbRef PUTIN = new KbRef("Q7747", "Vladimir Putin", "RUSGOV", "RUS", null,
      null, null);
  private static final KbRef G7 = new KbRef("herald:g7", "G7", "IGOWSTG7", null, "G7", null,
      null);
  private static final KbRef RUSSIA = new KbRef("RUS", "Russia", "RUS", "RUS", null, 61.5, 105.3);
  private static final KbRef MOSCOW = new KbRef("geonames:524901", "Moscow", "RUS", "RUS", null,
      55.75, 37.62);

  private Articles() {}

  /** A German report of the video call. */
  public static Document germanCall() {
    String s1 = "Chinas Präsident Xi Jinping und Russlands Präsident Wladimir Putin hielten am"
        + " Mittwoch einen Videoanruf ab.";
    String s2 = "„Wir sind enge Partner“, sagte Putin.";
    return new Tagger(s1 + "\n\n" + s2, "2021-12-15", "de", "Xi und Putin sprechen per Video",
        "https://www.example.de/politik/xi-putin")
        .entity("e1", EntityType.PERSON, "Xi Jinping", XI, "Xi Jinping")
        .entity("e2", EntityType.PERSON, "Wladimir Putin", PUTIN, "Wladimir Putin", "Putin")
        .event("e1", XI, "e2", PUTIN, "040", 0, "hielten ... Videoanruf ab", "hielten",
            "2021-12-15")
        .event("e2", PUTIN, "e1", XI, "040", 0, "hielten ... Videoanruf ab", "hielten",
            "2021-12-15")
        .quote("Wir sind enge Partner", "e2", "Wladimir Putin")
        .build();
  }

  /** An English report of the same call, from another outlet, dated a day apart. */
  public static Document englishCall() {
    String s1 = "Chinese President Xi Jinping held a video call with Russian President Vladimir"
        + " Putin, state media said on Thursday.";
    return new Tagger(s1, "2021-12-16", "en", "Xi and Putin hold video call",
        "https://news.example.com/world/xi-putin-call")
        .entity("e1", EntityType.PERSON, "Xi Jinping", XI, "Xi Jinping")
        .entity("e2", EntityType.PERSON, "Vladimir Putin", PUTIN, "Vladimir Putin")
        .event("e1", XI, "e2", PUTIN, "040", 0, "held a video call", "held", "2021-12-15")
        .build();
  }

  /** A German report of the G7's condemnation, with a place and a membership. */
  public static Document g7Condemns() {
    String s1 = "Die G7 haben Russland am Sonntag in Moskau scharf verurteilt.";
    String s2 = "Russland gehört nicht zur G7.";
    return new Tagger(s1 + "\n\n" + s2, "2021-12-12", "de", "G7 verurteilen Russland",
        "https://www.example.de/politik/g7")
        .entity("e1", EntityType.ORGANIZATION, "G7", G7, "G7", "G7")
        .entity("e2", EntityType.LOCATION, "Russland", RUSSIA, "Russland", "Russland")
        .entity("e3", EntityType.LOCATION, "Moskau", MOSCOW, "Moskau")
        .placedEvent("e1", G7, "e2", RUSSIA, "111", 0, "verurteilt", "verurteilt", "2021-12-12",
            "Moskau")
        .relation("NOT_MEMBER_OF", "e2", "e1", 1)
        .build();
  }

  /**
   * A later English report with three quotes: two of Putin's (the second indirect, through an
   * agency) and one of Xi's. Their words hold a percent sign and an underscore, which a search
   * of the quotes takes literally.
   */
  public static Document pressConference() {
    String s1 = "\"Gas prices rose by 50% this year\", Putin said on Friday.";
    String s2 = "Putin said, according to Interfax, that the file gas_2021 was complete.";
    String s3 = "\"We stand together\", Xi Jinping said.";
    return new Tagger(s1 + "\n\n" + s2 + "\n\n" + s3, "2021-12-17", "en",
        "Putin on gas prices", "https://news.example.com/world/putin-gas")
        .entity("e1", EntityType.PERSON, "Vladimir Putin", PUTIN, "Putin", "Putin")
        .entity("e2", EntityType.PERSON, "Xi Jinping", XI, "Xi Jinping")
        .quote("Gas prices rose by 50% this year", "e1", "Putin")
        .quote("the file gas_2021 was complete", false, "e1", "Putin", "Interfax")
        .quote("We stand together", "e2", "Xi Jinping")
        .build();
  }

  /**
   * An article that describes a person the knowledge base does not know (the text layer), on a
   * day: "US-Handelsbeauftragter Robert Lighthizer", and one only the setting places.
   */
  public static Document describes(String day, String actor, String title) {
    KbRef lighthizer = new KbRef("text:Robert_Lighthizer", "Robert Lighthizer", actor,
        actor.substring(0, 3), null, null, null, "text");
    KbRef bystander = new KbRef("text:Erna_Beispiel", "Erna Beispiel", "USA", "USA", null, null,
        null, "text");
    String s1 = "US-Handelsbeauftragter Robert Lighthizer traf Erna Beispiel am " + day + ".";
    return new Tagger(s1, day, "de", title, "https://www.example.de/" + day)
        .entity("e1", EntityType.PERSON, "Robert Lighthizer", lighthizer, "Robert Lighthizer")
        .entity("e2", EntityType.PERSON, "Erna Beispiel", bystander, "Erna Beispiel")
        .build();
  }

  /**
   * German article {@code i} of a series: two people of its own (Berta{@code i} and
   * Carl{@code i}) and one event between them, merged with no other article's.
   */
  public static Document meeting(int i) {
    KbRef berta = new KbRef("test:berta" + i, "Berta" + i, "DEUGOV", "DEU", null, null, null);
    KbRef carl = new KbRef("test:carl" + i, "Carl" + i, "FRAGOV", "FRA", null, null, null);
    String text = "Ministerin Berta" + i + " traf am Montag den Botschafter Carl" + i
        + " in Berlin.";
    return new Tagger(text, "2021-12-13", "de", "Treffen " + i,
        "https://www.example.de/politik/treffen-" + i)
        .entity("e1", EntityType.PERSON, "Berta" + i, berta, "Berta" + i)
        .entity("e2", EntityType.PERSON, "Carl" + i, carl, "Carl" + i)
        .event("e1", berta, "e2", carl, "040", 0, "traf", "traf", "2021-12-13")
        .build();
  }

  /**
   * Asserts that a store holds exactly these {@link #meeting} articles, each once and whole: its
   * row, its event and the event's mention, its two people and their two mentions.
   */
  static void assertMeetingsStored(Store store, List<Document> docs) {
    List<String> ids = docs.stream().map(Document::id).toList();
    org.assertj.core.api.Assertions.assertThat(
        store.query("SELECT id FROM documents", List.of()).findValuesAsText("id"))
        .containsExactlyInAnyOrderElementsOf(ids);
    for (String table : List.of("events", "event_mentions", "mentions", "entities")) {
      long each = table.equals("mentions") || table.equals("entities") ? 2 : 1;
      org.assertj.core.api.Assertions.assertThat(
          store.count("SELECT count(*) FROM " + table, List.of())).as(table)
          .isEqualTo(each * docs.size());
    }
  }

  /** Builds a document by naming its words: each name is found in the text in order. */
  static final class Tagger {
    private final String text;
    private final Document.Builder b;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();

    Tagger(String text, String published, String lang, String title, String url) {
      this.text = text;
      this.b = Document.builder(text).published(published).language(lang).title(title).url(url)
          .pipeline(PIPELINE).source(url);
      List<Paragraph> paragraphs = new ArrayList<>();
      int start = 0;
      for (String p : text.split("\n\n")) {
        int s = text.indexOf(p, start);
        paragraphs.add(new Paragraph(s, s + p.length(), lang, null, null));
        sentences.add(new Sentence(s, s + p.length(), lang, List.of(), null));
        start = s + p.length();
      }
      b.paragraphs(paragraphs);
    }

    Tagger entity(String id, EntityType type, String name, KbRef kb, String... mentions) {
      List<Mention> ms = new ArrayList<>();
      int from = 0;
      for (String m : mentions) {
        int at = text.indexOf(m, from);
        if (at < 0) {
          throw new IllegalArgumentException("'" + m + "' is not in the text");
        }
        ms.add(new Mention(at, at + m.length(), m));
        from = at + m.length();
      }
      entities.add(new Entity(id, type, name, kb, ms));
      return this;
    }

    Tagger event(String src, KbRef s, String tgt, KbRef t, String code, int sentence,
        String triggerText, String triggerWord, String date) {
      return placedEvent(src, s, tgt, t, code, sentence, triggerText, triggerWord, date, null);
    }

    Tagger placedEvent(String src, KbRef s, String tgt, KbRef t, String code, int sentence,
        String triggerText, String triggerWord, String date, String place) {
      Sentence sent = sentences.get(sentence);
      int at = text.indexOf(triggerWord, sent.start());
      String root = code.substring(0, 2);
      double goldstein = root.equals("04") ? 1.0 : -2.0;
      events.add(new Event(new EventActor(src, s.actor(), s.country(), s.org(), s.label()),
          new EventActor(tgt, t.actor(), t.country(), t.org(), t.label()), code, root,
          root.equals("04") ? 1 : 3, goldstein, date, "text", place,
          new Span(sent.start(), sent.end()),
          new Trigger(at, at + triggerWord.length(), triggerText), null, false, "asserted", 0.8));
      return this;
    }

    Tagger quote(String words, String speaker, String speakerName) {
      return quote(words, true, speaker, speakerName);
    }

    Tagger quote(String words, boolean direct, String speaker, String speakerName,
        String... via) {
      int at = text.indexOf(words);
      quotes.add(new Quote(at, at + words.length(), words, direct, speaker, speakerName,
          List.of(via), null, null));
      return this;
    }

    Tagger relation(String type, String subject, String object, int sentence) {
      Sentence s = sentences.get(sentence);
      relations.add(new Relation(type, subject, object, new Span(s.start(), s.end())));
      return this;
    }

    Document build() {
      return b.sentences(sentences).entities(entities).events(events).quotes(quotes)
          .relations(relations).build();
    }
  }
}
