package org.herald.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;

/**
 * Reads organisations.tsv, igos.tsv, parties.tsv, people.tsv, actors.tsv and places.tsv into
 * entries.
 */
final class Sources {
  private Sources() {}

  private static String[] fields(String line, int atLeast, String file) {
    String[] f = line.split("\t", -1);
    if (f.length < atLeast) {
      throw new HeraldException(ErrorCode.RESOURCE,
          file + " line needs " + atLeast + " tab-separated columns: " + line);
    }
    return f;
  }

  private static List<String> list(String cell) {
    List<String> out = new ArrayList<>();
    for (String s : cell.split(";")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  static List<KbEntry> organisations(List<String> lines, Map<String, List<Role>> members) {
    List<KbEntry> out = new ArrayList<>();
    for (String line : lines) {
      String[] f = fields(line, 6, "organisations.tsv");
      String id = "herald:" + f[0];
      Set<String> names = new LinkedHashSet<>();
      for (String n : list(f[5])) {
        names.addAll(Countries.germanForms(n));
      }
      names.add(f[3]);
      names.addAll(Countries.germanForms(f[4]));
      out.add(new KbEntry(id, EntryKind.ORGANIZATION, f[3], f[4], List.copyOf(names), null, f[1],
          f[2], null, null));
      if (f.length > 6) {
        List<Role> m = new ArrayList<>();
        for (String spec : list(f[6])) {
          m.add(Role.parse(spec));
        }
        members.put(f[0], List.copyOf(m));
      }
    }
    return out;
  }

  /**
   * The intergovernmental organisations of igos.tsv (id, short name, CAMEO actor code, English
   * and German label, names, abbreviations), converted from SupraVerden: curated organisations
   * without a country, like the hand-written ones but of lower priority. One that a hand-written
   * organisation already is (its id, short name or a name in common, compared folded) is left
   * out: the hand-written entry wins. The German label is also taken in its inflected forms.
   */
  static List<KbEntry> igos(List<String> lines, List<KbEntry> organisations) {
    Set<String> handWritten = new java.util.HashSet<>();
    for (KbEntry o : organisations) {
      handWritten.add(o.id());
      handWritten.add(Names.fold(o.org()));
      o.names().forEach(n -> handWritten.add(Names.fold(n)));
    }
    List<KbEntry> out = new ArrayList<>();
    for (String line : lines) {
      String[] f = fields(line, 7, "igos.tsv");
      Set<String> names = new LinkedHashSet<>();
      if (!f[4].isEmpty()) {
        names.addAll(Countries.germanForms(f[4]));
      }
      names.addAll(list(f[5]));
      names.addAll(list(f[6]));
      boolean known = handWritten.contains(f[0]) || handWritten.contains(Names.fold(f[1]));
      for (String n : names) {
        known |= handWritten.contains(Names.fold(n));
      }
      if (!known) {
        out.add(new KbEntry(f[0], EntryKind.ORGANIZATION, f[3], f[4].isEmpty() ? null : f[4],
            List.copyOf(names), null, f[1], f[2], null, null));
      }
    }
    return out;
  }

  /** Germany, Austria, Switzerland, Liechtenstein: a party's native name is its German label. */
  private static final Set<String> GERMAN = Set.of("DEU", "AUT", "CHE", "LIE");

  /**
   * The political parties of parties.tsv (id, short name, English name, native name, country,
   * CAMEO actor code, names), converted from open data: organisations of their country with the
   * code COUNTRY+PTY. Curated, though converted: the linker's score of a converted organisation
   * (25, and 5 for the exact name) stays under its threshold (32) unless the text names the
   * country, and "Die FDP lehnt ab" names none. Which of their names the tagger gets, the
   * knowledge base decides (full names, and the abbreviations of German-speaking countries).
   */
  static List<KbEntry> parties(List<String> lines) {
    return parties(lines, List.of());
  }

  /**
   * The parties, each with the dated roles of party-roles.tsv (its periods in opposition) before
   * its undated code.
   */
  static List<KbEntry> parties(List<String> lines, List<String> roleLines) {
    Map<String, List<Role>> dated = new HashMap<>();
    for (String line : roleLines) {
      String[] f = fields(line, 2, "party-roles.tsv");
      List<Role> roles = dated.computeIfAbsent(f[0], k -> new ArrayList<>());
      for (String spec : list(f[1])) {
        roles.add(Role.parse(spec));
      }
    }
    List<KbEntry> out = new ArrayList<>();
    for (String line : lines) {
      String[] f = fields(line, 7, "parties.tsv");
      String labelDe = GERMAN.contains(f[4]) && !f[3].isEmpty() ? f[3] : null;
      List<Role> roles = new ArrayList<>(dated.getOrDefault(f[0], List.of()));
      if (!roles.isEmpty()) {
        roles.add(Role.parse(f[5])); // outside its periods in opposition: the party as such
      }
      out.add(new KbEntry(f[0], EntryKind.ORGANIZATION, f[2], labelDe, list(f[6]), f[4], null,
          f[5], null, null, List.copyOf(roles), List.of(), 0, null, true));
    }
    return out;
  }

  /** Phoenix's country code of companies (multinational corporations). */
  private static final String MULTINATIONAL = "MNC";

  /**
   * The Phoenix actors, less the entries that name a country under a historical code ("Ukraine",
   * USRUKR until 1991): countries come from countries.tsv. Companies are their home country's
   * business.
   */
  static Map<String, KbEntry> actors(List<String> lines, List<KbEntry> known) {
    Set<String> countryNames = new java.util.HashSet<>();
    Set<String> countries = new java.util.HashSet<>();
    for (KbEntry e : known) {
      if (e.kind() == EntryKind.COUNTRY) {
        e.names().forEach(n -> countryNames.add(Names.fold(n)));
        countries.add(e.country());
      }
    }
    Map<String, KbEntry> out = new LinkedHashMap<>();
    for (String line : lines) {
      String[] f = fields(line, 6, "actors.tsv");
      if (countryNames.contains(Names.fold(f[2]))) {
        continue;
      }
      List<Role> roles = new ArrayList<>();
      for (String spec : list(f[4])) {
        roles.add(Role.parse(spec));
      }
      EntryKind kind = f[1].equals("PERSON") ? EntryKind.PERSON : EntryKind.ORGANIZATION;
      String country = f[3].isEmpty() ? null : f[3];
      if (MULTINATIONAL.equals(country)) {
        // A company: Phoenix codes it MNC and its home ("MNCUSA", "MNCUSAMED"), and many as a
        // person; the codebook codes a company as its country's business (USABUS), a media
        // company as its media (USAMED). One with no known home keeps its codes and stays
        // unlinked, as before.
        String home = roles.isEmpty() || roles.get(0).code().length() < 6 ? null
            : roles.get(0).code().substring(3, 6);
        if (home != null && countries.contains(home)) {
          kind = EntryKind.ORGANIZATION;
          country = home;
          roles = roles.stream().map(r -> new Role(home
              + (r.code().endsWith("MED") ? "MED" : "BUS"), r.from(), r.to())).toList();
        }
      }
      List<String> names = list(f[5]);
      if (MULTINATIONAL.equals(f[3]) && kind == EntryKind.ORGANIZATION) {
        names = withoutLegalForms(names);
      }
      out.put(f[0], new KbEntry(f[0], kind, f[2], null, names, country, null, null, null,
          null, dated(roles), List.of(), 0, null, false));
    }
    return out;
  }

  /** A company's legal form at the end of a Phoenix name ("Siemens Ag", "Global Kids, Inc"). */
  private static final java.util.regex.Pattern LEGAL_FORM = java.util.regex.Pattern.compile(
      ",? (Ag|Se|Inc\\.?|Corp\\.?|Ltd\\.?|Plc|Llc|Gmbh|Nv|Sa|Spa|Asa|Oyj)$");

  /**
   * A company's names and each without its legal form: the press writes "Siemens" and
   * "Siemens-Chef" where Phoenix lists "Siemens Ag". A form shorter than three letters is left
   * out.
   */
  static List<String> withoutLegalForms(List<String> names) {
    List<String> out = new ArrayList<>(names);
    for (String n : names) {
      String bare = LEGAL_FORM.matcher(n).replaceFirst("");
      if (!bare.equals(n) && bare.length() >= 3 && !out.contains(bare)) {
        out.add(bare);
      }
    }
    return out;
  }

  /** Dated roles first, so that the first holding role is the one of that day. */
  private static List<Role> dated(List<Role> roles) {
    List<Role> out = new ArrayList<>();
    roles.stream().filter(Role::dated).forEach(out::add);
    roles.stream().filter(r -> !r.dated()).forEach(out::add);
    return out;
  }

  /**
   * The CAMEO role suffix of each office key (office-roles.tsv: pattern, office, suffix, ...);
   * an office not listed there gives GOV.
   */
  static Map<String, String> officeSuffixes(List<String> lines) {
    Map<String, String> out = new HashMap<>();
    for (String line : lines) {
      String[] f = fields(line, 3, "office-roles.tsv");
      if (!f[1].strip().equals("-")) {
        out.putIfAbsent(f[1].strip(), f[2].strip());
      }
    }
    return out;
  }

  /**
   * Builds the entries of people.tsv and officials.tsv (one format): each takes in the Phoenix
   * entry it names (or whose full name and country it shares), which then leaves {@code phoenix}.
   */
  static final class PersonBuilder {
    private final Map<String, KbEntry> phoenix;
    private final Map<String, String> orgCodes = new HashMap<>();
    private final Map<String, KbEntry> phoenixByName = new HashMap<>();
    private final Map<String, String> suffixes;

    PersonBuilder(Map<String, KbEntry> phoenix, List<KbEntry> organisations,
        Map<String, String> suffixes) {
      this.phoenix = phoenix;
      this.suffixes = suffixes;
      for (KbEntry o : organisations) {
        orgCodes.put(o.id().substring("herald:".length()), o.actor());
      }
      for (KbEntry e : phoenix.values()) {
        if (e.kind() == EntryKind.PERSON) {
          for (String n : e.names()) {
            String f = Names.fold(n);
            if (f.indexOf(' ') > 0) {
              phoenixByName.putIfAbsent(f + "|" + e.country(), e);
            }
          }
        }
      }
    }

    /** The role an office gives while held: COUNTRY+GOV (or the office's suffix), an org's code. */
    Role role(Office o, String file) {
      String code = o.place().matches("[A-Z]{3}")
          ? o.place() + suffixes.getOrDefault(o.office(), "GOV") : orgCodes.get(o.place());
      if (code == null) {
        throw new HeraldException(ErrorCode.RESOURCE,
            file + " names an unknown organisation: " + o.place());
      }
      return new Role(code, o.from(), o.to());
    }

    KbEntry person(String[] f, boolean curated, String file) {
      String country = f[4];
      List<Office> offices = new ArrayList<>();
      List<Role> roles = new ArrayList<>();
      for (String spec : list(f[5])) {
        Office o = Office.parse(spec);
        offices.add(o);
        roles.add(role(o, file));
      }
      for (String spec : list(f[6])) {
        roles.add(Role.parse(spec));
      }
      Set<String> names = new LinkedHashSet<>();
      names.add(f[2]);
      if (!f[3].isEmpty()) {
        names.add(f[3]);
      }
      names.addAll(list(f[7]));
      KbEntry p = f[1].isEmpty() ? null : phoenix.get(f[1]);
      if (p == null) {
        for (String n : names) {
          p = phoenixByName.get(Names.fold(n) + "|" + country);
          if (p != null && phoenix.containsKey(p.id())) {
            break;
          }
          p = null;
        }
      }
      if (p != null) {
        phoenix.remove(p.id());
        names.addAll(p.names());
        // Phoenix's roles still open in 2014 are superseded by the offices written by hand; an
        // official's converted offices (national ones) supersede only his national roles.
        p.roles().stream()
            .filter(r -> r.dated() && (r.to() != null || !curated && !r.code().startsWith(country)))
            .forEach(roles::add);
        p.roles().stream().filter(r -> !r.dated()).forEach(roles::add);
      }
      roles.add(new Role(country + "ELI", null, null));
      return new KbEntry(f[0], EntryKind.PERSON, f[2], f[3].isEmpty() ? null : f[3],
          List.copyOf(names), country, null, null, null, null, roles, offices, 0, null, curated);
    }
  }

  /** The prominent people of people.tsv, hand-written and curated. */
  static List<KbEntry> people(List<String> lines, PersonBuilder builder) {
    List<KbEntry> out = new ArrayList<>();
    for (String line : lines) {
      out.add(builder.person(fields(line, 8, "people.tsv"), true, "people.tsv"));
    }
    return out;
  }

  /**
   * The officials of officials.tsv (converted from open data, not curated). Hand-written people
   * win: an official already in {@code people} (same id, or a full name and country in common:
   * people.tsv also has Herald ids) is skipped, so that no converted office (some still open in
   * a source's snapshot though long ended) changes a curated entry.
   */
  static List<KbEntry> officials(List<String> lines, List<KbEntry> people,
      PersonBuilder builder) {
    Set<String> known = new java.util.HashSet<>();
    for (KbEntry e : people) {
      known.add(e.id());
      for (String n : e.names()) {
        String f = Names.fold(n);
        if (f.indexOf(' ') > 0) {
          known.add(f + "|" + e.country());
        }
      }
    }
    List<KbEntry> out = new ArrayList<>();
    for (String line : lines) {
      String[] f = fields(line, 8, "officials.tsv");
      boolean handWritten = known.contains(f[0]);
      for (String n : f[7].isEmpty() ? List.of(f[2]) : list(f[7])) {
        handWritten |= known.contains(Names.fold(n) + "|" + f[4]);
      }
      if (!handWritten) {
        out.add(builder.person(f, false, "officials.tsv"));
      }
    }
    return out;
  }

  /**
   * Adds the places of places.tsv with the names of place-names.tsv; a capital already known
   * from countries.tsv takes the place's population and region instead of being listed twice.
   */
  /** The party ids of party-short-names.tsv by "COUNTRY|folded form". */
  static Map<String, String> partyShortNames(List<String> lines) {
    Map<String, String> out = new HashMap<>();
    for (String line : lines) {
      String[] f = fields(line, 3, "party-short-names.tsv");
      for (String form : list(f[1])) {
        out.put(f[0].strip() + "|" + Names.fold(form), f[2].strip());
      }
    }
    return out;
  }

  /** The actors that place-names.tsv gives capitals acting for a body seated there, by id. */
  static Map<String, String> seats(List<String> extraNames) {
    Map<String, String> out = new HashMap<>();
    for (String line : extraNames) {
      String[] f = fields(line, 2, "place-names.tsv");
      if (f.length > 2 && !f[2].isBlank()) {
        out.put(f[0], f[2].strip());
      }
    }
    return out;
  }

  static void places(List<String> lines, List<String> extraNames, List<KbEntry> entries) {
    Map<String, List<String>> extra = new HashMap<>();
    for (String line : extraNames) {
      String[] f = fields(line, 2, "place-names.tsv");
      extra.computeIfAbsent(f[0], k -> new ArrayList<>()).addAll(list(f[1]));
    }
    Map<String, Integer> capitals = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).kind() == EntryKind.CAPITAL) {
        capitals.put(entries.get(i).id(), i);
      }
    }
    for (String line : lines) {
      String[] f = fields(line, 9, "places.tsv");
      boolean region = f[1].equals("REGION");
      Double lat = f[5].isEmpty() ? null : Double.valueOf(f[5]);
      Double lon = f[6].isEmpty() ? null : Double.valueOf(f[6]);
      long population = f[7].isEmpty() ? 0 : Long.parseLong(f[7]);
      List<String> names = list(f[8]);
      if (extra.containsKey(f[0])) {
        names.addAll(extra.get(f[0]));
      }
      Integer capital = capitals.get(f[0]);
      if (capital != null) {
        KbEntry c = entries.get(capital);
        Set<String> all = new LinkedHashSet<>(c.names()); // countries.tsv has its GeoNames names
        all.addAll(extra.getOrDefault(f[0], List.of()));
        entries.set(capital, new KbEntry(c.id(), c.kind(), c.label(), c.labelDe(),
            List.copyOf(all), c.country(), c.org(), c.actor(), c.lat(), c.lon(), c.roles(),
            c.offices(), population, f[4].isEmpty() ? null : f[4], true));
        continue;
      }
      entries.add(new KbEntry(f[0], region ? EntryKind.REGION : EntryKind.PLACE, f[2], null,
          names, f[3], null, f[3], lat, lon, List.of(), List.of(), population,
          f[4].isEmpty() ? null : f[4], false));
    }
    dropBorrowedNames(entries, capitals);
  }

  /**
   * Takes from each capital the names GeoNames also lists for it that are the own name of a more
   * populous place: "Delhi" is one of Dili's alternate names, and a capital outranks a city
   * when the linker weighs them, so Delhi's pollution became East Timor's.
   */
  private static void dropBorrowedNames(List<KbEntry> entries, Map<String, Integer> capitals) {
    Map<String, Long> largest = new HashMap<>();
    for (KbEntry e : entries) {
      if (e.kind() == EntryKind.PLACE) {
        largest.merge(e.label(), e.population(), Math::max);
      }
    }
    for (int i : capitals.values()) {
      KbEntry c = entries.get(i);
      List<String> kept = new ArrayList<>(c.names().size());
      for (String n : c.names()) {
        Long other = n.equals(c.label()) ? null : largest.get(n);
        if (other == null || other <= c.population()) {
          kept.add(n);
        }
      }
      if (kept.size() < c.names().size()) {
        entries.set(i, new KbEntry(c.id(), c.kind(), c.label(), c.labelDe(), List.copyOf(kept),
            c.country(), c.org(), c.actor(), c.lat(), c.lon(), c.roles(), c.offices(),
            c.population(), c.region(), c.curated()));
      }
    }
  }
}
