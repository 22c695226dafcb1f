package org.herald.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reading an analysed document of the contract JSON in tests. */
final class AnalysedDocs {
  private AnalysedDocs() {}

  /** Each event's code and its source's and target's actor codes ("111 CHNGOV -> USAGOV"). */
  static List<String> actorCodes(JsonNode doc) {
    return actorCodes(doc, 0);
  }

  /**
   * The codes of the events Herald stands behind, those of a confidence from {@code
   * EventFilter.TRUSTED} (what {@code herald analyze} and {@code eval news} keep by default).
   */
  static List<String> trustedActorCodes(JsonNode doc) {
    return actorCodes(doc, org.herald.coding.events.EventFilter.TRUSTED);
  }

  /** Each event as its trigger and its modality ("angegriffen hypothetical"), any confidence. */
  static List<String> modalities(JsonNode doc) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : doc.get("events")) {
      out.add(e.get("trigger").get("text").asText() + " " + e.get("modality").asText());
    }
    return out;
  }

  private static List<String> actorCodes(JsonNode doc, double minConfidence) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : doc.get("events")) {
      if (e.get("confidence").asDouble() < minConfidence) {
        continue;
      }
      out.add(e.get("code").asText() + " " + actor(e.get("source")) + " -> "
          + actor(e.get("target")));
    }
    return out;
  }

  private static String actor(JsonNode side) {
    return side == null || side.isNull() || !side.hasNonNull("actor") ? "-"
        : side.get("actor").asText();
  }
}
