package org.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.Event;
import org.herald.core.model.EventActor;
import org.herald.core.model.KbRef;
import org.herald.core.model.Mention;
import org.herald.core.model.Span;
import org.herald.core.model.Trigger;
import org.junit.jupiter.api.Test;

/** The codebook codes no bare country: a place that acts is its state. */
class PlacesAsStatesTest {
  private static Entity entity(String id, EntityType type, String name, String actor,
      String country) {
    return new Entity(id, type, name, new KbRef("test:" + id, name, actor, country, null, null,
        null), List.of(new Mention(0, 1, name)));
  }

  private static Entity country(String id, String name, String code) {
    return new Entity(id, EntityType.LOCATION, name, new KbRef("geonames-country:" + id, name,
        code, code, null, null, null), List.of(new Mention(0, 1, name)));
  }

  private static final Entity JORDAN = country("e1", "Jordan", "JOR");
  private static final Entity SYRIA = country("e2", "Syria", "SYR");
  private static final Entity TEXAS = entity("e3", EntityType.LOCATION, "Texas", "USA", "USA");
  private static final Entity MCKINLEY =
      entity("e4", EntityType.PERSON, "David McKinley", "USALEG", "USA");
  private static final Entity ASSANGE =
      entity("e5", EntityType.PERSON, "Julian Assange", "AUS", "AUS");
  private static final Entity GWANGJU =
      entity("e6", EntityType.LOCATION, "Gwangju", "KOR", "KOR");
  private static final Entity KOREA = country("e7", "South Korea", "KOR");
  private static final Map<String, Entity> ENTITIES = Map.of("e1", JORDAN, "e2", SYRIA,
      "e3", TEXAS, "e4", MCKINLEY, "e5", ASSANGE, "e6", GWANGJU, "e7", KOREA);

  private static String coded(Entity source, Entity target, String code) {
    Event e = new Event(ActorKinds.eventActor(source), ActorKinds.eventActor(target), code,
        code.substring(0, 2), 1, 0, "2019-11-18", "published", null, new Span(0, 10),
        new Trigger(0, 4, "closed"), null, false, "asserted", 0.6);
    Event out = ActorKinds.placesAsStates(e, ENTITIES);
    return actor(out.source()) + " -> " + actor(out.target());
  }

  private static String actor(EventActor a) {
    return a == null ? null : a.actor();
  }

  @Test
  void aCountryThatActsIsItsGovernment() {
    assertThat(coded(JORDAN, SYRIA, "172")).isEqualTo("JORGOV -> SYRGOV");
  }

  @Test
  void aCountryThatUsesForceIsItsArmy() {
    assertThat(coded(JORDAN, SYRIA, "190")).isEqualTo("JORMIL -> SYRGOV");
  }

  @Test
  void aPlaceAtHomeStaysAPlace() {
    // "visited the border near McAllen, Texas": a trip at home, which the filter drops
    assertThat(coded(MCKINLEY, TEXAS, "042")).isEqualTo("USALEG -> USA");
  }

  @Test
  void aTownStaysAPlace() {
    // "Gwangju hitting 14 degrees": a weather report, which the filter drops as a place acting
    // on its own country
    assertThat(coded(GWANGJU, KOREA, "190")).isEqualTo("KOR -> KOR");
    assertThat(coded(GWANGJU, SYRIA, "111")).isEqualTo("KOR -> SYRGOV");
  }

  @Test
  void aPersonIsNoPlace() {
    assertThat(coded(ASSANGE, SYRIA, "111")).isEqualTo("AUS -> SYRGOV");
  }
}
