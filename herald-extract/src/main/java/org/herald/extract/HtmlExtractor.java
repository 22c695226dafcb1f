package org.herald.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.core.model.Document;
import org.herald.core.model.Layer;
import org.herald.core.model.Removed;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * HTML pages: metadata from meta tags, JSON-LD and the markup; the body from the article element
 * (or the page), less navigation, share buttons, comments, promotion and the like, each removal
 * recorded with its reason. Never throws on malformed markup.
 */
final class HtmlExtractor {
  private static final Pattern LD_DATE = Pattern.compile(
      "\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  /** Class or id words that mark boilerplate, with the reason recorded for each. */
  private static final String[][] BOILERPLATE = {
    {"comment", "comments"},
    {"share", "share buttons"},
    {"social", "share buttons"},
    {"related", "related links"},
    {"recommend", "related links"},
    {"cookie", "cookie notice"},
    {"consent", "cookie notice"},
    {"newsletter", "promotion"},
    {"promo", "promotion"},
    {"advert", "promotion"},
    {"teaser", "related links"},
    {"breadcrumb", "navigation"},
    {"menu", "navigation"},
    {"sidebar", "sidebar"},
    {"footer", "footer"},
    {"byline", "byline"},
    {"author", "byline"},
  };

  private HtmlExtractor() {}

  static Document.Builder extract(String html, @Nullable String url) {
    org.jsoup.nodes.Document page = Jsoup.parse(html, url == null ? "" : url);
    String title = title(page);
    String published = published(page);
    Set<String> authors = new LinkedHashSet<>();
    for (Element m : page.select("meta[name=author]")) {
      addAuthor(authors, m.attr("content"));
    }
    page.select("script, style, noscript, template, iframe, svg, link, meta").remove();

    List<Removed> removed = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    List<String> credits = new ArrayList<>();
    for (Element credit : page.select("figure .credit, figure [class*=credit], .photo-credit")) {
      add(credits, credit.text());
      credit.remove();
    }
    for (Element caption : page.select("figcaption")) {
      add(captions, caption.text());
    }
    page.select("figure").remove();
    for (Element byline : page.select("[rel=author], .byline, [class*=author-name]")) {
      addAuthor(authors, byline.text());
    }
    removeTagged(page, "nav", "navigation", removed);
    removeTagged(page, "header", "header", removed);
    removeTagged(page, "footer", "footer", removed);
    removeTagged(page, "aside", "sidebar", removed);
    removeTagged(page, "form", "form", removed);
    removeTagged(page, "button", "share buttons", removed);
    for (String[] rule : BOILERPLATE) {
      for (Element e : page.select("[class*=" + rule[0] + "], [id*=" + rule[0] + "]")) {
        if (e.parent() != null && !e.is("body, html, article, main")) {
          record(removed, e.text(), rule[1]);
          e.remove();
        }
      }
    }

    Element root = first(page, "article [itemprop=articleBody]", "[itemprop=articleBody]",
        "article", "main", "[role=main]", "body");
    TextBody body = new TextBody();
    if (root != null) {
      Elements blocks = root.select("p, h2, h3, h4, h5, h6, li, blockquote, pre");
      for (Element block : blocks) {
        if (block.parents().stream().anyMatch(p -> p.is("p, li, blockquote") && root != p
            && blocks.contains(p))) {
          continue;
        }
        if (block.is("h1")) {
          continue;
        }
        body.add(block.text());
      }
      if (body.isEmpty()) {
        for (String line : root.wholeText().split("\\n\\s*\\n")) {
          body.add(line);
        }
      }
    }
    Document.Builder doc = Document.builder(body.text())
        .title(title)
        .published(published)
        .paragraphs(body.paragraphs())
        .contributors(List.copyOf(authors))
        .captions(captions)
        .credits(credits)
        .removed(removed);
    body.paragraphs().stream().limit(3)
        .map(p -> Dateline.find(body.text().substring(p.start(), p.end())))
        .filter(d -> d != null)
        .findFirst()
        .ifPresent(doc::dateline);
    return doc.add(Layer.TEXT);
  }

  private static void removeTagged(org.jsoup.nodes.Document page, String tag, String reason,
      List<Removed> removed) {
    for (Element e : page.select(tag)) {
      record(removed, e.text(), reason);
      e.remove();
    }
  }

  private static void record(List<Removed> removed, String text, String reason) {
    String t = TextBody.normalise(text);
    if (!t.isEmpty()) {
      removed.add(new Removed(t.length() > 500 ? t.substring(0, 500) + "…" : t, reason));
    }
  }

  private static void add(List<String> list, String text) {
    String t = TextBody.normalise(text);
    if (!t.isEmpty() && !list.contains(t)) {
      list.add(t);
    }
  }

  private static void addAuthor(Set<String> authors, String text) {
    String t = TextBody.normalise(text).replaceFirst("(?i)^(von|by)\\s+", "");
    if (!t.isEmpty() && t.length() < 100) {
      authors.add(t);
    }
  }

  private static @Nullable Element first(org.jsoup.nodes.Document page, String... queries) {
    for (String q : queries) {
      Element e = page.selectFirst(q);
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  private static @Nullable String title(org.jsoup.nodes.Document page) {
    Element og = page.selectFirst("meta[property=og:title]");
    if (og != null && !og.attr("content").isBlank()) {
      return TextBody.normalise(og.attr("content"));
    }
    Element h1 = page.selectFirst("article h1, h1");
    if (h1 != null && !h1.text().isBlank()) {
      return TextBody.normalise(h1.text());
    }
    String t = TextBody.normalise(page.title());
    return t.isEmpty() ? null : t;
  }

  /** The publication date as yyyy-mm-dd from meta tags, JSON-LD or a time element; else null. */
  private static @Nullable String published(org.jsoup.nodes.Document page) {
    for (String q : new String[] {"meta[property=article:published_time]",
        "meta[name=date]", "meta[name=pubdate]", "meta[name=publishdate]",
        "meta[name=dc.date]", "meta[itemprop=datePublished]"}) {
      Element m = page.selectFirst(q);
      if (m != null) {
        String d = isoDate(m.attr("content"));
        if (d != null) {
          return d;
        }
      }
    }
    for (Element ld : page.select("script[type=application/ld+json]")) {
      Matcher m = LD_DATE.matcher(ld.data());
      if (m.find()) {
        String d = isoDate(m.group(1));
        if (d != null) {
          return d;
        }
      }
    }
    Element time = page.selectFirst("article time[datetime], time[pubdate], time[datetime]");
    return time == null ? null : isoDate(time.attr("datetime"));
  }

  private static @Nullable String isoDate(String value) {
    Matcher m = ISO_DATE.matcher(value.toLowerCase(Locale.ROOT));
    if (!m.find()) {
      return null;
    }
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? m.group() : null;
  }
}
