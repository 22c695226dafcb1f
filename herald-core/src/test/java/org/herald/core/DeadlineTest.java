package org.herald.core;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeadlineTest {
  private static final Duration LIMIT = Duration.ofMillis(500);

  @Test
  void aDocumentThatOverrunsItsTimeStopsInTheStageItOverran() {
    assertThatThrownBy(() -> Deadline.within(LIMIT, () -> {
      pause(700);
      Deadline.check("parse");
      return null;
    })).isInstanceOf(Deadline.Exceeded.class).hasMessageStartingWith("timed out in parse");
  }

  @Test
  void loadingAModelOnFirstUseIsNotTheDocumentsTime() {
    assertThatCode(() -> Deadline.within(LIMIT, () -> {
      String model = Deadline.loadingExcluded(() -> {
        pause(700);
        return "model";
      });
      Deadline.check("nlp");
      return model;
    })).doesNotThrowAnyException();
  }

  @Test
  void withoutADeadlineTheLoadOnlyRuns() {
    assertThatCode(() -> Deadline.loadingExcluded(() -> "model")).doesNotThrowAnyException();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
