package org.herald.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herald.coding.EntityStageTest.STAGE;
import static org.herald.coding.EntityStageTest.named;

import java.util.List;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.KbRef;
import org.herald.core.model.Mention;
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

  @Test
  void aBodysPossessiveBeforeTheNameMakesThePersonItsOwn() {
    String text = "Axios' Kaveh Waddell reports. CNN's Jake Tapper asked. Axios and Ann Li met.";
    Entity axios = new Entity("e1", EntityType.ORGANIZATION, "Axios",
        new KbRef("axios", "Axios", "USAMED", "USA", null, null, null, null),
        List.of(at(text, "Axios", 0), at(text, "Axios", text.indexOf("Axios and"))));
    Entity waddell = person("e2", text, "Kaveh Waddell");
    Entity tapper = person("e3", text, "Jake Tapper"); // CNN unknown here: nothing
    Entity li = person("e4", text, "Ann Li");
    List<Entity> out = Affiliations.apply(List.of(axios, waddell, tapper, li), text);
    assertThat(out.get(1).kb().actor()).isEqualTo("USAMED");
    assertThat(out.get(2).kb().actor()).isEqualTo("USACVL");
    assertThat(out.get(3).kb().actor()).isEqualTo("USACVL");
  }

  @Test
  void aPersonInAppositionToABodysPossessiveIsItsOwn() {
    String text = "said Scott Strenfel, PG&E's principal meteorologist. Ann Li, PG&E and others.";
    Entity pge = new Entity("e1", EntityType.ORGANIZATION, "PG&E",
        new KbRef("pge", "PG&E", "USABUS", "USA", null, null, null, null),
        List.of(at(text, "PG&E", 0), at(text, "PG&E", text.indexOf("Li,"))));
    List<Entity> out = Affiliations.apply(List.of(pge, person("e2", text, "Scott Strenfel"),
        person("e3", text, "Ann Li")), text);
    assertThat(out.get(1).kb().actor()).isEqualTo("USABUS");
    assertThat(out.get(2).kb().actor()).isEqualTo("USACVL"); // no possessive: a list
  }

  @Test
  void aPersonNamedAsOfABodyWithAGermanArticleIsItsOwn() {
    // "von der" was read as "von" with the body after "der": none found
    String text = "sagte Dietmar Hoffmann von der Deutschen Bank. Anna Berg aus dem Landtag.";
    Entity bank = new Entity("e1", EntityType.ORGANIZATION, "Deutschen Bank",
        new KbRef("db", "Deutsche Bank", "DEUBUS", "DEU", null, null, null, null),
        List.of(at(text, "Deutschen Bank", 0)));
    Entity landtag = new Entity("e2", EntityType.ORGANIZATION, "Landtag",
        new KbRef("lt", "Landtag", "DEULEG", "DEU", null, null, null, null),
        List.of(at(text, "Landtag", 0)));
    List<Entity> out = Affiliations.apply(List.of(bank, landtag,
        person("e3", text, "Dietmar Hoffmann"), person("e4", text, "Anna Berg")), text);
    assertThat(out.get(2).kb().actor()).isEqualTo("DEUBUS");
    assertThat(out.get(3).kb().actor()).isEqualTo("DEULEG");
  }

  private static Entity person(String id, String text, String name) {
    return new Entity(id, EntityType.PERSON, name, new KbRef(Descriptions.TEXT
        + name.replace(' ', '_'), name, "USACVL", "USA", null, null, null, "text"),
        List.of(at(text, name, 0)));
  }

  private static Mention at(String text, String name, int from) {
    int i = text.indexOf(name, from);
    return new Mention(i, i + name.length(), name);
  }
}
