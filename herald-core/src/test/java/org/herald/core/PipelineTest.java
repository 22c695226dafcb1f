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

  @Test
  void aDocumentIdIsTheHashOfItsText() {
    assertThat(Document.builder("Text").build().id())
        .isEqualTo(Document.contentId("Text"))
        .hasSize(16)
        .isNotEqualTo(Document.contentId("Text."));
  }
}
