package org.herald.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herald.coding.EntityStageTest.STAGE;
import static org.herald.coding.EntityStageTest.named;
import static org.herald.coding.EntityStageTest.tagged;

import org.herald.core.model.Document;
import org.junit.jupiter.api.Test;

/**
 * The entity stage on places whose name holds a country's name and on bodies based in a place:
 * hand-tagged sentences, no models.
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

  @Test
  void aBodyBasedInACapitalIsNoGovernment() {
    Document d = STAGE.apply(tagged("en",
        "Will/PROPN/PERSON Moy/PROPN/PERSON ,/PUNCT chief/ADJ executive/NOUN of/ADP the/DET"
            + " London/PROPN/LOCATION -/PUNCT based/VERB charity/NOUN Full/ADJ Fact/NOUN"
            + " ,/PUNCT said/VERB so/ADV ./PUNCT",
        "Tom/PROPN/PERSON King/PROPN/PERSON ,/PUNCT mayor/NOUN of/ADP London/PROPN/LOCATION"
            + " ,/PUNCT said/VERB so/ADV ./PUNCT"));
    assertThat(named(d, "Will Moy").kb() == null ? null : named(d, "Will Moy").kb().actor())
        .isNotEqualTo("GBRGOV");
    assertThat(named(d, "Tom King").kb().actor()).isEqualTo("GBRGOV");
  }
}
