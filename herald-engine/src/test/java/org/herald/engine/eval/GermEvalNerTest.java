package org.herald.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GermEvalNerTest {
  @Test
  void spansIgnoreDerivedAndPartLabels() {
    Map<String, String> s = GermEvalNer.spans(List.of("B-PER", "I-PER", "O", "B-LOCderiv",
        "B-ORG", "B-ORG", "I-ORG", "B-OTHpart", "I-LOC"));
    assertThat(s).containsExactly(Map.entry("0:2", "PER"), Map.entry("4:5", "ORG"),
        Map.entry("5:7", "ORG"), Map.entry("8:9", "LOC"));
  }

  @Test
  void scoresStrictSpans(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold.tsv");
    Files.writeString(gold, """
        #\thttp://example.org\t[2014-01-01]
        1\tAngela\tB-PER\tO
        2\tMerkel\tI-PER\tO
        3\tbesuchte\tO\tO
        4\tdeutsche\tB-LOCderiv\tO
        5\tStädte\tO\tO
        6\tin\tO\tO
        7\tBayern\tB-LOC\tO

        1\tDie\tO\tO
        2\tEU\tB-ORG\tO
        """);
    List<GermEvalNer.GoldSentence> sentences = GermEvalNer.read(gold);
    assertThat(sentences).hasSize(2);
    List<List<String>> predicted = List.of(
        List.of("B-PER", "O", "O", "B-OTH", "O", "O", "B-LOC"),
        List.of("O", "B-ORG"));
    GermEvalNer.Scores s = GermEvalNer.score(sentences, predicted);
    // Gold: PER (0:2), LOC (6:7), ORG (1:2). Found: PER (0:1) wrong bounds, OTH spurious, LOC, ORG.
    assertThat(s.counts().get("ALL")).containsExactly(2, 4, 3);
    assertThat(s.precision("ALL")).isEqualTo(0.5);
    assertThat(s.recall("PER")).isZero();
    assertThat(s.f1("LOC")).isEqualTo(1.0);
  }
}
