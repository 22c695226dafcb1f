package org.herald.extract;

import java.util.ArrayList;
import java.util.List;
import org.herald.core.model.Document;
import org.herald.core.model.Layer;

/** Plain text: paragraphs are separated by blank lines; a short first line is the title. */
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
    TextBody body = new TextBody();
    blocks.forEach(body::add);
    Document.Builder doc = Document.builder(body.text()).title(title).paragraphs(body.paragraphs());
    for (String p : blocks.subList(0, Math.min(4, blocks.size()))) {
      String dateline = Dateline.find(TextBody.normalise(p));
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
