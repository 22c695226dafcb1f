package org.herald.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkingEvalTest {
  @Test
  void readsMarkedSentencesIntoDocumentsOfOneLanguageAndDate(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold.tsv");
    Files.writeString(gold, "# comment\n"
        + "de\t2021-12-15\t[Putin|Q7747] traf [Xi|Q15031].\n"
        + "de\t2021-12-15\tIn [Moskau|geonames:524901|RUSGOV] blieb es ruhig.\n"
        + "en\t2020-11-20\t[Paris Hilton|NIL] sang.\n");
    List<LinkingEval.GoldDocument> docs = LinkingEval.read(gold);
    assertThat(docs).hasSize(2);
    LinkingEval.GoldDocument first = docs.get(0);
    assertThat(first.text()).isEqualTo("Putin traf Xi. In Moskau blieb es ruhig.");
    assertThat(first.mentions()).extracting(LinkingEval.Gold::surface)
        .containsExactly("Putin", "Xi", "Moskau");
    LinkingEval.Gold moskau = first.mentions().get(2);
    assertThat(first.text().substring(moskau.start(), moskau.end())).isEqualTo("Moskau");
    assertThat(moskau.id()).isEqualTo("geonames:524901");
    assertThat(moskau.actor()).isEqualTo("RUSGOV");
    assertThat(docs.get(1).mentions().get(0).id()).isEqualTo("NIL");
  }

  @Test
  void readsTheGsrRecordsWithTheirActorCodes(@TempDir Path dir) throws Exception {
    Path xml = dir.resolve("gsr.xml");
    Files.writeString(xml, "<Validation>\n# a bare comment line\n<Sentences>\n"
        + "<Sentence category=\"AFP\" date=\"20080804\" id=\"A_1\" evaluate=\"true\"/>\n"
        + "<EventCoding eventcode=\"042\" sourcecode=\"USA\" targetcode=\"CHN\" />\n"
        + "<Text>\nThe US leader\nwent to Beijing.\n</Text>\n<Parse>1 The</Parse>\n"
        + "<Sentence date=\"20080805\" id=\"A_2\"/>\n<Text>No codes here.</Text>\n"
        + "</Sentences></Validation>\n");
    List<ActorCodeEval.GoldSentence> s = ActorCodeEval.read(xml);
    assertThat(s).hasSize(1);
    assertThat(s.get(0).date()).isEqualTo("2008-08-04");
    assertThat(s.get(0).text()).isEqualTo("The US leader went to Beijing.");
    assertThat(s.get(0).codes()).containsExactly("USA", "CHN");
  }
}
