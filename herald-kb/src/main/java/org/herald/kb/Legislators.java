package org.herald.kb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;

/**
 * The members of the US Congress of legislators.tsv, merged into the people who are already
 * known: a member with the id (or the full name and country) of an entry of people.tsv or
 * officials.tsv adds his terms (USALEG, USAOPP) and names to that entry, after its own roles; the
 * others are entries of their own. Used once, while the knowledge base loads.
 */
final class Legislators {
  private final Map<String, String[]> byId = new LinkedHashMap<>();
  private final Map<String, String> idByName = new LinkedHashMap<>();

  Legislators(List<String> lines) {
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      if (f.length < 8) {
        throw new HeraldException(ErrorCode.RESOURCE,
            "legislators.tsv line needs 8 tab-separated columns: " + line);
      }
      byId.put(f[0], f);
      for (String n : f[7].split(";")) {
        idByName.putIfAbsent(key(n, f[4]), f[0]);
      }
    }
  }

  private static String key(String name, String country) {
    return Names.fold(name) + "|" + country;
  }

  /**
   * The lines of people.tsv or officials.tsv with the terms of the members among them; a member
   * taken in is not an entry of its own. {@code byName} also matches a full name and country
   * (people.tsv gives some people Herald ids).
   */
  List<String> mergeInto(List<String> lines, boolean byName) {
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      if (f.length < 8) {
        out.add(line); // the reader of that file reports it
        continue;
      }
      String[] member = byId.remove(f[0]);
      if (member == null && byName) {
        for (String n : names(f)) {
          String id = idByName.get(key(n, f[4]));
          if (id != null && byId.containsKey(id)) {
            member = byId.remove(id);
            break;
          }
        }
      }
      if (member == null) {
        out.add(line);
        continue;
      }
      f[6] = f[6].isEmpty() ? member[6] : f[6] + ";" + member[6];
      Set<String> names = new LinkedHashSet<>(List.of(f[7].split(";")));
      names.remove("");
      names.addAll(List.of(member[7].split(";")));
      f[7] = String.join(";", names);
      out.add(String.join("\t", f));
    }
    return out;
  }

  private static List<String> names(String[] f) {
    List<String> out = new ArrayList<>();
    out.add(f[2]);
    for (String n : f[7].split(";")) {
      if (!n.isBlank()) {
        out.add(n);
      }
    }
    return out;
  }

  /** The members no other entry took in, as lines of the people.tsv format. */
  List<String> rest() {
    return byId.values().stream().map(f -> String.join("\t", f)).toList();
  }
}
