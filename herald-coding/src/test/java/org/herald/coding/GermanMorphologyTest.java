package org.herald.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GermanMorphologyTest {
  @Test
  void verbFormsGiveTheirInfinitive() {
    assertThat(GermanMorphology.verbLemmas("festzunehmen")).containsExactly("festnehmen");
    assertThat(GermanMorphology.verbLemmas("zurückgewiesen")).contains("zurückweisen");
    assertThat(GermanMorphology.verbLemmas("nahmen")).contains("nehmen");
    assertThat(GermanMorphology.verbLemmas("Verhandlungen")).isEmpty();
  }

  @Test
  void moodsAndInfinitivesWithZu() {
    assertThat(GermanMorphology.reportedMood("sei")).isTrue();
    assertThat(GermanMorphology.reportedMood("habe")).isTrue();
    assertThat(GermanMorphology.reportedMood("hätten")).isTrue();
    assertThat(GermanMorphology.presentSubjunctive("sei")).isTrue();
    assertThat(GermanMorphology.presentSubjunctive("müssten")).isFalse();
    assertThat(GermanMorphology.presentSubjunctive("würden")).isFalse();
    assertThat(GermanMorphology.reportedMood("ist")).isFalse();
    assertThat(GermanMorphology.reportedMood("kommen")).as("may be indicative").isFalse();
    assertThat(GermanMorphology.reportedMood("wäre")).as("mostly a condition").isFalse();
    assertThat(GermanMorphology.zuInfinitive("anzugreifen")).isTrue();
    assertThat(GermanMorphology.zuInfinitive("angreifen")).isFalse();
  }

  @Test
  void pastFormsAndParticiples() {
    assertThat(GermanMorphology.pastIndicative("nahm")).isTrue();
    assertThat(GermanMorphology.pastIndicative("wurde")).isTrue();
    assertThat(GermanMorphology.pastIndicative("verurteilten")).isTrue();
    assertThat(GermanMorphology.pastIndicative("nimmt")).isFalse();
    assertThat(GermanMorphology.pastIndicative("hätte")).as("a subjunctive").isFalse();
    assertThat(GermanMorphology.pastParticiple("aufgenommen")).isTrue();
    assertThat(GermanMorphology.pastParticiple("aufnehmen")).isFalse();
  }

  @Test
  void theDictionaryComesBeforeTheGuesses() {
    // "zogen ... ab": the morphological dictionary knows the strong past of ziehen.
    assertThat(GermanVerbs.infinitives("zogen").get(0)).isEqualTo("ziehen");
    assertThat(GermanVerbs.infinitives("festzunehmen")).contains("festnehmen");
  }

  @Test
  void numberOfAVerbAndGenderOfAFirstName() {
    assertThat(GermanMorphology.thirdPersonSingular("sagte")).isTrue();
    assertThat(GermanMorphology.thirdPersonSingular("hat")).isTrue();
    assertThat(GermanMorphology.thirdPersonSingular("sagten")).isFalse();
    assertThat(GermanMorphology.thirdPersonSingular("haben")).isFalse();
    assertThat(GermanMorphology.thirdPersonSingular("Regierung")).isNull();
    assertThat(GermanMorphology.firstNameGender("Annalena")).isEqualTo('F');
    assertThat(GermanMorphology.firstNameGender("Olaf")).isEqualTo('M');
    assertThat(GermanMorphology.firstNameGender("Haus")).isEqualTo((char) 0);
  }
}
