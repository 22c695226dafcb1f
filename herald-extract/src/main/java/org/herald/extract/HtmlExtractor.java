package org.herald.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.herald.core.model.Document;
import org.herald.core.model.Layer;
import org.herald.core.model.Removed;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * HTML pages: metadata from meta tags, JSON-LD and the markup; the body from the article element
 * (or the page), less navigation, share buttons, comments, promotion and the like, each removal
 * recorded with its reason. Never throws on malformed markup.
 */
final class HtmlExtractor {
  private HtmlExtractor() {}

  /** A page that yields less than this is looked at again with its HTML templates shown. */
  private static final int SHORT_TEXT = 250;

  private static final java.util.regex.Pattern TEMPLATE = java.util.regex.Pattern.compile(
      "(?is)<script\\b[^>]*\\btype\\s*=\\s*[\"']text/(?:x-)?template[\"'][^>]*>(.*?)</script\\s*>");

  static Document.Builder extract(String html, @Nullable String url) {
    Document.Builder doc = extractOnce(html, url);
    if (doc.text().length() < SHORT_TEXT) {
      String shown = showTemplates(html);
      if (shown != null) {
        Document.Builder again = extractOnce(shown, url);
        if (again.text().length() > doc.text().length()) {
          return again;
        }
      }
    }
    return doc;
  }

  /**
   * Some blogs (Blogger's, for one) ship the post as HTML inside a script template that their
   * scripts render. Returns the page with each such template that holds paragraphs turned into a
   * div, the markup around it padded to the same length so that source offsets stay true, or
   * null when there is none. Templates with placeholders ({{x}}, <%= x %>, ${x}) stay scripts.
   */
  static @Nullable String showTemplates(String html) {
    java.util.regex.Matcher m = TEMPLATE.matcher(html);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      String inner = m.group(1);
      if (!inner.contains("<p") || inner.contains("{{") || inner.contains("<%")
          || inner.contains("${")) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(html.length());
      }
      out.append(html, last, m.start());
      out.append(pad("<div>", m.start(1) - m.start()));
      out.append(inner);
      out.append(pad("</div>", m.end() - m.end(1)));
      last = m.end();
    }
    return out == null ? null : out.append(html, last, html.length()).toString();
  }

  private static String pad(String tag, int length) {
    return tag + " ".repeat(Math.max(0, length - tag.length()));
  }

  private static Document.Builder extractOnce(String html, @Nullable String url) {
    org.jsoup.nodes.Document page = Jsoup.parse(html, url == null ? "" : url,
        Parser.htmlParser().setTrackPosition(true));
    Metadata.Head head = new Metadata.Head(page);
    String title = Metadata.title(page, head);
    Metadata.Dated published = Metadata.dated(page, head, url);
    Set<String> authors = new LinkedHashSet<>(Metadata.authors(page, head));
    String address = url != null ? url : Metadata.address(page, head);
    removeInvisible(page);

    List<String> captions = new ArrayList<>();
    List<String> credits = new ArrayList<>();
    for (Element figure : page.getElementsByTag("figure")) {
      for (Element e : figure.getAllElements()) {
        String cls = e.className().toLowerCase(java.util.Locale.ROOT);
        if (e.parent() != null && (cls.contains("credit") || cls.contains("copyright"))) {
          add(credits, e.text());
          e.remove();
          break;
        }
      }
    }
    for (Element credit : page.getElementsByClass("photo-credit")) {
      add(credits, credit.text());
      credit.remove();
    }
    for (Element caption : page.getElementsByTag("figcaption")) {
      add(captions, caption.text());
    }
    TextBody body = new TextBody();
    List<Removed> removed = new ArrayList<>();
    Element root = page.body();
    if (root != null) {
      ContentFinder.Result found = ContentFinder.find(root);
      boolean first = true;
      for (Block b : found.blocks()) {
        if (first && title != null && TextBody.normalise(b.text()).equals(title)) {
          continue; // the headline repeated at the top of the article
        }
        first = false;
        List<String> named = Lines.contributors(b.text());
        if (named != null) {
          authors.addAll(named);
          record(removed, b.text(), "contributors");
        } else if (Lines.isCredit(b.text())) {
          add(credits, b.text());
        } else {
          // jsoup may place the end of text cut off by the end of input one past it.
          body.add(b.text(), Math.min(b.sourceStart(), html.length()),
              Math.min(b.sourceEnd(), html.length()));
        }
      }
      if (authors.isEmpty()) {
        // No author in the metadata: a byline the article finder set aside may name one.
        for (String[] r : found.removed()) {
          if (r[1].equals("byline") && r[0].length() <= 80) {
            List<String> named = Lines.contributors(r[0]);
            if (named != null) {
              authors.addAll(named);
            } else {
              Metadata.addAuthor(authors, r[0]);
            }
            if (!authors.isEmpty()) {
              break;
            }
          }
        }
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
        .url(address)
        .published(published == null ? null : published.date(),
            published == null ? null : published.source(),
            published == null ? null : published.confidence())
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




}
