package org.herald.coding.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.coding.HandTagged;
import org.herald.core.Stage;
import org.herald.core.model.Document;
import org.herald.core.model.Layer;
import org.herald.core.model.Sentence;
import org.herald.core.model.TimeValue;
import org.herald.core.model.Token;
import org.herald.core.testing.StageContract;
import org.junit.jupiter.api.Test;

/** The time stage on hand-tagged sentences ("word/UPOS/TAG"; a plain word is a NOUN). */
class TimeStageTest extends StageContract {
  private static final TimeStage STAGE = new TimeStage();
  private static final Pattern WORD = Pattern.compile("(\\S+?)(?:/([A-Z]+))?(?:/([A-Z$]+))?(?=\\s|$)");

  static Document tagged(String language, String published, String sentence) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(sentence);
    while (m.find()) {
      if (!tokens.isEmpty()) {
        text.append(' ');
      }
      int start = text.length();
      text.append(m.group(1));
      String upos = m.group(2) == null ? "NOUN" : m.group(2);
      tokens.add(new Token(start, text.length(), m.group(1), null, upos, m.group(3), "O"));
    }
    Sentence s = new Sentence(0, text.length(), language, tokens, null);
    return Document.builder(text.toString()).language(language).published(published)
        .sentences(List.of(s)).add(Layer.TEXT, Layer.LANGUAGE, Layer.TOKENS).build();
  }

  @Override
  protected Stage stage() {
    return STAGE;
  }

  @Override
  protected List<Document> inputs() {
    return List.of(
        tagged("de", "2021-12-15", "Xi und Putin haben/AUX sich zuletzt Ende Juni"
            + " getroffen/VERB/VVPP ./PUNCT"),
        tagged("en", "2021-12-15", "The Olympics will/AUX/MD open in early February ./PUNCT"));
  }

  @Override
  protected Document fromRandomText(String text) {
    return HandTagged.words(text, "2021-12-15", w -> "NOUN", w -> "O");
  }


  @Test
  void theTenseOfTheSentenceDecidesTheYear() {
    assertThat(STAGE.apply(inputs().get(0)).times()).extracting(TimeValue::value)
        .containsExactly("2021-06");
    assertThat(STAGE.apply(inputs().get(1)).times()).extracting(TimeValue::value)
        .containsExactly("2022-02");
  }

  @Test
  void aPlanNamedAsANounDoesNotTurnAPastSentenceToTheFuture() {
    Document past = tagged("en", "2019-11-18", "A statement published/VERB/VBN Oct. 25"
        + " accused/VERB/VBD them of disrupting a plan/NOUN/NN to return people ./PUNCT");
    assertThat(STAGE.apply(past).times()).extracting(TimeValue::value)
        .containsExactly("2019-10-25");
    Document ahead = tagged("en", "2019-11-18", "They plan/VERB/VBP to meet on Oct. 25 ./PUNCT");
    assertThat(STAGE.apply(ahead).times()).extracting(TimeValue::value)
        .containsExactly("2020-10-25");
  }

  @Test
  void inASentenceThatLooksBothWaysEachExpressionTakesTheTenseNearestToIt() {
    // 2024-03-05 is a Tuesday
    Document said = tagged("en", "2024-03-05", "The minister said/VERB/VBD on Monday that Kenya"
        + " will/AUX/MD send aid on Friday ./PUNCT");
    assertThat(STAGE.apply(said).times()).extracting(TimeValue::value)
        .containsExactly("2024-03-04", "2024-03-08");
    Document planned = tagged("de", "2023-03-20", "Am Dienstag sind/AUX Gespräche im Kreml"
        + " geplant/VERB/VVPP ./PUNCT");
    assertThat(STAGE.apply(planned).times()).extracting(TimeValue::value)
        .containsExactly("2023-03-21");
  }

  @Test
  void withoutAPublicationDateOnlyAbsoluteExpressionsRemain() {
    Document d = tagged("de", null, "Seit 2002 und am Mittwoch und drei Tage lang ./PUNCT");
    assertThat(STAGE.apply(d).times()).extracting(TimeValue::value)
        .containsExactly("2002", "P3D");
  }
}
