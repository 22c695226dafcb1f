package org.herald.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.herald.core.RawInput;
import org.herald.core.model.Document;
import org.herald.core.model.Paragraph;

/**
 * Any bytes, named as a page, a text or neither, give a document or a refusal that names the
 * input and says why; never another exception. A document's paragraphs lie inside its text and
 * in order, and where a paragraph says where it stood in the input, that lies inside the input
 * as decoded. Runs the kept inputs ({@code ExtractionFuzzTestInputs/}) in every test run;
 * {@code bench/fuzz.sh} fuzzes it.
 */
class ExtractionFuzzTest {
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(ExtractConfig.DEFAULTS);
  private static final List<String> NAMES = List.of("page.html", "note.txt", "input");

  @FuzzTest(maxDuration = "2m")
  void anyBytesGiveADocumentOrAClearRefusal(FuzzedDataProvider data) {
    String name = data.pickValue(NAMES);
    byte[] bytes = data.consumeRemainingAsBytes();
    Document d;
    try {
      d = EXTRACTOR.extract(RawInput.of(name, bytes));
    } catch (HeraldException e) {
      assertThat(e.code().category()).as(e.getMessage()).isEqualTo(ErrorCode.Category.USER);
      assertThat(e.getMessage()).startsWith(name + ": ");
      return;
    }
    String text = d.text();
    assertThat(text).isNotBlank();
    int last = 0;
    for (Paragraph p : d.paragraphs()) {
      assertThat(p.start()).isGreaterThanOrEqualTo(last);
      assertThat(p.end()).isLessThanOrEqualTo(text.length());
      last = p.end();
      if (p.sourceStart() != null && p.sourceEnd() != null) {
        assertThat(p.sourceStart()).isLessThanOrEqualTo(p.sourceEnd());
        assertThat(p.sourceEnd()).isLessThanOrEqualTo(bytes.length * 2 + 16);
      }
    }
  }
}
