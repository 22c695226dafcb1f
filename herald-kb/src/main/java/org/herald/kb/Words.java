package org.herald.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Words for offices ("Präsident", "Kreml-Sprecher", "prime minister") and agents ("Truppen",
 * "Beamter", "soldier"), from office-words.tsv, agents.tsv (Phoenix), agents-en.tsv and
 * agents-de.tsv (Herald's own, whose line wins over Phoenix's for the same words), and
 * titles that give a person a role ("Bischof", "Gov.", "teacher"), from person-titles.tsv,
 * kinds of organisations (organisation-words.tsv), and the names of a state's bodies that say
 * only their kind ("Parliament", "Congress"), from state-bodies.tsv. Immutable.
 */
public final class Words {
  /** An office word: the office and the country it implies ("Bundeskanzler": DEU), if any. */
  public record OfficeWord(String office, @Nullable String country) {}

  /** A state's body named by its kind: its role, and the countries that name theirs so (none:
   * every country). */
  private record StateBody(String role, java.util.Set<String> countries) {}

  private final Map<String, OfficeWord> offices;
  private final Map<String, String> agents;
  private final Map<String, String> agentCountries;
  private final Map<String, List<Map.Entry<String, String>>> agentEndings;
  private final int longestOffice;
  private final Map<String, String> titles;
  private final Map<String, List<Map.Entry<String, String>>> titleEndings;
  private final Map<String, String> orgWords;
  private final Map<String, List<Map.Entry<String, String>>> orgEndings;
  private final Map<String, StateBody> stateBodies;

  private Words(Map<String, OfficeWord> offices, Map<String, String> agents,
      Map<String, String> agentCountries,
      Map<String, List<Map.Entry<String, String>>> agentEndings, int longest,
      Map<String, String> titles,
      Map<String, List<Map.Entry<String, String>>> titleEndings, Map<String, String> orgWords,
      Map<String, List<Map.Entry<String, String>>> orgEndings,
      Map<String, StateBody> stateBodies) {
    this.offices = Map.copyOf(offices);
    this.agents = Map.copyOf(agents);
    this.agentCountries = Map.copyOf(agentCountries);
    this.agentEndings = Map.copyOf(agentEndings);
    this.longestOffice = longest;
    this.titles = Map.copyOf(titles);
    this.titleEndings = Map.copyOf(titleEndings);
    this.orgWords = Map.copyOf(orgWords);
    this.orgEndings = Map.copyOf(orgEndings);
    this.stateBodies = Map.copyOf(stateBodies);
  }

  static Words parse(List<String> officeLines, List<String> agentLines) {
    return parse(officeLines, agentLines, List.of(), List.of(), List.of());
  }

  static Words parse(List<String> officeLines, List<String> agentLines,
      List<String> titleLines, List<String> organisationLines, List<String> stateBodyLines) {
    Map<String, OfficeWord> offices = new HashMap<>();
    int longest = 1;
    for (String line : officeLines) {
      String[] f = line.split("\t", -1);
      OfficeWord w = new OfficeWord(f[2], f.length > 3 && !f[3].isBlank() ? f[3] : null);
      for (String form : f[1].split(";")) {
        offices.put(f[0] + ":" + form.toLowerCase(Locale.ROOT), w);
        longest = Math.max(longest, form.split(" ").length);
      }
    }
    Map<String, String> agents = new HashMap<>();
    Map<String, String> countries = new HashMap<>();
    Map<String, List<Map.Entry<String, String>>> agentEndings = new HashMap<>();
    for (String line : agentLines) {
      String[] f = line.split("\t", -1);
      for (String form : f[1].split(";")) {
        if (form.startsWith("-")) {
          agentEndings.computeIfAbsent(f[0], l -> new ArrayList<>())
              .add(Map.entry(form.substring(1).toLowerCase(Locale.ROOT), f[2]));
          continue;
        }
        int at = form.indexOf('@');
        String key = f[0] + ":" + (at < 0 ? form : form.substring(0, at)).toLowerCase(Locale.ROOT);
        agents.put(key, f[2]); // a later file's line wins: Herald's own over Phoenix's
        if (at > 0) {
          countries.put(key, form.substring(at + 1));
        }
      }
    }
    Map<String, String> titles = new HashMap<>();
    Map<String, List<Map.Entry<String, String>>> endings = new HashMap<>();
    roles(titleLines, titles, endings);
    Map<String, String> orgWords = new HashMap<>();
    Map<String, List<Map.Entry<String, String>>> orgEndings = new HashMap<>();
    roles(organisationLines, orgWords, orgEndings);
    longestFirst(agentEndings);
    Map<String, StateBody> stateBodies = new HashMap<>();
    for (String line : stateBodyLines) {
      String[] f = line.split("\t", -1);
      StateBody body = new StateBody(f[2], f.length > 3 && !f[3].isBlank()
          ? java.util.Set.of(f[3].split(";")) : java.util.Set.of());
      for (String form : f[1].split(";")) {
        stateBodies.put(f[0] + ":" + form.toLowerCase(Locale.ROOT), body);
      }
    }
    return new Words(offices, agents, countries, agentEndings, longest, titles, endings,
        orgWords, orgEndings, stateBodies);
  }

  /** Reads lines of language, forms (;, "-" for a word's ending) and role into the maps. */
  private static void roles(List<String> lines, Map<String, String> exact,
      Map<String, List<Map.Entry<String, String>>> endings) {
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      for (String form : f[1].split(";")) {
        String key = form.toLowerCase(Locale.ROOT);
        if (key.startsWith("-")) {
          endings.computeIfAbsent(f[0], l -> new ArrayList<>())
              .add(Map.entry(key.substring(1), f[2]));
        } else {
          exact.putIfAbsent(f[0] + ":" + key, f[2]);
        }
      }
    }
    longestFirst(endings);
  }

  /** Sorts each language's endings longest first, so that the most specific one is found. */
  private static void longestFirst(Map<String, List<Map.Entry<String, String>>> endings) {
    endings.values().forEach(l -> l.sort((a, b) -> b.getKey().length() - a.getKey().length()));
  }

  private static @Nullable String role(Map<String, String> exact,
      Map<String, List<Map.Entry<String, String>>> endings, String language, String phrase) {
    String key = phrase.toLowerCase(Locale.ROOT);
    String role = exact.get(language + ":" + key);
    if (role != null) {
      return role;
    }
    return !phrase.isEmpty() && Character.isLetter(phrase.charAt(0))
        ? byEnding(endings, language, key, 0) : null;
  }

  /**
   * The role of the longest ending of a list that a word ends in with at least {@code before}
   * letters before it, or null.
   */
  private static @Nullable String byEnding(Map<String, List<Map.Entry<String, String>>> endings,
      String language, String key, int before) {
    for (Map.Entry<String, String> e : endings.getOrDefault(language, List.of())) {
      if (key.endsWith(e.getKey()) && key.length() >= e.getKey().length() + before) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * The CAMEO role of the kind of organisation a word names ("Krankenhaus", "Hospital": HLH;
   * "Bischofskonferenz": REL), from organisation-words.tsv, or null.
   */
  public @Nullable String organisationRole(String language, String word) {
    return role(orgWords, orgEndings, language, word);
  }

  /**
   * The role of a state's body that a name gives by its kind alone ("Parliament", "the
   * Legislature": LEG; "Bundeskabinett": GOV), when it is the setting's: where state-bodies.tsv
   * lists countries for the name, the setting must be one of them ("Congress" is the United
   * States' legislature, India's party). Null without a setting or such a name.
   */
  public @Nullable String stateBody(String language, String name, @Nullable String setting) {
    if (setting == null) {
      return null;
    }
    String key = name.strip().toLowerCase(Locale.ROOT);
    StateBody body = stateBodies.get(language + ":"
        + (key.startsWith("the ") ? key.substring(4) : key));
    return body == null || !body.countries().isEmpty() && !body.countries().contains(setting)
        ? null : body.role();
  }

  /**
   * The CAMEO role of an organisation by the words of its name: that of the last word or phrase
   * of up to three words that names a kind of organisation ("Malteser Hilfsdienst",
   * "Johanniter-Unfall-Hilfe": NGO; "Pan American Health Organization": none), or null.
   */
  public @Nullable String organisationRoleOfName(String language, String name) {
    String[] w = name.split("\\s+");
    String found = null;
    for (int i = 0; i < w.length; i++) {
      for (int len = Math.min(3, w.length - i); len >= 1; len--) {
        String role = organisationRole(language,
            String.join(" ", java.util.Arrays.copyOfRange(w, i, i + len)));
        if (role != null) {
          found = role;
          break;
        }
      }
    }
    return found;
  }

  /**
   * The CAMEO role a title or occupation gives a person ("Bischof": REL, "Gov.": GOV), "ORG"
   * for a head or member of an organisation, or null. A German compound is read by its ending
   * ("Bundesgleichstellungsministerin": GOV).
   */
  public @Nullable String title(String language, String phrase) {
    // a phrase of several words is a title only whole ("vice president"): by its ending,
    // "VW - Betriebsratschefin" would be a chief's, not the works council's
    return phrase.indexOf(' ') >= 0 ? titles.get(language + ":" + phrase.toLowerCase(Locale.ROOT))
        : role(titles, titleEndings, language, phrase);
  }

  /** The office a word or phrase names in a language, or null. */
  public @Nullable OfficeWord office(String language, String phrase) {
    return offices.get(language + ":" + phrase.toLowerCase(Locale.ROOT));
  }

  /**
   * The agent code ("MIL", "GOV") of a word or phrase in a language, or null. A German compound
   * is read by its ending where the list gives one ("Landgericht": JUD by "-gericht").
   */
  public @Nullable String agent(String language, String phrase) {
    String key = phrase.toLowerCase(Locale.ROOT);
    String exact = agents.get(language + ":" + key);
    if (exact != null || phrase.isEmpty() || key.indexOf(' ') >= 0
        || !Character.isLetter(phrase.charAt(0))) {
      return exact;
    }
    return byEnding(agentEndings, language, key, 3); // "Landgericht", not "Gericht" alone
  }

  /** The country an agent word names by itself ("Bundesregierung": DEU), or null. */
  public @Nullable String agentCountry(String language, String phrase) {
    return agentCountries.get(language + ":" + phrase.toLowerCase(Locale.ROOT));
  }

  /** The most words an office phrase has ("secretary of state": 3). */
  public int longestOffice() {
    return longestOffice;
  }
}
