package org.herald.coding;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.kb.EntryKind;
import org.herald.kb.KbEntry;
import org.herald.kb.KnowledgeBase;
import org.herald.kb.Role;
import org.herald.kb.Words;
import org.jspecify.annotations.Nullable;

/**
 * Finds descriptions that name an actor without its name, and resolves them on the article's
 * date: an office with a country or organisation ("Russlands Präsident", "Kreml-Sprecher",
 * "US-Präsident", "the Russian president", "Nato-Generalsekretär") is its holder on that day; a
 * bare office with a definite article ("der Sprecher", "the chancellor") is the last person in
 * the text who held it; an agent with a country ("ein Kreml-Beamter", "chinesische
 * Staatsmedien", "russische Truppen") is that country's agent as a CAMEO actor (RUSGOV,
 * CHNGOVMED, RUSMIL) without a named person. Thread-safe.
 */
public final class Descriptions {
  private static final Set<String> DEFINITE = Set.of("der", "die", "das", "den", "dem", "des",
      "the");
  /** The federations whose offices are also called "Bundes-": Austria's and Switzerland's. */
  private static final Set<String> OTHER_FEDERATIONS = Set.of("AUT", "CHE");
  private static final Set<String> FORMER = Set.of("ehemalige", "ehemaligen", "ehemaliger",
      "frühere", "früheren", "früherer", "einstige", "einstigen", "former", "ex", "late",
      "damalige", "damaligen", "then", "künftige", "künftigen", "designierte", "designierten",
      "future", "next", "neue", "neuen", "new");
  /** Of {@link #FORMER}, the words of an office left: its holder is now an elite (ELI). */
  static final Set<String> PAST = Set.of("ehemalige", "ehemaligen", "ehemaliger",
      "frühere", "früheren", "früherer", "einstige", "einstigen", "former", "ex", "late");
  /**
   * Of {@link #FORMER}, the words of an office held at another time, neither now nor left for
   * good: "der damalige Bundespräsident", "the then president", "the future chancellor".
   */
  static final Set<String> ANOTHER_TIME = Set.of("damalige", "damaligen", "damaliger", "then",
      "künftige", "künftigen", "künftiger", "designierte", "designierten", "designierter",
      "future", "next");
  /** The country an agent word gives for "the country the text is set in" (agents-de.tsv). */
  static final String HOME = "home";
  /** Of {@link #FORMER}, the words of an office just filled: "der neue Präsident". */
  private static final Set<String> NEW = Set.of("neue", "neuen", "neuer", "new");
  /** Words that make a people an ethnic group, coded by where it lives. */
  private static final Set<String> ETHNIC = Set.of("ethnic", "ethnische", "ethnischen",
      "ethnischer");
  private static final Set<String> LINKS_RIGHT = Set.of("des", "der", "von", "of", "the");
  /** Words by which an agent word goes on as a body's name: "Bund der ...", "Bund für ...". */
  private static final Set<String> NAME_LINKS = Set.of("der", "für", "deutscher", "Deutscher");
  private static final Map<String, String> AGENT_NAMES = Map.ofEntries(
      Map.entry("GOV", "government"), Map.entry("MIL", "military"), Map.entry("MED", "media"),
      Map.entry("GOVMED", "state media"), Map.entry("COP", "police"),
      Map.entry("REB", "rebels"), Map.entry("OPP", "opposition"), Map.entry("BUS", "business"),
      Map.entry("JUD", "judiciary"), Map.entry("LEG", "legislature"),
      Map.entry("CVL", "civilians"), Map.entry("REF", "refugees"), Map.entry("EDU", "education"),
      Map.entry("AGR", "agriculture"), Map.entry("ELI", "elites"), Map.entry("LAB", "labour"));

  private final KnowledgeBase kb;
  private final Words words;
  private final Map<String, KbEntry> cameo = new ConcurrentHashMap<>();
  private final OrganisationNames organisationNames;

  public Descriptions(KnowledgeBase kb) {
    this.kb = requireNonNull(kb, "kb is null");
    this.words = kb.words();
    this.organisationNames = new OrganisationNames(kb);
  }

  /** A name of the sentence, by word index, with the entry it is linked to. */
  record Name(int first, int last, EntityType type, @Nullable KbEntry entry) {}

  /**
   * A description found: its words and what it refers to; {@code describes} is the name of a
   * person whom it gives the role (the text layer), or null.
   */
  record Found(int first, int last, EntityType type, KbEntry entry, @Nullable Name describes) {
    Found(int first, int last, EntityType type, KbEntry entry) {
      this(first, last, type, entry, null);
    }
  }

  /**
   * A person (or an organisation, for "ein Sprecher der Organisation") the text has named so
   * far, and the office word it came with, if any.
   */
  record Seen(KbEntry entry, @Nullable String office) {}

  /** What a word names: an office or an agent, and the place its compound prefix gives. */
  private record Head(int first, int last, @Nullable String office, @Nullable String agent,
      @Nullable String place) {}

  /**
   * The descriptions of a sentence. {@code seen} holds the people named earlier in the text,
   * the latest last; it is read for bare offices and extended with the holders found here.
   */
  List<Found> find(List<String> wordsOf, List<String> lemmas, List<String> upos,
      List<Name> names, @Nullable String language, @Nullable LocalDate day, List<Seen> seen,
      @Nullable String home, @Nullable String personHome) {
    String lang = "en".equals(language) ? "en" : "de";
    List<Found> out = new ArrayList<>();
    int n = wordsOf.size();
    // The country of the first agent or office the sentence gives one: others without a country
    // are of it before they are of the document's.
    String agentCountry = null;
    for (int i = 0; i < n; i++) {
      if (SentenceNames.nameAt(names, i) != null) {
        continue;
      }
      Head h = head(wordsOf, lemmas, i, lang);
      if (h == null) {
        // "Thousands of Nigerians", "Palästinenser protestierten": a people named by its
        // demonym acts as its country's population (NGA, PSE).
        String people = demonym(wordsOf.get(i), upos.get(i), lang);
        if (people == null && describesThing(wordsOf, lemmas, upos, names, i, lang)) {
          // "an Indian proposal", "Iraqi towns", "German goods": the country whose thing it is.
          people = countryOfAdjective(wordsOf.get(i), lang);
        }
        if (people != null && i > 0
            && ETHNIC.contains(wordsOf.get(i - 1).toLowerCase(Locale.ROOT))) {
          // "ethnic Albanians in Serbia" are Serbia's
          people = residence(names.stream().map(Name::entry).toList(), people);
        }
        if (people != null) {
          out.add(new Found(i, i, EntityType.ORGANIZATION, cameo(people, "")));
        }
        continue;
      }
      int start = h.first();
      String place = h.place();
      if (HOME.equals(place)) {
        // "die Landesregierung", "die Stadtverwaltung": a body below the state, of the country
        // the sentence or the text is set in
        place = SentenceNames.sentencePlace(wordsOf, names, agentCountry != null ? agentCountry : home);
      }
      if ("DEU".equals(place) && home != null && OTHER_FEDERATIONS.contains(home)
          && wordsOf.get(h.first()).startsWith("Bundes")) {
        place = home; // "der Bundespräsident" in an Austrian article is Austria's
      }
      boolean former = false;
      boolean fresh = false;
      // Modifiers to the left: "der russische Präsident", "Russlands Präsident", "US President".
      for (int j = h.first() - 1; j >= Math.max(0, h.first() - 3); j--) {
        String w = wordsOf.get(j);
        if (NEW.contains(w.toLowerCase(Locale.ROOT))) {
          fresh = true; // "the new Sri Lankan president": read on
          continue;
        }
        if (FORMER.contains(w.toLowerCase(Locale.ROOT))) {
          former = true;
          break;
        }
        Name left = SentenceNames.nameEnding(names, j);
        if (left != null && "de".equals(lang) && !w.endsWith("s")) {
          left = null; // "als die USA Truppen abzogen": only a genitive ("Russlands") modifies
        }
        if (left == null && (w.equals("'s") || w.equals("’s")) && j > 0) {
          left = SentenceNames.nameEnding(names, j - 1);
        }
        if (left != null) {
          String p = placeOf(left.entry());
          if (p == null && h.office() == null && REGIONAL_AGENTS.contains(h.agent())
              && left.type() == EntityType.LOCATION && left.entry() != null
              && left.entry().entityType() == EntityType.LOCATION
              && left.entry().country() != null) {
            p = left.entry().country(); // "the Kerala government", "the Moscow police": India's
          }
          if (p == null && left.entry() == null && left.type() == EntityType.ORGANIZATION) {
            // a body the knowledge base lacks, of the country its name names: "Chinese Foreign
            // Ministry spokesman Wang Wenbin"
            String ofName = organisationNames.actorOfName(
                String.join(" ", wordsOf.subList(left.first(), left.last() + 1)), lang);
            p = ofName == null ? null : ofName.substring(0, 3);
          }
          if (p != null && place == null) {
            place = p;
            start = left.first();
          }
          break;
        }
        KbEntry c = kb.countryOfDerivedWord(w);
        int from = j;
        if (c == null && j > 0) {
          c = kb.countryOfDerivedWord(wordsOf.get(j - 1) + " " + w); // "the Sri Lankan army"
          from = j - 1;
        }
        if (c == null && "en".equals(lang) && w.endsWith("-led")) {
          c = kb.countryOfDerivedWord(w.substring(0, w.length() - 4)); // "Vietnamese-led forces"
          from = j;
        } else if (c == null && "en".equals(lang) && w.equals("led") && j >= 2
            && wordsOf.get(j - 1).equals("-")) {
          c = kb.countryOfDerivedWord(wordsOf.get(j - 2)); // the same, split by the tokenizer
          from = j - 2;
        }
        if (c != null && c.country() != null) {
          if (place == null) {
            place = c.country();
            start = from;
          }
          j = from;
          continue;
        }
        String u = upos.get(j);
        if (!"ADJ".equals(u) && !"DET".equals(u) && !"PROPN".equals(u)) {
          break;
        }
      }
      if (former) {
        i = h.last(); // a person beside it is described by PersonTitles (ELI for an office left)
        continue;
      }
      if (place == null && h.office() != null) {
        // "Ein Sprecher der Organisation sagte", "a spokesman for the group": the organisation
        // named last speaks through him.
        int[] group = groupAfter(wordsOf, h.last());
        KbEntry org = group == null ? null : lastOrganisation(seen);
        if (org != null) {
          out.add(new Found(start, group[1], EntityType.ORGANIZATION, org));
          i = group[1];
          continue;
        }
      }
      int end = h.last();
      // To the right: "Präsident Russlands", "der Präsident der Türkei", "president of Russia".
      if (place == null) {
        int j = h.last() + 1;
        while (j < n && LINKS_RIGHT.contains(wordsOf.get(j).toLowerCase(Locale.ROOT))
            && j <= h.last() + 2) {
          j++;
        }
        Name right = SentenceNames.nameStarting(names, j < n ? j : -1);
        if (right == null && h.last() + 1 < n) {
          right = SentenceNames.nameStarting(names, h.last() + 1);
        }
        if (right != null && placeOf(right.entry()) != null && right.type() != EntityType.PERSON
            && !SentenceNames.basedThere(wordsOf, right.last())) {
          place = placeOf(right.entry());
        }
        // "refugees from Syria", "police in Lagos", "officials in Tokyo": an agent of the place
        // it is from or in; but troops in a country are as often foreign as its own.
        if (place == null && h.agent() != null && h.last() + 2 < n) {
          String link = wordsOf.get(h.last() + 1).toLowerCase(Locale.ROOT);
          boolean from = link.equals("from") || link.equals("aus");
          boolean in = link.equals("in") && !h.agent().equals("MIL");
          Name there = SentenceNames.nameStarting(names, h.last() + 2);
          // "lawmakers from the AfD", "Abgeordnete der AfD": the party's (see legislators)
          int at = h.last() + 1;
          if (from || link.equals("of") || link.equals("der")) {
            at = at + 1 < n && DEFINITE.contains(wordsOf.get(at + 1).toLowerCase(Locale.ROOT))
                ? at + 2 : at + 1;
            // "from the right-wing populist Alternative for Germany"
            for (int k = 0; k < 5 && at < n && SentenceNames.nameAt(names, at) == null
                && ("ADJ".equals(upos.get(at)) || wordsOf.get(at).equals("-")
                || wordsOf.get(at - 1).equals("-")); k++) {
              at++; // "right", "-", "wing": a compound the tokenizer split
            }
          }
          Name party = at < n ? SentenceNames.nameStarting(names, at) : null;
          String partyPlace = party == null || party.type() != EntityType.ORGANIZATION ? null
              : placeOf(party.entry());
          if (partyPlace != null && partyPlace.startsWith(ORG) && at > h.last() + 1) {
            place = partyPlace;
            end = party.last();
          } else if ((from || in) && there != null && there.type() == EntityType.LOCATION) {
            place = placeOf(there.entry());
            if (place == null && there.entry() != null
                && there.entry().entityType() == EntityType.LOCATION) {
              place = there.entry().country(); // "die Gewerkschaften in Dortmund": a town's
            }
          }
        }
      }
      if (agentCountry == null && place != null && place.matches("[A-Z]{3}")) {
        agentCountry = place; // "Egyptian police arrested twelve demonstrators": Egypt's
      }
      if (h.office() != null) {
        Found f = office(h, start, end, place, wordsOf, names, day, seen, lang);
        if (f != null && fresh && f.type() == EntityType.PERSON && place != null
            && place.matches("[A-Z]{3}") && !SentenceNames.namedAfter(wordsOf, names, h.last())) {
          // "the new president" names the office just filled, which the knowledge base may not
          // know yet: the country's government, no person
          f = new Found(start, end, EntityType.ORGANIZATION, cameo(place, "GOV"));
        }
        if (f != null) {
          out.add(f);
        }
      } else if (h.agent() != null && place != null && place.matches("[A-Z]{3}")) {
        out.add(describing(new Found(start, end, EntityType.ORGANIZATION,
            cameo(place, h.agent())), h, wordsOf, names, day, seen));
      } else if (h.agent() != null && place == null && HOME_AGENTS.contains(h.agent())
          && (home != null || agentCountry != null
          || SentenceNames.sentencePlace(wordsOf, names, null) != null)) {
        // "Die Polizei nahm ihn fest" in a report from Switzerland: the police of the country
        // the document is set in; a person's trade, of the country of its known people; in a
        // text set nowhere, of the country its sentence is ("In Paris protestierten ...")
        String here = agentCountry != null ? agentCountry : home;
        String country = personHome != null && (describedPerson(start, h, wordsOf, names) != null
            || "LEG".equals(h.agent()) && agentCountry == null
            && SentenceNames.sentencePlace(wordsOf, names, null) == null)
            ? personHome : SentenceNames.sentencePlace(wordsOf, names, here);
        out.add(describing(new Found(start, end, EntityType.ORGANIZATION, cameo(country,
            h.agent())), h, wordsOf, names, day, seen));
      } else if (h.agent() != null && place != null && place.startsWith(ORG)) {
        KbEntry org = orgOf(place); // "SPD-Politikerin": the party's
        if (org != null) {
          // "Pentagon correspondent": the press covers a body of the state, not for it
          KbEntry acts = "MED".equals(h.agent()) && PersonTitles.ofState(org)
              && org.country() != null ? cameo(org.country(), "MED")
              : legislators(org, h.agent(), day);
          out.add(describing(new Found(start, end, EntityType.ORGANIZATION, acts), h, wordsOf,
              names, day, seen));
        }
      } else if (h.agent() != null && place != null) {
        KbEntry org = kb.byId("herald:" + place);
        if (org != null && org.actor() != null) { // "UN troops": IGOUNO and MIL
          out.add(describing(new Found(start, end, EntityType.ORGANIZATION,
              cameo(org, h.agent())), h, wordsOf, names, day, seen));
        }
      }
      i = h.last();
    }
    return out;
  }

  /**
   * What a party's agents stand for on a day: its legislators ("SPD-Abgeordnete") are the
   * governing side's, COUNTRY+LEG, where party-roles.tsv dates the party's opposition and the day
   * lies outside it (docs/CODEBOOK.md); in opposition, and for every other agent, the party.
   */
  private KbEntry legislators(KbEntry party, String agent, @Nullable LocalDate day) {
    return legislatorCode(party, agent, day) != null ? cameo(party.country(), "LEG") : party;
  }

  /**
   * COUNTRY+LEG where a party's legislator (agent or title LEG) is of the governing side on the
   * day: party-roles.tsv dates the party's opposition and the day lies outside it; else null.
   */
  static @Nullable String legislatorCode(KbEntry party, String role, @Nullable LocalDate day) {
    if (!"LEG".equals(role) || day == null || party.country() == null
        || party.roles().stream().noneMatch(Role::dated)) {
      return null;
    }
    String onDay = party.actorOn(day);
    return onDay != null && onDay.endsWith("PTY") ? party.country() + "LEG" : null;
  }

  /** Nouns that refer back to an organisation named before: "der Organisation", "the group". */
  private static final Set<String> GROUP_NOUNS = Set.of("organisation", "organization",
      "gruppe", "group", "miliz", "militia", "bewegung", "movement", "gruppierung", "allianz",
      "alliance", "bündnis", "partei", "party");
  private static final Set<String> GROUP_LINKS = Set.of("der", "des", "of", "for");

  /**
   * The words of a generic organisation noun right after an office word ("Sprecher der
   * Organisation", "spokesman for the group"), as first and last index, or null.
   */
  private static int @Nullable [] groupAfter(List<String> wordsOf, int last) {
    int j = last + 1;
    int n = wordsOf.size();
    if (j < n && GROUP_LINKS.contains(wordsOf.get(j).toLowerCase(Locale.ROOT))) {
      j++;
      if (j < n && wordsOf.get(j).equalsIgnoreCase("the")) {
        j++;
      }
      if (j < n && GROUP_NOUNS.contains(wordsOf.get(j).toLowerCase(Locale.ROOT))) {
        return new int[] {last + 1, j};
      }
    }
    return null;
  }

  /** The organisation with an actor code the text named last, or null. */
  private static @Nullable KbEntry lastOrganisation(List<Seen> seen) {
    for (int k = seen.size() - 1; k >= 0; k--) {
      KbEntry e = seen.get(k).entry();
      if (e.kind() == EntryKind.ORGANIZATION && e.actor() != null
          && !e.id().startsWith(CAMEO)) {
        return e;
      }
    }
    return null;
  }

  /**
   * Whether an office word is followed by the body it is held in ("die Präsidentin der RKZ",
   * "the head of the agency"): then it is no bare office that names the last holder seen.
   */
  private static boolean complemented(List<String> wordsOf, int last) {
    int j = last + 1;
    if (j + 1 >= wordsOf.size() || !LINKS_RIGHT.contains(wordsOf.get(j).toLowerCase(Locale.ROOT))) {
      return false;
    }
    String w = wordsOf.get(j + 1);
    if (DEFINITE.contains(w.toLowerCase(Locale.ROOT)) && j + 2 < wordsOf.size()) {
      w = wordsOf.get(j + 2);
    }
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  private @Nullable Found office(Head h, int start, int end, @Nullable String place,
      List<String> wordsOf, List<Name> names, @Nullable LocalDate day, List<Seen> seen,
      String lang) {
    // Apposition: "Kreml-Sprecher Dmitri Peskow", "the spokesman, Dmitry Peskov".
    int next = h.last() + 1;
    if (next < wordsOf.size() && wordsOf.get(next).equals(",")) {
      next++;
    }
    Name person = SentenceNames.nameStarting(names, next);
    if (person != null && person.type() == EntityType.PERSON) {
      KbEntry known = person.entry();
      if (known != null) {
        seen.add(new Seen(known, h.office()));
        if (day == null || known.activeOn(day) || place == null) {
          return new Found(h.first(), h.last(), EntityType.PERSON, known);
        }
      }
      // "British Defence Secretary Tom King", someone the knowledge base does not know or
      // knows in no role on the day: the office names whom he acts for (his government, or the
      // organisation: "Arab League Secretary-General Chedli Klibi"), which the events stage
      // lends him as his actor.
      if (place != null && place.matches("[A-Z]{3}")) {
        return describing(new Found(start, end, EntityType.ORGANIZATION, cameo(place, "GOV")),
            h, wordsOf, names, day, seen);
      }
      KbEntry org = orgOf(place);
      return org != null && org.actor() != null ? describing(
          new Found(start, end, EntityType.ORGANIZATION, org), h, wordsOf, names, day, seen)
          : null;
    }
    if (place != null && place.startsWith(ORG)) {
      KbEntry org = orgOf(place); // "der HDE-Präsident": the association's, acting for it
      return org == null ? null : new Found(start, end, EntityType.ORGANIZATION, org);
    }
    if (place != null && day != null) {
      // many hold a plain ministry at once: "the minister" alone names none of them
      KbEntry holder = h.office().equals("minister") ? null : kb.holder(place, h.office(), day);
      if (holder == null && h.office().equals("president")) {
        holder = kb.holder(place, "leader", day);
      }
      if (holder != null) {
        seen.add(new Seen(holder, h.office()));
        return new Found(start, end, EntityType.PERSON, holder);
      }
      return place.matches("[A-Z]{3}") ? describing(new Found(start, end,
          EntityType.ORGANIZATION, cameo(place, "GOV")), h, wordsOf, names, day, seen) : null;
    }
    if (place == null && h.first() > 0
        && DEFINITE.contains(wordsOf.get(h.first() - 1).toLowerCase(Locale.ROOT))
        && !complemented(wordsOf, h.last())) {
      for (int k = seen.size() - 1; k >= 0; k--) {
        Seen s = seen.get(k);
        boolean holds = day != null && s.entry().offices().stream()
            .anyMatch(o -> o.office().equals(h.office()) && o.holds(day));
        if (h.office().equals(s.office()) || holds) {
          return new Found(h.first(), h.last(), EntityType.PERSON, s.entry());
        }
      }
    }
    return null;
  }

  /**
   * A description of a person the knowledge base does not know in a role on the day, right
   * before the name ("US Trade Representative Robert Lighthizer", "British opposition leader
   * Jeremy Corbyn") or in apposition after it ("Robert Lighthizer, the US trade
   * representative"): the person acts for the description's actor, as the text says. The
   * description then refers to him, with an entry of the text layer ({@code text:} and the
   * known entry's id, or the name as written), which later bare offices find too. Else the
   * description as it was.
   */
  private Found describing(Found role, Head h, List<String> wordsOf, List<Name> names,
      @Nullable LocalDate day, List<Seen> seen) {
    Name person = describedPerson(role.first(), h, wordsOf, names);
    if (person == null) {
      return role;
    }
    KbEntry known = person.entry();
    if (known != null && (day == null || known.activeOn(day) || !stale(known, day))) {
      return role;
    }
    KbEntry acts = role.entry();
    String name = String.join(" ", wordsOf.subList(person.first(), person.last() + 1));
    KbEntry described = asDescribed(known, name, acts.country(), acts.org(), acts.actorOn(day));
    seen.add(new Seen(described, h.office()));
    return new Found(role.first(), role.last(), EntityType.PERSON, described, person);
  }

  /**
   * The person a description starting at {@code first} stands beside: the name right after it
   * ("counsel Steve Castor", "the spokesman, Dmitry Peskov") or before it after a comma
   * ("Robert Lighthizer, the US trade representative"); null if none.
   */
  private static @Nullable Name describedPerson(int first, Head h, List<String> wordsOf,
      List<Name> names) {
    int next = h.last() + 1;
    if (next < wordsOf.size() && wordsOf.get(next).equals(",")) {
      next++;
    }
    Name person = SentenceNames.nameStarting(names, next);
    if (person == null || person.type() != EntityType.PERSON) {
      int before = first - 1;
      if (before > 0 && DEFINITE.contains(wordsOf.get(before).toLowerCase(Locale.ROOT))) {
        before--;
      }
      person = before > 0 && wordsOf.get(before).equals(",")
          ? SentenceNames.nameEnding(names, before - 1) : null;
    }
    return person == null || person.type() != EntityType.PERSON ? null : person;
  }

  /**
   * A person as the text describes him, an entry of the text layer: under {@code text:} and the
   * known entry's id (its labels kept), or the name as written where the knowledge base does
   * not know him; with the country, organisation and actor code the description gives.
   */
  static KbEntry asDescribed(@Nullable KbEntry known, String name, @Nullable String country,
      @Nullable String org, @Nullable String actor) {
    return new KbEntry(TEXT + (known != null ? known.id() : name.replace(' ', '_')),
        EntryKind.PERSON, known != null ? known.label() : name,
        known != null ? known.labelDe() : null, List.of(name), country, org, actor, null, null,
        List.of(), List.of(), 0, null, false);
  }

  /**
   * Whether the knowledge base knows a person in no role on the day, or only as out of office
   * (ELI): then the text's description is the fresher word. An undated role (a Phoenix actor's
   * code) still stands.
   */
  static boolean stale(KbEntry known, LocalDate day) {
    String actor = known.actorOn(day);
    return actor == null || actor.endsWith("ELI");
  }

  /** A state's agents a region or town has of its own ("the Kerala government"): its country's. */
  private static final Set<String> REGIONAL_AGENTS = Set.of("GOV", "COP", "LEG", "JUD");

  /**
   * Agents that, named without a country, belong to the country the sentence or the document is
   * set in: the police, the courts and prosecutors, parliament, civilians, refugees, students,
   * farmers, unions, aid and human rights groups and protesters. Governments, armies, officials
   * and companies are as often foreign, and stay without one; hospitals, doctors and churches
   * are seldom actors of an event (a church "in" the text speaks in more historical quotes than
   * in news: Redewiedergabe's indirect speech lost precision with it).
   */
  private static final Set<String> HOME_AGENTS = Set.of("COP", "JUD", "LEG", "CVL", "REF",
      "EDU", "AGR", "LAB", "NGO", "HRI", "OPP");

  /** The id prefix of the entries the text gives (a role from a description). */
  static final String TEXT = "text:";
  /** The id prefix of an actor code's own entry, no body's ("cameo:DEUJUD"). */
  public static final String CAMEO = "cameo:";

  /**
   * The agents that ask the public in their country's name (docs/CODEBOOK.md: "Zeugen werden
   * gebeten", "the governor called for calm"): government, police, courts.
   */
  public static final Set<String> ASKING_AUTHORITIES = Set.of("GOV", "COP", "JUD");

  /** Whether an entity is a country's civilians that the text only describes ("Zeugen"). */
  public static boolean describedCivilians(Entity e) {
    return agentIn(e, CIVILIANS) && e.kb().id().startsWith(CAMEO);
  }

  private static final Set<String> CIVILIANS = Set.of("CVL");

  /** Whether an entity's actor is a country's agent of one of the kinds ("DEUCOP": COP). */
  public static boolean agentIn(Entity e, Set<String> agents) {
    String actor = e.kb() == null ? null : e.kb().actor();
    return actor != null && actor.length() == 6 && agents.contains(actor.substring(3));
  }

  /** The office or agent word at a position, with the place a compound's prefix names. */
  private @Nullable Head head(List<String> wordsOf, List<String> lemmas, int i, String lang) {
    String w = wordsOf.get(i);
    int hyphen = w.lastIndexOf('-');
    if (hyphen > 0 && hyphen < w.length() - 1) {
      String p = placeOfWord(w.substring(0, hyphen), lang);
      String rest = w.substring(hyphen + 1);
      Words.OfficeWord o = words.office(lang, rest);
      String a = words.agent(lang, rest);
      if (p != null && (o != null || a != null)) {
        return new Head(i, i, o != null ? o.office() : null, o != null ? null : a, p);
      }
    }
    // "Kreml" "-" "Beamter" split by the tokenizer.
    if (i >= 2 && wordsOf.get(i - 1).equals("-")) {
      String p = placeOfWord(wordsOf.get(i - 2), lang);
      Words.OfficeWord o = words.office(lang, w);
      String a = words.agent(lang, w);
      if (p != null && (o != null || a != null)) {
        return new Head(i - 2, i, o != null ? o.office() : null, o != null ? null : a, p);
      }
    }
    int n = wordsOf.size();
    for (int len = Math.min(words.longestOffice(), n - i); len >= 1; len--) {
      String phrase = String.join(" ", wordsOf.subList(i, i + len));
      Words.OfficeWord o = words.office(lang, phrase);
      if (o != null) {
        return new Head(i, i + len - 1, o.office(), null, o.country());
      }
    }
    for (int len = Math.min(3, n - i); len >= 1; len--) {
      String phrase = String.join(" ", wordsOf.subList(i, i + len));
      String lemma = String.join(" ", lemmas.subList(i, i + len));
      String a = words.agent(lang, phrase);
      if (a == null && "en".equals(lang)) {
        a = words.agent(lang, lemma);
      }
      String country = a == null ? null : words.agentCountry(lang, phrase);
      if (HOME.equals(country) && i >= 1 && wordsOf.get(i - 1).equals("-")) {
        continue; // "den Deutschen Fussball-Bund": a federation, not the federal government
      }
      if (HOME.equals(country) && len == 1 && i + 2 < n && NAME_LINKS.contains(wordsOf.get(i + 1))
          && Character.isUpperCase(wordsOf.get(i + 2).charAt(0))
          && placeOfWord(wordsOf.get(i + 2), lang) == null) {
        continue; // "Bund der Energieverbraucher", "Bund für Umwelt": an association's name, not
      }           // the federation ("Landesregierung der Steiermark" is a place's)
      if (a != null && (len > 1 || !Character.isUpperCase(phrase.charAt(0)) || "de".equals(lang)
          || i == 0 || countryWord(wordsOf.get(i - 1), lang))) {
        return new Head(i, i + len - 1, null, a, country);
      }
    }
    return null;
  }

  /**
   * Whether a word names a country or is its adjective: a capitalized agent after it is the
   * country's ("the US Congresswoman", "Russian Officials"), no name of its own.
   */
  private boolean countryWord(String word, String lang) {
    KbEntry e = kb.best(word, lang);
    return e != null ? e.kind() == EntryKind.COUNTRY : kb.countryOfDerivedWord(word) != null;
  }

  private @Nullable String placeOfWord(String word, String lang) {
    KbEntry e = kb.best(word, lang);
    if (e == null) {
      e = kb.countryOfDerivedWord(word);
    }
    return placeOf(e);
  }

  /** The prefix of a place that is a national organisation's own (a party, a union). */
  private static final String ORG = "org:";

  /** The organisation a place names: an international one's id ("nato"), or a national one's. */
  private @Nullable KbEntry orgOf(@Nullable String place) {
    if (place == null) {
      return null;
    }
    return place.startsWith(ORG) ? kb.byId(place.substring(ORG.length()))
        : kb.byId("herald:" + place);
  }

  /** The place an entry stands for: its country, or an organisation's id ("nato"). */
  private static @Nullable String placeOf(@Nullable KbEntry e) {
    if (e == null) {
      return null;
    }
    if (e.kind() == EntryKind.ORGANIZATION && e.org() != null && e.id().startsWith("herald:")) {
      return e.id().substring("herald:".length());
    }
    if (e.kind() == EntryKind.ORGANIZATION && e.curated() && e.country() != null
        && e.actor() != null && e.actor().length() > 3 && !e.actor().endsWith("GOV")) {
      // "HDE-Präsident", "FDP-Chef", "Bundestag-Präsident": the body's own office, not the
      // country's (the Kremlin's spokesman, RUSGOV, is still Russia's)
      return ORG + e.id();
    }
    if (e.kind() == EntryKind.COUNTRY || e.kind() == EntryKind.CAPITAL
        || e.kind() == EntryKind.ORGANIZATION && e.curated()) {
      return e.country();
    }
    return null;
  }

  /**
   * Whether the word at i is an adjective before a noun that no office, agent or name follows
   * ("an Indian proposal", but not "Indian officials", which the agent takes, nor "Indian Ocean").
   */
  private boolean describesThing(List<String> wordsOf, List<String> lemmas, List<String> upos,
      List<Name> names, int i, String lang) {
    if (!"ADJ".equals(upos.get(i)) && !"PROPN".equals(upos.get(i))) {
      return false;
    }
    int n = wordsOf.size();
    for (int j = i + 1; j < n && j <= i + 3; j++) {
      if (SentenceNames.nameAt(names, j) != null || head(wordsOf, lemmas, j, lang) != null) {
        return false;
      }
      String u = upos.get(j);
      if ("NOUN".equals(u) || "PROPN".equals(u)) {
        return true; // "an Indian proposal", "Iraqi Kurds" (no name: that was tested above)
      }
      if (!"ADJ".equals(u) && !"CCONJ".equals(u) && !"PUNCT".equals(u)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The country an ethnic group lives in, as CAMEO codes it: the first other country the
   * sentence names ("ethnic Albanians demonstrated in Serbia": SRB), else its own.
   */
  private static String residence(List<@Nullable KbEntry> named, String people) {
    for (KbEntry e : named) {
      if (e != null && e.kind() == EntryKind.COUNTRY && e.country() != null
          && !e.country().equals(people)) {
        return e.country();
      }
    }
    return people;
  }

  /**
   * An ethnic group a name tags as one ("Ethnic Albanians"): the people of the country where it
   * lives, among the entries of the sentence's names, or null when the words name none.
   */
  @Nullable KbEntry ethnicGroup(String first, String second, List<@Nullable KbEntry> named,
      @Nullable String language) {
    String lang = "en".equals(language) ? "en" : "de";
    if (!ETHNIC.contains(first.toLowerCase(Locale.ROOT))) {
      return null;
    }
    String people = demonym(second, "NOUN", lang);
    return people == null ? null : cameo(residence(named, people), "");
  }

  /** The people of the country an adjective names, as an actor ("Iraqi": IRQ), or null. */
  @Nullable KbEntry peopleOf(String adjective, @Nullable String language) {
    String country = countryOfAdjective(adjective, "en".equals(language) ? "en" : "de");
    return country == null ? null : cameo(country, "");
  }

  /** The country a demonym adjective names ("Indian", "russischen"), or null. */
  private @Nullable String countryOfAdjective(String word, String lang) {
    if (word.length() < 4 || "en".equals(lang) && !Character.isUpperCase(word.charAt(0))) {
      return null;
    }
    return countryOfDerived(word, lang);
  }

  /** The country a word derived from its name stands for, unless the word is a name itself. */
  private @Nullable String countryOfDerived(String word, String lang) {
    KbEntry c = kb.countryOfDerivedWord(word);
    return c == null || c.country() == null || kb.best(word, lang) != null ? null : c.country();
  }

  /** The country whose people a plural demonym noun names ("Nigerians", "Russen"), or null. */
  private @Nullable String demonym(String word, String upos, String lang) {
    if (!"NOUN".equals(upos) && !"PROPN".equals(upos) || word.isEmpty()
        || !Character.isUpperCase(word.charAt(0)) || "en".equals(lang) && !word.endsWith("s")) {
      return null;
    }
    return countryOfDerived(word, lang);
  }

  /** The actor an unknown organisation's own name gives ("Kenya Police Service": KENCOP). */
  public @Nullable String actorOfName(String name, @Nullable String language) {
    return organisationNames.actorOfName(name, language);
  }

  /** The agent an organisation's name gives when it names no country ("Hyogo Prefectural Police"). */
  public @Nullable String agentOfName(String name, @Nullable String language) {
    return organisationNames.agentOfName(name, language);
  }

  /** The CAMEO actor of an organisation's agent as an entry: UN and MIL give IGOUNOMIL. */
  private KbEntry cameo(KbEntry org, String agent) {
    String code = org.actor() + agent;
    return cameo.computeIfAbsent(code, c -> new KbEntry(CAMEO + code,
        EntryKind.ORGANIZATION, org.label() + " " + AGENT_NAMES.getOrDefault(agent,
            agent.toLowerCase(Locale.ROOT)), null, List.of(), null, org.org(), code, null, null));
  }

  /** The CAMEO actor of a country's agent as an entry: "RUS" and "MIL" give RUSMIL. */
  KbEntry cameo(String country, String agent) {
    String code = country + agent;
    return cameo.computeIfAbsent(code, c -> {
      KbEntry land = kb.country(country);
      String label = (land != null ? land.label() : country) + " "
          + (agent.isEmpty() ? "(people)" : AGENT_NAMES.getOrDefault(agent,
              agent.toLowerCase(Locale.ROOT)));
      String labelDe = land != null ? land.label("de") + " (" + code + ")" : null;
      return new KbEntry(CAMEO + code, EntryKind.ORGANIZATION, label, labelDe, List.of(),
          country, null, code, null, null);
    });
  }
}
