package org.herald.kb;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Words for offices ("Präsident", "Kreml-Sprecher", "prime minister") and agents ("Truppen",
 * "Beamter", "soldier"), from office-words.tsv, agents.tsv (Phoenix) and agents-de.tsv.
 * Immutable.
 */
public final class Words {
  /** An office word: the office and the country it implies ("Bundeskanzler": DEU), if any. */
  public record OfficeWord(String office, @Nullable String country) {}

  private final Map<String, OfficeWord> offices;
  private final Map<String, String> agents;
  private final Map<String, String> agentCountries;
  private final int longestOffice;

  private Words(Map<String, OfficeWord> offices, Map<String, String> agents,
      Map<String, String> agentCountries, int longest) {
    this.offices = Map.copyOf(offices);
    this.agents = Map.copyOf(agents);
    this.agentCountries = Map.copyOf(agentCountries);
    this.longestOffice = longest;
  }

  static Words parse(List<String> officeLines, List<String> agentLines) {
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
    for (String line : agentLines) {
      String[] f = line.split("\t", -1);
      for (String form : f[1].split(";")) {
        int at = form.indexOf('@');
        String key = f[0] + ":" + (at < 0 ? form : form.substring(0, at)).toLowerCase(Locale.ROOT);
        agents.putIfAbsent(key, f[2]);
        if (at > 0) {
          countries.put(key, form.substring(at + 1));
        }
      }
    }
    return new Words(offices, agents, countries, longest);
  }

  /** The office a word or phrase names in a language, or null. */
  public @Nullable OfficeWord office(String language, String phrase) {
    return offices.get(language + ":" + phrase.toLowerCase(Locale.ROOT));
  }

  /** The agent code ("MIL", "GOV") of a word or phrase in a language, or null. */
  public @Nullable String agent(String language, String phrase) {
    return agents.get(language + ":" + phrase.toLowerCase(Locale.ROOT));
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
