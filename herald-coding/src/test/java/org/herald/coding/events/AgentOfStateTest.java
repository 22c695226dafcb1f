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
    assertThat(Actors.agentOfState(ZURICH, "173").actor()).isEqualTo("CHECOP"); // festgenommen
    assertThat(Actors.agentOfState(ZURICH, "1711").actor()).isEqualTo("CHECOP"); // beschlagnahmt
    assertThat(Actors.agentOfState(ZURICH, "174").actor()).isEqualTo("CHEGOV"); // ausgewiesen
    assertThat(Actors.agentOfState(ZURICH, "116").actor()).isEqualTo("CHEJUD"); // verurteilt
    assertThat(Actors.agentOfState(ZURICH, "173").name()).isEqualTo("Zürich");
  }

  @Test
  void anInvestigationKeepsTheCountry() {
    assertThat(Actors.agentOfState(ZURICH, "090").actor()).isEqualTo("CHE");
  }
}
