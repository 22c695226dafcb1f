package org.herald.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.KbRef;
import org.herald.core.model.Mention;
import org.junit.jupiter.api.Test;

/** A named court's or police force's later general mentions ("das Gericht") join it. */
class NamedBodiesTest {
  private static Entity general(String code, Mention... mentions) {
    return new Entity("g", EntityType.ORGANIZATION, code, new KbRef("cameo:" + code, code, code,
        code.substring(0, 3), null, null, null, null), List.of(mentions));
  }

  private static Entity body(String id, String name, String code, Mention... mentions) {
    return new Entity(id, EntityType.ORGANIZATION, name, new KbRef("text:" + id, name, code,
        code.substring(0, 3), null, null, null, "text"), List.of(mentions));
  }

  @Test
  void theCourtAfterTheNamedCourtIsThatCourt() {
    Mention before = new Mention(0, 7, "Gericht");
    Mention after = new Mention(80, 87, "Gericht");
    List<Entity> out = NamedBodies.merge(List.of(general("DEUJUD", before, after),
        body("b", "Landgericht Berlin", "DEUJUD", new Mention(40, 58, "Landgericht Berlin"))));
    assertThat(out).hasSize(2);
    assertThat(out.get(0).mentions()).containsExactly(before); // before it is named: general
    assertThat(out.get(1).mentions()).extracting(Mention::text)
        .containsExactly("Landgericht Berlin", "Gericht");
  }

  @Test
  void twoNamedCourtsOrAnotherKindLeaveTheGeneralWordsAlone() {
    Entity court = general("DEUJUD", new Mention(80, 87, "Gericht"));
    List<Entity> two = List.of(court,
        body("a", "Landgericht Berlin", "DEUJUD", new Mention(0, 18, "Landgericht Berlin")),
        body("b", "Amtsgericht Mitte", "DEUJUD", new Mention(30, 47, "Amtsgericht Mitte")));
    assertThat(NamedBodies.merge(two)).isEqualTo(two);
    // but the body whose name holds the word: "das Gericht" beside the Staatsanwaltschaft
    List<Entity> kinds = NamedBodies.merge(List.of(
        general("DEUJUD", new Mention(80, 87, "Gericht")),
        body("a", "Landgericht Berlin", "DEUJUD", new Mention(0, 18, "Landgericht Berlin")),
        body("b", "Staatsanwaltschaft Berlin", "DEUJUD",
            new Mention(30, 55, "Staatsanwaltschaft Berlin"))));
    assertThat(kinds).hasSize(2);
    assertThat(kinds.get(0).mentions()).extracting(Mention::text)
        .containsExactly("Landgericht Berlin", "Gericht");
    List<Entity> government = List.of(general("DEUGOV", new Mention(80, 89, "Regierung")),
        body("a", "Senat", "DEUGOV", new Mention(0, 5, "Senat")));
    assertThat(NamedBodies.merge(government)).isEqualTo(government);
  }
}
