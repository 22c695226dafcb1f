package org.herald.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.herald.kb.EntryKind;
import org.herald.kb.KbEntry;
import org.herald.kb.KnowledgeBase;
import org.jspecify.annotations.Nullable;

/**
 * Who publishes a page, read from its web address: the country of its country-code domain
 * ("telegraph.co.uk": GBR), and the party whose site it is: "www.spoe.at" is the SPÖ,
 * "www.spdfraktion.de" the SPD, "www.fdpbt.de" the FDP, "www.gruene-bundestag.de" the Greens.
 * On its own pages a party calls its people "unsere Vorsitzende". Each hyphenated part of
 * the host's first label is read as a party's name, whole or by its beginning (at least three
 * letters), with "oe", "ue", "ae" also read as umlauts, or whole as a short form of
 * party-short-names.tsv; the party must be of the country of the address's country-code domain
 * where it has one. Stateless.
 */
public final class Publisher {
  /** The fewest letters of a host's beginning read as a party's short name ("spd"). */
  private static final int SHORTEST = 3;

  /** The possessives by which the page speaks of its own people. */
  private static final java.util.Set<String> OURS = words("ours");

  private Publisher() {}

  /** Whether a word is a possessive by which a page speaks of its own ("unsere", "our"). */
  static boolean ours(String word) {
    return OURS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static java.util.Set<String> words(String list) {
    java.util.Set<String> words = Resources.wordLists("publisher-words.tsv").get(list);
    if (words == null) {
      throw new IllegalStateException("publisher-words.tsv has no list " + list);
    }
    return words;
  }

  /** The party whose site the address is on, or null. */
  public static @Nullable KbEntry party(KnowledgeBase kb, @Nullable String url) {
    String host = host(url);
    if (host == null) {
      return null;
    }
    String country = countryOfHost(host);
    String first = host.substring(0, host.indexOf('.'));
    for (String part : first.split("-")) {
      KbEntry shortName = country == null ? null
          : kb.partyByShortName(part, country); // "gruene": die Grünen
      if (shortName != null) {
        return shortName;
      }
      for (int end = part.length(); end >= SHORTEST; end--) {
        for (String form : forms(part.substring(0, end))) {
          for (KbEntry e : kb.byName(form, "de")) {
            if (isParty(e) && (country == null || country.equals(e.country()))) {
              return e;
            }
          }
        }
      }
    }
    return null;
  }

  /**
   * The bodies whose own site the address may be: its party ({@link #party}), else every
   * organisation the knowledge base names by the first label of the host, none of the press
   * ("awo.org": the AWO, "drk.de": the German Red Cross, "aclu.org": the ACLU). The text decides
   * among them by the one it names.
   */
  public static List<KbEntry> bodies(KnowledgeBase kb, @Nullable String url) {
    KbEntry party = party(kb, url);
    if (party != null) {
      return List.of(party);
    }
    String host = host(url);
    if (host == null) {
      return List.of();
    }
    String first = host.substring(0, host.indexOf('.'));
    List<KbEntry> out = new ArrayList<>();
    for (KbEntry e : kb.candidates(first, null)) {
      String actor = e.actorOn(null);
      if (e.kind() == EntryKind.ORGANIZATION && actor != null && !actor.contains("MED")) {
        out.add(e);
      }
    }
    return out;
  }

  /** The country of a web address's country-code domain ("telegraph.co.uk": GBR), or null. */
  static @Nullable String country(@Nullable String url) {
    String host = host(url);
    return host == null ? null : countryOfHost(host);
  }

  /**
   * The country of a web address: that of its country-code domain, else of the one country whose
   * English name (five letters or more, without spaces) the name of the site holds
   * ("breakingbelizenews.com": BLZ, "nowgrenada.com": GRD, "japantimes.co.jp" by its domain);
   * null if none or several.
   */
  static @Nullable String country(@Nullable String url, KnowledgeBase kb) {
    String host = host(url);
    if (host == null) {
      return null;
    }
    String byDomain = countryOfHost(host);
    if (byDomain != null) {
      return byDomain;
    }
    String[] labels = host.split("\\.");
    String site = labels.length >= 2 ? labels[labels.length - 2] : host;
    java.util.Map<String, String> names = new java.util.HashMap<>(); // name -> country
    for (KbEntry e : kb.countries()) {
      String name = e.label().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
      if (name.length() >= NAME_IN_SITE && site.contains(name)) {
        names.put(name, e.country());
      }
    }
    // "nigeria" holds "niger": a name inside a longer one found is no name of its own
    names.keySet().removeIf(n -> names.keySet().stream()
        .anyMatch(m -> m.length() > n.length() && m.contains(n)));
    java.util.Set<String> countries = new java.util.HashSet<>(names.values());
    return countries.size() == 1 ? countries.iterator().next() : null;
  }

  /** The fewest letters of a country's name read inside a site's name. */
  private static final int NAME_IN_SITE = 5;

  /** Country-code domains that sites of any country use ("x.tv", "y.io"). */
  private static final java.util.Set<String> VANITY_DOMAINS = java.util.Set.of("tv", "io",
      "co", "me", "fm", "ai", "ly", "to", "cc", "ws", "gg", "is", "am", "la", "nu", "tk", "vc",
      "sh", "ac");

  private static @Nullable String countryOfHost(String host) {
    String tld = host.substring(host.lastIndexOf('.') + 1);
    if (tld.length() != 2 || VANITY_DOMAINS.contains(tld)) {
      return null;
    }
    try {
      String iso2 = tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT);
      return new Locale("", iso2).getISO3Country();
    } catch (java.util.MissingResourceException e) {
      return null; // a domain of no country ("eu")
    }
  }

  private static boolean isParty(KbEntry e) {
    String actor = e.actorOn(null);
    return e.kind() == EntryKind.ORGANIZATION && actor != null && actor.length() == 6
        && (actor.endsWith("PTY") || actor.endsWith("OPP"));
  }

  /** The spellings a host's letters may stand for: "SPOE", "SPÖ", "Spö", "Gruene", "Grüne". */
  private static List<String> forms(String letters) {
    List<String> out = new ArrayList<>();
    for (String s : List.of(letters, letters.replace("oe", "ö").replace("ue", "ü")
        .replace("ae", "ä"))) {
      out.add(s.toUpperCase(Locale.ROOT));
      out.add(Character.toUpperCase(s.charAt(0)) + s.substring(1));
    }
    return out;
  }

  /** The host without "www.", lower case, with at least two labels; or null. */
  private static @Nullable String host(@Nullable String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = java.net.URI.create(url.strip()).getHost();
      if (host == null || host.indexOf('.') < 0) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
