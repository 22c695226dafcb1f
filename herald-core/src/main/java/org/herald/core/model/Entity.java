package org.herald.core.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One real-world thing named in a document, with all the mentions that name it.
 *
 * @param id       document-local identifier ("e1", "e2", ...)
 * @param name     the fullest name the document uses
 * @param kb       the linked knowledge-base entry, or null where none fits
 * @param mentions in text order, at least one
 */
public record Entity(
    String id, EntityType type, String name,
    @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable KbRef kb, List<Mention> mentions) {
  public Entity {
    requireNonNull(id, "id is null");
    requireNonNull(type, "type is null");
    requireNonNull(name, "name is null");
    mentions = List.copyOf(requireNonNull(mentions, "mentions is null"));
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("entity " + id + " has no mention");
    }
  }
}
