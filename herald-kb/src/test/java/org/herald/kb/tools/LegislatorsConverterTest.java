package org.herald.kb.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegislatorsConverterTest {
  /** The Democrats in opposition 2017-2021 and from 2025, the Republicans 2021-2025. */
  private static final List<String> PARTY_ROLES = List.of(
      "# party\troles\tname",
      "Q29468\tUSAOPP@2009-01-20/2017-01-20;USAOPP@2021-01-20/2025-01-20\tRepublican Party",
      "Q29552\tUSAOPP@2017-01-20/2021-01-20;USAOPP@2025-01-20/\tDemocratic Party");

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final LegislatorsConverter converter = new LegislatorsConverter(
      LegislatorsConverter.oppositionOf(PARTY_ROLES),
      new PrintStream(err, true, StandardCharsets.UTF_8));

  private static JsonNode yaml(String... lines) throws Exception {
    return new ObjectMapper(new YAMLFactory()).readTree(String.join("\n", lines));
  }

  private static final String[] WARREN = {
      "- id: {bioguide: W000817, wikidata: Q434706}",
      "  name: {first: Elizabeth, last: Warren, official_full: Elizabeth Warren}",
      "  terms:",
      "  - {type: sen, start: '2013-01-03', end: '2019-01-03', state: MA, party: Democrat}",
      "  - {type: sen, start: '2019-01-03', end: '2025-01-03', state: MA, party: Democrat}"};

  @Test
  void termsBecomeLegOrOppByWhetherTheMembersPartyGoverns() throws Exception {
    converter.snapshot("2019.yaml", LocalDate.of(2019, 7, 31), yaml(WARREN));
    assertThat(converter.rows()).containsExactly("Q434706\t\tElizabeth Warren\t\tUSA\t\t"
        + "USALEG@2013-01-03/2017-01-20;USAOPP@2017-01-20/2021-01-20;"
        + "USALEG@2021-01-20/2025-01-03\tElizabeth Warren");
    assertThat(converter.badCounts()).isEmpty();
  }

  @Test
  void anIndependentCountsWithTheCaucusAndNicknamesAreNames() throws Exception {
    converter.snapshot("2019.yaml", LocalDate.of(2019, 7, 31), yaml(
        "- id: {bioguide: S000033, wikidata: Q359442}",
        "  name: {first: Bernard, last: Sanders, nickname: Bernie}",
        "  terms:",
        "  - {type: sen, start: '2019-01-03', end: '2025-01-03', party: Independent,"
            + " caucus: Democrat}"));
    assertThat(converter.rows()).containsExactly("Q359442\t\tBernard Sanders\t\tUSA\t\t"
        + "USAOPP@2019-01-03/2021-01-20;USALEG@2021-01-20/2025-01-03\t"
        + "Bernard Sanders;Bernie Sanders");
  }

  @Test
  void aMemberMissingFromALaterSnapshotLeftBeforeTheTermsEnd() throws Exception {
    converter.snapshot("2020.yaml", LocalDate.of(2020, 7, 31), yaml(
        "- id: {bioguide: H001075, wikidata: Q10853588}",
        "  name: {first: Kamala, middle: D., last: Harris, official_full: Kamala D. Harris}",
        "  terms:",
        "  - {type: sen, start: '2017-01-03', end: '2023-01-03', party: Democrat}"));
    converter.snapshot("2021.yaml", LocalDate.of(2021, 1, 31), yaml(WARREN));
    assertThat(converter.rows()).contains("Q10853588\t\tKamala D. Harris\t\tUSA\t\t"
        + "USALEG@2017-01-03/2017-01-20;USAOPP@2017-01-20/2021-01-20;"
        + "USALEG@2021-01-20/2021-01-31\tKamala D. Harris;Kamala Harris");
  }

  @Test
  void badRowsAreReportedNotDropped() throws Exception {
    converter.snapshot("2019.yaml", LocalDate.of(2019, 7, 31), yaml(
        "- id: {bioguide: A000001}",
        "  name: {first: Anna, last: Nowiki}",
        "  terms:",
        "  - {type: rep, start: '2019-01-03', end: '2021-01-03', party: Libertarian}",
        "- id: {wikidata: Q5}",
        "  name: {first: Nora, last: Bioguide}",
        "  terms: [{type: rep, start: '2019-01-03', end: '2021-01-03', party: Democrat}]",
        "- id: {bioguide: B000002, wikidata: Q6}",
        "  name: {first: Bad, last: Date}",
        "  terms: [{type: rep, start: '2019-13-03', end: '2021-01-03', party: Democrat}]"));
    converter.snapshot("2020.yaml", LocalDate.of(2020, 7, 31), yaml(
        "- id: {bioguide: A000001, wikidata: Q7}",
        "  name: {first: Anna, last: Nowiki}",
        "  terms: [{type: rep, start: '2019-01-03', end: '2021-01-03', party: Libertarian}]",
        "- id: {bioguide: B000002, wikidata: Q8}",
        "  name: {first: Bad, last: Date}",
        "  terms: [{type: rep, start: '2019-01-03', end: '2021-01-03', party: Democrat}]"));
    // kept: an unplaced party is a legislator of the governing side
    assertThat(converter.rows()).contains(
        "Q7\t\tAnna Nowiki\t\tUSA\t\tUSALEG@2019-01-03/2021-01-03\tAnna Nowiki");
    assertThat(converter.badCounts()).containsEntry("unplaced party", 2)
        .containsEntry("missing bioguide id", 1).containsEntry("bad date", 1)
        .containsEntry("duplicate id with conflicting data", 1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("2019.yaml member 2: missing bioguide id: Nora Bioguide")
        .contains("2019.yaml member 3 (Bad Date): bad date: 2019-13-03/2021-01-03");
  }
}
