package org.herald.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.jspecify.annotations.Nullable;

/**
 * The verbs and nouns that carry CAMEO events, with the words that refine their code:
 * {@code event-verbs.tsv} (English, converted from PETRARCH-2's CAMEO.2.0.txt, with a few
 * defaults it lacks in {@code event-verbs-en.tsv}) and {@code event-verbs-de.tsv} (German,
 * written for Herald), the nouns that carry events ({@code event-nouns.tsv}), and the CAMEO codes' names, QuadClass and
 * Goldstein values ({@code cameo-codes.tsv}). Loaded once on first use; immutable.
 */
public final class EventDictionary {
  private static final java.util.regex.Pattern SPACES =
      java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern CODE_CELL =
      java.util.regex.Pattern.compile("\\d{2,4}|---|-");
  private static final java.util.regex.Pattern EVENT_CODE =
      java.util.regex.Pattern.compile("\\d{3,4}");
  /** The code of a discard (CAMEO.2.0.txt's "[---]"): as the best match, it codes no event. */
  public static final String DISCARD = "---";

  private static volatile @Nullable EventDictionary bundled;

  /**
   * One pattern: the verb (a lemma; for German the verb's forms, see {@code event-verbs-de.tsv}),
   * its code, and the words that must stand before and after it in its clause, each word a set
   * of alternatives.
   */
  public record Pattern(String language, String verb, String code, List<List<String>> before,
      List<List<String>> after) {
    /** How many words the pattern asks for: more is more specific. */
    public int weight() {
      return before.size() + after.size();
    }
  }

  /** A CAMEO code's name, QuadClass and Goldstein value. */
  public record Code(String code, String name, int quadClass, double goldstein) {}

  private final Map<String, List<Pattern>> byVerb;
  private final Map<String, Code> codes;
  private final Map<String, Map<String, String>> nouns;

  private final @Nullable String userDigest;

  private EventDictionary(Map<String, List<Pattern>> byVerb, Map<String, Code> codes,
      Map<String, Map<String, String>> nouns, @Nullable String userDigest) {
    this.byVerb = byVerb;
    this.codes = codes;
    this.nouns = nouns;
    this.userDigest = userDigest;
  }

  /**
   * A short digest of the user's patterns file this dictionary was read with, or null for the
   * bundled one: a changed file marks results stored with the old one as stale.
   */
  public @Nullable String userDigest() {
    return userDigest;
  }

  public static EventDictionary bundled() {
    EventDictionary d = bundled;
    if (d == null) {
      synchronized (EventDictionary.class) {
        d = bundled;
        if (d == null) {
          d = load();
          bundled = d;
        }
      }
    }
    return d;
  }

  /**
   * The bundled dictionary extended by a user's file of patterns. Each line is a verb pattern in
   * the columns of {@code event-verbs-de.tsv} (language, verb, code, words before, words after;
   * code "-" takes back a bundled pattern with the same words, "---" discards) or a noun in the
   * three columns of {@code event-nouns.tsv} (language, noun, code). A user's verb line wins
   * over a bundled one with as many words; a user's noun replaces the bundled one.
   *
   * @throws HeraldException naming the file and line, for a file that cannot be read or a line
   *     in neither form
   */
  public static EventDictionary withUserFile(Path file) {
    List<String> lines;
    String digest;
    try {
      byte[] bytes = Files.readAllBytes(file);
      lines = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString()
          .lines().toList();
      digest = HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(bytes), 0, 4);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new HeraldException(ErrorCode.UNREADABLE, file + ": no such patterns file", e);
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new HeraldException(ErrorCode.UNREADABLE, file + ": cannot read the patterns file: "
          + e, e);
    }
    List<String> verbs = new ArrayList<>();
    List<String> nouns = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String where = file + " line " + (i + 1) + ": ";
      if (f.length != 3 && f.length != 5) {
        throw new HeraldException(ErrorCode.BAD_ARGUMENT, where + "expected 5 tab-separated"
            + " columns (language, verb, code, words before, words after) or 3 (language, noun,"
            + " code), found " + f.length);
      }
      if (!f[0].equals("en") && !f[0].equals("de")) {
        throw new HeraldException(ErrorCode.BAD_ARGUMENT, where + "language must be en or de,"
            + " not '" + f[0] + "'");
      }
      if (f[1].isBlank() || !CODE_CELL.matcher(f[2]).matches()) {
        throw new HeraldException(ErrorCode.BAD_ARGUMENT, where + "needs a word and a CAMEO"
            + " code of two to four digits (or - or ---), not '" + f[2] + "'");
      }
      (f.length == 5 ? verbs : nouns).add(line);
    }
    return load(verbs, nouns, digest);
  }

  private static EventDictionary load() {
    return load(List.of(), List.of(), null);
  }

  private static EventDictionary load(List<String> userVerbs, List<String> userNouns,
      @Nullable String userDigest) {
    Map<String, List<Pattern>> byVerb = new HashMap<>();
    for (String file : List.of("event-verbs.tsv", "event-verbs-en.tsv", "event-verbs-de.tsv")) {
      addVerbs(byVerb, file, lines(file), false);
    }
    // The earlier of two equally specific lines wins: the user's come first.
    addVerbs(byVerb, "the user's patterns", userVerbs, true);
    Map<String, Code> codes = new HashMap<>();
    for (String line : lines("cameo-codes.tsv")) {
      String[] f = line.split("\t", -1);
      codes.put(f[0], new Code(f[0], f[1], Integer.parseInt(f[2]), Double.parseDouble(f[3])));
    }
    Map<String, Map<String, String>> nouns = new HashMap<>();
    List<String> nounLines = new ArrayList<>(lines("event-nouns.tsv"));
    nounLines.addAll(userNouns);
    for (String line : nounLines) {
      String[] f = line.split("\t", -1);
      nouns.computeIfAbsent(f[0], k -> new java.util.LinkedHashMap<>()).put(f[1], f[2]);
    }
    return new EventDictionary(byVerb, codes, nouns, userDigest);
  }

  /** Adds verb pattern lines, at the end of each verb's list or, {@code first}, at its start. */
  private static void addVerbs(Map<String, List<Pattern>> byVerb, String source,
      List<String> lines, boolean first) {
    Map<String, Integer> placed = new HashMap<>(); // lines put first so far, per verb
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      if (f.length < 5) {
        throw new HeraldException(ErrorCode.RESOURCE, source + " line needs 5 columns: " + line);
      }
      if (f[2].equals("-")) {
        // Herald's own files may take back a converted pattern: "face" alone is no meeting.
        for (String verb : f[1].split("\\|")) {
          List<Pattern> ps = byVerb.get(f[0] + ":" + verb);
          if (ps != null) {
            ps.removeIf(x -> x.before().equals(words(f[3])) && x.after().equals(words(f[4])));
          }
        }
        continue;
      }
      Pattern p = new Pattern(f[0], f[1], f[2], words(f[3]), words(f[4]));
      for (String verb : f[1].split("\\|")) {
        String key = f[0] + ":" + verb;
        List<Pattern> ps = byVerb.computeIfAbsent(key, k -> new ArrayList<>());
        // Put first, they keep their own order: of two user lines, the earlier still wins.
        ps.add(first ? placed.merge(key, 1, Integer::sum) - 1 : ps.size(), p);
      }
    }
  }

  private static List<List<String>> words(String cell) {
    List<List<String>> out = new ArrayList<>();
    for (String w : SPACES.split(cell.strip())) {
      if (!w.isEmpty()) {
        out.add(List.of(w.split("\\|")));
      }
    }
    return List.copyOf(out);
  }

  private static List<String> lines(String name) {
    InputStream in = EventDictionary.class.getResourceAsStream("/org/herald/kb/" + name);
    if (in == null) {
      throw new HeraldException(ErrorCode.RESOURCE, "event dictionary " + name + " is missing");
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.RESOURCE, "cannot read " + name + ": " + e, e);
    }
    return out;
  }

  /** The patterns of a verb in a language ("en", "meet"; "de", "verurteilen"). */
  public List<Pattern> patterns(String language, String verb) {
    return byVerb.getOrDefault(language + ":" + verb, List.of());
  }

  /**
   * The CAMEO code a noun carries ("Videoanruf": 041, "Sicherheitsgarantien" no), or null: the
   * longest noun of the table the word contains, German compounds included.
   */
  public @Nullable String noun(String language, String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    String best = null;
    String code = null;
    for (Map.Entry<String, String> e : nouns.getOrDefault(language, Map.of()).entrySet()) {
      boolean hit = language.equals("de") ? w.contains(e.getKey())
          : w.equals(e.getKey()) || w.equals(e.getKey() + "s");
      if (hit && (best == null || e.getKey().length() > best.length())) {
        best = e.getKey();
        code = e.getValue();
      }
    }
    return code;
  }

  /** A code's name, QuadClass and Goldstein value; an unknown code takes its root's. */
  private volatile java.util.@Nullable List<Code> allCodes;

  /**
   * Every CAMEO code with its name (cameo-code-names.tsv; the roots 01 and 02, which it leaves
   * out, by their root's name) and its root's QuadClass and Goldstein value, in code order.
   * Read once.
   */
  public java.util.List<Code> codes() {
    java.util.List<Code> list = allCodes;
    if (list == null) {
      Map<String, Code> out = new java.util.TreeMap<>();
      for (Code root : codes.values()) {
        out.put(root.code(), root);
      }
      for (String line : lines("cameo-code-names.tsv")) {
        String[] f = line.split("\t", -1);
        Code root = codes.get(f[0].substring(0, 2) + "0");
        if (root != null) {
          out.put(f[0], new Code(f[0], f[1], root.quadClass(), root.goldstein()));
        }
      }
      list = java.util.List.copyOf(out.values());
      allCodes = list;
    }
    return list;
  }

  /** Whether a code is a CAMEO event code (any code of the roots 01 and 02, which have no list). */
  public boolean known(String code) {
    if (!EVENT_CODE.matcher(code).matches() || code(code) == null) {
      return false;
    }
    return code.startsWith("01") || code.startsWith("02")
        || codes().stream().anyMatch(c -> c.code().equals(code));
  }

  public @Nullable Code code(String code) {
    Code c = codes.get(code);
    if (c == null && code.length() > 3) {
      c = codes.get(code.substring(0, 3));
    }
    if (c == null && code.length() >= 2) {
      c = codes.get(code.substring(0, 2) + "0");
    }
    return c;
  }
}
