package org.herald.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.herald.core.model.Span;
import org.junit.jupiter.api.Test;

class SpanTest {
  @Test
  void rejectsNegativeAndInvertedOffsets() {
    assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Span(3, 3).length()).isZero();
  }

  @Test
  void containsAndOverlapsAreEndExclusive() {
    Span a = new Span(0, 10);
    assertThat(a.contains(new Span(2, 10))).isTrue();
    assertThat(a.contains(new Span(2, 11))).isFalse();
    assertThat(a.overlaps(new Span(10, 12))).isFalse();
    assertThat(a.overlaps(new Span(9, 12))).isTrue();
    assertThat(new Span(4, 8).of("Die Nato tagt")).isEqualTo("Nato");
  }
}
