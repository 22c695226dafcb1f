package org.herald.kb.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IgoConverterTest {
  private static final List<String> RULES = List.of(
      "# field, value, code, why",
      "type\tEuropean Research Infrastructure Consortium\t-\tresearch consortia",
      "basis\tB28\t-\tSwiss associations",
      "family\tEU institutions and bodies\tIGOEUREEC\tthe EU",
      "name\t\\bWest(ern)? Africa\tIGOWAF\tWest Africa",
      "name\t\\bAfrica\tIGOAFR\tAfrica");
  private static final List<String> PHOENIX = List.of(
      "# id\tkind\tlabel\tcountry\troles\tnames",
      "phoenix:AFRICAN_DEVELOPMENT_BANK\tORGANIZATION\tAfrican Development Bank\t\t"
          + "IGOAFRDEVAFB\tAfrican Development Bank",
      "phoenix:X\tPERSON\tEuropean Medicines Agency\t\tIGOUNO\tEuropean Medicines Agency");

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final IgoConverter converter = new IgoConverter(IgoConverter.rules(RULES),
      Set.of("ESA", "HABITAT"), Set.of("Deutschland", "SAU"),
      Set.of("European Union", "EU", "Europäische Union"), PHOENIX,
      new PrintStream(err, true, StandardCharsets.UTF_8));

  private String errors() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private List<String> convert(String yaml) throws Exception {
    converter.records("general_list.yaml", new ObjectMapper(new YAMLFactory()).readTree(yaml));
    return converter.rows();
  }

  @Test
  void rowsWithWikidataIdsCodesAndGermanNames() throws Exception {
    List<String> rows = convert("""
        European Union:
          Wikidata_code: Q458
          Org_family: EU institutions and bodies
          Name_en: European Union
          Abbreviation_en: EU
          Name_de: Europäische Union
        European Medicines Agency:
          SPRVD_id: SPRVD0000001
          Wikidata_code: Q130146
          Org_family: EU institutions and bodies
          Type: EU decentralised agency
          Name_en: European Medicines Agency
          Abbreviation_en: EMA
          Name_de: Europäische Arzneimittel-Agentur
          Name_fr: Agence européenne des médicaments
        Supply Agency of the European Atomic Energy Community:
          Wikidata_code: Q1374308
          Org_family: EU institutions and bodies
          Name_en: Supply Agency of the European Atomic Energy Community
          Abbreviation_en: ESA
          Name_other_en: Euratom Supply Agency
        African Development Bank:
          Wikidata_code: Q340195
          Org_family: African Union entities
          Name_en: African Development Bank
          Name_de: Afrikanische Entwicklungsbank
        West African Health Organisation:
          Wikidata_code: Q30262804
          Org_family: ECOWAS entities
          Name_en: West African Health Organisation
          Abbreviation_en: WAHO
          Name_de: Westafrikanische Gesundheitsorganisation (WAGO)
        South Asian University:
          Wikidata_code: Q7566050
          Org_family: none
          Name_en: South Asian University
          Abbreviation_en: SAU
        Inter‐American Children’s Institute:
          SPRVD_id: SPRVD0221307
          Wikidata_code: '[No code found.]'
          Name_en: Inter‐American Children’s Institute
          Abbreviation_en: IIN
        European Social Survey:
          Wikidata_code: Q1376959
          Org_family: EU institutions and bodies
          Type: European Research Infrastructure Consortium
          Name_en: European Social Survey
        International Road Transport Union:
          Wikidata_code: Q2662574
          Basis_for_assessment: B28
          Name_en: International Road Transport Union
        """);
    assertThat(rows).containsExactly(
        // a French name is no German or English one; the Phoenix PERSON is no organisation
        "Q130146\tEMA\tIGOEUREEC\tEuropean Medicines Agency\tEuropäische Arzneimittel-Agentur\t"
            + "European Medicines Agency;Europäische Arzneimittel-Agentur\tEMA",
        // ESA is on the stoplist (news mean the European Space Agency)
        "Q1374308\tESA\tIGOEUREEC\tSupply Agency of the European Atomic Energy Community\t\t"
            + "Supply Agency of the European Atomic Energy Community;Euratom Supply Agency\t",
        // Phoenix's code before the family's
        "Q340195\tAfrican Development Bank\tIGOAFRDEVAFB\tAfrican Development Bank\t"
            + "Afrikanische Entwicklungsbank\tAfrican Development Bank;Afrikanische "
            + "Entwicklungsbank\t",
        // no rule for the family: the region of the name, the more specific rule first; the
        // German abbreviation in brackets is one
        "Q30262804\tWAHO\tIGOWAF\tWest African Health Organisation\tWestafrikanische "
            + "Gesundheitsorganisation\tWest African Health Organisation;Westafrikanische "
            + "Gesundheitsorganisation\tWAHO;WAGO",
        // SAU is Saudi Arabia's code: no name; no rule: plain IGO
        "Q7566050\tSAU\tIGO\tSouth Asian University\t\tSouth Asian University\t",
        // no Wikidata id: the source's own; typographic hyphen as ASCII, apostrophe also; no rule
        "sprvd:SPRVD0221307\tIIN\tIGO\tInter-American Children’s Institute\t\t"
            + "Inter-American Children’s Institute;Inter-American Children's Institute\tIIN");
    assertThat(errors()).contains("no Wikidata id (kept as sprvd:ID): "
        + "Inter‐American Children’s Institute: sprvd:SPRVD0221307");
    assertThat(converter.summary()).contains("1 left to organisations.tsv: European Union",
        "1 type European Research Infrastructure Consortium", "1 basis B28");
  }

  @Test
  void aNameOfTwoRecordsIsNeitherOnes() throws Exception {
    List<String> rows = convert("""
        European Court of Auditors:
          Wikidata_code: Q8900
          Name_en: European Court of Auditors
          Abbreviation_en: ECA
        Economic Commission for Africa:
          Wikidata_code: Q1144508
          Name_en: Economic Commission for Africa
          Abbreviation_en: ECA
        """);
    assertThat(rows).containsExactly(
        "Q8900\tECA\tIGO\tEuropean Court of Auditors\t\tEuropean Court of Auditors\t",
        "Q1144508\tECA\tIGOAFR\tEconomic Commission for Africa\t\tEconomic Commission for "
            + "Africa\t");
    assertThat(errors()).contains("name of several records (left out)");
  }

  @Test
  void abbreviationsAreOneWordWithCapitals() {
    assertThat(IgoConverter.abbreviation("OPCW")).isTrue();
    assertThat(IgoConverter.abbreviation("HaDEA")).isTrue();
    assertThat(IgoConverter.abbreviation("eu-LISA")).isTrue();
    assertThat(IgoConverter.abbreviation("Europol")).isFalse();
    assertThat(IgoConverter.abbreviation("Pazifik-Allianz")).isFalse();
    assertThat(IgoConverter.abbreviation("Africa CDC")).isFalse();
  }
}
