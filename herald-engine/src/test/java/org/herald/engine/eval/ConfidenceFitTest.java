package org.herald.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.herald.coding.events.EventConfidence;
import org.junit.jupiter.api.Test;

class ConfidenceFitTest {
  private static NewsEval.Tuple tuple(String target, String code, double confidence) {
    return new NewsEval.Tuple("DEUGOV", target, code, "2019-10-18", "Satz " + code + target,
        null, confidence);
  }

  /** Criticism of a government right three times in four, appeals to no one once in four. */
  private static List<ConfidenceFit.Sample> samples() {
    List<NewsEval.Outcome> outcomes = new ArrayList<>();
    for (int a = 0; a < 40; a++) {
      boolean right = a % 4 != 0;
      List<NewsEval.Tuple> gold = new ArrayList<>();
      NewsEval.Tuple criticism = tuple("FRAGOV", "111", 0.5);
      NewsEval.Tuple appeal = tuple("", "020", 0.5);
      if (right) {
        gold.add(new NewsEval.Tuple("DEUGOV", "FRAGOV", "111", "2019-10-18", null, null));
      } else {
        gold.add(new NewsEval.Tuple("DEUGOV", "", "020", "2019-10-18", null, null));
      }
      NewsEval.Article article = new NewsEval.Article("p" + a, "de", "2019-10-19", gold,
          List.of());
      outcomes.add(new NewsEval.Outcome(article, List.of(criticism, appeal), List.of(),
          List.of(), 0, 0, null));
    }
    return ConfidenceFit.samples(outcomes);
  }

  @Test
  void eachEventHeraldFoundIsASampleRightWhenItMatchesTheGold() {
    List<ConfidenceFit.Sample> samples = samples();
    assertThat(samples).hasSize(80);
    assertThat(samples.stream().filter(ConfidenceFit.Sample::right).count()).isEqualTo(40);
    assertThat(samples.get(0).features()).containsEntry(EventConfidence.RULE, 0.5)
        .containsKey("root 11");
  }

  @Test
  void theFittedModelGivesEachKindOfEventNearItsShareRight() {
    List<ConfidenceFit.Sample> samples = samples();
    Map<String, Double> w = ConfidenceFit.fit(samples);
    assertThat(w.keySet()).startsWith("bias", EventConfidence.RULE);
    double criticism = EventConfidence.of(w).probability(samples.get(0).features());
    double appeal = EventConfidence.of(w).probability(samples.get(1).features());
    // the penalty pulls both towards the share of all that are right (one half)
    assertThat(criticism).isBetween(0.6, 0.75);
    assertThat(appeal).isBetween(0.25, 0.4);
    double[] held = ConfidenceFit.crossValidated(samples, 5);
    assertThat(ConfidenceFit.brier(samples, held))
        .isLessThan(ConfidenceFit.brier(samples, ConfidenceFit.confidences(samples)));
    assertThat(ConfidenceFit.reliability(samples, ConfidenceFit.confidences(samples)))
        .hasSize(4).element(1).asString().contains("   80    40");
  }
}
