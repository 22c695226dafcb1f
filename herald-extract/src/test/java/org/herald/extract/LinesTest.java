package org.herald.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinesTest {
  @Test
  void recognisesPhotoCredits() {
    assertThat(Lines.isCredit("Michail Metzel | TASS | Getty Images")).isTrue();
    assertThat(Lines.isCredit("Kay Nietfeld | dpa")).isTrue();
    assertThat(Lines.isCredit("Politik | Wirtschaft | Sport")).isFalse();
    assertThat(Lines.isCredit("Die Regierung | so der Sprecher | will handeln, sagte er.")).isFalse();
  }

  @Test
  void readsContributorNotesInGermanAndEnglish() {
    assertThat(Lines.contributors("— CNBCs Abigail Ng hat zu diesem Bericht beigetragen."))
        .containsExactly("Abigail Ng");
    assertThat(Lines.contributors("— CNBC's Abigail Ng contributed to this report."))
        .containsExactly("Abigail Ng");
    assertThat(Lines.contributors("Sam Example and Kim Example contributed to this report."))
        .containsExactly("Sam Example", "Kim Example");
    assertThat(Lines.contributors("Mitarbeit: Anna Beispiel, Jonas Muster"))
        .containsExactly("Anna Beispiel", "Jonas Muster");
    assertThat(Lines.contributors("Von Lena Probe")).containsExactly("Lena Probe");
    assertThat(Lines.contributors("Von Montag an gilt die neue Regel.")).isNull();
    assertThat(Lines.contributors("Putin sagte, die Beziehungen hätten ein hohes Niveau erreicht."))
        .isNull();
  }

  @Test
  void layoutDebrisHasNoLettersOrDigits() {
    assertThat(Lines.isDebris(".")).isTrue();
    assertThat(Lines.isDebris("* * *")).isTrue();
    assertThat(Lines.isDebris("2021")).isFalse();
  }
}
