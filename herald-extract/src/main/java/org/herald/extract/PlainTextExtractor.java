package org.herald.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.herald.core.model.Document;
import org.herald.core.model.Layer;
import org.herald.core.model.Removed;

/**
 * Plain text, such as a page saved as text: paragraphs are separated by blank lines; a short
 * first line is the title; photo credits, the caption before a credit, contributor notes,
 * promotion, comment forms and layout debris are kept out of the body and recorded.
 */
final class PlainTextExtractor {
  private PlainTextExtractor() {}

  static Document.Builder extract(String raw) {
    String text = raw.replace("\r\n", "\n").replace('\r', '\n');
    List<String> blocks = new ArrayList<>();
    for (String block : text.split("\\n\\s*\\n")) {
      if (!block.isBlank()) {
        blocks.add(block);
      }
    }
    String title = null;
    if (blocks.size() > 1 && isTitle(blocks.get(0))) {
      title = TextBody.normalise(blocks.remove(0));
    }
    List<String> captions = new ArrayList<>();
    List<String> credits = new ArrayList<>();
    Set<String> contributors = new LinkedHashSet<>();
    List<Removed> removed = new ArrayList<>();
    List<String> body = new ArrayList<>();
    for (String block : blocks) {
      // Lines are judged one by one ("Leave a Reply" may stand right under "source site");
      // the body lines of a block stay one paragraph.
      StringBuilder paragraph = new StringBuilder();
      for (String line : block.split("\n")) {
        String p = TextBody.normalise(line);
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
          }
        } else if (named != null) {
          contributors.addAll(named);
          removed.add(new Removed(p, "contributors"));
        } else if (reason != null) {
          removed.add(new Removed(p, reason));
        } else if (Lines.isDebris(p)) {
          removed.add(new Removed(p, "layout"));
        } else {
          paragraph.append(paragraph.length() == 0 ? "" : " ").append(p);
        }
      }
      if (paragraph.length() > 0) {
        body.add(paragraph.toString());
      }
    }
    TextBody clean = new TextBody();
    body.forEach(clean::add);
    Document.Builder doc = Document.builder(clean.text()).title(title)
        .paragraphs(clean.paragraphs()).captions(captions).credits(credits)
        .contributors(List.copyOf(contributors)).removed(removed);
    for (String p : body.subList(0, Math.min(4, body.size()))) {
      String dateline = Dateline.find(p);
      if (dateline != null) {
        doc.dateline(dateline);
        break;
      }
    }
    return doc.add(Layer.TEXT);
  }

  private static boolean isTitle(String block) {
    String line = block.strip();
    return !line.contains("\n") && line.length() <= 250 && !line.endsWith(".")
        && !line.endsWith(",") && !line.endsWith(":");
  }
}
