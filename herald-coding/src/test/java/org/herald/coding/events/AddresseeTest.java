package org.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.EventActor;
import org.herald.core.model.KbRef;
import org.herald.core.model.Mention;
import org.junit.jupiter.api.Test;

/** The codebook's addressee of an act whose text names no one. */
class AddresseeTest {
  private static Entity entity(EntityType type, String actor, String country) {
    return new Entity("e1", type, "X", new KbRef("test:x", "X", actor, country, null, null, null),
        List.of(new Mention(0, 1, "X")));
  }

  private static String to(Entity source, String code) {
    EventActor a = ActorKinds.addressee(source, code);
    return a == null ? null : a.actor();
  }

  @Test
  void aClaimOfABodyOutsideTheStateGoesToItsGovernment() {
    Entity party = entity(EntityType.ORGANIZATION, "AUTOPP", "AUT"); // "Die SPÖ fordert"
    assertThat(to(party, "100")).isEqualTo("AUTGOV");
    assertThat(to(party, "111")).isEqualTo("AUTGOV");
    assertThat(to(entity(EntityType.PERSON, "DEU", "DEU"), "1042")).isEqualTo("DEUGOV");
  }

  @Test
  void aStateMakesNoClaimOnItself() {
    // "Russland verlange, dass ...": the country is the state
    assertThat(to(entity(EntityType.LOCATION, "RUS", "RUS"), "1011")).isNull();
    assertThat(to(entity(EntityType.PERSON, "DEUGOV", "DEU"), "100")).isNull();
  }

  @Test
  void protestGoesToTheGovernmentAndCoercionByTheStateToItsCitizens() {
    assertThat(to(entity(EntityType.ORGANIZATION, "USAEDU", "USA"), "141")).isEqualTo("USAGOV");
    assertThat(to(entity(EntityType.ORGANIZATION, "CHECOP", "CHE"), "173")).isEqualTo("CHECVL");
    assertThat(to(entity(EntityType.PERSON, "USACVL", "USA"), "171")).isNull(); // "took a shower"
  }

  @Test
  void aCriminalInvestigationIsOfCitizens() {
    // "Die Staatsanwaltschaft leitete eine Strafuntersuchung ein"
    assertThat(to(entity(EntityType.ORGANIZATION, "CHEJUD", "CHE"), "090")).isEqualTo("CHECVL");
    assertThat(to(entity(EntityType.ORGANIZATION, "USACOP", "USA"), "091")).isEqualTo("USACVL");
    // a government's inquiry names no one
    assertThat(to(entity(EntityType.ORGANIZATION, "DEUGOV", "DEU"), "090")).isNull();
  }

  @Test
  void otherActsAndActorsWithoutACountryHaveNone() {
    assertThat(to(entity(EntityType.ORGANIZATION, "AUTOPP", "AUT"), "040")).isNull();
    assertThat(to(entity(EntityType.ORGANIZATION, "IGOUNO", null), "100")).isNull();
  }
}
