package org.herald.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herald.coding.EntityStageTest.STAGE;
import static org.herald.coding.EntityStageTest.named;

import org.herald.core.model.Document;
import org.junit.jupiter.api.Test;

/**
 * The entity stage on parties named by an English short form the tagger sets apart
 * ("Republicans", "Democrats", "GOP"): the party of the country the article is set in, in the
 * role it held on the day (party-roles.tsv). Hand-tagged sentences, no models.
 */
class PartyShortFormsTest {
  @Test
  void anEnglishShortFormAloneIsTheSettingsParty() {
    Document d = STAGE.apply(HandTagged.document("en", "2019-11-05",
        "Officials/NOUN in Washington/PROPN/LOCATION ,/PUNCT United/PROPN/LOCATION"
            + " States/PROPN/LOCATION spoke/VERB ./PUNCT",
        "Democrats/PROPN/MISC criticized/VERB the/DET president/NOUN ./PUNCT",
        "The/DET GOP/PROPN/ORGANIZATION rejected/VERB the/DET plan/NOUN ./PUNCT"));
    // in November 2019 the Democrats were in opposition, the Republicans held the presidency
    assertThat(named(d, "Democrats").kb().actor()).isEqualTo("USAOPP");
    assertThat(named(d, "GOP").kb().actor()).isEqualTo("USAPTY");
  }
}
