package org.herald.extract;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.herald.core.ErrorCode;
import org.herald.core.Extractor;
import org.herald.core.HeraldException;
import org.herald.core.RawInput;
import org.herald.core.model.Document;
import org.herald.core.model.Paragraph;

/**
 * The default extractor: decodes the bytes, tells HTML from plain text, and extracts the body and
 * metadata. Caller-given metadata (publication date, URL) wins over what the page says.
 * Thread-safe.
 */
public final class ArticleExtractor implements Extractor {
  private final ExtractConfig config;

  public ArticleExtractor(ExtractConfig config) {
    this.config = requireNonNull(config, "config is null");
  }

  @Override
  public Document extract(RawInput input) {
    byte[] bytes = input.bytes();
    boolean cut = bytes.length > config.maxBytes();
    if (cut) {
      bytes = Arrays.copyOf(bytes, config.maxBytes());
    }
    InputDecoder.Decoded decoded = InputDecoder.decode(input.name(), bytes);
    boolean html = isHtml(input, decoded.text());
    Document.Builder doc;
    if (html) {
      try {
        doc = HtmlExtractor.extract(decoded.text(), input.url());
      } catch (RuntimeException e) {
        // Never lose a page to a bug in the article finder: fall back to its plain text.
        doc = PlainTextExtractor.extract(org.jsoup.Jsoup.parse(decoded.text()).wholeText())
            .warning("HTML extraction failed (" + e + "); used the page's plain text");
      }
    } else {
      doc = PlainTextExtractor.extract(decoded.text());
    }
    Document partial = doc.build();
    if (partial.text().isBlank()) {
      throw new HeraldException(ErrorCode.EMPTY_INPUT,
          input.name() + ": no article text found" + (html ? " in the HTML page" : ""));
    }
    if (partial.text().length() > config.maxTextChars()) {
      doc = truncated(partial, config.maxTextChars());
    }
    if (cut) {
      // The count of a file read only up to the limit is not known; the limit is.
      doc.warning("input cut to the first " + config.maxBytes() + " bytes");
    }
    if (input.published() != null) {
      doc.published(input.published(), "caller", 1.0);
    }
    if (input.url() != null) {
      doc.url(input.url());
    }
    if (input.language() != null) {
      doc.language(input.language());
    }
    return doc.source(input.name()).build();
  }

  /** The document with its text cut at the last paragraph that ends within {@code max}. */
  private static Document.Builder truncated(Document d, int max) {
    List<Paragraph> kept = new ArrayList<>();
    int cut = 0;
    for (Paragraph p : d.paragraphs()) {
      if (p.end() > max) {
        break;
      }
      kept.add(p);
      cut = p.end();
    }
    if (kept.isEmpty()) {
      cut = max; // one paragraph longer than the limit: cut inside it
      if (!d.paragraphs().isEmpty() && d.paragraphs().get(0).start() < max) {
        Paragraph p = d.paragraphs().get(0);
        kept.add(new Paragraph(p.start(), max, p.language(), p.sourceStart(), null));
      }
    }
    Document.Builder b = Document.builder(d.text().substring(0, cut)).title(d.title())
        .published(d.published(), d.publishedSource(), d.publishedConfidence()).url(d.url())
        .dateline(d.dateline()).contributors(d.contributors()).credits(d.credits())
        .captions(d.captions()).removed(d.removed()).paragraphs(kept).language(d.language());
    d.warnings().forEach(b::warning);
    return b.warning("article text cut to the first " + cut + " of " + d.text().length()
        + " characters");
  }

  private static boolean isHtml(RawInput input, String text) {
    if (input.mediaType() != null) {
      return input.mediaType().contains("html");
    }
    String name = input.name().toLowerCase(Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return true;
    }
    if (name.endsWith(".txt")) {
      return false;
    }
    String head = text.substring(0, Math.min(text.length(), 2048)).toLowerCase(Locale.ROOT);
    return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
        || head.contains("<p>") || head.contains("<div");
  }
}
