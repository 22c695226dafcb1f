package org.herald.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExtractionEvalTest {
  @Test
  void shinglesCountMatchedAndUnmatchedFourGramsNormalisedPerDocument() {
    // Gold: 6 words -> 3 shingles; predicted: the first 5 words plus 1 extra -> 3 shingles,
    // 2 of which match.
    double[] m = ExtractionEval.shingleMatch("a b c d e f", "a b c d e x");
    assertThat(m[0]).isCloseTo(2 / 4.0, within(1e-9));
    assertThat(m[1]).isCloseTo(1 / 4.0, within(1e-9));
    assertThat(m[2]).isCloseTo(1 / 4.0, within(1e-9));
    assertThat(ExtractionEval.shingleMatch("", "")).containsExactly(0, 0, 0);
    assertThat(ExtractionEval.shingleMatch("Ein kurzer Text.", "Ein kurzer Text."))
        .containsExactly(1, 0, 0);
  }
}
