package org.herald.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herald.coding.EntityStageTest.STAGE;
import static org.herald.coding.EntityStageTest.named;
import static org.herald.coding.EntityStageTest.tagged;

import org.herald.core.model.Document;
import org.junit.jupiter.api.Test;

/**
 * The entity stage on places whose name holds a country's name: hand-tagged sentences, no
 * models.
 */
class PlaceNamesTest {
  @Test
  void aRegionNamedAfterAnotherCountryIsItsOwnCountrys() {
    Document d = STAGE.apply(tagged("en",
        "A/DET man/NOUN from/ADP Inner/PROPN/LOCATION Mongolia/PROPN/LOCATION was/AUX"
            + " arrested/VERB ./PUNCT",
        "He/PRON had/VERB travelled/VERB to/ADP Mongolia/PROPN/LOCATION ./PUNCT"));
    assertThat(named(d, "Inner Mongolia").kb().country()).isEqualTo("CHN");
    assertThat(named(d, "Mongolia").kb().country()).isEqualTo("MNG");
    assertThat(d.entities()).noneMatch(e -> e.name().equals("Inner"));
  }
}
