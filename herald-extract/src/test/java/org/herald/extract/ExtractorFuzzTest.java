package org.herald.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.herald.core.HeraldException;
import org.herald.core.RawInput;
import org.herald.core.model.Document;
import org.herald.core.model.Paragraph;
import org.junit.jupiter.api.Test;

/**
 * Random and broken markup never makes the extractor throw anything but a clear refusal, and
 * whatever it extracts has offsets that lie inside the text and the source. The seed is printed
 * in the failure message so that a failing page can be replayed.
 */
class ExtractorFuzzTest {
  private static final String[] PIECES = {"<p>", "</p>", "<div class='content'>", "</div>",
    "<article>", "</article>", "<nav>", "</nav>", "<a href='#'>", "</a>", "<br>", "<table><tr><td>",
    "</td></tr></table>", "<!-- c -->", "<script>var x = '<p>';</script>", "<figure><figcaption>",
    "</figcaption></figure>", "&amp;", "&nbsp;", "&#x1F600;", "\u00AD", "<h2>", "</h2>", "<li>",
    "<ul>", "</ul>", "<", ">", "\"", "'", "Die Regierung beschloss am Montag neue Regeln, sagte ein"
        + " Sprecher. ", "Putin", "\n\n", "<span style='display:none'>x</span>", "<b>", "</i>",
    "<meta charset='latin1'>", "<title>Titel | Seite</title>", "ü", "\r\n"};

  @Test
  void randomMarkupIsExtractedOrRefusedNeverThrown() {
    ArticleExtractor extractor = new ArticleExtractor(ExtractConfig.DEFAULTS);
    long seed = System.nanoTime();
    Random r = new Random(seed);
    for (int i = 0; i < 300; i++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(80);
      for (int k = 0; k < n; k++) {
        sb.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String page = sb.toString();
      String name = r.nextBoolean() ? "p.html" : "p.txt";
      try {
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        Document d = extractor.extract(RawInput.of(name, bytes));
        // Source offsets point into the input as decoded (a latin1 declaration changes it).
        int sourceLength = InputDecoder.decode(name, bytes).text().length();
        for (Paragraph p : d.paragraphs()) {
          assertThat(p.end()).isLessThanOrEqualTo(d.text().length());
          if (p.sourceEnd() != null) {
            assertThat(p.sourceEnd()).isLessThanOrEqualTo(sourceLength);
          }
        }
      } catch (HeraldException refused) {
        assertThat(refused.getMessage()).startsWith(name + ":");
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("seed " + seed + ", page " + i + ": " + page, e);
      }
    }
  }

  @Test
  void aHugePageIsCutWithAWarningNotRefused() {
    ArticleExtractor extractor = new ArticleExtractor(new ExtractConfig(64 * 1024));
    String page = "<html><body><article>"
        + "<p>Die Außenminister berieten über die Lage, die Sanktionen und die Hilfen.</p>"
            .repeat(5000) + "</article></body></html>";
    Document d = extractor.extract(RawInput.of("gross.html", page.getBytes(StandardCharsets.UTF_8)));
    assertThat(d.warnings()).anyMatch(w -> w.startsWith("input cut to the first 65536"));
    assertThat(d.paragraphs()).isNotEmpty();
  }
}
