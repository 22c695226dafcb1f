package org.herald.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.herald.core.HeraldException;

import org.junit.jupiter.api.Test;

/** The word features must be those train/ner/train.py computes. */
class NeuralNerTest {
  @Test
  void wordsAreLowerCasedWithDigitsAsZero() {
    assertThat(NeuralNer.normalised("G20-Gipfel")).isEqualTo("g00-gipfel");
    assertThat(NeuralNer.normalised("Äußeres")).isEqualTo("äußeres");
  }

  @Test
  void shapesFollowTheTrainingScript() {
    assertThat(NeuralNer.shape("haus")).isZero();
    assertThat(NeuralNer.shape("Merkel")).isEqualTo(1);
    assertThat(NeuralNer.shape("NATO")).isEqualTo(2);
    assertThat(NeuralNer.shape("G20")).isEqualTo(3);
    assertThat(NeuralNer.shape("McDonald")).isEqualTo(4);
    assertThat(NeuralNer.shape("„")).isEqualTo(5);
  }

  @Test
  void theDictionaryTellsWhatKindOfNameAWordIs() {
    assertThat(WordSignature.of("Merkel")).isEqualTo("EIG:NAC");
    assertThat(WordSignature.of("Angela")).isEqualTo("EIG:VOR");
    assertThat(WordSignature.of("Berlin")).isEqualTo("EIG:STD");
    assertThat(WordSignature.of("Xqzvrt")).isEqualTo("-");
  }

  @Test
  void tagsBecomeCoreNlpLabels() {
    assertThat(HeraldNerAnnotator.label("B-PER")).isEqualTo("PERSON");
    assertThat(HeraldNerAnnotator.label("I-LOC")).isEqualTo("LOCATION");
    assertThat(HeraldNerAnnotator.label("B-ORG")).isEqualTo("ORGANIZATION");
    assertThat(HeraldNerAnnotator.label("I-OTH")).isEqualTo("MISC");
    assertThat(HeraldNerAnnotator.label("O")).isEqualTo("O");
  }

  @Test
  void transitionsAreReadAsTheirSquareWithStartRowAndEndColumn() {
    double[][] t = NeuralNer.transitions(List.of("0 1.5 -2", "0.25 0 0", "3 0 -1"), 2);
    assertThat(t[0][1]).isEqualTo(1.5);
    assertThat(t[2][0]).isEqualTo(3.0);
    assertThat(t[0][2]).isEqualTo(-2.0);
  }

  @Test
  void transitionsOfTheWrongSizeNameTheFileAndTheRow() {
    assertThatThrownBy(() -> NeuralNer.transitions(List.of("0 0 0", "0 0"), 2))
        .isInstanceOf(HeraldException.class).hasMessageContaining("has 2 rows, not 3");
    assertThatThrownBy(() -> NeuralNer.transitions(List.of("0 0 0", "0 0", "0 0 0"), 2))
        .isInstanceOf(HeraldException.class).hasMessageContaining("row 2 of transitions.txt");
  }

  @Test
  void aHyphenWrittenInsideANameBelongsToIt() {
    // "Pamela Rendi-Wagner und Max - Moritz": tokens with their character offsets
    List<CoreLabel> tokens = tokens("Pamela", 0, "Rendi", 7, "-", 12, "Wagner", 13, "und", 20,
        "Max", 24, "-", 28, "Moritz", 30);
    List<String> tags = List.of("B-PER", "I-PER", "O", "B-PER", "O", "B-PER", "O", "B-PER");
    assertThat(HeraldNerAnnotator.joinedAtHyphens(tokens, tags)).containsExactly(
        "B-PER", "I-PER", "I-PER", "I-PER", "O", "B-PER", "O", "B-PER");
  }

  private static List<CoreLabel> tokens(Object... wordsAndBegins) {
    List<CoreLabel> out = new ArrayList<>();
    for (int i = 0; i < wordsAndBegins.length; i += 2) {
      CoreLabel t = new CoreLabel();
      String w = (String) wordsAndBegins[i];
      int begin = (Integer) wordsAndBegins[i + 1];
      t.setWord(w);
      t.setBeginPosition(begin);
      t.setEndPosition(begin + w.length());
      out.add(t);
    }
    return out;
  }
}
