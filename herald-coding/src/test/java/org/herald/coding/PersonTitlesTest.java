package org.herald.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herald.coding.EntityStageTest.STAGE;
import static org.herald.coding.EntityStageTest.named;

import org.herald.core.model.Document;
import org.junit.jupiter.api.Test;

/**
 * The entity stage on titles in apposition after an unknown person's name (PersonTitles):
 * hand-tagged sentences, no models.
 */
class PersonTitlesTest {
  @Test
  void aTitleAfterAWordTaggedAsAVerbAndAHeadByARelativeClauseAreRoles() {
    Document d = STAGE.apply(HandTagged.document("en", "2019-11-19",
        "Police/NOUN in Boston/PROPN/LOCATION ,/PUNCT Massachusetts/PROPN/LOCATION"
            + " spoke/VERB ./PUNCT",
        "Ken/PROPN/PERSON Bowersox/PROPN/PERSON ,/PUNCT the/DET acting/VERB"
            + " administrator/NOUN at/ADP NASA/PROPN/ORGANIZATION ,/PUNCT spoke/VERB ./PUNCT",
        "Scott/PROPN/PERSON Paul/PROPN/PERSON ,/PUNCT who/PRON heads/VERB the/DET"
            + " NAACP/PROPN/ORGANIZATION ,/PUNCT agreed/VERB ./PUNCT",
        "Ann/PROPN/PERSON Li/PROPN/PERSON ,/PUNCT who/PRON runs/VERB a/DET bakery/NOUN"
            + " ,/PUNCT agreed/VERB ./PUNCT"));
    // "acting" was taken for a verb, which ended the apposition before the title
    assertThat(named(d, "Ken Bowersox").kb().actor()).isEqualTo("USAGOV");
    assertThat(named(d, "Scott Paul").kb().actor()).isEqualTo("USANGO");
    // "who runs a bakery": no body the knowledge base knows, no title
    assertThat(named(d, "Ann Li").kb().actor()).isEqualTo("USACVL");
  }

  @Test
  void aWorksCouncilTitleBeforeABoardMembershipIsLabourAndALeftOfficeStaysLeft() {
    Document d = STAGE.apply(HandTagged.document("de", "2021-11-03",
        "VW/PROPN/ORGANIZATION -/PUNCT Betriebsratschefin/NOUN und/CCONJ"
            + " Aufsichtsrätin/NOUN Daniela/PROPN/PERSON Cavallo/PROPN/PERSON"
            + " sprach/VERB in/ADP Wolfsburg/PROPN/LOCATION ./PUNCT",
        "Der/DET Präsident/NOUN entließ/VERB Regierungschef/NOUN Hichem/PROPN/PERSON"
            + " Mechichi/PROPN/PERSON in/ADP Tunis/PROPN/LOCATION ./PUNCT"));
    // the works council's chief, not the firm's: the first of two titles says more than a
    // member's of the board, and "VW - Betriebsratschefin" is no chief's title by its ending
    assertThat(named(d, "Daniela Cavallo").kb().actor()).isEqualTo("DEULAB");
    // head of government until July 2021: in November the title names the office he left
    assertThat(named(d, "Hichem Mechichi").kb().actor()).isEqualTo("TUNELI");
  }
}
