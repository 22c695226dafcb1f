package org.herald.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoilerplateTest {
  @Test
  void captionsWithTheirCreditsAreCaptions() {
    assertThat(Boilerplate.reason("Der Gipfel in Brüssel am Donnerstag. | © Getty Images"))
        .isEqualTo("caption");
    assertThat(Boilerplate.reason("Das Hermelin im Winter. (mlharing / iStock.com)"))
        .isEqualTo("caption");
    assertThat(Boilerplate.reason("Abbildung 2: Schneehöhen im Mattertal")).isEqualTo("caption");
    assertThat(Boilerplate.reason("Roman Prymula, photo: Archives du Gouvernement"))
        .isEqualTo("caption");
    assertThat(Boilerplate.reason("(Credit: Clayton Aldern / Grist)")).isEqualTo("caption");
  }

  @Test
  void sentencesThatMentionPicturesOrFiguresAreText() {
    assertThat(Boilerplate.reason("Abbildung 2 zeigt, dass die Schneehöhen im Mattertal"
        + " seit 1990 deutlich gesunken sind.")).isNull();
    assertThat(Boilerplate.reason("Das Foto zeigt den Kanzler bei seiner Ankunft in Kiew."))
        .isNull();
  }

  @Test
  void datedBylinesAreDateLines() {
    assertThat(Boilerplate.reason("von Anna Beispiel am 14. Mai 2014, 15:40 Uhr"))
        .isEqualTo("date line");
    assertThat(Boilerplate.reason("Freitag | 14. Juni 2019 | 15:49 VON Anna Beispiel IN Mode"))
        .isEqualTo("date line");
    assertThat(Boilerplate.reason("Pubblicato il 19 Febbraio 2020")).isEqualTo("date line");
    assertThat(Boilerplate.reason("Die Konferenz von Jalta begann am 4. Februar 1945."))
        .isNull();
  }

  @Test
  void disclosuresAndCallsToFollowArePromotion() {
    assertThat(Boilerplate.reason("Für Links auf dieser Seite erhält die Redaktion ggf. eine"
        + " Provision vom Händler.")).isEqualTo("promotion");
    assertThat(Boilerplate.reason("*Werbung. Dieser Beitrag enthält Werbung für eine Marke."))
        .isEqualTo("promotion");
    assertThat(Boilerplate.reason("Follow the Gazette on Twitter and Instagram for more."))
        .isEqualTo("promotion");
    assertThat(Boilerplate.reason("Die Bank verlangt künftig eine höhere Provision.")).isNull();
    assertThat(Boilerplate.reason("Der Minister sagte auf Twitter, er folge der Linie."))
        .isNull();
  }

  @Test
  void endOfArticleLinesAreBoilerplate() {
    assertThat(Boilerplate.reason("Quellenangaben:")).isEqualTo("promotion");
    assertThat(Boilerplate.reason("War der Artikel nützlich? (95 Stimmen)"))
        .isEqualTo("promotion");
    assertThat(Boilerplate.reason("Aktualisiert am 17.01.2021.")).isEqualTo("promotion");
    assertThat(Boilerplate.reason("Sie müssen sich anmelden, um Kommentare zu schreiben."))
        .isEqualTo("comments");
  }

  @Test
  void theFurnitureAroundAnArticleIsRecognised() {
    assertThat(Boilerplate.reason("© 2024 Zeitung GmbH. Alle Rechte vorbehalten."))
        .isNotNull();
    assertThat(Boilerplate.reason("Sofern nicht anders ausgewiesen, stehen Inhalte dieser"
        + " Website unter CC-BY")).isEqualTo("footer");
    assertThat(Boilerplate.reason("(Alle Angaben ohne Gewähr)")).isEqualTo("footer");
    assertThat(Boilerplate.reason("Permalink https://p.example.org/p/RPYx")).isEqualTo("links");
    assertThat(Boilerplate.reason("Merkblatt vom 14. Oktober 2021 PDF | 38 KB")).isEqualTo("links");
    assertThat(Boilerplate.reason("> Blog > Aus den Ländern > Jahrestagung 2015"))
        .isEqualTo("navigation");
    assertThat(Boilerplate.reason("Alles über Wanderschuhe findest Du hier."))
        .isEqualTo("promotion");
    assertThat(Boilerplate.reason("Verraten Sie gerne in den Kommentaren: Was meinen Sie?"))
        .isEqualTo("promotion");
  }

  @Test
  void sentencesAboutRightsAndDownloadsAreText() {
    assertThat(Boilerplate.reason("Die Verlage behalten sich alle Rechte an den Texten vor,"
        + " sagte der Sprecher.")).isNull();
    assertThat(Boilerplate.reason("Die Datei ist 38 MB groß und enthält alle Protokolle."))
        .isNull();
    assertThat(Boilerplate.reason("Der Kurs fiel von 5 > 3 Punkte.")).isNull();
  }
}
