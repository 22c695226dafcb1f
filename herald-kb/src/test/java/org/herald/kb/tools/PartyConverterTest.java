package org.herald.kb.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartyConverterTest {
  private static final String HEADER = "country,partyfacts_id,technical,name_short,name,"
      + "name_english,name_other,year_first,year_last,share,share_year,new,wikipedia,description";

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final PartyConverter converter = new PartyConverter(Set.of("AUT", "CHE", "DEU", "GBR"),
      PartyConverter.stopwords(List.of("# words", "Greens", "Conservatives", "Linke", "")), Set.of("AP"),
      new PrintStream(err, true, StandardCharsets.UTF_8));

  private String errors() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void partiesWithWikidataIdsNamesAndActorCodes() {
    converter.core("core.csv", List.of(HEADER,
        "DEU,573,,FDP,Freie Demokratische Partei,Free Democratic Party,,1948,,14.6,2009,,,",
        "DEU,1545,,Linke,Die Linke,The Left,,2007,,11.9,2009,,,",
        "DEU,2700,8,indep,independent,independent,,1800,,,,,,",
        "DEU,86,,PDS,Partei des Demokratischen Sozialismus,Party for Democratic Socialism,,"
            + "1990,2007,8.7,2005,,,",
        "DEU,1,,KPD,Kommunistische Partei Deutschlands,Communist Party,,1918,1956,5.7,1949,,,",
        "AUT,1384,,SPO,Sozialdemokratische Partei Österreichs,Social Democratic Party of Austria"
            + ",,1888,,51.0,1979,,,\"a description\nover two lines\"",
        "CHE,29,,SP,Sozialdemokratische Partei der Schweiz,Social Democratic Party of "
            + "Switzerland,French: Parti Socialiste Suisse,1919,,28.7,1917,,,",
        "GBR,1567,,Con,Conservatives,Conservatives,,1834,,55.0,1931,,,",
        "GBR,1794,,Greens,Green Party [England and Wales],Greens,,1990,,3.8,2015,,,",
        "GBR,9,,AP,Alliance Party,Alliance Party,,1970,,7.7,1973,,,"));
    converter.wikidata("wikidata.csv", List.of(
        "country,partyfacts_id,wikidata_id,name,name_short,name_native",
        "DEU,573,Q13124,Free Democratic Party,FDP,",
        "AUT,1384,Q179111,Social Democratic Party of Austria,SPÖ,",
        "GBR,1567,Q9626,Conservative Party,CON/Tories,",
        "DEU,1,Q2,Communist Party of Germany,KPD,"));
    assertThat(converter.rows()).containsExactly(
        "Q13124\tFDP\tFree Democratic Party\tFreie Demokratische Partei\tDEU\tDEUPTY\t"
            + "Free Democratic Party;Freie Demokratische Partei;FDP",
        // "Linke", a word, is no name; "Die Linke" is. Within a country by vote share
        "partyfacts:1545\tLinke\tThe Left\tDie Linke\tDEU\tDEUPTY\tThe Left;Die Linke",
        "partyfacts:86\tPDS\tParty for Democratic Socialism\tPartei des Demokratischen "
            + "Sozialismus\tDEU\tDEUPTY\tParty for Democratic Socialism;Partei des "
            + "Demokratischen Sozialismus;PDS",
        // the Wikidata file's short name has the umlaut
        "Q179111\tSPO\tSocial Democratic Party of Austria\tSozialdemokratische Partei "
            + "Österreichs\tAUT\tAUTPTY\tSocial Democratic Party of Austria;Sozialdemokratische "
            + "Partei Österreichs;SPO;SPÖ",
        "partyfacts:29\tSP\tSocial Democratic Party of Switzerland\tSozialdemokratische Partei "
            + "der Schweiz\tCHE\tCHEPTY\tSocial Democratic Party of Switzerland;"
            + "Sozialdemokratische Partei der Schweiz;Parti Socialiste Suisse;SP",
        // "Con" is no abbreviation, "Conservatives" a word; the English Wikipedia's name stands
        "Q9626\tCon\tConservative Party\tConservatives\tGBR\tGBRPTY\tConservative Party",
        // "AP" is another entry's (names.tsv)
        "partyfacts:9\tAP\tAlliance Party\tAlliance Party\tGBR\tGBRPTY\tAlliance Party",
        // a bracket's words left out
        "partyfacts:1794\tGreens\tGreens\tGreen Party [England and Wales]\tGBR\tGBRPTY\t"
            + "Green Party");
    assertThat(converter.badCounts()).isEmpty();
    assertThat(converter.summary()).contains("8 parties of 4 countries (3 with a Wikidata id)")
        .contains("1 technical entries").contains("1 ended before 2000")
        .contains("1 Wikidata links to no kept party");
  }

  @Test
  void badRowsAreReportedWithFileAndLineAndCounted() {
    converter.core("core.csv", List.of(HEADER,
        ",5,,XP,Example Party,Example Party,,1990,,1.0,2000,,,",
        "XYZ,6,,YP,Ypsilon Party,Ypsilon Party,,1990,,1.0,2000,,,",
        "DEU,7,,ZP,Zett Partei,Zett Party,,1990,,1.0,2000,,,",
        "DEU,7,,ZP2,Zweite Zett Partei,Second Zett Party,,1990,,1.0,2000,,,",
        "DEU,x8,,QP,Q Partei,Q Party,,1990,,1.0,2000,,,",
        "DEU,9,,RP,R Partei,R Party,,1990,20x1,1.0,2000,,,",
        "DEU,10,,short",
        "CHE,11,,Greens,Greens,Greens,,1990,,1.0,2000,,,",
        "AUT,12,,SP,Sozialistische Partei,Socialist Party,,1990,,5.0,2000,,,",
        "AUT,13,,SoP,Sozialistische Partei Österreich,Socialist Party Austria,,1990,,9.0,2000,,,",
        "GBR,14,,ZP,Zett Partei,Zett Party,,1990,,1.0,2000,,,",
        "NIR,15,,ZPNI,Zett Partei,Zett Party,,1990,,1.0,2000,,,"));
    converter.wikidata("wikidata.csv", List.of(
        "country,partyfacts_id,wikidata_id,name,name_short,name_native",
        "DEU,7,Q77,Zett Party,,",
        "AUT,12,Q5,Socialist Party,,",
        "AUT,13,Q5,Socialist Party Austria,,",
        "DEU,7,Q78,Zett Party,,",
        "CHE,9999,Q6,Unknown,,",
        "DEU,7,P7,Zett Party,,"));
    assertThat(converter.rows()).containsExactly(
        "Q77\tZP\tZett Party\tZett Partei\tDEU\tDEUPTY\tZett Party;Zett Partei;ZP",
        // one Wikidata id for two parties of a country: one party, the names joined
        "Q5\tSoP\tSocialist Party Austria\tSozialistische Partei Österreich\tAUT\tAUTPTY\t"
            + "Socialist Party Austria;Sozialistische Partei Österreich;SoP;Socialist Party;"
            + "Sozialistische Partei;SP",
        // Northern Ireland's list is the United Kingdom's
        "partyfacts:14\tZP\tZett Party\tZett Partei\tGBR\tGBRPTY\tZett Party;Zett Partei;ZP;"
            + "ZPNI");
    assertThat(converter.badCounts()).containsEntry("missing country", 1)
        .containsEntry("unknown country", 1).containsEntry("duplicate id", 3)
        .containsEntry("missing or bad id", 1).containsEntry("bad year", 1)
        .containsEntry("short row", 1).containsEntry("no name", 1)
        .containsEntry("missing or bad Wikidata id", 1)
        .containsEntry("same name and country twice", 1);
    assertThat(errors()).contains("core.csv:2: missing country: ,5,,XP")
        .contains("core.csv:3: unknown country: XYZ,6")
        .contains("core.csv:5: duplicate id: DEU,7,,ZP2")
        .contains("core.csv:13: same name and country twice: names joined to partyfacts:14")
        .contains("wikidata.csv:3: duplicate id: Q5 also of partyfacts:13 (greater vote share),"
            + " same country: names joined to it")
        .contains("core.csv:9: no name: CHE,11,,Greens");
  }
}
