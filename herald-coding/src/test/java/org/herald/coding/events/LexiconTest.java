package org.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
  @Test
  void readsListsAndPairs() {
    Lexicon w = Lexicon.parse("xx", "words-xx.tsv", List.of("# a comment", "",
        "negations\tne;pas", "labour-strikes\tgrève=143"));
    assertThat(w.has("negations", "Pas")).isTrue();
    assertThat(w.has("negations", null)).isFalse();
    assertThat(w.code("labour-strikes", "grève")).isEqualTo("143");
    assertThat(w.set("pronouns")).isEmpty(); // a list the file leaves out is empty
  }

  @Test
  void anUnknownOrRepeatedListNamesTheFileAndLine() {
    assertThatThrownBy(() -> Lexicon.parse("xx", "words-xx.tsv", List.of("negatoins\tne")))
        .hasMessage("words-xx.tsv:1: unknown list negatoins");
    assertThatThrownBy(() -> Lexicon.parse("xx", "words-xx.tsv",
        List.of("negations\tne", "negations\tpas")))
        .hasMessage("words-xx.tsv:2: list negations twice");
    assertThatThrownBy(() -> Lexicon.parse("xx", "words-xx.tsv", List.of("negations")))
        .hasMessageContaining("expected a list's name and its words");
    assertThatThrownBy(() -> Lexicon.parse("xx", "words-xx.tsv",
        List.of("negations\tne", "named-after\tHôpital")))
        .hasMessage("words-xx.tsv:2: named-after: Hôpital is compared in lower case; write it so");
    assertThat(Lexicon.parse("xx", "words-xx.tsv", List.of("finite-tags\tVBZ"))
        .set("finite-tags")).containsExactly("VBZ"); // tags are compared as the tagger writes them
  }

  @Test
  void askingForAListTheCoderDoesNotKnowIsAnError() {
    assertThatThrownBy(() -> Lexicon.of("de").set("negation"))
        .hasMessage("no such word list: negation");
  }

  @Test
  void theShippedFilesLoadAndFillTheListsEachLanguageNeeds() {
    Lexicon de = Lexicon.of("de");
    Lexicon en = Lexicon.of("en");
    assertThat(de.has("target-cases", "gegenüber")).isTrue();
    assertThat(en.has("target-cases", "against")).isTrue();
    assertThat(de.has("particles", "frei")).isTrue();
    assertThat(en.code("labour-strikes", "hunger")).isEqualTo("142");
    assertThat(de.part("aircraft", "Kampfhubschrauber", true)).isTrue();
    // the languages are kept apart: an English preposition is no German case
    assertThat(de.has("target-cases", "against")).isFalse();
    assertThat(Lexicon.of("fr").set("negations")).isEmpty(); // no file: every list empty
  }
}
