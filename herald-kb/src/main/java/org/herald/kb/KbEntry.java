package org.herald.kb;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.herald.core.model.EntityType;
import org.herald.core.model.KbRef;
import org.jspecify.annotations.Nullable;

/**
 * One thing the knowledge base knows.
 *
 * @param id      stable identifier ("geonames:2017370", "herald:nato")
 * @param names   surface forms that name it, in any supported language
 * @param country ISO 3166-1 alpha-3, or null
 * @param org     short name of an international organisation, or null
 * @param actor   CAMEO actor code, or null
 */
public record KbEntry(
    String id, EntryKind kind, String label, @Nullable String labelDe, List<String> names,
    @Nullable String country, @Nullable String org, @Nullable String actor,
    @Nullable Double lat, @Nullable Double lon) {
  public KbEntry {
    requireNonNull(id, "id is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(label, "label is null");
    names = List.copyOf(names);
  }

  /** The entity type of mentions of this entry, or null for {@link EntryKind#NONE}. */
  public @Nullable EntityType entityType() {
    return switch (kind) {
      case COUNTRY, PLACE, CAPITAL -> EntityType.LOCATION;
      case ORGANIZATION -> EntityType.ORGANIZATION;
      case PERSON -> EntityType.PERSON;
      case MISC -> EntityType.MISC;
      case NONE -> null;
    };
  }

  /** The label in a language, falling back to English. */
  public String label(@Nullable String language) {
    return "de".equals(language) && labelDe != null ? labelDe : label;
  }

  public KbRef ref() {
    return new KbRef(id, label, actor, country, org, lat, lon);
  }
}
