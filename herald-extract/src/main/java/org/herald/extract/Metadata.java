package org.herald.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A page's title, publication date and authors, from its metadata (meta tags, JSON-LD,
 * microdata) and, failing that, its markup. Reads the page before scripts are removed, but never
 * takes a date from a script other than JSON-LD: null is better than a wrong date.
 */
final class Metadata {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|–—·»›:/-]|//|::|»|›)+\\s+");
  private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern LD_AUTHOR = Pattern.compile(
      "\"author\"\\s*:\\s*(\\{[^{}]*\\}|\\[[^\\[\\]]*\\]|\"[^\"]*\")");
  private static final Pattern LD_NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})\\b");
  private static final Pattern SLASHED = Pattern.compile("\\b(\\d{4})/(\\d{1,2})/(\\d{1,2})\\b");
  /** Day first, as European pages write it: 26/10/2018. */
  private static final Pattern SLASHED_DAY_FIRST =
      Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
  /** A date a label announces: "Erschienen am: 01.11.2023", "Published on March 2, 2020". */
  static final Pattern LABELLED = Pattern.compile(
      "(?i)\\b(veröffentlicht|erschienen|publiziert|datum|published|posted|erstellt|stand)"
          + "\\s*(am|on|:)?\\s*:?\\s*");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "\\b(\\d{1,2})\\.?\\s+([A-Za-zÄÖÜäöüéû]{3,10})\\.?\\s+(\\d{4})\\b");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern URL_DATE = Pattern.compile("/(\\d{4})[/-](\\d{2})[/-](\\d{2})/");
  private static final Map<String, Integer> MONTHS = months();
  /** Meta names and properties that give the publication date, best first. */
  private static final String[] DATE_META = {
    "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate",
    "publishdate", "publish-date", "publish_date", "dc.date.issued", "dc.date",
    "dcterms.date", "dcterms.created", "citation_publication_date", "parsely-pub-date",
    "sailthru.date", "article:published", "article.published", "original-publish-date",
    "datecreated", "uploaddate"};
  /** Meta names and properties that give the authors, best first. */
  private static final String[] AUTHOR_META = {
    "author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
    "citation_author", "og:article:author"};
  private static final Set<String> DATE_WORDS = Set.of("date", "datum", "time", "published",
      "pubdate", "posted", "meta", "byline", "entry", "timestamp", "datetime", "zeit", "info",
      "author", "autor");

  /** An absolute web address. */
  private static final Pattern ABSOLUTE =
      Pattern.compile("(?i)https?://[^\\s/]+\\.[^\\s/]+(/\\S*)?");

  private Metadata() {}

  /** The page's meta tags by lower-cased name, property or itemprop, and its JSON-LD, read once. */
  static final class Head {
    private final Map<String, List<String>> meta = new java.util.HashMap<>();
    private final List<String> jsonLd = new ArrayList<>();

    Head(Document page) {
      for (Element m : page.getElementsByTag("meta")) {
        String content = m.attr("content");
        if (content.isBlank()) {
          continue;
        }
        for (String key : new String[] {m.attr("name"), m.attr("property"), m.attr("itemprop")}) {
          if (!key.isEmpty()) {
            meta.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(content);
          }
        }
      }
      for (Element script : page.getElementsByTag("script")) {
        if (script.attr("type").equalsIgnoreCase("application/ld+json")) {
          jsonLd.add(script.data());
        }
      }
    }

    @Nullable String first(String... keys) {
      for (String k : keys) {
        List<String> v = meta.get(k);
        if (v != null) {
          return TextBody.normalise(v.get(0));
        }
      }
      return null;
    }

    List<String> all(String key) {
      return meta.getOrDefault(key, List.of());
    }
  }

  private static Map<String, Integer> months() {
    String[][] names = {
      {"jan", "januar", "january", "jänner", "janvier", "enero"},
      {"feb", "februar", "february", "février", "febrero"},
      {"mär", "mar", "märz", "march", "maerz", "mars", "marzo"},
      {"apr", "april", "avril", "abril"},
      {"mai", "may", "mayo"},
      {"jun", "juni", "june", "juin", "junio"},
      {"jul", "juli", "july", "juillet", "julio"},
      {"aug", "august", "août", "agosto"},
      {"sep", "sept", "september", "septembre", "septiembre"},
      {"okt", "oct", "oktober", "october", "octobre", "octubre"},
      {"nov", "november", "novembre", "noviembre"},
      {"dez", "dec", "dezember", "december", "décembre", "diciembre"}};
    Map<String, Integer> m = new java.util.HashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        m.put(n, i + 1);
      }
    }
    return Map.copyOf(m);
  }

  // -- title ---------------------------------------------------------------------------

  /** The headline: the h1 where the page's title contains it, else the title less site names. */
  static @Nullable String title(Document page, Head head) {
    String og = head.first("og:title", "twitter:title");
    String tag = TextBody.normalise(page.title());
    String site = head.first("og:site_name");
    String lowerOg = og == null ? "" : og.toLowerCase(Locale.ROOT);
    String lowerTag = tag.toLowerCase(Locale.ROOT);
    List<String> h1s = new ArrayList<>();
    for (Element h1 : page.getElementsByTag("h1")) {
      String t = TextBody.normalise(h1.text());
      if (t.length() >= 3) {
        h1s.add(t);
      }
    }
    java.util.function.Supplier<Set<String>> names = memo(() -> siteNames(page, site));
    for (String h1 : h1s) {
      String l = h1.toLowerCase(Locale.ROOT);
      if ((lowerOg.contains(l) || lowerTag.contains(l)) && !names.get().contains(l)) {
        return h1;
      }
    }
    String raw = og != null ? og : !tag.isEmpty() ? tag : null;
    if (raw == null) {
      return h1s.isEmpty() ? null : h1s.get(0);
    }
    // "Site | Headline", "Kicker: Headline": the part the page also sets as a heading.
    String[] parts = SEPARATOR.split(raw);
    if (parts.length > 1) {
      Set<String> headings = new java.util.HashSet<>();
      for (Element h : page.select("h1, h2, h3")) {
        headings.add(TextBody.normalise(h.text()).toLowerCase(Locale.ROOT));
      }
      for (String part : parts) {
        String l = part.strip().toLowerCase(Locale.ROOT);
        if (l.length() >= 10 && headings.contains(l) && !names.get().contains(l)) {
          return part.strip();
        }
      }
    }
    String cleaned = withoutSiteName(raw, site);
    Set<String> siteNames = names.get();
    if (siteNames.contains(cleaned.toLowerCase(Locale.ROOT))) {
      // The title names only the site (blogs do this): the article's own heading is the title.
      for (String q : new String[] {".entry-title", ".post-title", "article h1", "article h2",
          "main h1", "main h2", ".post h1", ".post h2", ".entry h1", ".entry h2", "h1", "h2"}) {
        for (Element heading : page.select(q)) {
          String t = TextBody.normalise(heading.text());
          if (!t.isEmpty() && !siteNames.contains(t.toLowerCase(Locale.ROOT))) {
            return t;
          }
        }
      }
    }
    if (h1s.size() == 1 && sharedWords(cleaned, h1s.get(0)) >= 0.5
        && !siteNames.contains(h1s.get(0).toLowerCase(Locale.ROOT))) {
      return h1s.get(0);
    }
    return cleaned;
  }

  private static <T> java.util.function.Supplier<T> memo(java.util.function.Supplier<T> f) {
    return new java.util.function.Supplier<>() {
      private @Nullable T value;

      @Override
      public T get() {
        if (value == null) {
          value = f.get();
        }
        return value;
      }
    };
  }

  /** What the page calls itself: og:site_name and the site title in its header. */
  private static Set<String> siteNames(Document page, @Nullable String site) {
    Set<String> out = new java.util.HashSet<>();
    if (site != null) {
      out.add(site.toLowerCase(Locale.ROOT));
    }
    // (".logo" covers "header .logo"; a descendant selector would cost a tenth of extraction.)
    for (Element e : page.select(".site-title, .site-name, #site-title, .blog-title,"
        + " .site-branding, #logo, .logo")) {
      String t = TextBody.normalise(e.text()).toLowerCase(Locale.ROOT);
      if (!t.isEmpty() && t.length() < 100) {
        out.add(t);
      }
    }
    return out;
  }

  /** The share of the words of {@code a} that occur in {@code b}, case-insensitive. */
  private static double sharedWords(String a, String b) {
    String[] wa = a.toLowerCase(Locale.ROOT).split("\\W+");
    Set<String> wb = new java.util.HashSet<>(List.of(b.toLowerCase(Locale.ROOT).split("\\W+")));
    int n = 0;
    int shared = 0;
    for (String w : wa) {
      if (!w.isEmpty()) {
        n++;
        if (wb.contains(w)) {
          shared++;
        }
      }
    }
    return n == 0 ? 0 : (double) shared / n;
  }

  /** "Headline | Site" and "Site - Headline" lose the site's name. */
  static String withoutSiteName(String title, @Nullable String site) {
    String[] parts = SEPARATOR.split(title);
    if (parts.length < 2) {
      return title;
    }
    List<String> kept = new ArrayList<>(List.of(parts));
    String last = kept.get(kept.size() - 1);
    if (isSiteName(last, site) || words(last) <= 4 && words(String.join(" ", kept)) > 2 * words(last)) {
      kept.remove(kept.size() - 1);
    }
    if (kept.size() > 1 && isSiteName(kept.get(0), site)) {
      kept.remove(0);
    }
    if (kept.size() == parts.length) {
      return title;
    }
    // Put the remaining parts back as they stood in the title.
    int start = title.indexOf(kept.get(0));
    String lastKept = kept.get(kept.size() - 1);
    int end = title.indexOf(lastKept, start) + lastKept.length();
    return start >= 0 && end > start ? title.substring(start, end).strip() : kept.get(0);
  }

  private static boolean isSiteName(String part, @Nullable String site) {
    String p = part.toLowerCase(Locale.ROOT).strip();
    return site != null && p.equals(site.toLowerCase(Locale.ROOT).strip())
        || p.matches("(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,6}");
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }

  // -- date ----------------------------------------------------------------------------

  /** A publication date with where it was found and how sure it is. */
  record Dated(String date, String source, double confidence) {}

  /** The publication date as yyyy-mm-dd, or null where no reliable source gives one. */
  /**
   * The page's own address when the caller gave none: its canonical link, else its og:url; only
   * an absolute http(s) address, else null. It names the outlet a locally read page came from.
   */
  static @Nullable String address(Document page, Head head) {
    for (Element link : page.select("link[rel~=(?i)^canonical$][href]")) {
      String href = link.attr("href").strip();
      if (ABSOLUTE.matcher(href).matches()) {
        return href;
      }
    }
    String og = head.first("og:url");
    return og != null && ABSOLUTE.matcher(og).matches() ? og : null;
  }

  static @Nullable String published(Document page, Head head, @Nullable String url) {
    Dated d = dated(page, head, url);
    return d == null ? null : d.date();
  }

  /**
   * The publication date with its source: meta tags and JSON-LD (0.95), a {@code time} or
   * {@code datePublished} element (0.9), the URL (0.8), a dated or labelled line of the page
   * (0.6).
   */
  static @Nullable Dated dated(Document page, Head head, @Nullable String url) {
    for (String key : DATE_META) {
      for (String v : head.all(key)) {
        String d = parse(v);
        if (d != null) {
          return new Dated(d, "metadata", 0.95);
        }
      }
    }
    for (String ld : head.jsonLd) {
      Matcher m = LD_DATE.matcher(ld);
      if (m.find()) {
        String d = parse(m.group(1));
        if (d != null) {
          return new Dated(d, "metadata", 0.95);
        }
      }
    }
    for (Element e : page.select("[itemprop=datePublished], time[pubdate], article time[datetime],"
        + " main time[datetime], time[datetime], abbr.published[title]")) {
      String d = parse(firstNonEmpty(e.attr("datetime"), e.attr("content"), e.attr("title"),
          e.text()));
      if (d != null) {
        return new Dated(d, "metadata", 0.9);
      }
    }
    if (url != null) {
      Matcher m = URL_DATE.matcher(url);
      if (m.find()) {
        String d = date(m.group(1), m.group(2), m.group(3));
        if (d != null) {
          return new Dated(d, "url", 0.8);
        }
      }
    }
    Element body = page.body();
    if (body == null) {
      return null;
    }
    List<Element> elements = body.getAllElements();
    int looked = 0;
    for (Element e : elements) {
      if (e.childrenSize() > 3 || !hasDateWord(e)) {
        continue;
      }
      String text = e.text();
      if (text.length() > 200 || text.isEmpty()) {
        continue;
      }
      String d = parse(text);
      if (d != null) {
        return new Dated(d, "text", 0.6);
      }
      if (++looked > 30) {
        break;
      }
    }
    for (Element e : elements) {
      // A short line whose label announces the date.
      if (e.childrenSize() <= 3 && e.ownText().length() <= 120) {
        String own = e.ownText();
        Matcher label = LABELLED.matcher(own);
        if (label.find()) {
          String d = parse(own.substring(label.end()));
          if (d == null) {
            d = parse(e.text().length() <= 120 ? e.text() : "");
          }
          if (d != null) {
            return new Dated(d, "text", 0.6);
          }
        }
      }
    }
    return null;
  }

  /**
   * A publication date in the first lines of a plain text: a line whose label announces it
   * ("Veröffentlicht am 15.12.2021", "Published Dec 15, 2021": 0.8) or a short line that is a
   * date and little else (0.6). Null where no line is one: a date in a sentence is not taken.
   */
  static @Nullable Dated datedLine(String text) {
    int seen = 0;
    for (String raw : text.split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (++seen > 10) {
        break;
      }
      if (line.length() > 100) {
        continue;
      }
      Matcher label = LABELLED.matcher(line);
      if (label.find()) {
        String d = parse(line.substring(label.end()));
        if (d != null) {
          return new Dated(d, "text", 0.8);
        }
      }
      if (line.length() <= 40 && onlyDate(line)) {
        String d = parse(line);
        if (d != null) {
          return new Dated(d, "text", 0.6);
        }
      }
    }
    return null;
  }

  private static final Pattern DATE_WORDS_ONLY = Pattern.compile("(?iu)\\b(januar|jänner|"
      + "februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|january|"
      + "february|march|june|july|october|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|oct|"
      + "nov|dez|dec|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|"
      + "tuesday|wednesday|thursday|friday|saturday|sunday|mo|di|mi|do|fr|sa|so|mon|tue|wed|"
      + "thu|fri|sat|sun|uhr|am|pm|a\\.m|p\\.m|gmt|utc|cet|cest|mez|mesz|et|est|edt|um|at)\\b");

  /** Whether a line is a date and nothing else: "15. Dezember 2021, 10:30 Uhr", "Dec 15, 2021". */
  static boolean onlyDate(String line) {
    if (!line.matches("(?s).*\\d.*")) {
      return false;
    }
    String rest = DATE_WORDS_ONLY.matcher(line).replaceAll(" ").replaceAll("[\\d\\p{P}\\s]+", "");
    return rest.isEmpty();
  }

  private static boolean hasDateWord(Element e) {
    if (e.tagName().equals("time")) {
      return true;
    }
    for (String w : ContentFinder.words(e)) {
      if (DATE_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static String firstNonEmpty(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return "";
  }

  /** A date in any of the common forms as yyyy-mm-dd, or null. */
  static @Nullable String parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    Matcher m = ISO.matcher(v);
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = DOTTED.matcher(v);
    if (m.find()) {
      return date(m.group(3), m.group(2), m.group(1));
    }
    m = SLASHED.matcher(v);
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = SLASHED_DAY_FIRST.matcher(v);
    if (m.find()) {
      return date(m.group(3), m.group(2), m.group(1));
    }
    m = DAY_MONTH_YEAR.matcher(v);
    while (m.find()) {
      Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
      if (month != null) {
        return date(m.group(3), String.valueOf(month), m.group(1));
      }
    }
    m = MONTH_DAY_YEAR.matcher(v);
    while (m.find()) {
      Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
      if (month != null) {
        return date(m.group(3), String.valueOf(month), m.group(2));
      }
    }
    return null;
  }

  private static @Nullable String date(String year, String month, String day) {
    try {
      LocalDate d = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month),
          Integer.parseInt(day));
      if (d.getYear() < 1990 || d.isAfter(LocalDate.now().plusDays(2))) {
        return null;
      }
      return d.toString();
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  // -- authors -------------------------------------------------------------------------

  /** The authors from JSON-LD, meta tags, microdata or a byline, from the first that has one. */
  static List<String> authors(Document page, Head head) {
    Set<String> out = new LinkedHashSet<>();
    for (String ld : head.jsonLd) {
      Matcher m = LD_AUTHOR.matcher(ld);
      if (m.find()) {
        String value = m.group(1);
        if (value.startsWith("\"")) {
          addAuthor(out, value.substring(1, value.length() - 1));
        } else {
          Matcher n = LD_NAME.matcher(value);
          while (n.find()) {
            addAuthor(out, n.group(1));
          }
        }
      }
      if (!out.isEmpty()) {
        return List.copyOf(out);
      }
    }
    for (String key : AUTHOR_META) {
      for (String v : head.all(key)) {
        if (!v.startsWith("http")) {
          addAuthor(out, v);
        }
      }
      if (!out.isEmpty()) {
        return List.copyOf(out);
      }
    }
    for (Element e : page.select("[itemprop=author] [itemprop=name], [itemprop=author],"
        + " [rel=author], .author-name, .byline__name, .byline-name, .author .name,"
        + " .autor, .author, .byline")) {
      addAuthor(out, e.text());
      if (!out.isEmpty()) {
        return List.copyOf(out);
      }
    }
    return List.of();
  }

  /** Adds a cleaned name: "Von Anna Beispiel, 12.03.2021" gives "Anna Beispiel". */
  static void addAuthor(Set<String> out, String raw) {
    String t = TextBody.normalise(raw)
        .replaceFirst("(?i)^(veröffentlicht von|erstellt von|ein beitrag von|geschrieben von"
            + "|posted by|written by|von|by|autor(in)?|author|text)\\s*:?\\s*", "")
        .replaceFirst("\\s*[,|·•]\\s*\\d.*$", "")
        .replaceFirst("\\s*[|·•].*$", "")
        .replaceFirst("(?i)\\s+(alle artikel|alle beiträge|all posts|all articles|mehr artikel"
            + "|more articles|zum profil|profil|profile)\\b.*$", "")
        .strip();
    if (t.length() < 2 || t.length() > 80 || t.startsWith("http") || t.chars().filter(
        Character::isDigit).count() > 2) {
      return;
    }
    out.add(t);
  }

}
