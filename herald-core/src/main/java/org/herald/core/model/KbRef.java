package org.herald.core.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The knowledge-base entry an entity is linked to.
 *
 * @param id      the entry's identifier (a Wikidata id where known, else Herald's own)
 * @param label   its canonical label
 * @param actor   the CAMEO actor code valid on the article's date, or null
 * @param country ISO 3166-1 alpha-3, or null where none applies
 * @param org     short upper-case name of an international organisation (NATO, EU), or null
 * @param lat     latitude of a place, or null
 * @param lon     longitude of a place, or null
 * @param layer   where the actor and country come from when not the knowledge base itself:
 *                {@code text} (a description in the article), {@code learned} (what earlier
 *                articles said); null for the knowledge base
 */
public record KbRef(
    String id, String label, @Nullable String actor, @Nullable String country,
    @Nullable String org, @Nullable Double lat, @Nullable Double lon,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String layer) {
  public KbRef {
    requireNonNull(id, "id is null");
    requireNonNull(label, "label is null");
  }

  /** A reference the knowledge base answered. */
  public KbRef(String id, String label, @Nullable String actor, @Nullable String country,
      @Nullable String org, @Nullable Double lat, @Nullable Double lon) {
    this(id, label, actor, country, org, lat, lon, null);
  }
}
