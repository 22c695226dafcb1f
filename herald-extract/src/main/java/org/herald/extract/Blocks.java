package org.herald.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A page's text as blocks in reading order: each block element's own inline text, with the
 * characters of it in links and its range in the source HTML, for {@link ContentFinder} to choose
 * from. Stateless.
 */
final class Blocks {
  /** Elements that start a block of their own ("br" a line within one). */
  private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside",
      "blockquote", "body", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption",
      "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
      "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead",
      "tr", "ul", "summary", "center", "html", "br");

  private Blocks() {}

  /** The page's text as blocks in reading order: each block element's own inline text. */
  static List<Block> of(Element root) {
    List<Block> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(Element e, List<Block> out) {
    StringBuilder text = new StringBuilder();
    int[] links = new int[3]; // link characters, source start, source end
    links[1] = -1;
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        text.append(t.getWholeText());
        track(t, links);
      } else if (child instanceof Element c) {
        if (BLOCK_TAGS.contains(c.tagName())) {
          flush(e, text, links, out);
          if (c.tagName().equals("br")) {
            text.append('\n');
          } else {
            collect(c, out);
          }
        } else {
          inline(c, text, links, out);
        }
      }
    }
    flush(e, text, links, out);
  }

  /** Inline content; a block nested in an inline element (bad markup) still becomes a block. */
  private static void inline(Element e, StringBuilder text, int[] links, List<Block> out) {
    boolean link = e.tagName().equals("a");
    int before = text.length();
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        text.append(t.getWholeText());
        track(t, links);
      } else if (child instanceof Element c) {
        if (BLOCK_TAGS.contains(c.tagName()) && !c.tagName().equals("br")) {
          collect(c, out);
        } else if (c.tagName().equals("br")) {
          text.append('\n');
        } else {
          inline(c, text, links, out);
        }
      }
    }
    if (link) {
      links[0] += TextBody.normalise(text.substring(before)).length();
    }
  }

  /** Widens the source range of the block being collected to a text node's, where tracked. */
  private static void track(TextNode t, int[] acc) {
    org.jsoup.nodes.Range r = t.sourceRange();
    if (r.isTracked() && !t.isBlank()) {
      if (acc[1] < 0) {
        acc[1] = r.startPos();
      }
      acc[2] = Math.max(acc[2], r.endPos());
    }
  }

  private static void flush(Element owner, StringBuilder text, int[] links, List<Block> out) {
    String t = TextBody.normalise(text.toString());
    if (!t.isEmpty()) {
      out.add(new Block(t, Math.min(links[0], t.length()), owner, owner.tagName(), links[1],
          links[1] < 0 ? -1 : links[2]));
    }
    text.setLength(0);
    links[0] = 0;
    links[1] = -1;
    links[2] = 0;
  }
}
