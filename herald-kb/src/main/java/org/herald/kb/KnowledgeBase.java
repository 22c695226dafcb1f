package org.herald.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.jspecify.annotations.Nullable;

/**
 * Countries (every ISO 3166 country, with names, adjectives, demonyms and capital), and known
 * names (news agencies, international organisations, words that are no entity). Loaded once from
 * the files of this package, optionally extended by a user's own names file in the same format
 * as {@code names.tsv}. Immutable and thread-safe.
 */
public final class KnowledgeBase {
  private static final String BASE = "/org/herald/kb/";
  private static volatile @Nullable KnowledgeBase defaultInstance;

  private final Map<String, List<KbEntry>> byName;
  private final Map<String, KbEntry> byDerivedWord;
  private final Map<String, KbEntry> byCountry;
  private final List<KbEntry> entries;
  private final int maxNameWords;
  private final String version;

  private KnowledgeBase(List<KbEntry> entries, Map<String, KbEntry> derived, String version) {
    this.entries = List.copyOf(entries);
    Map<String, List<KbEntry>> names = new HashMap<>();
    Map<String, KbEntry> countries = new HashMap<>();
    int words = 1;
    for (KbEntry e : entries) {
      for (String n : e.names()) {
        List<KbEntry> list = names.computeIfAbsent(n, k -> new ArrayList<>());
        if (!list.contains(e)) {
          list.add(e);
        }
        words = Math.max(words, n.split("[\\s]+").length);
      }
      if (e.kind() == EntryKind.COUNTRY && e.country() != null) {
        countries.put(e.country(), e);
      }
    }
    names.values().forEach(l -> l.sort(Comparator.comparingInt((KbEntry e) -> -e.kind().weight())));
    this.byName = Map.copyOf(names);
    this.byCountry = Map.copyOf(countries);
    this.byDerivedWord = Map.copyOf(derived);
    this.maxNameWords = words;
    this.version = version;
  }

  /** The bundled knowledge base, loaded on first use and shared. */
  public static KnowledgeBase bundled() {
    KnowledgeBase kb = defaultInstance;
    if (kb == null) {
      synchronized (KnowledgeBase.class) {
        kb = defaultInstance;
        if (kb == null) {
          kb = load(null);
          defaultInstance = kb;
        }
      }
    }
    return kb;
  }

  /**
   * The bundled knowledge base extended by a user's names file.
   *
   * @param userNames a file in the format of {@code names.tsv}, or null
   */
  public static KnowledgeBase load(@Nullable Path userNames) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      List<String> countryLines = lines(resource("countries.tsv"), digest);
      List<String> wordLines = lines(resource("country-words.tsv"), digest);
      List<String> nameLines = lines(resource("names.tsv"), digest);
      if (userNames != null) {
        if (!Files.isReadable(userNames)) {
          throw new HeraldException(ErrorCode.BAD_ARGUMENT,
              "knowledge file " + userNames + " cannot be read");
        }
        try (InputStream in = Files.newInputStream(userNames)) {
          nameLines.addAll(lines(in, digest));
        }
      }
      Map<String, KbEntry> derived = new HashMap<>();
      List<KbEntry> entries = new ArrayList<>(Countries.parse(countryLines, wordLines, derived));
      entries.addAll(parseNames(nameLines));
      String hash = HexFormat.of().formatHex(digest.digest(), 0, 4);
      return new KnowledgeBase(entries, derived, "kb-0.1+" + hash);
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.RESOURCE, "cannot read the knowledge base: " + e, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = KnowledgeBase.class.getResourceAsStream(BASE + name);
    if (in == null) {
      throw new HeraldException(ErrorCode.RESOURCE, "knowledge file " + name + " is missing");
    }
    return in;
  }

  private static List<String> lines(InputStream in, MessageDigest digest) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        digest.update(line.getBytes(StandardCharsets.UTF_8));
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return out;
  }

  private static List<KbEntry> parseNames(List<String> lines) {
    List<KbEntry> out = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      if (f.length < 6) {
        throw new HeraldException(ErrorCode.RESOURCE,
            "names line needs 6 tab-separated columns: " + line);
      }
      EntryKind kind = switch (f[1]) {
        case "ORGANIZATION" -> EntryKind.ORGANIZATION;
        case "PERSON" -> EntryKind.PERSON;
        case "LOCATION" -> EntryKind.PLACE;
        case "MISC" -> EntryKind.MISC;
        case "NONE" -> EntryKind.NONE;
        default -> throw new HeraldException(ErrorCode.RESOURCE, "unknown type " + f[1]);
      };
      Set<String> names = new LinkedHashSet<>(List.of(f[5].split(";")));
      String org = f[3].isEmpty() ? null : f[3];
      String country = f[4].isEmpty() ? null : f[4];
      out.add(new KbEntry("herald:" + f[0], kind, f[2], null, List.copyOf(names), country, org,
          org != null ? "IGO" : country, null, null));
    }
    return out;
  }

  public String version() {
    return version;
  }

  public List<KbEntry> entries() {
    return entries;
  }

  /** The longest name in words, bounding the matcher's window. */
  public int maxNameWords() {
    return maxNameWords;
  }

  /**
   * The entries a surface form names, best first. German genitives ("Russlands", "Pekings") are
   * reduced to the nominative.
   */
  public List<KbEntry> byName(String surface, @Nullable String language) {
    List<KbEntry> hit = exactOrInflected(surface, language);
    if (hit.isEmpty() && surface.length() > 3 && Names.isUpperCase(surface)) {
      // Datelines and headlines shout: "PEKING" is Peking.
      hit = exactOrInflected(Names.titleCase(surface), language);
    }
    return hit;
  }

  private List<KbEntry> exactOrInflected(String surface, @Nullable String language) {
    List<KbEntry> hit = byName.get(surface);
    if (hit != null) {
      return hit;
    }
    if ("de".equals(language) && surface.length() > 3) {
      if (surface.endsWith("s")) {
        hit = byName.get(surface.substring(0, surface.length() - 1));
        if (hit != null) {
          return hit;
        }
      }
      if (surface.endsWith("es")) {
        hit = byName.get(surface.substring(0, surface.length() - 2));
        if (hit != null) {
          return hit;
        }
      }
    }
    return List.of();
  }

  /** The best entry a surface form names, or null. */
  public @Nullable KbEntry best(String surface, @Nullable String language) {
    List<KbEntry> hits = byName(surface, language);
    return hits.isEmpty() ? null : hits.get(0);
  }

  /** The country of an adjective or demonym ("russischen", "Russen", "Russian"), or null. */
  public @Nullable KbEntry countryOfDerivedWord(String word) {
    KbEntry e = byDerivedWord.get(word);
    return e != null ? e : byDerivedWord.get(word.toLowerCase(Locale.ROOT));
  }

  /** The country with an ISO 3166-1 alpha-3 code, or null. */
  public @Nullable KbEntry country(String alpha3) {
    return byCountry.get(alpha3);
  }
}
