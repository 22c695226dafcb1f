package org.herald.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reading an analysed document of the contract JSON in tests. */
final class AnalysedDocs {
  private AnalysedDocs() {}

  /** Each event's code and its source's and target's actor codes ("111 CHNGOV -> USAGOV"). */
  static List<String> actorCodes(JsonNode doc) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : doc.get("events")) {
      JsonNode target = e.get("target");
      out.add(e.get("code").asText() + " " + e.get("source").get("actor").asText() + " -> "
          + (target == null || target.isNull() ? "-" : target.get("actor").asText()));
    }
    return out;
  }
}
