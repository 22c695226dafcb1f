package org.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PatternsTest {
  @Test
  void aGermanPatternWordIsTheHeadOfACompound() {
    assertThat(Patterns.compoundHead("sicherheitsgarantien", "garantie")).isTrue();
    assertThat(Patterns.compoundHead("militärhilfe", "hilfe")).isTrue();
    assertThat(Patterns.compoundHead("verhandlungen", "verhandlung")).isTrue();
    assertThat(Patterns.compoundHead("protestanten", "protest")).isFalse();
    assertThat(Patterns.compoundHead("straßenbahn", "straße")).isFalse();
  }
}
