package org.herald.nlp;

import static org.assertj.core.api.Assertions.assertThat;

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
}
