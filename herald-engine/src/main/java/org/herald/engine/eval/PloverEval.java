package org.herald.engine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.herald.core.ContractJson;
import org.herald.core.HeraldException;
import org.herald.core.Pipeline;
import org.herald.core.RawInput;
import org.herald.core.model.Event;
import org.herald.core.model.EventActor;

/**
 * PLOVER category accuracy on PLOVER_GSR_CAMEO.json (322 English sentences of the CAMEO manual,
 * recoded to PLOVER): Herald's CAMEO codes are mapped to PLOVER categories with
 * CAMEO2PLOVER-2021.txt (its names brought to the gold file's version); a record is right when Herald's first event has the gold category.
 * Also reported: the share of records where any event has it, where Herald codes nothing, and
 * where an event of the gold category also has a source whose actor code begins with one of the
 * gold sources' codes (its first three letters: a country, or IGO, NGO...), which measures the
 * actor, not only the verb; and, over the records with gold targets, where such an event's
 * target is one of them too: the triple that PETRARCH's loose F1 counts.
 */
public final class PloverEval {
  private PloverEval() {}

  /**
   * A gold record: id, text, PLOVER category, the first three letters of its sources' and
   * targets' codes (targets empty where the gold has none).
   */
  public record Record(String id, String text, String category, List<String> sources,
      List<String> targets) {}

  /** Figures over the records. */
  public record Figures(int records, int firstRight, int anyRight, int none, int sourceRight,
      int withTarget, int tripleRight, Map<String, int[]> byCategory) {}

  public static List<Record> read(Path file) throws IOException {
    List<Record> out = new ArrayList<>();
    JsonNode all = ContractJson.mapper().readTree(file.toFile());
    for (JsonNode r : all) {
      String category = r.path("event").asText("");
      if (category.isEmpty() || category.equals("DOCUMENT")) {
        continue;
      }
      out.add(new Record(r.path("id").asText(), r.path("text").asText(), category,
          countries(r.path("source")), countries(r.path("target"))));
    }
    return out;
  }

  /**
   * The CAMEO manual's own codes for two countries, where the gold file keeps them and Herald,
   * like the Phoenix dictionaries, writes the ISO 3166 code.
   */
  private static final Map<String, String> MANUAL_CODES = Map.of("JAP", "JPN", "ITL", "ITA");

  /** The first three letters of the codes of a gold actor list (none for a missing list). */
  private static List<String> countries(JsonNode actors) {
    List<String> out = new ArrayList<>();
    if (actors.isArray()) {
      for (JsonNode a : actors) {
        String code = a.path("code").asText("");
        if (code.length() >= 3) {
          String country = code.substring(0, 3);
          out.add(MANUAL_CODES.getOrDefault(country, country));
        }
      }
    }
    return List.copyOf(out);
  }

  private static boolean actorIn(@org.jspecify.annotations.Nullable EventActor a,
      List<String> codes) {
    return a != null && a.actor() != null && a.actor().length() >= 3
        && codes.contains(a.actor().substring(0, 3));
  }

  /** CAMEO code (2 to 4 digits) to PLOVER category, from CAMEO2PLOVER-2021.txt. */
  public static Map<String, String> mapping(Path file) throws IOException {
    Map<String, String> out = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String l = line.replaceFirst("#.*", "").strip();
      int colon = l.indexOf(':');
      if (colon < 2 || !l.substring(0, colon).matches("\\d{2,4}")) {
        continue;
      }
      String category = l.substring(colon + 1).split(",")[0].strip();
      if (!category.isEmpty()) {
        out.put(l.substring(0, colon), category);
      }
    }
    return out;
  }

  /**
   * The PLOVER category of a CAMEO code in the gold file's PLOVER version (0.5): the 2021 table
   * says REQUEST where the gold says DEMAND, ACCUSE for both INVESTIGATE (09) and DISAPPROVE (11),
   * ASSAULT for both FIGHT (19) and ASSAULT (18, 20).
   */
  static String plover(String code, Map<String, String> mapping) {
    String category = "?";
    for (int n = code.length(); n >= 2; n--) {
      String c = mapping.get(code.substring(0, n));
      if (c != null) {
        category = c;
        break;
      }
    }
    String root = code.substring(0, 2);
    return switch (category) {
      case "REQUEST" -> "DEMAND";
      case "ACCUSE" -> root.equals("09") ? "INVESTIGATE" : "DISAPPROVE";
      case "ASSAULT" -> root.equals("19") ? "FIGHT" : "ASSAULT";
      default -> category;
    };
  }

  public static Figures run(Pipeline pipeline, List<Record> records, Map<String, String> mapping) {
    int first = 0;
    int any = 0;
    int none = 0;
    int sourceRight = 0;
    int triples = 0;
    Map<String, int[]> by = new java.util.TreeMap<>();
    for (Record r : records) {
      List<Event> events = List.of();
      try {
        events = pipeline.analyze(RawInput.of(r.id() + ".txt",
            r.text().getBytes(StandardCharsets.UTF_8)).withLanguage("en")
            .withPublished("2000-01-01")).events();
      } catch (HeraldException e) {
        // a record Herald refuses counts as coded with nothing
      }
      int[] c = by.computeIfAbsent(r.category(), k -> new int[2]);
      c[1]++;
      if (events.isEmpty()) {
        none++;
        continue;
      }
      if (plover(events.get(0).code(), mapping).equals(r.category())) {
        first++;
        c[0]++;
      }
      if (events.stream().anyMatch(e -> plover(e.code(), mapping).equals(r.category()))) {
        any++;
      }
      if (events.stream().anyMatch(e -> plover(e.code(), mapping).equals(r.category())
          && actorIn(e.source(), r.sources()))) {
        sourceRight++;
      }
      if (!r.targets().isEmpty() && events.stream().anyMatch(e -> plover(e.code(), mapping)
          .equals(r.category()) && actorIn(e.source(), r.sources())
          && actorIn(e.target(), r.targets()))) {
        triples++;
      }
    }
    int withTarget = (int) records.stream().filter(r -> !r.targets().isEmpty()).count();
    return new Figures(records.size(), first, any, none, sourceRight, withTarget, triples, by);
  }
}
