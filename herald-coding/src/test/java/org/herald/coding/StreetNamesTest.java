package org.herald.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreetNamesTest {
  @Test
  void aPlaceBeforeAStreetWordIsPartOfAStreetsName() {
    assertThat(StreetNames.street("en", "Road")).isTrue(); // "Apple Valley Road"
    assertThat(StreetNames.street("en", "St.")).isTrue();
    assertThat(StreetNames.street("de", "Straße")).isTrue(); // "Berliner Straße"
    assertThat(StreetNames.street("de", "Allee")).isTrue();
  }

  @Test
  void otherWordsAndCommonNounsAfterAPlaceAreNot() {
    assertThat(StreetNames.street("en", "police")).isFalse();
    assertThat(StreetNames.street("en", "road")).isFalse(); // "the Kyiv road": a road, lower case
    assertThat(StreetNames.street("de", "Platz")).isFalse(); // "in Berlin Platz nehmen"
    assertThat(StreetNames.street("en", null)).isFalse();
    assertThat(StreetNames.street(null, "Straße")).isTrue(); // German by default
  }
}
