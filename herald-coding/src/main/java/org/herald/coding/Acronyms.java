package org.herald.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.core.model.EntityType;
import org.herald.core.model.Mention;

/**
 * Short forms a text defines in parentheses after a name: "Deutsche Lebens-Rettungs-Gesellschaft
 * (DLRG)", "the Pan American Health Organization (PAHO)". Every mention of the short form is then
 * the named organisation, one entity with it, so that "die Präsidentin der DLRG, Ute Vogt" and
 * "PAHO Director Carissa F. Etienne" find what the long name is. A short form begins with the
 * first letter of the name, or with that of a later word whose initials it then spells
 * ("California Public Utilities Commission (PUC)"), and has at least two capitals; a person's
 * name defines none, and two names the knowledge base links to different entries are not joined.
 * A short form the text uses without defining it ("the CPUC", "the PUC" after "California
 * Public Utilities Commission") is the one name of the text whose initials it spells so, where
 * only one spells them. Stateless.
 */
final class Acronyms {
  private static final Pattern DEFINED = Pattern.compile(
      "\\G\\s*\\(\\s*([A-ZÄÖÜ][A-Za-zÄÖÜäöü0-9&.]{1,9})\\s*\\)");

  /** A short form used without a definition: capitals only, "&" and "." between them. */
  private static final Pattern SHORT = Pattern.compile("[A-ZÄÖÜ][A-ZÄÖÜ&.]{1,7}");

  private Acronyms() {}

  /**
   * Gives the mentions of a defined short form the grouping key of the name that defines it
   * (or the name the short form's key, where only the short form is linked). {@code linked}
   * says of each mention whether the knowledge base linked it; the lists run in parallel.
   */
  static void join(List<Mention> mentions, List<EntityType> types, List<Boolean> linked,
      List<String> keys, String text) {
    Map<String, Integer> definedBy = new HashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (types.get(i) == EntityType.PERSON || m.end() >= text.length()) {
        continue;
      }
      Matcher d = DEFINED.matcher(text).region(m.end(), text.length());
      if (d.lookingAt() && capitals(d.group(1)) >= 2
          && (Character.toUpperCase(m.text().charAt(0)) == d.group(1).charAt(0)
              || afterPlace(m.text(), d.group(1)))
          && !m.text().equals(d.group(1))) {
        definedBy.putIfAbsent(d.group(1), i);
      }
    }
    undefined(mentions, types, linked, keys, definedBy);
    for (int i = 0; i < mentions.size(); i++) {
      Integer name = definedBy.get(mentions.get(i).text());
      if (name == null || types.get(i) == EntityType.PERSON
          || keys.get(i).equals(keys.get(name))) {
        continue;
      }
      if (!linked.get(i)) {
        keys.set(i, keys.get(name));
      } else if (!linked.get(name)) {
        String from = keys.get(name);
        String to = keys.get(i);
        keys.replaceAll(k -> k.equals(from) ? to : k); // the name is what its short form is
      }
    }
  }

  /**
   * Adds to {@code definedBy} each short form of an unlinked mention that the text does not
   * define, of three capitals or more, but that spells the initials of exactly one organisation's
   * name of several words (all of them, or all but a first such as a place's), as a defined one
   * would: "CPUC" and "PUC" of "California Public Utilities Commission".
   */
  private static void undefined(List<Mention> mentions, List<EntityType> types,
      List<Boolean> linked, List<String> keys, Map<String, Integer> definedBy) {
    for (int i = 0; i < mentions.size(); i++) {
      String shortForm = mentions.get(i).text();
      if (linked.get(i) || types.get(i) != EntityType.ORGANIZATION
          || definedBy.containsKey(shortForm)
          || !SHORT.matcher(shortForm).matches() || capitals(shortForm) < 3) {
        continue;
      }
      Integer only = null;
      for (int j = 0; j < mentions.size(); j++) {
        String name = mentions.get(j).text();
        if (types.get(j) != EntityType.ORGANIZATION || name.indexOf(' ') < 0
            || !(initials(name).equals(caps(shortForm)) || afterWord(name, shortForm))) {
          continue;
        }
        if (only != null && !keys.get(only).equals(keys.get(j))) {
          only = null; // two names spell it: it may be either
          break;
        }
        only = j;
      }
      if (only != null) {
        definedBy.put(shortForm, only);
      }
    }
  }

  /**
   * Whether a short form spells the initials of all words of a name but its first, a word
   * such as a place's ("PUC" of "California Public Utilities Commission"), not a short form
   * itself ("VDS" is not the "IFB Verlag Deutsche Sprache").
   */
  private static boolean afterWord(String name, String shortForm) {
    int space = name.indexOf(' ');
    String first = name.substring(0, space);
    return !first.equals(first.toUpperCase(java.util.Locale.ROOT))
        && initials(name.substring(space + 1)).equals(caps(shortForm));
  }

  /**
   * Whether a short form spells the initials of the words of a name from its second word or
   * later to its end, all its capitals in order: "PUC" of "California Public Utilities
   * Commission", the place before it left out.
   */
  private static boolean afterPlace(String name, String shortForm) {
    String initials = initials(name);
    String caps = caps(shortForm);
    return initials.length() > caps.length() && initials.endsWith(caps);
  }

  /** The first letters of a name's capitalised words: "CPUC" of "California Public Utilities
   * Commission"; an abbreviated word is no initial ("PGE" of "Pacific Gas & Electric Co."). */
  private static String initials(String name) {
    StringBuilder initials = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.endsWith(".")) {
        initials.append(w.charAt(0));
      }
    }
    return initials.toString();
  }

  private static String caps(String shortForm) {
    return shortForm.replaceAll("[^A-ZÄÖÜ]", "");
  }

  private static int capitals(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += Character.isUpperCase(s.charAt(i)) ? 1 : 0;
    }
    return n;
  }
}
