package org.herald.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herald.coding.EntityStageTest.STAGE;
import static org.herald.coding.EntityStageTest.named;
import static org.herald.coding.EntityStageTest.tagged;

import org.herald.core.model.Document;
import org.junit.jupiter.api.Test;

/**
 * The entity stage on bodies whose country the text does not name: authorities the knowledge
 * base lacks, whose name gives their kind (police, court) and perhaps the town they serve, a
 * legislature named by its kind, and international bodies of the Phoenix dictionaries:
 * hand-tagged sentences, no models.
 */
class AuthorityNamesTest {
  @Test
  void anAuthorityNamedAfterATownIsThatTownsCountrys() {
    Document d = STAGE.apply(tagged("en",
        "Officers/NOUN from the Columbus/PROPN/ORGANIZATION Police/PROPN/ORGANIZATION"
            + " Department/PROPN/ORGANIZATION arrested two men ./PUNCT",
        "A/DET jury at Bristol/PROPN/ORGANIZATION Crown/PROPN/ORGANIZATION"
            + " Court/PROPN/ORGANIZATION convicted him ./PUNCT"));
    assertThat(named(d, "Columbus Police Department").kb().actor()).isEqualTo("USACOP");
    assertThat(named(d, "Bristol Crown Court").kb().actor()).isEqualTo("GBRJUD");
  }

  @Test
  void theKindOfAnAuthorityIsNoTownOfItsName() {
    // "Police" is also a Polish town; the name's town is unknown, so the setting's police
    Document d = STAGE.apply(tagged("en",
        "Officers/NOUN in Chicago/PROPN/LOCATION ,/PUNCT Illinois/PROPN/LOCATION said/VERB"
            + " ./PUNCT", "Chicago/PROPN/LOCATION is/VERB in the/DET United/PROPN/LOCATION"
            + " States/PROPN/LOCATION ./PUNCT",
        "Brookhaven/PROPN/ORGANIZATION Police/PROPN/ORGANIZATION reported/VERB a/DET"
            + " leak/NOUN ./PUNCT"));
    assertThat(named(d, "Brookhaven Police").kb().actor()).isEqualTo("USACOP");
  }

  @Test
  void aLegislatureNamedByItsKindIsTheSettingsWhereItsCountryCallsItSo() {
    Document us = STAGE.apply(tagged("en",
        "Teachers/NOUN in Chicago/PROPN/LOCATION ,/PUNCT Illinois/PROPN/LOCATION marched/VERB"
            + " ./PUNCT", "Chicago/PROPN/LOCATION is/VERB in the/DET United/PROPN/LOCATION"
            + " States/PROPN/LOCATION ./PUNCT",
        "They/PRON asked/VERB the/DET Legislature/PROPN/ORGANIZATION and/CCONJ"
            + " Congress/PROPN/ORGANIZATION for/ADP money/NOUN ./PUNCT"));
    assertThat(named(us, "Legislature").kb().actor()).isEqualTo("USALEG");
    assertThat(named(us, "Congress").kb().actor()).isEqualTo("USALEG");
    Document india = STAGE.apply(tagged("en",
        "Farmers/NOUN in Mumbai/PROPN/LOCATION marched/VERB ./PUNCT",
        "Mumbai/PROPN/LOCATION is/VERB in India/PROPN/LOCATION ./PUNCT",
        "The/DET Congress/PROPN/ORGANIZATION asked/VERB Parliament/PROPN/ORGANIZATION"
            + " for/ADP a/DET debate/NOUN ./PUNCT"));
    assertThat(named(india, "Parliament").kb().actor()).isEqualTo("INDLEG");
    assertThat(named(india, "Congress").kb()).isNull(); // India's Congress is a party
  }

  @Test
  void anInternationalBodyOfTheDictionariesNeedsNoCountryButMoreThanOneWord() {
    Document d = STAGE.apply(tagged("en",
        "The/DET UNDP/PROPN/ORGANIZATION said/VERB aid/NOUN was/AUX needed/VERB ./PUNCT",
        "Amit/PROPN/ORGANIZATION said/VERB nothing/PRON ./PUNCT"));
    assertThat(named(d, "UNDP").kb().actor()).isEqualTo("IGOUNODEV");
    assertThat(named(d, "Amit").kb()).isNull(); // a Jewish women's organisation, or a name
  }

  @Test
  void aFederalBodyOfAGermanNameIsTheSettingsGovernment() {
    // "Bundesministerium", "Bundesamt": German names these for the federation the text is set
    // in; a "Ministry of Health" alone may be anyone's
    Document d = STAGE.apply(tagged("de",
        "In Berlin/PROPN/LOCATION sprach/VERB das Bundesamt/PROPN/ORGANIZATION"
            + " für/ADP/ORGANIZATION Naturschutz/NOUN/ORGANIZATION ./PUNCT",
        "Das Bundesministerium/PROPN/ORGANIZATION für/ADP/ORGANIZATION"
            + " Gesundheit/NOUN/ORGANIZATION lobte/VERB Berlin/PROPN/LOCATION ./PUNCT"));
    assertThat(named(d, "Bundesamt für Naturschutz").kb().actor()).isEqualTo("DEUGOV");
    assertThat(named(d, "Bundesministerium für Gesundheit").kb().actor()).isEqualTo("DEUGOV");
  }

  @Test
  void theFederationIsNoAssociationsNameAndInvestigatorsAreTheSettingsPolice() {
    Document d = STAGE.apply(tagged("de",
        "In Berlin/PROPN/LOCATION rät/VERB der Bund der Energieverbraucher zur/ADP"
            + " Vorsicht ./PUNCT",
        "In Berlin/PROPN/LOCATION brannte/VERB ein Haus ./PUNCT",
        "Ermittler untersuchten/VERB den Brand in Berlin/PROPN/LOCATION ./PUNCT"));
    // "Bund der ...", "Bund für ...": an association's own name, not the federal government
    assertThat(d.entities()).noneMatch(e -> e.kb() != null && e.kb().id().equals("cameo:DEUGOV"));
    assertThat(d.entities()).filteredOn(e -> e.kb() != null && e.kb().id().equals("cameo:DEUCOP"))
        .singleElement().satisfies(e ->
            assertThat(e.mentions().get(0).text()).isEqualTo("Ermittler"));
    Document federal = STAGE.apply(tagged("de",
        "In Berlin/PROPN/LOCATION zahlt/VERB der Bund die Kosten ./PUNCT"));
    assertThat(federal.entities()).anyMatch(
        e -> e.kb() != null && e.kb().id().equals("cameo:DEUGOV"));
  }
}
