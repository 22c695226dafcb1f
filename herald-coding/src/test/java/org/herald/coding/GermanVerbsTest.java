package org.herald.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GermanVerbsTest {
  @Test
  void irregularAndRegularFormsGiveTheirInfinitive() {
    assertThat(GermanVerbs.infinitives("hielten")).contains("halten");
    assertThat(GermanVerbs.infinitives("traf")).contains("treffen");
    assertThat(GermanVerbs.infinitives("will")).contains("wollen");
    assertThat(GermanVerbs.infinitives("verurteilten")).contains("verurteilen");
    assertThat(GermanVerbs.infinitives("kritisiert")).contains("kritisieren");
    assertThat(GermanVerbs.infinitives("gefordert")).contains("fordern");
    assertThat(GermanVerbs.infinitives("telefonierten")).contains("telefonieren");
    assertThat(GermanVerbs.infinitives("festhielten")).contains("festhalten");
  }
}
