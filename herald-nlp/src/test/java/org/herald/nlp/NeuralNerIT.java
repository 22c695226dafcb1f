package org.herald.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The trained German tagger, loaded from the class path. */
class NeuralNerIT {
  @Test
  void tagsNamesAndDecodesOnlyValidSequences() {
    List<String> tags = NeuralNer.german().tag(
        List.of("Bundeskanzler", "Olaf", "Scholz", "traf", "in", "Kiew", "Wolodymyr", "Selenskyj",
            "."),
        List.of("NOUN", "PROPN", "PROPN", "VERB", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT"));
    assertThat(tags).containsExactly("O", "B-PER", "I-PER", "O", "O", "B-LOC", "B-PER", "I-PER",
        "O");
  }

  @Test
  void anIsolatedInsideTagIsNeverProduced() {
    List<String> tags = NeuralNer.german().decode(new float[][] {
        {0, 0, 5, 0, 0, 0, 0, 0, 0}, {5, 0, 0, 0, 0, 0, 0, 0, 0}});
    assertThat(tags.get(0)).doesNotStartWith("I-");
  }

  @Test
  void anEmptySentenceHasNoTags() {
    assertThat(NeuralNer.german().tag(List.of(), List.of())).isEmpty();
  }
}
