package org.herald.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {
  private final KnowledgeBase kb = KnowledgeBase.bundled();

  @Test
  void knowsEveryCountryWithItsAlpha3Code() {
    long countries = kb.entries().stream().filter(e -> e.kind() == EntryKind.COUNTRY).count();
    assertThat(countries).isGreaterThanOrEqualTo(249);
    assertThat(kb.entries().stream().filter(e -> e.kind() == EntryKind.COUNTRY))
        .allMatch(e -> e.country() != null && e.country().matches("[A-Z]{3}"));
    assertThat(kb.country("DEU").label("de")).isEqualTo("Deutschland");
  }

  @Test
  void resolvesGermanAndEnglishNamesAndGenitives() {
    assertThat(kb.best("Russland", "de").country()).isEqualTo("RUS");
    assertThat(kb.best("Russlands", "de").country()).isEqualTo("RUS");
    assertThat(kb.best("Russia", "en").country()).isEqualTo("RUS");
    assertThat(kb.best("USA", "de").country()).isEqualTo("USA");
    assertThat(kb.best("Vereinigten Staaten", "de").country()).isEqualTo("USA");
    assertThat(kb.best("Vereinigte Königreich", "de").country()).isEqualTo("GBR");
    assertThat(kb.best("Weißrussland", "de").country()).isEqualTo("BLR");
  }

  @Test
  void knowsCapitalsWithCoordinates() {
    KbEntry peking = kb.best("Peking", "de");
    assertThat(peking.kind()).isEqualTo(EntryKind.CAPITAL);
    assertThat(peking.country()).isEqualTo("CHN");
    assertThat(peking.lat()).isBetween(39.0, 41.0);
    assertThat(kb.best("Pekings", "de").id()).isEqualTo(peking.id());
    assertThat(kb.best("PEKING", "de").id()).isEqualTo(peking.id());
    assertThat(kb.best("Kiew", "de").country()).isEqualTo("UKR");
    assertThat(kb.best("Washington", "en").country()).isEqualTo("USA");
  }

  @Test
  void aCountryWinsOverACapitalOfTheSameName() {
    assertThat(kb.best("Mexico", "en").kind()).isEqualTo(EntryKind.COUNTRY);
    assertThat(kb.best("Kuwait", "en").kind()).isEqualTo(EntryKind.COUNTRY);
  }

  @Test
  void mapsAdjectivesAndDemonymsToTheirCountry() {
    assertThat(kb.countryOfDerivedWord("russischen").country()).isEqualTo("RUS");
    assertThat(kb.countryOfDerivedWord("Russen").country()).isEqualTo("RUS");
    assertThat(kb.countryOfDerivedWord("chinesische").country()).isEqualTo("CHN");
    assertThat(kb.countryOfDerivedWord("Russian").country()).isEqualTo("RUS");
    assertThat(kb.countryOfDerivedWord("Deutschen").country()).isEqualTo("DEU");
    assertThat(kb.countryOfDerivedWord("Haus")).isNull();
  }

  @Test
  void knowsAgenciesOrganisationsAndNonEntities() {
    assertThat(kb.best("Reuters", "de").kind()).isEqualTo(EntryKind.ORGANIZATION);
    assertThat(kb.best("Getty Images", "en").kind()).isEqualTo(EntryKind.ORGANIZATION);
    assertThat(kb.best("Nato", "de").org()).isEqualTo("NATO");
    assertThat(kb.best("G-7", "de").org()).isEqualTo("G7");
    assertThat(kb.best("Covid", "de").kind()).isEqualTo(EntryKind.NONE);
  }

  @Test
  void aUserFileExtendsTheKnowledgeAndChangesTheVersion(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.tsv");
    Files.writeString(file, "# mine\nacme\tORGANIZATION\tAcme Corp\t\tDEU\tAcme;Acme AG\n");
    KnowledgeBase mine = KnowledgeBase.load(file);
    assertThat(mine.best("Acme AG", "de").label()).isEqualTo("Acme Corp");
    assertThat(mine.version()).isNotEqualTo(kb.version());
    assertThat(kb.best("Acme AG", "de")).isNull();
  }
}
