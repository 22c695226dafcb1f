package org.herald.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A promised act of cooperation is coded as an intent, as CAMEO's 03 codes it. */
class IntentCodeTest {
  @Test
  void promisesBecomeIntents() {
    assertThat(EventStage.intentCode("040")).isEqualTo("036"); // will meet
    assertThat(EventStage.intentCode("042")).isEqualTo("036"); // will visit
    assertThat(EventStage.intentCode("057")).isEqualTo("032"); // will sign
    assertThat(EventStage.intentCode("061")).isEqualTo("031"); // will cooperate economically
    assertThat(EventStage.intentCode("072")).isEqualTo("033"); // will send weapons
    assertThat(EventStage.intentCode("0841")).isEqualTo("0353"); // will release
    assertThat(EventStage.intentCode("087")).isEqualTo("0356"); // will withdraw troops
    assertThat(EventStage.intentCode("081")).isEqualTo("0351"); // will lift restrictions
  }

  @Test
  void announcedCoercionBecomesAThreat() {
    assertThat(EventStage.intentCode("163")).isEqualTo("1312"); // will impose sanctions
    assertThat(EventStage.intentCode("164")).isEqualTo("134"); // will halt talks
    assertThat(EventStage.intentCode("1721")).isEqualTo("132"); // will impose restrictions
    assertThat(EventStage.intentCode("190")).isEqualTo("138"); // will attack
    assertThat(EventStage.intentCode("141")).isEqualTo("133"); // will demonstrate
  }

  @Test
  void otherRootsKeepTheirCode() {
    assertThat(EventStage.intentCode("010")).isEqualTo("010");
    assertThat(EventStage.intentCode("111")).isEqualTo("111");
    assertThat(EventStage.intentCode("120")).isEqualTo("120");
    assertThat(EventStage.intentCode("036")).isEqualTo("036");
  }
}
