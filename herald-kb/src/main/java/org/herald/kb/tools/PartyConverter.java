package org.herald.kb.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Converts the core parties of Party Facts (https://partyfacts.org, data repository
 * hdigital/partyfactsdata, MIT licence) into Herald's {@code parties.tsv}: one political party a
 * line with its Wikidata id (from the repository's Wikipedia import, {@code wikidata.csv}), short,
 * English (the English Wikipedia's, else Party Facts') and native name, country, CAMEO actor code (country + {@code PTY}) and the names that
 * may stand for it. The files are exported by {@code herald-kb/tools/fetch-parties.sh}; run by a
 * developer when they change: {@code java ... PartyConverter SRC_DIR [OUT_FILE [STOPWORDS]]}.
 *
 * <p>Parties that ended before 2000, Party Facts' technical entries (other, independent,
 * alliance, unknown: a number in {@code technical}) and its groups of candidates without a party
 * ("Opposition candidates [no-party]") are left out and counted. Northern Ireland (NIR) is the
 * United Kingdom, as Party Facts' codebook says; Zanzibar (ZZB) is Tanzania. A short name is a
 * name only when it is an abbreviation (at least two characters, an upper-case letter after the
 * first, or all in capitals: "FDP", "AfD", "SPÖ"; not the codes "Con", "Lab", "Tier") and not an
 * ordinary English or German word or another well-known abbreviation of the stoplist
 * ({@code herald-kb/tools/party-stopwords.txt}); no name of the stoplist is kept, nor a name the
 * hand-written files give another entry (names.tsv, organisations.tsv: "AP", "UN", "Hamas"), nor
 * the name or code of a country. Every row that cannot be used is reported on standard error with
 * its file and line (short row, bad or duplicate Party Facts id, missing or unknown country, bad
 * year, no name, bad Wikidata id, one Wikidata id for several parties), with a count of each kind
 * at the end.
 */
public final class PartyConverter {
  static final int SINCE = 2000;
  /** Written first: of two parties with one name, the first is the first candidate. */
  static final List<String> FIRST = List.of("DEU", "AUT", "CHE");
  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
  private static final Pattern PF_ID = Pattern.compile("[1-9][0-9]*");
  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
  /** "French: Parti socialiste" in name_other. */
  private static final Pattern LANGUAGE = Pattern.compile("^[\\p{L} ]{2,30}:\\s*");
  /** Brackets left of wiki markup ("[[German language|German]]"), cell and list separators. */
  private static final Pattern MARKUP = Pattern.compile("[\\[\\]{}|\t;]|\\(\\]|\\(\\)");
  /** Party Facts' country codes for parts of a country Herald knows. */
  static final Map<String, String> COUNTRY = Map.of("NIR", "GBR", "ZZB", "TZA");

  /** One kept party. */
  static final class Party {
    final String pfId;
    final String country;
    final String shortName;
    String english;
    final String nativeName;
    final double share;
    final Set<String> names;
    final String where;

    Party(String pfId, String country, String shortName, String english, String nativeName,
        double share, Set<String> names, String where) {
      this.pfId = pfId;
      this.country = country;
      this.shortName = shortName;
      this.english = english;
      this.nativeName = nativeName;
      this.share = share;
      this.names = names;
      this.where = where;
    }

    String pfId() {
      return pfId;
    }

    String country() {
      return country;
    }

    String shortName() {
      return shortName;
    }

    String english() {
      return english;
    }

    String nativeName() {
      return nativeName;
    }

    double share() {
      return share;
    }

    Set<String> names() {
      return names;
    }

    String where() {
      return where;
    }
  }

  private final Set<String> knownCountries;
  private final Set<String> stopwords;
  /** Names of hand-written entries and countries, lower case. */
  private final Set<String> taken;
  private final BadRows bad;
  private final Map<String, Party> parties = new LinkedHashMap<>();
  private final Map<String, String> qids = new HashMap<>();
  private final Set<String> seen = new java.util.HashSet<>();
  /** The kept parties by country and English name, to find one party listed twice. */
  private final Map<String, Party> byName = new HashMap<>();
  /** A party joined to its twin: the twin's Party Facts id. */
  private final Map<String, String> joined = new HashMap<>();
  private int technical;
  private int ended;
  private int unlinked;
  private int noParty;
  private final Set<String> namesTaken = new java.util.TreeSet<>();
  private @Nullable List<String> rows;

  /**
   * @param taken names of other entries (hand-written names, countries): no party's name
   */
  PartyConverter(Set<String> knownCountries, Set<String> stopwords, Set<String> taken,
      PrintStream err) {
    this.knownCountries = knownCountries;
    this.stopwords = new java.util.HashSet<>();
    stopwords.forEach(w -> this.stopwords.add(w.toLowerCase(Locale.ROOT)));
    this.taken = new java.util.HashSet<>();
    taken.forEach(w -> this.taken.add(w.toLowerCase(Locale.ROOT)));
    this.bad = new BadRows(err);
  }

  public static void main(String[] args) throws IOException {
    Path src = Path.of(args[0]);
    Path out = Path.of(args.length > 1 ? args[1]
        : "herald-kb/src/main/resources/org/herald/kb/parties.tsv");
    Path stop = Path.of(args.length > 2 ? args[2] : "herald-kb/tools/party-stopwords.txt");
    Set<String> countries = new LinkedHashSet<>();
    Set<String> taken = new LinkedHashSet<>();
    for (String line : Csv.resource("countries.tsv")) {
      if (!line.startsWith("#") && line.indexOf('\t') > 0) {
        String[] f = line.split("\t", -1);
        countries.add(f[1]);
        taken.addAll(List.of(f[2], f[3], f[4]));
      }
    }
    for (String line : Csv.resource("country-words.tsv")) {
      String[] f = line.split("\t", -1);
      for (int i = 1; i < f.length && !line.startsWith("#"); i++) {
        taken.addAll(List.of(f[i].split(";")));
      }
    }
    for (String file : List.of("names.tsv", "organisations.tsv")) {
      for (String line : Csv.resource(file)) {
        String[] f = line.split("\t", -1);
        if (!line.startsWith("#") && f.length > 5) {
          taken.addAll(List.of(f[5].split(";")));
          taken.add(file.equals("organisations.tsv") ? f[1] : f[2]);
        }
      }
    }
    taken.remove("");
    PartyConverter c = new PartyConverter(countries, stopwords(Files.readAllLines(stop)), taken,
        System.err);
    Path core = src.resolve("partyfacts-core-parties.csv");
    c.core(core.toString(), Files.readAllLines(core, StandardCharsets.UTF_8));
    Path links = src.resolve("wikidata.csv");
    c.wikidata(links.toString(), Files.readAllLines(links, StandardCharsets.UTF_8));
    List<String> rows = c.rows();
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      w.println("# Generated by org.herald.kb.tools.PartyConverter from Party Facts' core parties"
          + " and their Wikidata ids (hdigital/partyfactsdata, MIT licence; commit in NOTICE).");
      w.println("# Do not edit: correct herald-kb/tools/party-stopwords.txt or names.tsv and"
          + " convert again. Germany's, Austria's and Switzerland's parties first, then by vote"
          + " share.");
      w.println("# Columns: id (Wikidata, else partyfacts:N), short name, English name, native"
          + " name, country (alpha-3), CAMEO actor code, names (;).");
      rows.forEach(w::println);
    }
    System.out.println(c.summary());
  }

  /** The words of the stoplist: one a line, {@code #} comments. */
  static Set<String> stopwords(List<String> lines) {
    Set<String> out = new LinkedHashSet<>();
    for (String line : lines) {
      String w = line.strip();
      if (!w.isEmpty() && !w.startsWith("#")) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Reads partyfacts-core-parties.csv: country, partyfacts_id, technical, name_short, name,
   * name_english, name_other, year_first, year_last, share, ....
   */
  void core(String file, List<String> lines) {
    List<Csv.Row> records = Csv.rows(lines);
    Map<String, Integer> col = header(records);
    for (String c : List.of("country", "partyfacts_id", "technical", "name_short", "name",
        "name_english", "name_other", "year_last", "share")) {
      if (!col.containsKey(c)) {
        bad.report("missing column", file, 1, c);
        return;
      }
    }
    for (Csv.Row r : records.subList(Math.min(1, records.size()), records.size())) {
      List<String> f = r.cells();
      if (f.size() < col.size()) {
        bad.report("short row", file, r.line(), r.text());
        continue;
      }
      String id = f.get(col.get("partyfacts_id")).strip();
      String country = f.get(col.get("country")).strip();
      country = COUNTRY.getOrDefault(country, country);
      String end = f.get(col.get("year_last")).strip();
      if (!PF_ID.matcher(id).matches()) {
        bad.report("missing or bad id", file, r.line(), r.text());
        continue;
      }
      if (!seen.add(id)) {
        bad.report("duplicate id", file, r.line(), r.text());
        continue;
      }
      if (!f.get(col.get("technical")).isBlank()) {
        technical++;
        continue;
      }
      if (country.isEmpty()) {
        bad.report("missing country", file, r.line(), r.text());
        continue;
      }
      if (!end.isEmpty() && !YEAR.matcher(end).matches()) {
        bad.report("bad year", file, r.line(), r.text());
        continue;
      }
      if (!end.isEmpty() && Integer.parseInt(end) < SINCE) {
        ended++;
        continue;
      }
      String shortName = f.get(col.get("name_short")).strip();
      String nativeName = f.get(col.get("name")).strip();
      String english = f.get(col.get("name_english")).strip();
      if (english.contains("[no-part")) {
        noParty++;
        continue;
      }
      if (!knownCountries.contains(country)) {
        bad.report("unknown country", file, r.line(), r.text());
        continue;
      }
      Set<String> names = new LinkedHashSet<>();
      addName(names, english);
      addName(names, nativeName);
      for (String other : f.get(col.get("name_other")).split(";")) {
        addName(names, LANGUAGE.matcher(other.strip()).replaceFirst(""));
      }
      if (abbreviation(shortName)) {
        addName(names, shortName);
      }
      double share = 0;
      try {
        String s = f.get(col.get("share")).strip();
        share = s.isEmpty() ? 0 : Double.parseDouble(s);
      } catch (NumberFormatException e) {
        bad.report("bad share (kept as 0)", file, r.line(), r.text());
      }
      Party p = new Party(id, country, shortName, english.isEmpty() ? nativeName : english,
          nativeName, share, names, file + ":" + r.line() + ": " + r.text());
      Party twin = byName.putIfAbsent(country + "|" + p.english().toLowerCase(Locale.ROOT), p);
      if (twin != null) {
        // Northern Ireland's list beside the United Kingdom's; or two of one name in a country,
        // which no name tells apart
        twin.names().addAll(names);
        joined.put(id, twin.pfId());
        bad.report("same name and country twice", file, r.line(),
            "names joined to partyfacts:" + twin.pfId() + ": " + r.text());
        continue;
      }
      parties.put(id, p);
    }
  }

  /**
   * Reads the Wikidata links (wikidata.csv: country, partyfacts_id, wikidata_id, name,
   * name_short, name_native; names from the English Wikipedia): a party's id and further names.
   * One Wikidata id for several kept parties goes to the one with the greatest vote share (then
   * the first); another of the same country is the same party twice (Northern Ireland's list
   * and the United Kingdom's, a renamed party), its names joined to the first's; one of another
   * country keeps its Party Facts id. Both are reported.
   */
  void wikidata(String file, List<String> lines) {
    List<Csv.Row> records = Csv.rows(lines);
    Map<String, Integer> col = header(records);
    Map<String, Csv.Row> byQid = new HashMap<>();
    for (Csv.Row r : records.subList(Math.min(1, records.size()), records.size())) {
      List<String> f = r.cells();
      if (f.size() < col.size()) {
        bad.report("short row", file, r.line(), r.text());
        continue;
      }
      String pf = f.get(col.get("partyfacts_id")).strip();
      Party p = parties.get(joined.getOrDefault(pf, pf));
      if (p == null) {
        unlinked++; // a party left out above, or none of the core list
        continue;
      }
      String qid = f.get(col.get("wikidata_id")).strip();
      if (!QID.matcher(qid).matches()) {
        bad.report("missing or bad Wikidata id", file, r.line(), r.text());
        continue;
      }
      if (qids.containsKey(p.pfId())) {
        bad.report("duplicate id", file, r.line(), "second link of partyfacts:" + p.pfId() + ": "
            + r.text());
        continue;
      }
      // The English Wikipedia's title, without its disambiguation ("The Independents (Austria)"),
      // is the English name: "Conservative Party" where Party Facts has "Conservatives".
      String wikipedia = f.get(col.get("name")).strip().replaceFirst("\\s*\\([^()]*\\)$", "");
      if (!wikipedia.isEmpty()) {
        p.english = wikipedia;
      }
      addName(p.names(), wikipedia);
      addName(p.names(), f.get(col.get("name_native")).strip());
      // Its name_short has the umlauts Party Facts' lacks ("SPÖ" for "SPO"); one with a slash
      // runs several forms together ("GOP/Grand/Old/Party", "DIE/LINKE") and is left out.
      String shortName = f.get(col.get("name_short")).strip();
      if (shortName.indexOf('/') < 0 && abbreviation(shortName)) {
        addName(p.names(), shortName);
      }
      Csv.Row before = byQid.get(qid);
      if (before != null) {
        String otherId = before.cells().get(col.get("partyfacts_id")).strip();
        Party other = parties.get(otherId);
        boolean first = other.share() >= p.share();
        Party winner = first ? other : p;
        Party loser = first ? p : other;
        Csv.Row lost = first ? r : before;
        if (winner.country().equals(loser.country())) {
          winner.names().addAll(loser.names());
          parties.remove(loser.pfId());
          bad.report("duplicate id", file, lost.line(), qid + " also of partyfacts:"
              + winner.pfId() + " (greater vote share), same country: names joined to it: "
              + lost.text());
        } else {
          bad.report("duplicate id", file, lost.line(), qid + " also of partyfacts:"
              + winner.pfId() + " (greater vote share); kept as partyfacts:" + loser.pfId()
              + ": " + lost.text());
        }
        if (first) {
          continue;
        }
        qids.remove(otherId);
      }
      byQid.put(qid, r);
      qids.put(p.pfId(), qid);
    }
  }

  private static Map<String, Integer> header(List<Csv.Row> records) {
    Map<String, Integer> col = new HashMap<>();
    List<String> h = records.isEmpty() ? List.of() : records.get(0).cells();
    for (int i = 0; i < h.size(); i++) {
      col.put(h.get(i).strip(), i);
    }
    return col;
  }

  /**
   * A short name that news write for the party: at least two characters, an upper-case letter
   * after the first or all letters in capitals ("FDP", "AfD", "SPÖ", "CDU/CSU"), and not on the
   * stoplist.
   */
  boolean abbreviation(String s) {
    if (s.length() < 2 || s.chars().noneMatch(Character::isLetter)) {
      return false;
    }
    boolean capitals = s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    boolean inner = s.substring(1).chars().anyMatch(Character::isUpperCase);
    return (capitals || inner) && !stopwords.contains(s.toLowerCase(Locale.ROOT));
  }

  /**
   * Adds a name and its variants: "[...]" left out ("Justicialist [Peronist] Party"), " / " also
   * as "/" ("Bündnis 90/Die Grünen"); a name of one character or on the stoplist is not kept.
   */
  private void addName(Set<String> names, String name) {
    String n = name.strip().replaceAll("\\s+", " ");
    List<String> forms = new ArrayList<>();
    forms.add(n);
    String plain = n.replaceAll("\\s*\\[[^\\]]*\\]", "").strip();
    forms.add(plain);
    if (n.contains(" / ")) {
      forms.add(plain.replace(" / ", "/"));
    }
    for (String f : forms) {
      String lower = f.toLowerCase(Locale.ROOT);
      if (taken.contains(lower)) {
        namesTaken.add(f);
      } else if (f.length() >= 2 && !stopwords.contains(lower) && !f.endsWith(":")
          && !MARKUP.matcher(f).find() && f.chars().filter(c -> c == '(').count()
              == f.chars().filter(c -> c == ')').count()) {
        names.add(f);
      }
    }
  }

  /** The converted parties as lines of parties.tsv. */
  List<String> rows() {
    if (rows == null) {
      rows = convert();
    }
    return rows;
  }

  private List<String> convert() {
    List<Party> sorted = new ArrayList<>(parties.values());
    sorted.sort(Comparator.comparingInt((Party p) -> FIRST.contains(p.country())
            ? FIRST.indexOf(p.country()) : FIRST.size())
        .thenComparing(Comparator.comparingDouble(Party::share).reversed())
        .thenComparing(Party::country).thenComparing(Party::english).thenComparing(Party::pfId));
    List<String> out = new ArrayList<>();
    for (Party p : sorted) {
      if (p.names().isEmpty()) {
        // every name an ordinary word ("Alliance") or another entry's
        bad.report("no name", p.where());
        continue;
      }
      String id = qids.getOrDefault(p.pfId(), "partyfacts:" + p.pfId());
      out.add(String.join("\t", id, clean(p.shortName()), clean(p.english()),
          clean(p.nativeName()), p.country(), p.country() + "PTY", String.join(";", p.names())));
    }
    return out;
  }

  private static String clean(String cell) {
    return cell.replace('\t', ' ').replace('\n', ' ');
  }

  /** Counts of what was read, kept and reported. */
  String summary() {
    Map<String, Integer> byCountry = new TreeMap<>();
    parties.values().forEach(p -> byCountry.merge(p.country(), 1, Integer::sum));
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%d parties of %d countries (%d with a Wikidata id); %d technical"
        + " entries, %d groups without a party, %d ended before %d; %d Wikidata links to no kept"
        + " party%n", parties.size(), byCountry.size(), qids.size(), technical, noParty, ended,
        SINCE, unlinked));
    sb.append(String.format("names left to other entries (hand-written, countries): %s%n",
        String.join(", ", namesTaken)));
    for (String c : List.of("DEU", "AUT", "CHE", "GBR", "USA", "FRA")) {
      sb.append(String.format("  %s %d%n", c, byCountry.getOrDefault(c, 0)));
    }
    sb.append(bad.summary());
    return sb.toString();
  }

  Map<String, Integer> badCounts() {
    return bad.counts();
  }
}
