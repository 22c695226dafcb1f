package org.herald.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.KbRef;
import org.herald.core.model.Layer;
import org.herald.core.model.Mention;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;
import org.junit.jupiter.api.Test;

class ContractJsonTest {
  private static Document sample() {
    String text = "Putin sprach.";
    Sentence s = new Sentence(0, 13, "de", List.of(
        new Token(0, 5, "Putin", null, "PROPN", "PROPN", "PERSON"),
        new Token(6, 12, "sprach", null, "VERB", "VERB", "O"),
        new Token(12, 13, ".", null, "PUNCT", "PUNCT", "O")), null);
    Entity putin = new Entity("e1", EntityType.PERSON, "Putin", null,
        List.of(new Mention(0, 5, "Putin")));
    Entity nato = new Entity("e2", EntityType.ORGANIZATION, "Nato",
        new KbRef("herald:nato", "NATO", "IGO", null, "NATO", null, null),
        List.of(new Mention(0, 5, "Putin")));
    return Document.builder(text).language("de").sentences(List.of(s))
        .entities(List.of(putin, nato)).add(Layer.TEXT).build();
  }

  @Test
  void writesTheContractFieldsInOrderWithNullsWhereTheContractShowsThem() throws Exception {
    JsonNode n = ContractJson.mapper().readTree(ContractJson.write(sample(), false, false));
    List<String> fields = new ArrayList<>();
    n.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).startsWith("id", "language", "title", "published", "url", "dateline",
        "contributors", "credits", "captions", "text", "removed");
    assertThat(fields).contains("sentences", "entities", "times", "quotes", "events",
        "relations", "pipeline");
    assertThat(n.get("title").isNull()).isTrue();
    assertThat(n.get("entities").get(0).get("kb").isNull()).isTrue();
    assertThat(n.get("entities").get(1).get("kb").get("org").asText()).isEqualTo("NATO");
    assertThat(n.get("entities").get(0).get("mentions").get(0).get("start").asInt()).isZero();
    assertThat(n.get("sentences").get(0).toString()).isEqualTo("{\"start\":0,\"end\":13}");
    assertThat(n.has("warnings")).isFalse();
  }

  @Test
  void printsWordsOnlyWhenAsked() throws Exception {
    JsonNode n = ContractJson.mapper().readTree(ContractJson.write(sample(), false, true));
    assertThat(n.get("sentences").get(0).get("tokens")).hasSize(3);
  }
}
