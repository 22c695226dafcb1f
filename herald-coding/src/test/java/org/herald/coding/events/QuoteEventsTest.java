package org.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.herald.core.model.Token;
import org.junit.jupiter.api.Test;

/** The words by which a quote disapproves, read from the languages' word files. */
class QuoteEventsTest {
  private static Token token(String word, String lemma) {
    return new Token(0, word.length(), word, lemma, "ADJ", null, "O");
  }

  private static String code(String language, String word) {
    return QuoteEvents.disapproval(Lexicon.of(language), token(word, null));
  }

  @Test
  void germanWordsInflectedAndCompounded() {
    assertThat(code("de", "inakzeptabel")).isEqualTo("111");
    assertThat(code("de", "unverantwortliche")).isEqualTo("111"); // an inflected adjective
    assertThat(code("de", "Staatsversagen")).isEqualTo("111"); // a compound's end
    assertThat(code("de", "Kriegspropaganda")).isEqualTo("112"); // an accusation
    assertThat(code("de", "Lügen")).isEqualTo("112");
    assertThat(code("de", "Regierung")).isNull();
    assertThat(code("de", "Falschparker")).isNull(); // no word of the list ends it
  }

  @Test
  void englishFormsAndLemmas() {
    assertThat(code("en", "unacceptable")).isEqualTo("111");
    assertThat(QuoteEvents.disapproval(Lexicon.of("en"), token("vilified", "vilify")))
        .isEqualTo("111");
    assertThat(code("en", "misleading")).isEqualTo("112");
    // English has no compounds to split: "unlawfully" is not "unlawful"
    assertThat(code("en", "lawful")).isNull();
    assertThat(code("en", "failure")).isNull(); // "the failure of generators" blames no one
  }

  @Test
  void aNegationJustBeforeUndoesTheWord() {
    List<Token> tokens = new ArrayList<>();
    for (String w : "war nicht wirklich inakzeptabel".split(" ")) {
      tokens.add(token(w, null));
    }
    assertThat(QuoteEvents.negated(Lexicon.of("de"), tokens, 3)).isTrue();
    tokens.set(1, token("schon", null));
    assertThat(QuoteEvents.negated(Lexicon.of("de"), tokens, 3)).isFalse();
  }
}
