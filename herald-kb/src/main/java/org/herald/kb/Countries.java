package org.herald.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads countries.tsv and country-words.tsv into country and capital entries. */
final class Countries {
  private Countries() {}

  private record Words(List<String> namesDe, String adjectiveDe, String demonymDe,
      List<String> namesEn, String adjectiveEn, String demonymEn) {}

  static List<KbEntry> parse(List<String> countryLines, List<String> wordLines,
      Map<String, KbEntry> derived) {
    Map<String, Words> words = new HashMap<>();
    for (String line : wordLines) {
      String[] f = line.split("\t", -1);
      words.put(f[0], new Words(split(f[1]), f[2], f[3], split(f[4]), f[5], f[6]));
    }
    List<KbEntry> out = new ArrayList<>();
    List<KbEntry> capitals = new ArrayList<>();
    for (String line : countryLines) {
      String[] f = line.split("\t", -1);
      String alpha3 = f[1];
      Words w = words.get(alpha3);
      Set<String> names = new LinkedHashSet<>();
      names.add(f[2]);
      names.add(f[4]);
      names.addAll(germanForms(f[3]));
      if (w != null) {
        w.namesDe.forEach(n -> names.addAll(germanForms(n)));
        names.addAll(w.namesEn);
      }
      KbEntry country = new KbEntry("geonames-country:" + f[0], EntryKind.COUNTRY, f[4], f[3],
          List.copyOf(names), alpha3, null, alpha3, null, null);
      out.add(country);
      if (w != null) {
        for (String form : derivedForms(w)) {
          derived.putIfAbsent(form, country);
        }
      }
      if (!f[6].isEmpty()) {
        Set<String> capitalNames = new LinkedHashSet<>(List.of(f[9].split(";")));
        capitalNames.add(f[5]);
        capitals.add(new KbEntry("geonames:" + f[6], EntryKind.CAPITAL, f[5], null,
            List.copyOf(capitalNames), alpha3, null, alpha3, Double.parseDouble(f[7]),
            Double.parseDouble(f[8])));
      }
    }
    out.addAll(capitals);
    return out;
  }

  private static List<String> split(String cell) {
    return cell.isEmpty() ? List.of() : List.of(cell.split(";"));
  }

  /**
   * A German name and its inflected forms: "Vereinigtes Königreich" gives "Vereinigte
   * Königreich" and "Vereinigten Königreich"; "Vereinigte Staaten" gives "Vereinigten Staaten".
   */
  static Set<String> germanForms(String name) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(name);
    int space = name.indexOf(' ');
    if (space > 0) {
      String first = name.substring(0, space);
      String rest = name.substring(space);
      String stem = first.replaceFirst("(es|en|er|e)$", "");
      if (!stem.equals(first) && Character.isUpperCase(first.charAt(0))) {
        for (String ending : new String[] {"e", "en", "er", "es"}) {
          forms.add(stem + ending + rest);
        }
      }
    }
    return forms;
  }

  /** Adjectives and demonyms in their inflected forms, German and English. */
  private static Set<String> derivedForms(Words w) {
    Set<String> forms = new LinkedHashSet<>();
    for (String stem : split(w.adjectiveDe)) { // "saudi-arabisch;saudisch"
      for (String e : new String[] {"", "e", "en", "er", "es", "em"}) {
        forms.add(stem + e);
        forms.add(capitalise(stem + e));
      }
    }
    String d = w.demonymDe;
    if (!d.isEmpty()) {
      forms.add(d);
      if (d.endsWith("e")) {
        forms.add(d + "n");
        forms.add(d.substring(0, d.length() - 1) + "in");
        forms.add(d.substring(0, d.length() - 1) + "innen");
      } else if (d.endsWith("er")) {
        forms.add(d + "n");
        forms.add(d + "s");
        forms.add(d + "in");
        forms.add(d + "innen");
        String adjectival = d.substring(0, d.length() - 2);
        if (split(w.adjectiveDe).stream().anyMatch(adjectival::equalsIgnoreCase)) {
          forms.add(adjectival + "e");
          forms.add(adjectival + "en");
        }
      } else {
        forms.add(d + "s");
        forms.add(d + "n");
      }
    }
    forms.addAll(split(w.adjectiveEn)); // "Cambodian;Kampuchean"
    for (String demonym : split(w.demonymEn)) {
      forms.add(demonym);
      if (demonym.endsWith("s")) {
        forms.add(demonym.substring(0, demonym.length() - 1));
      }
    }
    forms.removeIf(String::isEmpty);
    return forms;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
