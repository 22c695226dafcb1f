package org.herald.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.jspecify.annotations.Nullable;

/**
 * What Herald knows about actors and places: every ISO 3166 country (names, adjectives, demonyms,
 * capital), international organisations with their CAMEO codes and members (hand-written, and
 * about 500 intergovernmental ones converted from SupraVerden), political parties of
 * every country (converted from Party Facts), prominent people with
 * their offices over time, the Phoenix actor dictionaries with their dated roles, the GeoNames
 * places of more than 15,000 inhabitants and first-level regions, and the words for offices and
 * agents. Loaded once from the files of this package (their format is in docs/KNOWLEDGE.md),
 * optionally extended by a user's own names file in the format of {@code names.tsv}. Immutable
 * and thread-safe.
 */
public final class KnowledgeBase {
  private static final Pattern SPACES = Pattern.compile("[\\s]+");
  private static final Pattern CAPITALS_OR_DIGITS = Pattern.compile("\\p{Lu}+|\\d+");
  private static final String BASE = "/org/herald/kb/";
  private static volatile @Nullable KnowledgeBase defaultInstance;

  private final Map<String, List<KbEntry>> byName;
  private final Map<String, List<KbEntry>> byFoldedName;
  private final Map<String, KbEntry> byId;
  private final Map<String, List<KbEntry>> bySurname;
  private final Map<String, KbEntry> byDerivedWord;
  private final Map<String, String> fips;
  /** The actor a capital stands for when it acts, where not its country's government. */
  private final Map<String, String> seats;
  /** Party ids by "COUNTRY|folded short form" ("DEU|grunen"): party-short-names.tsv. */
  private final Map<String, String> partyShortNames;
  private final Map<String, KbEntry> byCountry;
  private final Map<String, List<KbEntry>> holders;
  private final Map<String, List<Role>> members;
  private final Words words;
  private final List<KbEntry> entries;
  private final int maxNameWords;
  private final String version;
  /** Where each entry comes from, for {@code herald kb lookup}. */
  private final Map<KbEntry, String> sources = new java.util.IdentityHashMap<>();

  /** The countries whose parties' abbreviations (of three characters or more) the tagger gets. */
  private static final Set<String> PARTY_ABBREVIATIONS = Set.of("DEU", "AUT", "CHE");

  private KnowledgeBase(List<KbEntry> entries, Set<KbEntry> parties, Set<KbEntry> igos,
      Map<String, KbEntry> derived,
      Map<String, List<Role>> members, Words words, String version, Map<String, String> fips,
      Map<String, String> seats, Map<String, String> partyShortNames) {
    this.entries = List.copyOf(entries);
    this.fips = Map.copyOf(fips);
    this.seats = Map.copyOf(seats);
    this.partyShortNames = Map.copyOf(partyShortNames);
    Map<String, List<KbEntry>> names = new HashMap<>();
    Map<String, List<KbEntry>> folded = new HashMap<>(entries.size() * 4);
    Map<String, KbEntry> countries = new HashMap<>();
    Map<String, KbEntry> ids = new HashMap<>(entries.size() * 2);
    Map<String, List<KbEntry>> offices = new HashMap<>();
    Map<String, List<KbEntry>> surnames = new HashMap<>();
    Map<String, List<KbEntry>> inflected = new HashMap<>(); // "Deutschen Roten Kreuzes"
    int longest = 1;
    for (KbEntry e : entries) {
      ids.putIfAbsent(e.id(), e);
      boolean party = parties.contains(e);
      boolean igo = igos.contains(e);
      boolean core = e.curated() && e.kind() != EntryKind.PERSON && !party && !igo;
      boolean person = e.kind() == EntryKind.PERSON
          && (e.curated() || !e.id().startsWith("phoenix:"));
      for (String n : e.names()) {
        // A person's full name is trusted as a name (a hand-written one's, an official's or a
        // legislator's; not Phoenix's, whose lists of people hold firms); a surname alone is
        // not. So is a party's full name, and the abbreviation of a German, Austrian or Swiss
        // party ("FDP", "SPÖ"); other abbreviations ("PS", "AG", "FC") name too many other things.
        // A converted intergovernmental organisation's names and abbreviations of three
        // characters or more (its converter left out words and other bodies' abbreviations),
        // unless an entry before it (a country, a hand-written name, a party) has the name.
        if (core || person && n.indexOf(' ') > 0 || party && (n.indexOf(' ') > 0
            || n.length() >= 3 && PARTY_ABBREVIATIONS.contains(e.country()))
            || igo && n.length() >= 3 && !names.containsKey(n)) {
          List<KbEntry> list = names.computeIfAbsent(n, k -> new ArrayList<>(1));
          if (!list.contains(e)) {
            list.add(e);
          }
          longest = Math.max(longest, SPACES.split(n).length);
        }
        List<KbEntry> list = folded.computeIfAbsent(Names.fold(n), k -> new ArrayList<>(1));
        if (!list.contains(e)) {
          list.add(e);
        }
        if (core || party) {
          for (String form : caseForms(n)) {
            List<KbEntry> forms = inflected.computeIfAbsent(form, k -> new ArrayList<>(1));
            if (!forms.contains(e)) {
              forms.add(e);
            }
          }
        }
      }
      if (e.kind() == EntryKind.COUNTRY && e.country() != null) {
        countries.put(e.country(), e);
      }
      if (e.kind() == EntryKind.PERSON) {
        String label = Names.fold(e.label());
        int space = label.lastIndexOf(' ');
        if (space > 0) {
          surnames.computeIfAbsent(label.substring(space + 1), k -> new ArrayList<>(1)).add(e);
        }
      }
      for (Office o : e.offices()) {
        offices.computeIfAbsent(o.place() + ":" + o.office(), k -> new ArrayList<>()).add(e);
      }
    }
    inflected.forEach(names::putIfAbsent); // a name as listed wins over another's case form
    // "EU-Kommission": a compound around a known name is a name part to the tagger (GermEval's
    // ORGpart), so it is left to the tagger and found for linking only among the candidates.
    names.keySet().removeIf(n -> {
      int hyphen = n.indexOf('-');
      return hyphen > 0 && n.indexOf(' ') < 0 && names.containsKey(n.substring(0, hyphen))
          && hyphen + 1 < n.length() && Character.isUpperCase(n.charAt(hyphen + 1))
          && !CAPITALS_OR_DIGITS.matcher(n.substring(hyphen + 1)).matches();
    });
    names.values().forEach(l -> l.sort(Comparator.comparingInt((KbEntry e) -> -e.kind().weight())));
    this.byName = Map.copyOf(names);
    this.byFoldedName = folded;
    this.byId = ids;
    this.bySurname = surnames;
    this.byCountry = Map.copyOf(countries);
    this.byDerivedWord = Map.copyOf(derived);
    this.holders = Map.copyOf(offices);
    this.members = Map.copyOf(members);
    this.words = words;
    this.maxNameWords = longest;
    this.version = version;
  }

  /** The bundled knowledge base, loaded on first use and shared. */
  public static KnowledgeBase bundled() {
    KnowledgeBase kb = defaultInstance;
    if (kb == null) {
      synchronized (KnowledgeBase.class) {
        kb = defaultInstance;
        if (kb == null) {
          kb = load(null);
          defaultInstance = kb;
        }
      }
    }
    return kb;
  }

  /**
   * The bundled knowledge base extended by a user's names file.
   *
   * @param userNames a file in the format of {@code names.tsv}, or null
   */
  public static KnowledgeBase load(@Nullable Path userNames) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      List<String> countryLines = lines(resource("countries.tsv"), digest);
      List<String> wordLines = lines(resource("country-words.tsv"), digest);
      List<String> nameLines = lines(resource("names.tsv"), digest);
      List<String> orgLines = lines(resource("organisations.tsv"), digest);
      List<String> igoLines = lines(resource("igos.tsv"), digest);
      List<String> partyLines = lines(resource("parties.tsv"), digest);
      List<String> partyRoleLines = lines(resource("party-roles.tsv"), digest);
      List<String> peopleLines = lines(resource("people.tsv"), digest);
      List<String> officialLines = lines(resource("officials.tsv"), digest);
      List<String> legislatorLines = lines(resource("legislators.tsv"), digest);
      List<String> officeRoleLines = lines(resource("office-roles.tsv"), digest);
      List<String> actorLines = lines(resource("actors.tsv"), digest);
      List<String> placeLines = lines(resource("places.tsv"), digest);
      List<String> placeNameLines = lines(resource("place-names.tsv"), digest);
      List<String> partyShortLines = lines(resource("party-short-names.tsv"), digest);
      List<String> officeWordLines = lines(resource("office-words.tsv"), digest);
      List<String> agentLines = lines(resource("agents.tsv"), digest);
      agentLines.addAll(lines(resource("agents-en.tsv"), digest));
      agentLines.addAll(lines(resource("agents-de.tsv"), digest));
      List<String> titleLines = lines(resource("person-titles.tsv"), digest);
      List<String> organisationWordLines = lines(resource("organisation-words.tsv"), digest);
      List<String> stateBodyLines = lines(resource("state-bodies.tsv"), digest);
      int bundledNames = nameLines.size();
      if (userNames != null) {
        if (!Files.isReadable(userNames)) {
          throw new HeraldException(ErrorCode.BAD_ARGUMENT,
              "knowledge file " + userNames + " cannot be read");
        }
        try (InputStream in = Files.newInputStream(userNames)) {
          nameLines.addAll(lines(in, digest));
        }
      }
      Map<String, KbEntry> derived = new HashMap<>();
      Map<KbEntry, String> sources = new java.util.IdentityHashMap<>();
      List<KbEntry> entries = new ArrayList<>(Countries.parse(countryLines, wordLines, derived));
      from(sources, entries, "countries.tsv (GeoNames, CLDR)");
      List<KbEntry> named = parseNames(nameLines);
      for (int i = 0; i < named.size(); i++) {
        sources.put(named.get(i), i < bundledNames ? "names.tsv (hand-written)"
            : "knowledge file " + userNames);
      }
      entries.addAll(named);
      Map<String, List<Role>> members = new HashMap<>();
      List<KbEntry> organisations = Sources.organisations(orgLines, members);
      entries.addAll(organisations);
      from(sources, organisations, "organisations.tsv (hand-written)");
      List<KbEntry> partyEntries = Sources.parties(partyLines, partyRoleLines);
      for (KbEntry party : partyEntries) {
        sources.put(party, "parties.tsv (Party Facts, Wikidata ids)"
            + (party.roles().isEmpty() ? "" : "; periods in opposition: party-roles.tsv"));
      }
      Set<KbEntry> parties = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      parties.addAll(partyEntries);
      entries.addAll(partyEntries);
      List<KbEntry> igoEntries = Sources.igos(igoLines, organisations);
      from(sources, igoEntries, "igos.tsv (SupraVerden, CC BY-SA 4.0; Wikidata ids)");
      Set<KbEntry> igos = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      igos.addAll(igoEntries);
      entries.addAll(igoEntries);
      Map<String, KbEntry> phoenix = Sources.actors(actorLines, entries);
      Sources.PersonBuilder builder = new Sources.PersonBuilder(phoenix, organisations,
          Sources.officeSuffixes(officeRoleLines));
      Legislators congress = new Legislators(legislatorLines);
      List<KbEntry> people = Sources.people(congress.mergeInto(peopleLines, true), builder);
      List<KbEntry> officials = Sources.officials(congress.mergeInto(officialLines, false),
          people, builder);
      List<KbEntry> congressMembers = Sources.officials(congress.rest(), people, builder);
      entries.addAll(people);
      entries.addAll(officials);
      entries.addAll(congressMembers);
      entries.addAll(phoenix.values());
      from(sources, people, "people.tsv (hand-written; Phoenix roles merged where the same;"
          + " terms in Congress from legislators.tsv)");
      from(sources, officials, "officials.tsv (Wikidata, CC0; Phoenix roles merged where the"
          + " same; terms in Congress from legislators.tsv)");
      from(sources, congressMembers, "legislators.tsv (US Congress, unitedstates/congress-legislators,"
          + " CC0; Phoenix roles merged where the same)");
      from(sources, phoenix.values(), "actors.tsv (Phoenix dictionaries of PETRARCH-2)");
      Sources.places(placeLines, placeNameLines, entries);
      // what is new now are the places, and the capitals they completed
      from(sources, entries, "places.tsv (GeoNames)");
      Words words = Words.parse(officeWordLines, agentLines, titleLines,
          organisationWordLines, stateBodyLines);
      String hash = HexFormat.of().formatHex(digest.digest(), 0, 4);
      Map<String, String> fips = new HashMap<>();
      for (String line : countryLines) {
        String[] f = line.split("\t", -1);
        if (f.length > 11 && !f[11].isEmpty()) {
          fips.put(f[1], f[11]);
        }
      }
      KnowledgeBase kb = new KnowledgeBase(entries, parties, igos, derived, members, words,
          "kb-0.2+" + hash, fips, Sources.seats(placeNameLines),
          Sources.partyShortNames(partyShortLines));
      kb.sources.putAll(sources);
      return kb;
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.RESOURCE, "cannot read the knowledge base: " + e, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void from(Map<KbEntry, String> sources, java.util.Collection<KbEntry> entries,
      String source) {
    for (KbEntry e : entries) {
      sources.putIfAbsent(e, source);
    }
  }

  /**
   * The file (and open-data source) an entry comes from, as {@code herald kb lookup} shows it;
   * "Herald" for entries made while reading (a country's derived words).
   */
  public String source(KbEntry e) {
    return sources.getOrDefault(e, "Herald");
  }

  private static InputStream resource(String name) {
    InputStream in = KnowledgeBase.class.getResourceAsStream(BASE + name);
    if (in == null) {
      throw new HeraldException(ErrorCode.RESOURCE, "knowledge file " + name + " is missing");
    }
    return in;
  }

  private static List<String> lines(InputStream in, MessageDigest digest) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        digest.update(line.getBytes(StandardCharsets.UTF_8));
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return out;
  }

  private static List<KbEntry> parseNames(List<String> lines) {
    List<KbEntry> out = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      if (f.length < 6) {
        throw new HeraldException(ErrorCode.RESOURCE,
            "names line needs 6 tab-separated columns: " + line);
      }
      EntryKind kind = switch (f[1]) {
        case "ORGANIZATION" -> EntryKind.ORGANIZATION;
        case "PERSON" -> EntryKind.PERSON;
        case "LOCATION" -> EntryKind.PLACE;
        case "MISC" -> EntryKind.MISC;
        case "NONE" -> EntryKind.NONE;
        default -> throw new HeraldException(ErrorCode.RESOURCE, "unknown type " + f[1]);
      };
      Set<String> names = new LinkedHashSet<>(List.of(f[5].split(";")));
      String org = f[3].isEmpty() ? null : f[3];
      String country = f[4].isEmpty() ? null : f[4];
      String actor = f.length > 6 && !f[6].isBlank() ? f[6].strip()
          : org != null ? "IGO" : country;
      out.add(new KbEntry("herald:" + f[0], kind, f[2], null, List.copyOf(names), country, org,
          actor, null, null));
    }
    return out;
  }

  public String version() {
    return version;
  }

  public List<KbEntry> entries() {
    return entries;
  }

  /** The longest name in words, bounding the matcher's window. */
  public int maxNameWords() {
    return maxNameWords;
  }

  /**
   * The entries a surface form names, best first. German genitives ("Russlands", "Pekings") are
   * reduced to the nominative.
   */
  public List<KbEntry> byName(String surface, @Nullable String language) {
    List<KbEntry> hit = exactOrInflected(surface, language);
    if (hit.isEmpty() && surface.length() > 3 && Names.isUpperCase(surface)) {
      // Datelines and headlines shout: "PEKING" is Peking.
      hit = exactOrInflected(Names.titleCase(surface), language);
    }
    return hit;
  }

  private List<KbEntry> exactOrInflected(String surface, @Nullable String language) {
    List<KbEntry> hit = byName.get(surface);
    if (hit != null) {
      return hit;
    }
    if ("de".equals(language) && surface.length() > 3) {
      if (surface.endsWith("s")) {
        hit = byName.get(surface.substring(0, surface.length() - 1));
        if (hit != null) {
          return hit;
        }
      }
      if (surface.endsWith("es")) {
        hit = byName.get(surface.substring(0, surface.length() - 2));
        if (hit != null) {
          return hit;
        }
      }
    }
    return List.of();
  }

  /** The adjective endings of German case forms. */
  private static final List<String> ADJECTIVE_ENDINGS = List.of("e", "en", "er", "es", "em");
  /** A capitalised word of a name before its last that ends as an adjective: "Deutsches". */
  private static final Pattern ADJECTIVE = Pattern.compile("(\\p{Lu}\\p{L}{2,}?)(e|er|es)");

  /**
   * The other case forms of a German name whose words before the last are adjectives, as a text
   * writes them after an article ("Deutsches Rotes Kreuz": "das Deutsche Rote Kreuz", "des
   * Deutschen Roten Kreuzes", "dem Deutschen Roten Kreuz"), all adjectives with one ending and
   * the last word also with a genitive "-s" or "-es"; none where no word before the last is one.
   */
  static List<String> caseForms(String name) {
    String[] words = name.split(" ");
    if (words.length < 2) {
      return List.of();
    }
    String[] stems = new String[words.length - 1];
    boolean any = false;
    for (int i = 0; i < stems.length; i++) {
      Matcher m = ADJECTIVE.matcher(words[i]);
      if (m.matches()) {
        stems[i] = m.group(1);
        any = true;
      }
    }
    if (!any) {
      return List.of();
    }
    String last = words[words.length - 1];
    List<String> lasts = last.matches(".*[sßxz]$") ? List.of(last, last + "es")
        : List.of(last, last + "s", last + "es");
    List<String> out = new ArrayList<>();
    for (String ending : ADJECTIVE_ENDINGS) {
      StringBuilder head = new StringBuilder();
      for (int i = 0; i < stems.length; i++) {
        head.append(stems[i] == null ? words[i] : stems[i] + ending).append(' ');
      }
      for (String l : lasts) {
        String form = head + l;
        if (!form.equals(name)) {
          out.add(form);
        }
      }
    }
    return out;
  }

  /** The best entry a surface form names, or null. */
  public @Nullable KbEntry best(String surface, @Nullable String language) {
    List<KbEntry> hits = byName(surface, language);
    return hits.isEmpty() ? null : hits.get(0);
  }

  /** The country of an adjective or demonym ("russischen", "Russen", "Russian"), or null. */
  /** A country's FIPS 10-4 code (GDELT's geographic country codes) from its alpha-3 code. */
  public @Nullable String fips(String alpha3) {
    return fips.get(alpha3);
  }

  public @Nullable KbEntry countryOfDerivedWord(String word) {
    KbEntry e = byDerivedWord.get(word);
    return e != null ? e : byDerivedWord.get(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Every entry a name may refer to, for linking: the hand-written names first, then any entry
   * (person, actor, place) whose name matches after folding case, accents and punctuation, the
   * German genitive reduced; a short abbreviation in lower case with dots ("e.V.") only by its
   * exact form. Unordered beyond that; the linker ranks them.
   */
  public List<KbEntry> candidates(String surface, @Nullable String language) {
    Set<KbEntry> out = new LinkedHashSet<>(byName(surface, language));
    if (!surface.isEmpty() && Character.isLowerCase(surface.charAt(0))
        && surface.indexOf('.') > 0 && surface.length() <= 6) {
      return List.copyOf(out); // "e.V.", "u.a.": an abbreviation of words, no acronym ("EV")
    }
    String f = Names.fold(surface);
    List<KbEntry> hit = byFoldedName.get(f);
    if (hit != null) {
      out.addAll(hit);
    }
    String plain = Names.foldPlainUmlauts(surface);
    if (plain != null && byFoldedName.get(plain) != null) {
      // "Richard von Weizsäcker", Phoenix's WEIZSACKER; people only: "SPÖ" is no Serbian SPO
      byFoldedName.get(plain).stream().filter(e -> e.kind() == EntryKind.PERSON)
          .forEach(out::add);
    }
    if ("de".equals(language) && f.length() > 3 && f.endsWith("s") && !f.endsWith("ss")) {
      hit = byFoldedName.get(f.substring(0, f.length() - 1));
      if (hit != null) {
        out.addAll(hit);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The people whose name ends in a word ("Bush": George Bush, George W. Bush, ...), for a
   * surname the dictionaries do not list on its own. German genitive reduced.
   */
  public List<KbEntry> bySurname(String surface, @Nullable String language) {
    String f = Names.fold(surface);
    List<KbEntry> hit = bySurname.get(f);
    String plain = Names.foldPlainUmlauts(surface);
    if (hit == null && plain != null) {
      hit = bySurname.get(plain);
    }
    if (hit == null && "de".equals(language) && f.endsWith("s") && f.length() > 3) {
      hit = bySurname.get(f.substring(0, f.length() - 1));
    }
    return hit == null ? List.of() : hit;
  }

  /**
   * The one prominent person a single word names on its own ("Erdogan", German "Selenskyjs"),
   * as the hand-written people list that word, where the word names nothing else the knowledge
   * base knows; else null. A surname alone is no name to trust in general (see the index of
   * names), but these the tagger may miss ("zu Erdogan reisen").
   */
  public @Nullable KbEntry soleNamedPerson(String word, @Nullable String language) {
    if (word.isEmpty() || word.indexOf(' ') >= 0) {
      return null;
    }
    List<KbEntry> all = candidates(word, language);
    if (all.size() != 1) {
      return null;
    }
    KbEntry e = all.get(0);
    if (e.kind() != EntryKind.PERSON || !e.curated()) {
      return null;
    }
    String stem = "de".equals(language) && word.length() > 3 && word.endsWith("s")
        ? word.substring(0, word.length() - 1) : word;
    for (String n : e.names()) {
      if (n.equals(word) || n.equals(stem)) {
        return e;
      }
    }
    return null;
  }

  /** The entry with an id, or null. */
  public @Nullable KbEntry byId(String id) {
    return byId.get(id);
  }

  /**
   * Who holds an office on a day: {@code holder("RUS", "president", 2021-12-15)} is Putin.
   *
   * @param place alpha-3 country code or organisation id ("nato")
   */
  public @Nullable KbEntry holder(String place, String office, LocalDate day) {
    for (KbEntry e : holders.getOrDefault(place + ":" + office, List.of())) {
      for (Office o : e.offices()) {
        if (o.place().equals(place) && o.office().equals(office) && o.holds(day)) {
          return e;
        }
      }
    }
    if (office.equals("leader")) {
      KbEntry p = holder(place, "president", day);
      return p != null ? p : holder(place, "head-of-government", day);
    }
    return null;
  }

  /** The members of an organisation (by its id, "nato") on a day, alpha-3 codes. */
  public List<String> members(String orgId, @Nullable LocalDate day) {
    List<String> out = new ArrayList<>();
    for (Role r : members.getOrDefault(orgId, List.of())) {
      if (day == null ? r.to() == null : r.holds(day)) {
        out.add(r.code());
      }
    }
    return out;
  }

  /** The words for offices and agents. */
  public Words words() {
    return words;
  }

  /**
   * The actor a capital stands for when it acts ("Moskau lehnte ab"): its country's government,
   * or the body seated there that news means by its name (Brussels: the EU; place-names.tsv).
   */
  public @Nullable String government(KbEntry capital) {
    String seat = seats.get(capital.id());
    return seat != null ? seat : capital.country() == null ? null : capital.country() + "GOV";
  }

  /**
   * The party a short form names in the press of the country an article is set in ("Grünen-",
   * "Linke", "Union"; party-short-names.tsv), Germany's where that country has none, or null.
   */
  public @Nullable KbEntry partyByShortName(String form, @Nullable String country) {
    String folded = Names.fold(form);
    String id = country == null ? null : partyShortNames.get(country + "|" + folded);
    if (id == null) {
      id = partyShortNames.get("DEU|" + folded);
    }
    return id == null ? null : byId(id);
  }

  /**
   * The party whose regional branch a name names ("SPD Niedersachsen", "Piratenpartei Hessen",
   * "Grünen Bayern"): a party's name or short form (as {@link #partyByShortName} reads it),
   * then one word naming a region or place of that party's country; null otherwise.
   */
  public @Nullable KbEntry partyOfBranch(String surface, @Nullable String language,
      @Nullable String country) {
    int space = surface.lastIndexOf(' ');
    if (space <= 0) {
      return null;
    }
    String prefix = surface.substring(0, space);
    KbEntry party = candidates(prefix, language).stream()
        .filter(e -> e.actor() != null && e.actor().endsWith("PTY")).findFirst()
        .orElseGet(() -> partyByShortName(prefix, country));
    if (party == null || party.country() == null) {
      return null;
    }
    boolean region = candidates(surface.substring(space + 1), language).stream()
        .anyMatch(e -> party.country().equals(e.country()) && (e.kind() == EntryKind.REGION
            || e.kind() == EntryKind.PLACE || e.kind() == EntryKind.CAPITAL));
    return region ? party : null;
  }

  /**
   * The party an English short form names before a person's title ("Labour leader Jeremy
   * Corbyn", "Republican Sen. Lindsey Graham", "Tory MP"): that of the country given where it
   * lists the form, else of the one country that does; null where none or several do. The
   * German-language press's forms are not read so ("Union leader" in English is no CDU/CSU).
   */
  public @Nullable KbEntry partyByEnglishShortName(String form, @Nullable String country) {
    String folded = Names.fold(form);
    String id = country == null || GERMAN_PRESS.contains(country) ? null
        : partyShortNames.get(country + "|" + folded);
    if (id == null) {
      List<String> ids = partyShortNames.entrySet().stream()
          .filter(e -> e.getKey().endsWith("|" + folded)
              && !GERMAN_PRESS.contains(e.getKey().substring(0, e.getKey().indexOf('|'))))
          .map(Map.Entry::getValue).toList();
      id = ids.size() == 1 ? ids.get(0) : null;
    }
    return id == null ? null : byId(id);
  }

  /** The countries whose rows of party-short-names.tsv are the German-language press's forms. */
  private static final Set<String> GERMAN_PRESS = Set.of("DEU", "AUT", "CHE");

  /** Every country, one entry each. */
  public java.util.Collection<KbEntry> countries() {
    return byCountry.values();
  }

  /** The country with an ISO 3166-1 alpha-3 code, or null. */
  public @Nullable KbEntry country(String alpha3) {
    return byCountry.get(alpha3);
  }
}
