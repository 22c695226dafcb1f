package org.herald.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import org.herald.core.model.Document;
import org.herald.core.model.Sentence;

/**
 * Writes documents in the form of the contract (version 1). Thread-safe.
 *
 * <p>By default a sentence is printed as its span only, as the contract shows it; with {@code
 * withTokens} its words and dependency arcs are printed too.
 */
public final class ContractJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setDefaultPropertyInclusion(JsonInclude.Include.ALWAYS)
      .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);

  private ContractJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One document as one line (or indented with {@code pretty}). */
  public static String write(Document doc, boolean pretty, boolean withTokens) {
    Document shown = withTokens ? doc : withoutTokens(doc);
    ObjectWriter writer = pretty ? MAPPER.writerWithDefaultPrettyPrinter() : MAPPER.writer();
    try {
      return writer.writeValueAsString(shown);
    } catch (JsonProcessingException e) {
      throw new HeraldException(ErrorCode.INTERNAL, "cannot write document " + doc.id(), e);
    }
  }

  private static Document withoutTokens(Document doc) {
    List<Sentence> bare = doc.sentences().stream().map(Sentence::bare).toList();
    return doc.toBuilder().sentences(bare).build();
  }
}
