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
 * Stateless.
 */
final class Acronyms {
  private static final Pattern DEFINED = Pattern.compile(
      "\\G\\s*\\(\\s*([A-ZÄÖÜ][A-Za-zÄÖÜäöü0-9&.]{1,9})\\s*\\)");

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
   * Whether a short form spells the initials of the words of a name from its second word or
   * later to its end, all its capitals in order: "PUC" of "California Public Utilities
   * Commission", the place before it left out.
   */
  private static boolean afterPlace(String name, String shortForm) {
    String[] words = name.split("[\\s-]+");
    StringBuilder initials = new StringBuilder();
    for (String w : words) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        initials.append(w.charAt(0));
      }
    }
    String caps = shortForm.replaceAll("[^A-ZÄÖÜ]", "");
    return initials.length() > caps.length() && initials.toString().endsWith(caps);
  }

  private static int capitals(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += Character.isUpperCase(s.charAt(i)) ? 1 : 0;
    }
    return n;
  }
}
