package org.herald.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.core.model.Document;
import org.herald.core.model.Layer;
import org.herald.core.model.Removed;

/**
 * Plain text, such as a page saved as text: paragraphs are separated by blank lines; a short
 * first line is the title; photo credits, the caption before a credit, contributor notes,
 * promotion, comment forms and layout debris are kept out of the body and recorded. Each
 * paragraph knows where it stands in the input.
 */
final class PlainTextExtractor {
  /** A blank line; atomic groups keep "\\r\\n" from counting as two line breaks. */
  private static final Pattern BLANK_LINES =
      Pattern.compile("(?>\\r\\n|\\r|\\n)\\h*(?>\\r\\n|\\r|\\n)\\s*");
  private static final Pattern LINE_BREAK = Pattern.compile("(?>\\r\\n|\\r|\\n)");

  private PlainTextExtractor() {}

  /** A stretch of the input: [start, end) offsets. */
  private record Piece(int start, int end) {
    String of(String text) {
      return text.substring(start, end);
    }
  }

  static Document.Builder extract(String text) {
    List<Piece> blocks = split(text, BLANK_LINES, 0, text.length());
    blocks.removeIf(b -> b.of(text).isBlank());
    String title = null;
    if (blocks.size() > 1 && isTitle(blocks.get(0).of(text))) {
      title = TextBody.normalise(blocks.remove(0).of(text));
    }
    List<String> captions = new ArrayList<>();
    List<String> credits = new ArrayList<>();
    Set<String> contributors = new LinkedHashSet<>();
    List<Removed> removed = new ArrayList<>();
    List<String> body = new ArrayList<>();
    List<Piece> sources = new ArrayList<>();
    for (Piece block : blocks) {
      // Lines are judged one by one ("Leave a Reply" may stand right under "source site");
      // the body lines of a block stay one paragraph.
      StringBuilder paragraph = new StringBuilder();
      int from = -1;
      int to = -1;
      for (Piece line : split(text, LINE_BREAK, block.start(), block.end())) {
        String p = TextBody.normalise(line.of(text));
        if (p.isEmpty()) {
          continue;
        }
        List<String> named = Lines.contributors(p);
        String reason = Boilerplate.reason(p);
        if (Lines.isCredit(p)) {
          credits.add(p);
          // The paragraph just before the first credit, near the top, is the photo's caption.
          if (paragraph.length() == 0 && !body.isEmpty() && body.size() <= 2
              && credits.size() == 1) {
            captions.add(body.remove(body.size() - 1));
            sources.remove(sources.size() - 1);
          }
        } else if (p.length() <= 100 && Metadata.datedLine(p) != null
            && (Metadata.LABELLED.matcher(p).find() || p.length() <= 40)) {
          removed.add(new Removed(p, "date")); // "Veröffentlicht am 15.12.2021"
        } else if (named != null) {
          contributors.addAll(named);
          removed.add(new Removed(p, "contributors"));
        } else if (reason != null) {
          removed.add(new Removed(p, reason));
        } else if (Lines.isDebris(p)) {
          removed.add(new Removed(p, "layout"));
        } else {
          paragraph.append(paragraph.length() == 0 ? "" : " ").append(p);
          from = from < 0 ? line.start() + leading(line.of(text)) : from;
          to = line.end() - trailing(line.of(text));
        }
      }
      if (paragraph.length() > 0) {
        body.add(paragraph.toString());
        sources.add(new Piece(from, to));
      }
    }
    TextBody clean = new TextBody();
    for (int i = 0; i < body.size(); i++) {
      clean.add(body.get(i), sources.get(i).start(), sources.get(i).end());
    }
    Document.Builder doc = Document.builder(clean.text()).title(title)
        .paragraphs(clean.paragraphs()).captions(captions).credits(credits)
        .contributors(List.copyOf(contributors)).removed(removed);
    Metadata.Dated dated = Metadata.datedLine(text);
    if (dated != null) {
      doc.published(dated.date(), dated.source(), dated.confidence());
    }
    for (String p : body.subList(0, Math.min(4, body.size()))) {
      String dateline = Dateline.find(p);
      if (dateline != null) {
        doc.dateline(dateline);
        break;
      }
    }
    return doc.add(Layer.TEXT);
  }

  /** The pieces of {@code text[from, to)} between the separators. */
  private static List<Piece> split(String text, Pattern separator, int from, int to) {
    List<Piece> out = new ArrayList<>();
    Matcher m = separator.matcher(text).region(from, to);
    int start = from;
    while (m.find()) {
      out.add(new Piece(start, m.start()));
      start = m.end();
    }
    out.add(new Piece(start, to));
    return out;
  }

  private static int leading(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trailing(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(s.length() - 1 - i))) {
      i++;
    }
    return i;
  }

  private static boolean isTitle(String block) {
    String line = block.strip();
    return !line.contains("\n") && line.length() <= 250 && !line.endsWith(".")
        && !line.endsWith(",") && !line.endsWith(":");
  }
}
