package org.herald.engine.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.herald.core.Pipeline;
import org.herald.core.HeraldException;
import org.herald.core.RawInput;
import org.herald.core.model.Entity;

/**
 * Actor-code accuracy on PETRARCH-2's GSR validation sentences
 * (PETR2_GSR_validation.UniversalPetrarch.xml): for every gold event, are its source and target
 * actor codes among the CAMEO codes Herald gives the entities of that sentence on its date?
 * Measures actors, not events (those come with event coding): a code counts as found when some
 * entity of the sentence carries it. Codes without a country ("---REB") are counted apart.
 */
public final class ActorCodeEval {
  private ActorCodeEval() {}

  /** A gold sentence: id, date (ISO), text, and the actor codes of its events. */
  public record GoldSentence(String id, String date, String text, List<String> codes) {}

  /** One gold code and whether Herald found it (exactly, or its country). */
  public record Outcome(GoldSentence sentence, String code, boolean exact, boolean country,
      Set<String> herald) {}

  /** The gold sentences with events, from the validation file ({@link EventEval#readAll}). */
  public static List<GoldSentence> read(Path file) throws IOException {
    List<GoldSentence> out = new ArrayList<>();
    for (EventEval.Record r : EventEval.readAll(file)) {
      List<String> codes = new ArrayList<>();
      for (EventEval.Triple t : r.gold()) {
        for (String code : List.of(t.source(), t.target())) {
          if (!code.isBlank()) {
            codes.add(code);
          }
        }
      }
      if (!codes.isEmpty()) {
        out.add(new GoldSentence(r.id(), r.date(), r.text(), codes));
      }
    }
    return out;
  }

  public static List<Outcome> run(Pipeline pipeline, List<GoldSentence> sentences) {
    List<Outcome> out = new ArrayList<>();
    for (GoldSentence g : sentences) {
      Set<String> codes = new LinkedHashSet<>();
      List<Entity> entities = List.of();
      try {
        entities = pipeline.analyze(RawInput.of(g.id() + ".txt",
            g.text().getBytes(StandardCharsets.UTF_8)).withLanguage("en")
            .withPublished(g.date())).entities();
      } catch (HeraldException e) {
        // a gold record without usable text: its codes count as not found
      }
      for (Entity e : entities) {
        if (e.kb() != null && e.kb().actor() != null) {
          codes.add(e.kb().actor());
        }
      }
      Set<String> countries = new LinkedHashSet<>();
      codes.forEach(c -> countries.add(c.length() >= 3 ? c.substring(0, 3) : c));
      for (String code : g.codes()) {
        out.add(new Outcome(g, code, codes.contains(code),
            countries.contains(code.length() >= 3 ? code.substring(0, 3) : code), codes));
      }
    }
    return out;
  }
}
