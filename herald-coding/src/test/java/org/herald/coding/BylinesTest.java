package org.herald.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herald.coding.EntityStageTest.STAGE;
import static org.herald.coding.EntityStageTest.named;
import static org.herald.coding.EntityStageTest.tagged;

import org.herald.core.model.Document;
import org.junit.jupiter.api.Test;

/** The article's own reporters in its credit lines: hand-tagged sentences, no models. */
class BylinesTest {
  @Test
  void aBracketedCreditLineOfPartsNamesReporters() {
    Document d = STAGE.apply(tagged("en",
        "Oil/NOUN fell/VERB in/ADP New/PROPN/LOCATION York/PROPN/LOCATION ./PUNCT",
        "(/PUNCT Reporting/NOUN by/ADP Rodrigo/PROPN/PERSON Campos/PROPN/PERSON ;/PUNCT"
            + " additional/ADJ reporting/NOUN by/ADP Stephanie/PROPN/PERSON Kelly/PROPN/PERSON"
            + " in/ADP New/PROPN/LOCATION York/PROPN/LOCATION ;/PUNCT Editing/NOUN by/ADP"
            + " Nick/PROPN/PERSON Zieminski/PROPN/PERSON )/PUNCT"));
    assertThat(named(d, "Rodrigo Campos").kb().actor()).isEqualTo("USAMED");
    assertThat(named(d, "Stephanie Kelly").kb().actor()).isEqualTo("USAMED");
    assertThat(named(d, "Nick Zieminski").kb().actor()).isEqualTo("USAMED");
  }

  @Test
  void aSentenceThatGoesOnAfterItsNamesIsNoCredit() {
    Document d = STAGE.apply(tagged("en",
        "Oil/NOUN fell/VERB in/ADP New/PROPN/LOCATION York/PROPN/LOCATION ./PUNCT",
        "Reporting/NOUN by/ADP Rodrigo/PROPN/PERSON Campos/PROPN/PERSON showed/VERB a/DET"
            + " fall/NOUN ;/PUNCT Editing/NOUN by/ADP Nick/PROPN/PERSON Zieminski/PROPN/PERSON"
            + " ./PUNCT"));
    assertThat(named(d, "Rodrigo Campos").kb() == null ? null
        : named(d, "Rodrigo Campos").kb().actor()).isNotEqualTo("USAMED");
  }
}
