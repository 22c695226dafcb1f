package org.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.KbRef;
import org.herald.core.model.Mention;
import org.junit.jupiter.api.Test;

/** Who acts for the state where an act of authority happened that names no agent. */
class AgentOfStateTest {
  private static final Entity ZURICH = new Entity("e1", EntityType.LOCATION, "Zürich",
      new KbRef("geonames:2657896", "Zürich", "CHE", "CHE", null, null, null),
      List.of(new Mention(0, 6, "Zürich")));

  @Test
  void arrestsAreThePolicesAndExpulsionsTheGovernments() {
    assertThat(StateAgents.agentOfState(ZURICH, "173").actor()).isEqualTo("CHECOP"); // verhaftet
    assertThat(StateAgents.agentOfState(ZURICH, "1711").actor()).isEqualTo("CHECOP");
    assertThat(StateAgents.agentOfState(ZURICH, "174").actor()).isEqualTo("CHEGOV"); // ausgewiesen
    assertThat(StateAgents.agentOfState(ZURICH, "116").actor()).isEqualTo("CHEJUD"); // verurteilt
    assertThat(StateAgents.agentOfState(ZURICH, "173").name()).isEqualTo("Zürich");
  }

  @Test
  void withNoPlaceTheStateOfTheCountryTheTextSetsADescribedTargetIn() {
    // "Der Angeklagte wurde verurteilt" in a German text: "Der Angeklagte" is cameo:DEUCVL
    Entity accused = new Entity("e2", EntityType.ORGANIZATION, "Deutschland (DEUCVL)",
        new KbRef("cameo:DEUCVL", "Germany civilians", "DEUCVL", "DEU", null, null, null),
        List.of(new Mention(0, 14, "Der Angeklagte")));
    Entity state = StateAgents.stateOfSetting(List.of(accused), "116");
    assertThat(state).isNotNull();
    assertThat(StateAgents.agentOfState(state, "116").actor()).isEqualTo("DEUJUD");
    assertThat(StateAgents.agentOfState(state, "116").entity()).isNull(); // no entity of the text
    // an investigation is anyone's ("wurden befragt")
    assertThat(StateAgents.stateOfSetting(List.of(accused), "090")).isNull();
    // a named person keeps no setting: their country need not be the place of the act
    Entity named = new Entity("e3", EntityType.PERSON, "Deniz Yücel",
        new KbRef("text:Deniz_Yücel", "Deniz Yücel", "DEUCVL", "DEU", null, null, null),
        List.of(new Mention(0, 11, "Deniz Yücel")));
    assertThat(StateAgents.stateOfSetting(List.of(named), "173")).isNull();
  }

  @Test
  void anInvestigationKeepsTheCountry() {
    assertThat(StateAgents.agentOfState(ZURICH, "090").actor()).isEqualTo("CHE");
  }
}
