package org.herald.kb.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the CAMEO verb dictionary of PETRARCH-2 (CAMEO.2.0.txt, MIT licence) into Herald's
 * {@code event-verbs.tsv}: per verb lemma its default CAMEO code and its patterns, each pattern
 * the words that must stand before and after the verb in its clause (the dictionary's synonym
 * sets expanded into alternatives written {@code a|b|c}). Positions of source and target ($, +)
 * are left to the dependency parse. Run by a developer when the dictionary changes:
 * {@code java ... CameoVerbConverter CAMEO.2.0.txt OUT_FILE}.
 */
public final class CameoVerbConverter {
  private CameoVerbConverter() {}

  private static final Pattern BLOCK = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\]");
  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
  private static final String DISCARD = org.herald.kb.EventDictionary.DISCARD;

  public static void main(String[] args) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    Map<String, List<String>> sets = new LinkedHashMap<>();
    String set = null;
    int i = 0;
    for (; i < lines.size(); i++) {
      String line = strip(lines.get(i));
      if (line.startsWith("---")) {
        break;
      }
      if (line.startsWith("&")) {
        set = line.replaceAll("_$", "").toUpperCase(Locale.ROOT);
        sets.put(set, new ArrayList<>());
      } else if (line.startsWith("+") && set != null) {
        sets.get(set).add(words(line.substring(1)));
      }
    }
    List<String> out = new ArrayList<>();
    String blockCode = null;
    List<String> verbs = new ArrayList<>();
    List<String> verbCodes = new ArrayList<>();
    int patterns = 0;
    for (; i < lines.size(); i++) {
      String line = strip(lines.get(i));
      if (line.isEmpty()) {
        continue;
      }
      Matcher b = BLOCK.matcher(line);
      if (b.find()) {
        blockCode = code(b.group(2));
        verbs = new ArrayList<>();
        verbCodes = new ArrayList<>();
        continue;
      }
      if (line.startsWith("- ")) {
        String comment = lines.get(i).contains("#")
            ? lines.get(i).substring(lines.get(i).indexOf('#') + 1).strip() : "";
        Matcher c = CODE.matcher(line);
        if (!c.find()) {
          continue;
        }
        // "[---]": the dictionary's discards ("killed in a car crash" is no event), kept as the
        // code "---", which codes nothing when it is the best match.
        String code = c.group(1).strip().equals("---") ? DISCARD : code(c.group(1));
        String body = line.substring(2, c.start()).strip();
        int star = body.indexOf('*');
        if (star < 0 || code == null) {
          continue;
        }
        String before = phrase(body.substring(0, star), sets);
        String after = phrase(body.substring(star + 1), sets);
        for (int k = 0; k < verbs.size(); k++) {
          String[] parts = verbs.get(k).split(" ", 2);
          String extra = parts.length > 1 ? parts[1] + " " : "";
          out.add(String.join("\t", "en", parts[0],
              code.equals(DISCARD) ? code : asDemand(code, verbCodes.get(k)), before,
              (extra + after).strip()));
          patterns++;
        }
        if (comment.equals("URGE") && !code.equals(DISCARD)) {
          // The demand block's patterns written for "urge", a verb the dictionary never lists:
          // for urge they are the appeals (02) they are coded as.
          out.add(String.join("\t", "en", "urge", code, before, after));
          patterns++;
        }
        continue;
      }
      // A verb of the block: "MEET {MEETS MET MEETING}", "+MEET_WITH {+MET_WITH ...}", or one
      // with a code of its own: "CONDEMN [111]".
      String own = null;
      Matcher inline = CODE.matcher(line);
      if (inline.find()) {
        own = code(inline.group(1));
        line = line.substring(0, inline.start()) + line.substring(inline.end());
      }
      String head = line.replaceAll("\\{[^}]*\\}", "").strip();
      boolean phrasal = head.startsWith("+");
      String verb = words(phrasal ? head.substring(1) : head);
      if (verb.isEmpty() || !verb.matches("[a-z][a-z' -]*")) {
        continue;
      }
      verbs.add(verb);
      String verbCode = own != null ? own : blockCode;
      verbCodes.add(verbCode);
      if (verbCode != null) {
        String[] parts = verb.split(" ", 2);
        out.add(String.join("\t", "en", parts[0], verbCode, "",
            parts.length > 1 ? parts[1] : ""));
      }
    }
    out.add(String.join("\t", "en", "urge", "020", "", "")); // appeal, as the code book has it
    Set<String> unique = new LinkedHashSet<>(out);
    try (PrintWriter w = new PrintWriter(
        Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
      w.println("# Generated by org.herald.kb.tools.CameoVerbConverter from CAMEO.2.0.txt of"
          + " PETRARCH-2 (MIT licence, Open Event Data Alliance). Do not edit.");
      w.println("# language\tverb lemma\tCAMEO code\twords before the verb\twords after the verb"
          + " (alternatives a|b; all in the verb's clause, in this order)");
      unique.forEach(w::println);
    }
    System.err.printf("%d lines, %d pattern lines, %d synonym sets%n", unique.size(), patterns,
        sets.size());
  }

  /**
   * The demand blocks of CAMEO.2.0.txt carry patterns written for "urge", coded as appeals (02):
   * "urge support" is 022. For a verb that demands (its own code in root 10), the same pattern is
   * the demand of the same thing, whose code CAMEO numbers in parallel: "demand support" is 102,
   * "demand the release of prisoners" 1053.
   */
  static String asDemand(String code, @org.jspecify.annotations.Nullable String verbCode) {
    if (verbCode != null && verbCode.startsWith("10") && code.startsWith("02")) {
      return "10" + code.substring(2);
    }
    return code;
  }

  private static String strip(String line) {
    int hash = line.indexOf('#');
    return (hash >= 0 ? line.substring(0, hash) : line).strip();
  }

  private static String words(String s) {
    return s.replace('_', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /** "042:043" gives 042; ":020" gives 020; "---" gives null. */
  private static String code(String spec) {
    for (String part : spec.split(":")) {
      String p = part.strip();
      if (p.matches("\\d{2,4}")) {
        return p;
      }
    }
    return null;
  }

  /**
   * A pattern part as words: source and target markers dropped, braces and parentheses opened,
   * synonym sets as alternatives.
   */
  private static String phrase(String part, Map<String, List<String>> sets) {
    List<String> out = new ArrayList<>();
    for (String token : part.replace("{", " ").replace("}", " ").replace("(", " ")
        .replace(")", " ").split("\\s+")) {
      String t = token.strip();
      if (t.isEmpty() || t.equals("$") || t.equals("+") || t.equals("%") || t.equals("^")) {
        continue;
      }
      if (t.startsWith("&")) {
        List<String> members = sets.get(t.replaceAll("_$", "").toUpperCase(Locale.ROOT));
        if (members == null || members.isEmpty()) {
          continue;
        }
        List<String> heads = new ArrayList<>();
        for (String m : members) {
          String last = m.contains(" ") ? m.substring(m.lastIndexOf(' ') + 1) : m;
          if (!last.isEmpty() && !heads.contains(last)) {
            heads.add(last);
          }
        }
        out.add(String.join("|", heads));
      } else {
        String w = t.replaceAll("[_$+]", " ").strip().toLowerCase(Locale.ROOT);
        for (String x : w.split("\\s+")) {
          if (!x.isEmpty() && x.matches("[a-z0-9'/.-]+")) {
            out.add(x.replace('/', '|'));
          }
        }
      }
    }
    return String.join(" ", out);
  }
}
