package org.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.herald.core.model.Event;
import org.herald.core.model.EventActor;
import org.herald.core.model.Span;
import org.herald.core.model.Trigger;
import org.junit.jupiter.api.Test;

class EventConfidenceTest {
  private static final EventActor USA = new EventActor("e1", "USAGOV", "USA", null, "Trump");
  private static final EventActor CHN = new EventActor("e2", "CHNGOV", "CHN", null, "Xi");

  private static Event event(String code, double confidence) {
    return new Event(USA, CHN, code, code.substring(0, 2), 1, 0, "2019-11-18", "published",
        null, new Span(0, 10), new Trigger(0, 4, "met"), null, false, "asserted", confidence);
  }

  @Test
  void theModelReadsTheRulesConfidenceTheLanguageTheRootAndTheTargetsKind() {
    assertThat(EventConfidence.features("en", "1121", "CHNGOV", 0.6)).containsOnlyKeys("bias",
        "rule", "language en", "root 11", "target state").containsEntry("rule", 0.6);
    assertThat(EventConfidence.features("de", "020", null, 0.4)).containsOnlyKeys("bias",
        "rule", "root 02", "target none");
    assertThat(EventConfidence.targetKind("DEU")).isEqualTo("people");
    assertThat(EventConfidence.targetKind("DEUCVL")).isEqualTo("people");
    assertThat(EventConfidence.targetKind("DEUCOP")).isEqualTo("state");
    assertThat(EventConfidence.targetKind("DEUBUS")).isEqualTo("other");
    assertThat(EventConfidence.targetKind("IGOUNOWHO")).isEqualTo("organisation");
    assertThat(EventConfidence.targetKind("")).isEqualTo("none");
  }

  @Test
  void aModelIsALogisticRegressionOverItsFeatures() {
    EventConfidence m = EventConfidence.parse(List.of("# a comment", "bias\t1.0",
        "root 11\t-1.0", "rule\t0.0"));
    assertThat(m.probability(EventConfidence.features("de", "111", "CHNGOV", 0.7)))
        .isEqualTo(0.5);
    assertThat(m.probability(EventConfidence.features("de", "040", "CHNGOV", 0.7)))
        .isCloseTo(1 / (1 + Math.exp(-1)), org.assertj.core.data.Offset.offset(1e-9));
    // no weights: the rules' confidence
    assertThat(EventConfidence.RULES.probability(EventConfidence.features("de", "111", null,
        0.7))).isEqualTo(0.7);
    assertThatThrownBy(() -> EventConfidence.parse(List.of("bias 1.0")))
        .hasMessageContaining("feature TAB weight");
  }

  @Test
  void onlyTheEventsHeraldStandsBehindTakeTheModelsConfidence() {
    EventConfidence m = EventConfidence.parse(List.of("bias\t2.0"));
    List<Event> rated = m.rate(List.of(event("111", 0.6), event("111", EventFilter.DOUBTFUL)),
        "de");
    assertThat(rated).extracting(Event::confidence).containsExactly(0.88, EventFilter.DOUBTFUL);
    assertThat(EventConfidence.RULES.rate(List.of(event("111", 0.6)), "de"))
        .extracting(Event::confidence).containsExactly(0.6);
  }

  @Test
  void theBundledModelRatesEveryRootsEventsBetweenZeroAndOne() {
    EventConfidence bundled = EventConfidence.bundled();
    for (String code : List.of("010", "020", "040", "111", "173", "190", "204")) {
      assertThat(bundled.probability(EventConfidence.features("en", code, "CHNGOV", 0.5)))
          .isStrictlyBetween(0.0, 1.0);
    }
    assertThat(EventConfidence.lines(java.util.Map.of("bias", 0.5), List.of("fitted")))
        .containsExactly("# fitted", "bias\t0.5000");
  }
}
