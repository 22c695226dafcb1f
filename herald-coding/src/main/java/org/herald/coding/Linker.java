package org.herald.coding;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.herald.core.model.EntityType;
import org.herald.kb.EntryKind;
import org.herald.kb.KbEntry;
import org.herald.kb.KnowledgeBase;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the knowledge-base entry a name refers to, or none. Candidates are every entry with a
 * matching name ({@link KnowledgeBase#candidates}); each is scored by its kind and prominence
 * (countries and hand-written entries over bulk ones, populous places over small ones), by
 * whether a person holds a role on the article's date, and by the context: the countries the
 * document and the sentence name, and cues such as "US-Bundesstaat Georgia" or "Atlanta,
 * Georgia". Stateless and thread-safe.
 */
final class Linker {
  /** A short form of two to four letters, two of them or more capitals: "SC", "AfD", "CDU". */
  private static final Pattern ACRONYM = Pattern.compile(
      "(?=(?:\\p{Ll}*\\p{Lu}){2})[\\p{Lu}\\p{Ll}]{2,4}");

  /** Below this score a candidate is not trusted: a small town nobody in the text points at. */
  static final double THRESHOLD = 32;
  /** The id prefix of the entries converted from the Phoenix dictionaries. */
  private static final String PHOENIX = "phoenix:";

  private final KnowledgeBase kb;

  Linker(KnowledgeBase kb) {
    this.kb = requireNonNull(kb, "kb is null");
  }

  /**
   * What the text around a mention says.
   *
   * @param day               the article's date, or null
   * @param documentCountries countries (alpha-3) named anywhere in the document
   * @param sentenceCountries countries named in the mention's sentence, the mention left out
   * @param regionCue         the mention follows "Bundesstaat", "state of" or "CITY," of a place
   *                          in a region of that name
   * @param titled            an office word comes right before the mention ("President Bush")
   * @param homes             the publisher's and the article's own countries, where known
   */
  record Context(@Nullable LocalDate day, Set<String> documentCountries,
      Set<String> sentenceCountries, @Nullable String regionCue, boolean titled,
      Set<String> homes) {}

  /** The best entry for a mention, or null when none is good enough. */
  @Nullable KbEntry link(String surface, EntityType type, @Nullable String language,
      Context context) {
    List<KbEntry> candidates = kb.candidates(surface, language);
    KbEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (KbEntry e : candidates) {
      double s = score(e, surface, type, context);
      if (s > bestScore) {
        best = e;
        bestScore = s;
      }
    }
    if (bestScore < THRESHOLD && type == EntityType.PERSON && surface.indexOf(' ') < 0
        && context.day() != null && context.titled()) {
      // "President Bush" in 2008: a surname alone, when one person of that name is in office.
      KbEntry only = null;
      for (KbEntry e : kb.bySurname(surface, language)) {
        if (e.activeOn(context.day())) {
          if (only != null) {
            return null;
          }
          only = e;
        }
      }
      return only;
    }
    return bestScore >= THRESHOLD ? best : null;
  }

  /** Whether a surface is the German genitive of one of an entry's names ("Gazastreifens"). */
  private static boolean genitiveOf(KbEntry e, String surface) {
    return surface.length() > 4 && (surface.endsWith("s")
        && e.names().contains(surface.substring(0, surface.length() - 1))
        || surface.endsWith("es")
        && e.names().contains(surface.substring(0, surface.length() - 2)));
  }

  double score(KbEntry e, String surface, EntityType type, Context context) {
    EntityType kind = e.entityType();
    if (kind == null) {
      return Double.NEGATIVE_INFINITY;
    }
    double s = base(e);
    if (kind != type) {
      boolean placeOrOrg = (kind == EntityType.LOCATION || kind == EntityType.ORGANIZATION)
          && (type == EntityType.LOCATION || type == EntityType.ORGANIZATION);
      if (placeOrOrg && e.curated()) {
        s -= 10;
      } else if (kind == EntityType.PERSON && e.curated() && type != EntityType.LOCATION) {
        s -= 20; // "Xi" tagged as an organisation is still Xi
      } else if (kind == EntityType.ORGANIZATION && type == EntityType.PERSON
          && e.actor() != null && e.actor().endsWith("PTY") && surface.indexOf(' ') < 0
          && e.names().contains(surface) && context.documentCountries().contains(e.country())) {
        s -= 10; // "Ennahda" tagged as a person, in an article on Tunisia: the party
      } else {
        return Double.NEGATIVE_INFINITY; // a person is no place; a tagged place no bulk actor
      }
    }
    if (e.kind() == EntryKind.PLACE && surface.equals(e.label())) {
      s += 2; // "Verden" is Verden an der Aller, not Woerden, which larger bears it as an alias
    }
    if (e.names().contains(surface) || genitiveOf(e, surface)) {
      s += 5;
      if (e.kind() == EntryKind.COUNTRY) {
        s += 10; // "Benin opened its borders ... out of Nigeria": the state, not Benin City
      }
    }
    if (e.kind() == EntryKind.PERSON && surface.strip().indexOf(' ') > 0) {
      s += 15; // a full name is good evidence even where the dictionary's roles have run out
    }
    if (e.kind() == EntryKind.PERSON && context.day() != null) {
      if (e.activeOn(context.day())) {
        s += 25;
      } else if (e.roles().stream().anyMatch(r -> r.dated())) {
        s -= 5;
      }
    }
    if (e.actor() != null && e.actor().endsWith("PTY") && ACRONYM.matcher(surface).matches()
        && !context.documentCountries().contains(e.country())
        && !context.homes().contains(e.country())) {
      s -= 40; // "SC asks Kerala govt": India's Supreme Court, not a Senegalese party's short form
    }
    if (e.kind() == EntryKind.PERSON && !e.curated() && e.id().startsWith(PHOENIX)
        && e.country() != null && !context.homes().isEmpty()
        && !context.documentCountries().contains(e.country())
        && !context.homes().contains(e.country())) {
      // Phoenix's roles end about 2015 and many never end: a namesake of one of its officials
      // in an article set elsewhere that never names the official's country is most likely
      // someone else (the Doobie Brothers' Patrick Simmons, not a Grenadian minister of 2008);
      // a sentence alone, set nowhere, says nothing against him
      s -= 40;
    }
    if (e.id().startsWith(PHOENIX) && e.country() == null && e.kind() == EntryKind.ORGANIZATION
        && international(e.actorOn(context.day()))
        && (surface.strip().indexOf(' ') > 0 || surface.matches("\\p{Lu}{3,}"))) {
      // an international body belongs to no country the text could name ("UNDP", the
      // "Intergovernmental Panel on Climate Change"): its full name or short form is evidence
      // enough; a single word such as "Amit" or "Saferworld" is not
      s += 15;
    }
    if (e.country() != null && e.kind() != EntryKind.COUNTRY) {
      if (context.documentCountries().contains(e.country())) {
        s += 15;
      }
      if (context.sentenceCountries().contains(e.country())) {
        s += 10;
      }
    }
    if (e.kind() == EntryKind.REGION && context.regionCue() != null
        && (context.regionCue().isEmpty() || context.regionCue().equals(e.label()))) {
      s += 40;
    }
    return s;
  }

  /** Whether an actor code is an international or non-governmental body's ("IGOUNODEV"). */
  private static boolean international(@Nullable String code) {
    return code != null && (code.startsWith("IGO") || code.startsWith("NGO"));
  }

  private static double base(KbEntry e) {
    return switch (e.kind()) {
      case COUNTRY -> 60;
      case ORGANIZATION -> e.curated() ? 60 : 25;
      case CAPITAL -> 45;
      case PERSON -> e.curated() ? 50 : 25;
      case REGION -> 30;
      case PLACE -> 14 + 4 * Math.log10(e.population() + 1.0);
      case MISC -> 40;
      case NONE -> 0;
    };
  }
}
