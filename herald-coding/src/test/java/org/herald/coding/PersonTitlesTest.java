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

  @Test
  void whatASentenceOpeningWithTheNameSaysThePersonIsNowGivesTheRole() {
    Document d = STAGE.apply(HandTagged.document("de", "2022-10-25",
        "In/ADP Berlin/PROPN/LOCATION tagte/VERB der/DET Senat/NOUN ./PUNCT",
        "Felix/PROPN/PERSON Stalder/PROPN/PERSON ist/AUX Professor/NOUN für/ADP"
            + " Digitale/ADJ Kultur/NOUN ./PUNCT",
        "Tina/PROPN/PERSON Beer/PROPN/PERSON ist/AUX seit/ADP 2020/NUM"
            + " Staatssekretärin/NOUN für/ADP Kultur/NOUN ./PUNCT",
        "Hans/PROPN/PERSON Maier/PROPN/PERSON ist/AUX kein/DET Politiker/NOUN ./PUNCT",
        "Anna/PROPN/PERSON Schmid/PROPN/PERSON ist/AUX die/DET Frau/NOUN des/DET"
            + " Abgeordneten/NOUN ./PUNCT",
        "Laut/ADP Peter/PROPN/PERSON Roth/PROPN/PERSON ist/AUX der/DET Minister/NOUN"
            + " schuld/ADJ ./PUNCT"));
    assertThat(named(d, "Felix Stalder").kb().actor()).isEqualTo("DEUEDU");
    assertThat(named(d, "Tina Beer").kb().actor()).isEqualTo("DEUGOV");
    // denied, a title not the predicate's noun, a name that does not open the sentence
    assertThat(named(d, "Hans Maier").kb().actor()).isEqualTo("DEUCVL");
    assertThat(named(d, "Anna Schmid").kb().actor()).isEqualTo("DEUCVL");
    assertThat(named(d, "Peter Roth").kb().actor()).isEqualTo("DEUCVL");
  }

  @Test
  void aMandateAfterTheNameIsALegislatorsAndAnUnknownAssociationsPeopleAreItsOwn() {
    Document d = STAGE.apply(HandTagged.document("de", "2016-06-23",
        "In/ADP Berlin/PROPN/LOCATION tagte/VERB der/DET Senat/NOUN ./PUNCT",
        "Es/PRON sprach/VERB Anna/PROPN/PERSON Wolf/PROPN/PERSON ,/PUNCT MdB/PROPN/PERSON"
            + " ./PUNCT",
        "Das/PRON sagt/VERB Volker/PROPN/PERSON Tripp/PROPN/PERSON vom/ADP"
            + " Digitale/ADJ/ORGANIZATION Gesellschaft/NOUN/ORGANIZATION"
            + " e.V./NOUN/ORGANIZATION ./PUNCT",
        "Vorstand/NOUN Jan/PROPN/PERSON Ulm/PROPN/PERSON von/ADP der/DET"
            + " Sonnenstrom/PROPN/ORGANIZATION AG/PROPN/ORGANIZATION sprach/VERB ./PUNCT"));
    // the tagger's "MdB" is no one: "Anna Wolf, MdB" is no list of two names
    assertThat(named(d, "Anna Wolf").kb().actor()).isEqualTo("DEULEG");
    assertThat(named(d, "Volker Tripp").kb().actor()).isEqualTo("DEUNGO");
    // a title of a body not named beside it gave only a country; the firm after the name is his
    assertThat(named(d, "Jan Ulm").kb().actor()).isEqualTo("DEUBUS");
  }
}
