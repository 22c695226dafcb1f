package org.herald.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.herald.core.SentenceParser;
import org.herald.core.Stage;
import org.herald.core.model.Dependency;
import org.herald.core.model.Document;
import org.herald.core.model.Layer;
import org.herald.core.model.Sentence;
import org.herald.core.testing.StageContract;
import org.herald.kb.EventDictionary;
import org.herald.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/** Which sentences get a parse, with a parser that only records what it was given. */
class ParseStageTest extends StageContract {
  private static final EntityStage ENTITIES = new EntityStage(KnowledgeBase.bundled());
  private static final ParseStage STAGE = new ParseStage(new Recording(),
      EventDictionary.bundled());

  @Override
  protected Stage stage() {
    return STAGE;
  }

  @Override
  protected List<Document> inputs() {
    return List.of(
        ENTITIES.apply(HandTagged.document("de", "2021-12-15",
            "Scholz/PROPN/PERSON traf/VERB Macron/PROPN/PERSON ./PUNCT",
            "Das Wetter/NOUN war/AUX schön/ADJ ./PUNCT")),
        ENTITIES.apply(HandTagged.document("en", "2021-12-15",
            "The/DET talks/NOUN with/ADP Iran/PROPN/LOCATION ended/VERB ./PUNCT")));
  }

  @Override
  protected Document fromRandomText(String text) {
    return HandTagged.words(text, null, w -> "VERB", w -> "O", Layer.ENTITIES);
  }


  /** A parser that hangs every word on the first and remembers the sentences it parsed. */
  private static final class Recording implements SentenceParser {
    final List<String> parsed = Collections.synchronizedList(new ArrayList<>());

    @Override
    public List<Dependency> parse(Sentence sentence, String language) {
      parsed.add(sentence.tokens().get(0).word());
      List<Dependency> arcs = new ArrayList<>();
      for (int i = 1; i <= sentence.tokens().size(); i++) {
        arcs.add(new Dependency(i == 1 ? 0 : 1, i, i == 1 ? "root" : "dep"));
      }
      return arcs;
    }
  }

  private static List<String> parsed(String language, String... sentences) {
    Recording parser = new Recording();
    Document d = new ParseStage(parser, EventDictionary.bundled()).apply(ENTITIES.apply(
        HandTagged.document(language, "2021-12-15", sentences)));
    assertThat(d.has(Layer.DEPENDENCIES)).isTrue();
    for (Sentence s : d.sentences()) {
      assertThat(s.isParsed()).as(s.tokens().get(0).word())
          .isEqualTo(parser.parsed.contains(s.tokens().get(0).word()));
    }
    return parser.parsed;
  }

  @Test
  void twoActorsOrOneActorAndAnEventWord() {
    assertThat(parsed("de",
        "Scholz/PROPN/PERSON traf/VERB Macron/PROPN/PERSON ./PUNCT",
        "Das Wetter/NOUN war/AUX schön/ADJ ./PUNCT",
        "Selenskyj/PROPN/PERSON lächelte/VERB ./PUNCT",
        "Putin/PROPN/PERSON verurteilte/VERB den Angriff/NOUN ./PUNCT"))
        .containsExactly("Scholz", "Putin");
  }

  @Test
  void twoActorsWithoutAnEventWordOnlyWithAPersonWhoseSubjectTheSpeakersRead() {
    assertThat(parsed("de",
        "Deutschland/PROPN/LOCATION und/CCONJ Frankreich/PROPN/LOCATION lagen/VERB im/ADP"
            + " Nebel/NOUN ./PUNCT",
        "Selenskyj/PROPN/PERSON lächelte/VERB in/ADP Frankreich/PROPN/LOCATION ./PUNCT"))
        .containsExactly("Selenskyj");
  }

  @Test
  void aSeparatedParticleAPronounAndAVerbOfSaying() {
    assertThat(parsed("de",
        "Morgens/ADV wies/VERB Putin/PROPN/PERSON die Vorwürfe/NOUN zurück/ADV ./PUNCT",
        "Dann/ADV lächelte/VERB er/PRON ./PUNCT",
        "Danach/ADV sagte/VERB er/PRON ,/PUNCT alles/PRON sei/AUX gut/ADJ ./PUNCT"))
        .containsExactly("Morgens", "Danach");
  }

  @Test
  void aPastTenseTheTaggerTookForAnAdjectiveIsTheVerb() {
    Document d = new ParseStage(new Recording(), EventDictionary.bundled()).apply(
        ENTITIES.apply(HandTagged.document("de", "2021-12-15",
            "Frankreich/PROPN/LOCATION und/CCONJ Deutschland/PROPN/LOCATION vereinbarten/ADJ"
                + " eine/DET engere/ADJ Zusammenarbeit/NOUN ./PUNCT",
            "Die/DET vereinbarten/ADJ Ziele/NOUN gelten/VERB ./PUNCT")));
    assertThat(d.sentences().get(0).tokens().get(3).upos()).isEqualTo("VERB");
    assertThat(d.sentences().get(0).isParsed()).isTrue();
    // before its noun it is the adjective it looks like, and the sentence has its verb
    assertThat(d.sentences().get(1).tokens().get(1).upos()).isEqualTo("ADJ");
  }

  @Test
  void aSentenceTooLongForANewsSentenceIsNotParsed() {
    String list = " ,/PUNCT Wort/NOUN".repeat(ParseStage.MAX_PARSE_TOKENS / 2);
    assertThat(parsed("de",
        "Scholz/PROPN/PERSON traf/VERB Macron/PROPN/PERSON ./PUNCT",
        "Lang/ADV traf/VERB Scholz/PROPN/PERSON Macron/PROPN/PERSON" + list + " ./PUNCT"))
        .containsExactly("Scholz");
  }

  @Test
  void aLongDocumentIsParsedInParallelInItsOrder() {
    String[] sentences = new String[12];
    for (int i = 0; i < sentences.length; i++) {
      sentences[i] = "S" + i + "/ADV Scholz/PROPN/PERSON traf/VERB Macron/PROPN/PERSON"
          + (" und/CCONJ Biden/PROPN/PERSON").repeat(i) + " ./PUNCT";
    }
    assertThat(parsed("de", sentences)).hasSize(12);
    Document d = new ParseStage(new Recording(), EventDictionary.bundled()).apply(
        ENTITIES.apply(HandTagged.document("de", "2021-12-15", sentences)));
    for (int i = 0; i < sentences.length; i++) {
      Sentence s = d.sentences().get(i);
      assertThat(s.tokens().get(0).word()).isEqualTo("S" + i);
      assertThat(s.dependencies()).hasSize(s.tokens().size());
    }
  }

  @Test
  void englishLemmasAndEventNouns() {
    assertThat(parsed("en",
        "Biden/PROPN/PERSON smiled/VERB ./PUNCT",
        "Nobody/PRON came/VERB ./PUNCT",
        "The/DET talks/NOUN with/ADP Iran/PROPN/LOCATION ended/VERB ./PUNCT"))
        .containsExactly("The");
  }
}
