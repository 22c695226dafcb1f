package org.herald.kb.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.kb.Names;

/**
 * Converts SupraVerden (repository confirmordeny/supraverden, CC BY-SA 4.0), a curated list of
 * international organisations with privileges and immunities, into Herald's {@code igos.tsv}:
 * one intergovernmental organisation a line with its Wikidata id, short name, CAMEO actor code,
 * English and German label, its full names (English and German, former names among them) and
 * its abbreviations. Only the facts of {@code data/general_list.yaml} are taken (names, ids, the
 * source's family and type for the rules); the source lists no members and no dates of
 * dissolution. The file is exported by {@code herald-kb/tools/fetch-igos.sh}; run by a developer
 * when it changes: {@code java ... IgoConverter SRC_DIR [OUT_FILE [RULES [STOPWORDS...]]]}.
 *
 * <p>Which records are kept and the code of each follow the rules of
 * {@code herald-kb/tools/igo-codes.tsv} (data, not code): a rule with code {@code -} leaves a
 * record out (an association under Swiss civil law, a national court, a corporation, research
 * consortia); else a rule for the record's Wikidata id wins, then the code of the Phoenix actor
 * (actors.tsv) of the same English name or abbreviation, then the first rule that matches (the
 * family's head, a region the name names), then plain {@code IGO}.
 *
 * <p>A name is kept unless it is on a stoplist (ordinary words, abbreviations that news use for
 * something else: {@code herald-kb/tools/igo-stopwords.txt}, and the parties' stoplist), a name
 * of a country, of names.tsv or of a party, or the name of two records (reported: one of them is
 * wrong or both are ambiguous). A record whose name or abbreviation a hand-written organisation
 * (organisations.tsv) has is that organisation, and left to it. Every record that cannot be used
 * is reported on standard error with its key (no Wikidata id: kept as {@code sprvd:ID}; a
 * duplicate id; no name left), with a count of each kind at the end.
 */
public final class IgoConverter {
  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
  /** The name fields of a language: Name_en, Name_other_2_en, Abbreviation_former_en, .... */
  private static final Pattern NAME_FIELD =
      Pattern.compile("(Name|Abbreviation)(_other|_former)?(_[0-9]+)?_(en|de)");
  /** "Weltorganisation für Tiergesundheit (OIE)": a name and, in brackets, its abbreviation. */
  private static final Pattern BRACKETS = Pattern.compile("^(.*\\S)\\s*\\(([^()]+)\\)$");

  /** One rule of igo-codes.tsv. */
  record Rule(String field, String value, Pattern name, String code) {
    boolean matches(JsonNode r) {
      return switch (field) {
        case "family" -> value.equals(r.path("Org_family").asText(""));
        case "type" -> value.equals(r.path("Type").asText(""));
        case "basis" -> value.equals(r.path("Basis_for_assessment").asText(""));
        case "id" -> value.equals(r.path("Wikidata_code").asText(""));
        case "name" -> name.matcher(clean(r.path("Name_en").asText(""))).find();
        default -> false;
      };
    }
  }

  /** One kept record. */
  static final class Igo {
    final String key;
    final String id;
    final String english;
    final String german;
    final Set<String> names = new LinkedHashSet<>();
    final Set<String> abbreviations = new LinkedHashSet<>();
    final String shortName;
    String code;

    Igo(String key, String id, String english, String german, String shortName) {
      this.key = key;
      this.id = id;
      this.english = english;
      this.german = german;
      this.shortName = shortName;
    }
  }

  private final List<Rule> rules;
  private final Set<String> stopwords = new HashSet<>();
  /** Names of countries, names.tsv and parties, lower case. */
  private final Set<String> taken = new HashSet<>();
  /** Names and short names of the hand-written organisations, folded. */
  private final Set<String> handWritten = new HashSet<>();
  /** The Phoenix IGO actors' codes by folded name. */
  private final Map<String, String> phoenix = new HashMap<>();
  private final BadRows bad;
  private final Map<String, Igo> igos = new LinkedHashMap<>();
  private final Map<String, Integer> left = new TreeMap<>();
  private final Set<String> namesTaken = new TreeSet<>();
  private final Set<String> handWrittenKept = new TreeSet<>();
  private int fromPhoenix;
  private int fromRules;

  /**
   * @param taken         names of other entries (countries, names.tsv, parties): no IGO's name
   * @param handWritten   names and short names of the hand-written organisations
   * @param phoenixActors lines of actors.tsv
   */
  IgoConverter(List<Rule> rules, Set<String> stopwords, Set<String> taken,
      Set<String> handWritten, List<String> phoenixActors, PrintStream err) {
    this.rules = rules;
    stopwords.forEach(w -> this.stopwords.add(w.toLowerCase(Locale.ROOT)));
    taken.forEach(w -> this.taken.add(w.toLowerCase(Locale.ROOT)));
    handWritten.forEach(w -> this.handWritten.add(Names.fold(w)));
    for (String line : phoenixActors) {
      String[] f = line.split("\t", -1);
      if (line.startsWith("#") || f.length < 6 || !f[1].equals("ORGANIZATION")) {
        continue;
      }
      String code = null;
      for (String role : f[4].split(";")) {
        if (role.startsWith("IGO") && (code == null || role.indexOf('@') < 0)) {
          code = role.replaceFirst("@.*", "");
        }
      }
      if (code != null) {
        for (String n : f[5].split(";")) {
          phoenix.putIfAbsent(Names.fold(n), code);
        }
        phoenix.putIfAbsent(Names.fold(f[2]), code);
      }
    }
    this.bad = new BadRows(err);
  }

  public static void main(String[] args) throws IOException {
    Path src = Path.of(args[0]);
    Path out = Path.of(args.length > 1 ? args[1]
        : "herald-kb/src/main/resources/org/herald/kb/igos.tsv");
    Path rulesFile = Path.of(args.length > 2 ? args[2] : "herald-kb/tools/igo-codes.tsv");
    List<Path> stopFiles = new ArrayList<>();
    for (int i = 3; i < args.length; i++) {
      stopFiles.add(Path.of(args[i]));
    }
    if (stopFiles.isEmpty()) {
      stopFiles = List.of(Path.of("herald-kb/tools/igo-stopwords.txt"),
          Path.of("herald-kb/tools/party-stopwords.txt"));
    }
    Set<String> stop = new LinkedHashSet<>();
    for (Path p : stopFiles) {
      stop.addAll(PartyConverter.stopwords(Files.readAllLines(p, StandardCharsets.UTF_8)));
    }
    Set<String> taken = new LinkedHashSet<>();
    for (String line : Csv.resource("countries.tsv")) {
      String[] f = line.split("\t", -1);
      if (!line.startsWith("#") && f.length > 4) {
        taken.addAll(List.of(f[0], f[1], f[2], f[3], f[4]));
      }
    }
    for (String line : Csv.resource("country-words.tsv")) {
      String[] f = line.split("\t", -1);
      for (int i = 1; i < f.length && !line.startsWith("#"); i++) {
        taken.addAll(List.of(f[i].split(";")));
      }
    }
    for (String line : Csv.resource("names.tsv")) {
      String[] f = line.split("\t", -1);
      if (!line.startsWith("#") && f.length > 5) {
        taken.addAll(List.of(f[5].split(";")));
        taken.add(f[2]);
      }
    }
    for (String line : Csv.resource("parties.tsv")) {
      String[] f = line.split("\t", -1);
      if (!line.startsWith("#") && f.length > 6) {
        taken.addAll(List.of(f[6].split(";")));
      }
    }
    Set<String> handWritten = new LinkedHashSet<>();
    for (String line : Csv.resource("organisations.tsv")) {
      String[] f = line.split("\t", -1);
      if (!line.startsWith("#") && f.length > 5) {
        handWritten.addAll(List.of(f[5].split(";")));
        handWritten.addAll(List.of(f[1], f[3], f[4]));
      }
    }
    taken.remove("");
    handWritten.remove("");
    IgoConverter c = new IgoConverter(rules(Files.readAllLines(rulesFile, StandardCharsets.UTF_8)),
        stop, taken, handWritten, Csv.resource("actors.tsv"), System.err);
    Path list = src.resolve("general_list.yaml");
    c.records(list.toString(), new ObjectMapper(new YAMLFactory()).readTree(list.toFile()));
    List<String> rows = c.rows();
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      w.println("# Generated by org.herald.kb.tools.IgoConverter from SupraVerden's general_list.yaml"
          + " (confirmordeny/supraverden, CC BY-SA 4.0; commit in NOTICE).");
      w.println("# Do not edit: correct herald-kb/tools/igo-codes.tsv or igo-stopwords.txt and"
          + " convert again. In the source's order; its records lack members.");
      w.println("# Columns: id (Wikidata, else sprvd:ID), short name, CAMEO actor code, English"
          + " label, German label, names (German and English, ;), abbreviations (;).");
      rows.forEach(w::println);
    }
    System.out.println(c.summary());
  }

  /** The rules of igo-codes.tsv: field, value, code, why; {@code #} comments. */
  static List<Rule> rules(List<String> lines) {
    List<Rule> out = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 3 || !Set.of("family", "type", "basis", "id", "name").contains(f[0])) {
        throw new IllegalArgumentException("bad rule: " + line);
      }
      out.add(new Rule(f[0], f[1], f[0].equals("name") ? Pattern.compile(f[1]) : null,
          f[2].strip()));
    }
    return out;
  }

  /** Reads general_list.yaml: a map from each record's key to its fields. */
  void records(String file, JsonNode root) {
    Set<String> seenIds = new HashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      JsonNode r = e.getValue();
      String where = file + ": " + key;
      Rule out = rules.stream().filter(x -> x.code().equals("-") && x.matches(r)).findFirst()
          .orElse(null);
      if (out != null) {
        left.merge(out.field() + " " + out.value(), 1, Integer::sum);
        continue;
      }
      String english = clean(r.path("Name_en").asText(key));
      String qid = r.path("Wikidata_code").asText("").strip();
      String id;
      if (QID.matcher(qid).matches()) {
        id = qid;
      } else {
        id = "sprvd:" + r.path("SPRVD_id").asText("").strip();
        bad.report("no Wikidata id (kept as sprvd:ID)", where + ": " + id);
      }
      if (!seenIds.add(id)) {
        bad.report("duplicate id", where + ": " + id);
        continue;
      }
      String german = r.hasNonNull("Name_de") ? clean(r.path("Name_de").asText()) : "";
      Matcher m = BRACKETS.matcher(german);
      if (m.matches()) {
        german = m.group(1);
      }
      String abbreviation = r.hasNonNull("Abbreviation_en")
          ? clean(r.path("Abbreviation_en").asText()) : "";
      List<String> forms = new ArrayList<>();
      forms.add(key);
      // the same organisation as a hand-written one: one of its names, or its abbreviation, is
      // that one's; where only a name the source gives as an abbreviation is ("OPEC Fund for
      // International Development", abbreviation "Organization of the Petroleum Exporting
      // Countries"), that name is left to the hand-written one and the record kept
      boolean known = handWritten.contains(Names.fold(key))
          || abbreviation(abbreviation) && handWritten.contains(Names.fold(abbreviation));
      for (Iterator<String> f = r.fieldNames(); f.hasNext(); ) {
        String field = f.next();
        if (NAME_FIELD.matcher(field).matches() && r.get(field).isTextual()) {
          String form = clean(r.get(field).asText());
          forms.add(form);
          Matcher b = BRACKETS.matcher(form);
          known |= field.startsWith("Name") && handWritten.contains(Names.fold(
              b.matches() ? b.group(1) : form));
        }
      }
      if (known) {
        handWrittenKept.add(english);
        continue;
      }
      Igo igo = new Igo(key, id, english, german, abbreviation.isEmpty()
          || handWritten.contains(Names.fold(abbreviation)) ? english : abbreviation);
      for (String form : forms) {
        addName(igo, clean(form));
      }
      for (Set<String> set : List.of(igo.names, igo.abbreviations)) {
        set.removeIf(n -> {
          boolean theirs = handWritten.contains(Names.fold(n));
          if (theirs) {
            namesTaken.add(n);
          }
          return theirs;
        });
      }
      igos.put(id, igo);
      igo.code = code(igo, r);
    }
  }

  /** Typographic dashes and spaces as ASCII, runs of spaces as one. */
  static String clean(String s) {
    return s.replace('\u2010', '-').replace('\u2011', '-').replace('\u00a0', ' ')
        .replace('\t', ' ').replace('\n', ' ').replaceAll("\\s+", " ").strip();
  }

  /**
   * A short name that news write as one: one word of which a part (between hyphens) is all in
   * capitals or has an upper-case letter after its first ("OPCW", "HaDEA", "eu-LISA", "F4E");
   * not a German compound ("Anti-Geldwäsche-Behörde", "Pazifik-Allianz"), which is a name.
   */
  static boolean abbreviation(String s) {
    if (s.indexOf(' ') >= 0) {
      return false;
    }
    for (String part : s.split("-")) {
      if (part.chars().anyMatch(Character::isLetter) && (part.chars()
          .filter(Character::isLetter).allMatch(Character::isUpperCase) && part.length() > 1
          || part.substring(1).chars().anyMatch(Character::isUpperCase))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds a name, as a name or an abbreviation: "X (Y)" gives X and Y; one with a typographic
   * apostrophe also with a plain one. A name on the stoplist, of one character or another
   * entry's is not kept.
   */
  private void addName(Igo igo, String name) {
    Matcher m = BRACKETS.matcher(name);
    if (m.matches()) {
      addName(igo, m.group(1));
      addName(igo, m.group(2));
      return;
    }
    List<String> forms = new ArrayList<>(List.of(name));
    if (name.indexOf('\u2019') >= 0) {
      forms.add(name.replace('\u2019', '\''));
    }
    for (String f : forms) {
      String lower = f.toLowerCase(Locale.ROOT);
      if (f.length() < 2 || stopwords.contains(lower) || f.contains(";")) {
        continue;
      }
      if (taken.contains(lower)) {
        namesTaken.add(f);
      } else if (abbreviation(f)) {
        igo.abbreviations.add(f);
      } else {
        igo.names.add(f);
      }
    }
  }

  /**
   * The code of a rule for the record's id, else the Phoenix code of one of its names, else the
   * first rule's, else IGO.
   */
  private String code(Igo igo, JsonNode r) {
    for (Rule rule : rules) {
      if (rule.field().equals("id") && rule.matches(r)) {
        fromRules++;
        return rule.code();
      }
    }
    List<String> all = new ArrayList<>(igo.names);
    all.addAll(igo.abbreviations);
    for (String n : all) {
      String code = phoenix.get(Names.fold(n));
      if (code != null) {
        fromPhoenix++;
        return code;
      }
    }
    for (Rule rule : rules) {
      if (rule.matches(r)) {
        fromRules++;
        return rule.code();
      }
    }
    return "IGO";
  }

  /** The converted organisations as lines of igos.tsv. */
  List<String> rows() {
    // a name of two records: one of them is wrong (a German name copied from another record) or
    // the name is ambiguous ("ECA": the Court of Auditors and the Economic Commission for Africa)
    Map<String, List<Igo>> byName = new HashMap<>();
    for (Igo igo : igos.values()) {
      Set<String> own = new HashSet<>();
      for (String n : igo.names) {
        own.add(Names.fold(n));
      }
      for (String n : igo.abbreviations) {
        own.add(Names.fold(n));
      }
      for (String n : own) {
        byName.computeIfAbsent(n, k -> new ArrayList<>()).add(igo);
      }
    }
    List<String> out = new ArrayList<>();
    for (Igo igo : igos.values()) {
      for (Set<String> set : List.of(igo.names, igo.abbreviations)) {
        set.removeIf(n -> {
          List<Igo> with = byName.get(Names.fold(n));
          if (with.size() > 1) {
            bad.report("name of several records (left out)", "general_list.yaml: " + igo.key
                + ": " + n);
            return true;
          }
          return false;
        });
      }
      if (igo.names.isEmpty() && igo.abbreviations.isEmpty()) {
        bad.report("no name", "general_list.yaml: " + igo.key);
        continue;
      }
      out.add(String.join("\t", igo.id, igo.shortName, igo.code, igo.english, igo.german,
          String.join(";", igo.names), String.join(";", igo.abbreviations)));
    }
    return out;
  }

  /** Counts of what was read, kept and reported. */
  String summary() {
    StringBuilder sb = new StringBuilder();
    Map<String, Integer> byCode = new TreeMap<>();
    igos.values().forEach(i -> byCode.merge(i.code, 1, Integer::sum));
    sb.append(String.format("%d intergovernmental organisations (%d codes from Phoenix, %d from"
        + " the rules, %d plain IGO); %d left to organisations.tsv: %s%n", igos.size(),
        fromPhoenix, fromRules, byCode.getOrDefault("IGO", 0), handWrittenKept.size(),
        String.join(", ", handWrittenKept)));
    sb.append("left out by the rules:\n");
    left.forEach((k, v) -> sb.append(String.format("  %6d %s%n", v, k)));
    sb.append(String.format("names left to other entries (countries, names.tsv, parties,"
        + " organisations.tsv): %s%n",
        String.join(", ", namesTaken)));
    byCode.forEach((k, v) -> sb.append(String.format("  %-14s %d%n", k, v)));
    sb.append(bad.summary());
    return sb.toString();
  }

  Map<String, Integer> badCounts() {
    return bad.counts();
  }
}
