package org.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A promised act of cooperation is coded as an intent, as CAMEO's 03 codes it. */
class IntentCodeTest {
  @Test
  void promisesBecomeIntents() {
    assertThat(Modality.intentCode("040")).isEqualTo("036"); // will meet
    assertThat(Modality.intentCode("042")).isEqualTo("036"); // will visit
    assertThat(Modality.intentCode("057")).isEqualTo("032"); // will sign
    assertThat(Modality.intentCode("061")).isEqualTo("031"); // will cooperate economically
    assertThat(Modality.intentCode("072")).isEqualTo("033"); // will send weapons
    assertThat(Modality.intentCode("0841")).isEqualTo("0353"); // will release
    assertThat(Modality.intentCode("087")).isEqualTo("0356"); // will withdraw troops
    assertThat(Modality.intentCode("081")).isEqualTo("0351"); // will lift restrictions
  }

  @Test
  void announcedCoercionBecomesAThreat() {
    assertThat(Modality.intentCode("163")).isEqualTo("1312"); // will impose sanctions
    assertThat(Modality.intentCode("164")).isEqualTo("134"); // will halt talks
    assertThat(Modality.intentCode("1721")).isEqualTo("132"); // will impose restrictions
    assertThat(Modality.intentCode("190")).isEqualTo("138"); // will attack
    assertThat(Modality.intentCode("141")).isEqualTo("133"); // will demonstrate
  }

  @Test
  void otherRootsKeepTheirCode() {
    assertThat(Modality.intentCode("010")).isEqualTo("010");
    assertThat(Modality.intentCode("111")).isEqualTo("111");
    assertThat(Modality.intentCode("120")).isEqualTo("120");
    assertThat(Modality.intentCode("036")).isEqualTo("036");
  }
}
