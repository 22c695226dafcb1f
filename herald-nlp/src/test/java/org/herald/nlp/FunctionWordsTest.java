package org.herald.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FunctionWordsTest {
  private static final FunctionWords WORDS = new FunctionWords(Set.of("de", "en"));

  @Test
  void plainGermanAndEnglishAreSettled() {
    assertThat(WORDS.plainLanguage(
        "Die Bundesregierung hat am Montag neue Sanktionen gegen Russland verhängt."))
        .isEqualTo("de");
    assertThat(WORDS.plainLanguage(
        "The government said on Monday that it would impose new sanctions on Russia."))
        .isEqualTo("en");
  }

  @Test
  void otherLanguagesAreLeftToLingua() {
    assertThat(WORDS.plainLanguage("De regering heeft maandag nieuwe sancties tegen Rusland"
        + " aangekondigd, zei een woordvoerder.")).isNull();
    assertThat(WORDS.plainLanguage(
        "Le président français a rencontré hier le chancelier allemand à Paris.")).isNull();
    assertThat(WORDS.plainLanguage(
        "Regeringen sagde mandag, at den vil indføre nye sanktioner mod Rusland.")).isNull();
  }

  @Test
  void mixedTextsTitlesAndNamesAreLeftToLingua() {
    assertThat(WORDS.plainLanguage("Man vs Snake: The Long and Twisted Tale of Nibbler")).isNull();
    assertThat(WORDS.plainLanguage("Triple Water von Evan Tepest und Selma Kay Matter")).isNull();
    assertThat(WORDS.plainLanguage("Die Regierung hat gesagt, the sanctions would stay and"
        + " that they are needed, und sie werden bleiben.")).isNull();
  }
}
