package org.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.core.model.Token;
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

  @Test
  void onlyANounIsACompoundOfThePatternWord() {
    Token noun = new Token(0, 12, "Haftstrafen", "Haftstrafe", "NOUN", "NN", "O");
    Token adverb = new Token(0, 15, "pflichtschuldig", "pflichtschuldig", "ADV", "ADJD", "O");
    Token adjective = new Token(0, 8, "schuldig", "schuldig", "ADJ", "ADJD", "O");
    assertThat(Patterns.wordMatches(List.of("strafe"), noun, "de")).isTrue();
    assertThat(Patterns.wordMatches(List.of("schuldig"), adverb, "de")).isFalse();
    assertThat(Patterns.wordMatches(List.of("schuldig"), adjective, "de")).isTrue();
  }
}
