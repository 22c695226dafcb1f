package org.herald.kb.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfficialsConverterTest {
  private static final OfficeRules RULES = OfficeRules.parse(List.of(
      "# pattern\toffice\tsuffix\tcountries",
      "^head_of_government$\thead-of-government\tGOV",
      "^head_of_state$\thead-of-state\tGOV\tGBR",
      "^head_of_state$\tpresident\tGOV",
      "^ambassador\t-\t-",
      "^prime minister$\thead-of-government\tGOV",
      "foreign (affairs|secretary)\tforeign-minister\tGOV",
      "^chief of the general staff\tmilitary-chief\tMIL",
      "\\bminister\\b\tminister\tGOV"));

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final OfficialsConverter converter = new OfficialsConverter(RULES,
      Set.of("AUS", "DEU", "GBR", "USA"), new PrintStream(err, true, StandardCharsets.UTF_8));

  private String errors() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void holdersBecomeOfficesInPeopleTsvFormat() {
    converter.holders("AUS.csv", "AUS", List.of(
        "position,person,personID,start,end",
        "Prime Minister,Scott Morrison,Q7436908,2018-08-24,2022-05-23",
        "Minister for Home Affairs,Scott Morrison,Q7436908,2013-09-18,2014-12-23",
        "Minister for Health,Someone Old,Q1,2001-01-01,2007-11-03",
        "ambassador to France,Brendan Berne,Q2,2017,"));
    converter.holders("DEU.csv", "DEU", List.of(
        "position,person,personID,start,end",
        "Federal Minister for Foreign Affairs,Hans Straßer,Q3,2013-12,"));
    assertThat(converter.rows()).containsExactly(
        "Q7436908\t\tScott Morrison\t\tAUS\tAUS:minister@2013-09-18/2014-12-23;"
            + "AUS:head-of-government@2018-08-24/2022-05-23\t\tScott Morrison",
        // a month is narrowed to the days it certainly covers; names without ß and diacritics
        "Q3\t\tHans Straßer\t\tDEU\tDEU:foreign-minister@2013-12-31/\t\t"
            + "Hans Straßer;Hans Strasser");
    assertThat(converter.badCounts()).isEmpty();
    assertThat(converter.summary()).contains("1 ended before 2010-01-01")
        .contains("1 positions not tracked");
  }

  @Test
  void badRowsAreReportedWithFileAndLineAndCounted() {
    converter.holders("USA.csv", "USA", List.of(
        "position,person,personID,start,end",
        "Minister of Agriculture,Tom Vilsack,Q353826,,",
        "Prime Minister,Nobody,,2019-01-01,",
        "Court Jester,Someone,Q5,2019-01-01,",
        "Prime Minister,Early Bird,Q6,2019-05-01,2018-01-01",
        "Prime Minister,Bad Date,Q7,201x,"));
    converter.holders("XYZ.csv", "XYZ", List.of(
        "position,person,personID,start,end",
        "Prime Minister,Somebody,Q8,2019-01-01,"));
    converter.leaders("leaders_history.csv", List.of(
        "iso3,country,role,person,person_qid,start,end,party,end_cause",
        "GBR,Reino Unido,head_of_state,Carlos III do Reino Unido,Q43274,"
            + "2022-09-08T00:00:00Z,,,",
        "USA,Estados Unidos,head_of_state,Quentin Trembley,Q113227667,1837-01-01T00:00:00Z,,,",
        "\"USA\",\"Estados, Unidos\",head_of_state,Joe Biden,Q6279,2021-01-20T00:00:00Z,"
            + "2025-01-20T00:00:00Z,DP,"));
    assertThat(converter.rows()).containsExactly(
        "Q6279\t\tJoe Biden\t\tUSA\tUSA:president@2021-01-20/2025-01-20\t\tJoe Biden");
    assertThat(converter.badCounts()).containsEntry("missing date", 1)
        .containsEntry("missing or bad id", 1).containsEntry("unmapped position", 1)
        .containsEntry("end before start", 1).containsEntry("bad date", 1)
        .containsEntry("unknown country", 1).containsEntry("label not in English", 1)
        .containsEntry("open since before 1960", 1);
    assertThat(errors()).contains("USA.csv:2: missing date: Tom Vilsack")
        .contains("USA.csv:4: unmapped position: USA: Someone (Q5), Court Jester")
        .contains("XYZ.csv:2: unknown country").contains("leaders_history.csv:2: label not");
    assertThat(converter.summary()).contains("8 rows reported");
  }

  @Test
  void oneIdWithTwoCountriesOrLabelsIsReportedAndKeptOnce() {
    converter.holders("GBR.csv", "GBR", List.of(
        "position,person,personID,start,end",
        "Foreign Secretary,Jeremy Hunt,Q333533,2018-07-09,2019-07-24",
        "Prime Minister,Jeremy Hunt,Q333533,2024-01-01,2024-02-01"));
    converter.holders("USA.csv", "USA", List.of(
        "position,person,personID,start,end",
        "Prime Minister,J. Hunt,Q333533,2019-07-25,2019-08-01"));
    List<String> rows = converter.rows();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)).startsWith("Q333533\t\tJeremy Hunt\t\tGBR\tGBR:");
    assertThat(converter.badCounts()).containsEntry("duplicate id with conflicting data", 2);
  }

  @Test
  void twoReportsOfOneTenureTakeTheKnownEnd() {
    var merged = OfficialsConverter.merge(List.of(
        new OfficialsConverter.Period("GBR", "head-of-government", LocalDate.of(2019, 7, 24),
            null),
        new OfficialsConverter.Period("GBR", "head-of-government", LocalDate.of(2019, 7, 24),
            LocalDate.of(2022, 9, 6))));
    assertThat(merged).singleElement().extracting(OfficialsConverter.Period::to)
        .isEqualTo(LocalDate.of(2022, 9, 6));
  }

  @Test
  void datesToTheYearAreNarrowed() {
    assertThat(OfficialsConverter.day("2016", true)).isEqualTo(LocalDate.of(2016, 12, 31));
    assertThat(OfficialsConverter.day("2016", false)).isEqualTo(LocalDate.of(2016, 1, 1));
    assertThat(OfficialsConverter.day("2016-03-01T00:00:00Z", true))
        .isEqualTo(LocalDate.of(2016, 3, 1));
  }
}
