package org.herald.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.herald.core.ContractJson;
import org.herald.core.Pipeline;
import org.herald.core.RawInput;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.testing.StageContract;
import org.herald.engine.Engine;
import org.herald.engine.EngineConfig;
import org.junit.jupiter.api.Test;

/**
 * Golden files: what Herald finds in each bundled sample article (title, dateline, language,
 * and each entity's type, name, knowledge-base id and country). A change in the output fails the
 * test; regenerate deliberately with {@code -Dherald.golden.update=true} and review the diff.
 */
class SamplesGoldenIT {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  static ObjectNode summary(Document d) {
    ObjectNode n = ContractJson.mapper().createObjectNode();
    n.put("title", d.title());
    n.put("language", d.language());
    n.put("dateline", d.dateline());
    n.put("published", d.published());
    ArrayNode entities = n.putArray("entities");
    for (Entity e : d.entities()) {
      ObjectNode en = entities.addObject();
      en.put("type", e.type().name());
      en.put("name", e.name());
      en.put("kb", e.kb() == null ? null : e.kb().id());
      en.put("country", e.kb() == null ? null : e.kb().country());
      en.put("actor", e.kb() == null ? null : e.kb().actor());
      en.put("mentions", e.mentions().size());
    }
    ArrayNode times = n.putArray("times");
    for (org.herald.core.model.TimeValue t : d.times()) {
      times.add(t.text() + " = " + t.value() + (t.mod() == null ? "" : " " + t.mod())
          + (t.tz() == null ? "" : " " + t.tz()));
    }
    ArrayNode events = n.putArray("events");
    for (org.herald.core.model.Event e : d.events()) {
      events.add(e.code() + " " + (e.source() == null ? null : e.source().name()) + " -> "
          + (e.target() == null ? null : e.target().name()) + " (" + e.trigger().text() + ", "
          + e.date() + (e.negated() ? ", negated" : "") + ", " + e.modality() + ")");
    }
    ArrayNode quotes = n.putArray("quotes");
    for (org.herald.core.model.Quote q : d.quotes()) {
      String words = q.text().length() > 40 ? q.text().substring(0, 40) + "..." : q.text();
      quotes.add((q.direct() ? "direct " : "indirect ") + q.speakerName() + " " + q.via()
          + ": " + words);
    }
    return n;
  }

  @Test
  void eachSampleGivesItsGoldenEntitiesTimesQuotesAndEvents() throws Exception {
    Pipeline pipeline = Engine.pipeline(EngineConfig.DEFAULTS);
    boolean update = Boolean.getBoolean("herald.golden.update");
    List<DemoCommand.Sample> samples = DemoCommand.samples();
    assertThat(samples).hasSizeGreaterThanOrEqualTo(6);
    for (DemoCommand.Sample s : samples) {
      Document d = pipeline.analyze(RawInput.of(s.file(), s.bytes()).withPublished(s.published()));
      StageContract.checkOffsets(d);
      String actual = ContractJson.mapper().writerWithDefaultPrettyPrinter()
          .writeValueAsString(summary(d)) + "\n";
      Path golden = GOLDEN.resolve(s.file().replaceFirst("\\.html$", ".json"));
      if (update) {
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      }
      assertThat(Files.exists(golden)).as("golden file %s", golden).isTrue();
      JsonNode expected = ContractJson.mapper().readTree(golden.toFile());
      assertThat(ContractJson.mapper().readTree(actual)).as(s.file()).isEqualTo(expected);
      assertThat(d.text()).doesNotContain("Leave a Reply", "Teilen", "Impressum", "Cookies");
    }
  }
}
