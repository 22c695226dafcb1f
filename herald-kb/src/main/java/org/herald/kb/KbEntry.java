package org.herald.kb;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.herald.core.model.EntityType;
import org.herald.core.model.KbRef;
import org.jspecify.annotations.Nullable;

/**
 * One thing the knowledge base knows.
 *
 * @param id         stable identifier ("geonames:2017370", "herald:nato", "Q7747")
 * @param names      surface forms that name it, in any supported language
 * @param country    ISO 3166-1 alpha-3, or null
 * @param org        short name of an international organisation, or null
 * @param actor      CAMEO actor code when no role applies, or null
 * @param roles      CAMEO actor codes held over time, dated ones first
 * @param offices    offices held over time
 * @param population inhabitants of a place, 0 where unknown
 * @param region     first-level region of a place, or null
 * @param curated    written or checked by hand (countries, organisations, prominent people),
 *                   rather than converted in bulk (Phoenix actors, GeoNames places)
 */
public record KbEntry(
    String id, EntryKind kind, String label, @Nullable String labelDe, List<String> names,
    @Nullable String country, @Nullable String org, @Nullable String actor,
    @Nullable Double lat, @Nullable Double lon, List<Role> roles, List<Office> offices,
    long population, @Nullable String region, boolean curated) {
  public KbEntry {
    requireNonNull(id, "id is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(label, "label is null");
    names = List.copyOf(names);
    roles = List.copyOf(roles);
    offices = List.copyOf(offices);
  }

  /** A curated entry without roles or offices. */
  public KbEntry(String id, EntryKind kind, String label, @Nullable String labelDe,
      List<String> names, @Nullable String country, @Nullable String org, @Nullable String actor,
      @Nullable Double lat, @Nullable Double lon) {
    this(id, kind, label, labelDe, names, country, org, actor, lat, lon, List.of(), List.of(), 0,
        null, true);
  }

  /** The entity type of mentions of this entry, or null for {@link EntryKind#NONE}. */
  public @Nullable EntityType entityType() {
    return switch (kind) {
      case COUNTRY, PLACE, CAPITAL, REGION -> EntityType.LOCATION;
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

  /** The role suffixes of public office whose holder stays one of the elite (ELI) after it. */
  private static final java.util.Set<String> PUBLIC_OFFICE =
      java.util.Set.of("GOV", "MIL", "LEG", "JUD", "ELI", "OPP", "SPY");

  /**
   * The CAMEO actor code on a day: the dated role that holds then, else the undated role, else,
   * for a person whose public office (in their own country) had ended by then, the country's
   * elite (PRKELI: Kim Il Sung in 2020, as CAMEO codes former officials), else the entry's fixed
   * code. Without a day, the role still open today, else the undated one.
   */
  public @Nullable String actorOn(@Nullable LocalDate day) {
    Role undated = null;
    Role open = null;
    boolean former = false;
    for (Role r : roles) {
      if (!r.dated()) {
        if (undated == null) {
          undated = r;
        }
      } else if (day != null && r.holds(day)) {
        return r.code();
      } else {
        if (r.to() == null && open == null) {
          open = r;
        }
        former |= day != null && r.to() != null && r.to().isBefore(day) && country != null
            && r.code().startsWith(country) && PUBLIC_OFFICE.contains(r.code().substring(3));
      }
    }
    if (day == null && open != null) {
      return open.code();
    }
    if (undated != null) {
      return undated.code();
    }
    return former && kind == EntryKind.PERSON ? country + "ELI" : actor;
  }

  /** Whether some dated role or office holds on the day. */
  public boolean activeOn(LocalDate day) {
    for (Role r : roles) {
      if (r.dated() && r.holds(day)) {
        return true;
      }
    }
    for (Office o : offices) {
      if (o.holds(day)) {
        return true;
      }
    }
    return false;
  }

  /** The reference for a document of a day (null: unknown), with the actor code of that day. */
  public KbRef ref(@Nullable LocalDate day) {
    return new KbRef(id, label, actorOn(day), country, org, lat, lon);
  }

  public KbRef ref() {
    return ref(null);
  }
}
