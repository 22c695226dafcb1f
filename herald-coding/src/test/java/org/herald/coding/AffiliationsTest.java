package org.herald.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herald.coding.EntityStageTest.STAGE;
import static org.herald.coding.EntityStageTest.named;

import org.herald.core.model.Document;
import org.junit.jupiter.api.Test;

/**
 * The entity stage on people nothing describes but a body in apposition right after the name
 * ("Steven Pinker, Harvard University"): they act for that body's kind; a body in a list of
 * names gives nothing. Hand-tagged sentences, no models.
 */
class AffiliationsTest {
  @Test
  void aBodyInAppositionGivesAnUndescribedPersonItsKind() {
    Document d = STAGE.apply(HandTagged.document("en", "2020-07-07",
        "Officials/NOUN in Boston/PROPN/LOCATION ,/PUNCT Massachusetts/PROPN/LOCATION"
            + " spoke/VERB ./PUNCT",
        "Police/NOUN in Boston/PROPN/LOCATION said/VERB nothing/PRON ./PUNCT",
        "The/DET letter/NOUN was/AUX signed/VERB by/ADP Maria/PROPN/PERSON"
            + " Lopez/PROPN/PERSON ,/PUNCT Harvard/PROPN/ORGANIZATION"
            + " University/PROPN/ORGANIZATION ./PUNCT",
        "She/PRON met/VERB Tom/PROPN/PERSON Becker/PROPN/PERSON ,/PUNCT"
            + " Google/PROPN/ORGANIZATION and/CCONJ Microsoft/PROPN/ORGANIZATION ./PUNCT"));
    assertThat(named(d, "Maria Lopez").kb().actor()).isEqualTo("USAEDU");
    // "met Tom Becker, Google and Microsoft": a list of names, no affiliation
    assertThat(named(d, "Tom Becker").kb().actor()).isEqualTo("USACVL");
  }
}
