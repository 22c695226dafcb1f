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
  private HtmlExtractor() {}

  static Document.Builder extract(String html, @Nullable String url) {
    org.jsoup.nodes.Document page = Jsoup.parse(html, url == null ? "" : url);
    String title = title(page);
    String published = published(page);
    Set<String> authors = new LinkedHashSet<>();
    for (Element m : page.select("meta[name=author]")) {
      addAuthor(authors, m.attr("content"));
    }
    removeInvisible(page);

    List<String> captions = new ArrayList<>();
    List<String> credits = new ArrayList<>();
    for (Element credit : page.select("figure .credit, figure [class*=credit], .photo-credit,"
        + " figure [class*=copyright]")) {
      add(credits, credit.text());
      credit.remove();
    }
    for (Element caption : page.select("figcaption")) {
      add(captions, caption.text());
    }
    for (Element byline : page.select("[rel=author], .byline, [class*=author-name]")) {
      addAuthor(authors, byline.text());
    }
    TextBody body = new TextBody();
    List<Removed> removed = new ArrayList<>();
    Element root = page.body();
    if (root != null) {
      ContentFinder.Result found = ContentFinder.find(root);
      boolean first = true;
      for (ContentFinder.Block b : found.blocks()) {
        if (first && title != null && TextBody.normalise(b.text()).equals(title)) {
          continue; // the headline repeated at the top of the article
        }
        first = false;
        body.add(b.text());
      }
      for (String[] r : found.removed()) {
        switch (r[1]) {
          case "caption" -> add(captions, r[0]);
          case "credit" -> add(credits, r[0]);
          default -> record(removed, r[0], r[1]);
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

  private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript",
      "template", "iframe", "svg", "link", "meta", "object", "embed", "canvas", "select",
      "textarea", "input", "button", "head");

  /** Removes what a reader never sees: scripts, styles, forms' controls, hidden elements. */
  private static void removeInvisible(org.jsoup.nodes.Document page) {
    List<org.jsoup.nodes.Node> gone = new ArrayList<>();
    org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
      @Override
      public void head(org.jsoup.nodes.Node node, int depth) {
        if (node instanceof org.jsoup.nodes.Comment) {
          gone.add(node);
        } else if (node instanceof Element e && (INVISIBLE.contains(e.tagName())
            && !e.tagName().equals("head") || e.hasAttr("hidden") || isHiddenByStyle(e))) {
          gone.add(node);
        }
      }
    }, page.body() == null ? page : page.body());
    gone.forEach(org.jsoup.nodes.Node::remove);
  }

  private static boolean isHiddenByStyle(Element e) {
    if (!e.hasAttr("style")) {
      return false;
    }
    String style = e.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    return style.contains("display:none") || style.contains("visibility:hidden");
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
