package org.herald.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.herald.core.model.Document;
import org.herald.core.model.Layer;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private static final Extractor TEXT = in ->
      Document.builder(new String(in.bytes(), StandardCharsets.UTF_8)).add(Layer.TEXT).build();

  /** A stage that only marks its layer. */
  private record Marker(String name, Set<Layer> requires, Set<Layer> produces) implements Stage {
    @Override
    public Document apply(Document d) {
      return d.toBuilder().add(produces.toArray(new Layer[0])).build();
    }
  }

  @Test
  void rejectsAStageWhoseLayersComeLater() {
    Pipeline.Builder b = Pipeline.builder(TEXT)
        .add(new Marker("entities", EnumSet.of(Layer.NER), EnumSet.of(Layer.ENTITIES)))
        .add(new Marker("nlp", EnumSet.of(Layer.TEXT), EnumSet.of(Layer.NER)));
    assertThatThrownBy(b::build)
        .isInstanceOf(HeraldException.class)
        .hasMessageContaining("'entities' requires [NER]");
  }

  @Test
  void runsStagesInOrderAndReportsEachOne() {
    Pipeline p = Pipeline.builder(TEXT)
        .add(new Marker("nlp", EnumSet.of(Layer.TEXT), EnumSet.of(Layer.NER)))
        .add(new Marker("entities", EnumSet.of(Layer.NER), EnumSet.of(Layer.ENTITIES)))
        .version("1.0", "kb-1")
        .build();
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    Document d = p.analyze(RawInput.of("x.txt", "Hallo".getBytes(StandardCharsets.UTF_8)),
        (stage, nanos) -> seen.add(stage));
    assertThat(seen).containsExactly("extract", "nlp", "entities");
    assertThat(d.layers()).contains(Layer.TEXT, Layer.NER, Layer.ENTITIES);
    assertThat(d.pipeline().version()).isEqualTo("1.0");
    assertThat(d.pipeline().kb()).isEqualTo("kb-1");
  }

  /** A stage that works "sentence by sentence", looking at the deadline between them. */
  private record Slow(String name, int sentences, long millisEach) implements Stage {
    @Override
    public Set<Layer> requires() {
      return EnumSet.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> produces() {
      return EnumSet.of(Layer.NER);
    }

    @Override
    public Document apply(Document d) {
      for (int i = 0; i < sentences; i++) {
        Deadline.check(name);
        try {
          Thread.sleep(millisEach);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return d.toBuilder().add(Layer.NER).build();
    }
  }

  @Test
  void aDocumentPastItsTimeKeepsWhatTheStagesBeforeGaveAndSaysWhereItStopped() {
    Pipeline p = Pipeline.builder(TEXT)
        .add(new Marker("tokens", EnumSet.of(Layer.TEXT), EnumSet.of(Layer.TOKENS)))
        .add(new Slow("nlp", 50, 20))
        .add(new Marker("entities", EnumSet.of(Layer.NER), EnumSet.of(Layer.ENTITIES)))
        .timeLimit(java.time.Duration.ofMillis(200))
        .version("1.0", "kb-1")
        .build();
    List<String> done = Collections.synchronizedList(new ArrayList<>());
    Document d = p.analyze(RawInput.of("x.txt", "Hallo".getBytes(StandardCharsets.UTF_8)),
        (stage, nanos) -> done.add(stage));
    assertThat(done).containsExactly("extract", "tokens");
    assertThat(d.layers()).contains(Layer.TOKENS).doesNotContain(Layer.NER, Layer.ENTITIES);
    assertThat(d.warnings()).singleElement().asString()
        .startsWith("timed out in nlp after 0.2 s")
        .endsWith("the stages from nlp on did not run");
    assertThat(d.pipeline().version()).isEqualTo("1.0" + Pipeline.TIMED_OUT);
    // the deadline was this document's: the next one starts afresh, and outside a run none holds
    Deadline.check("outside");
    Pipeline unlimited = Pipeline.builder(TEXT).add(new Slow("nlp", 3, 1)).build();
    assertThat(unlimited.analyze(RawInput.of("y.txt", "Hallo".getBytes(StandardCharsets.UTF_8)))
        .warnings()).isEmpty();
  }

  @Test
  void aTimeLimitMustBePositive() {
    assertThatThrownBy(() -> Pipeline.builder(TEXT).timeLimit(java.time.Duration.ZERO))
        .isInstanceOf(HeraldException.class).hasMessageContaining("positive");
  }

  @Test
  void aDocumentIdIsTheHashOfItsText() {
    assertThat(Document.builder("Text").build().id())
        .isEqualTo(Document.contentId("Text"))
        .hasSize(16)
        .isNotEqualTo(Document.contentId("Text."));
  }
}
