package org.herald.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.herald.core.RawInput;
import org.herald.core.model.Document;
import org.herald.core.model.Paragraph;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractConfig;
import org.herald.nlp.NlpConfig;

/**
 * Any bytes as an article message on the input topic give what the job's extraction step makes
 * of it ({@link ExtractFunction}: read the message, extract its text) or a refusal with a
 * reason; never another exception. A document's paragraphs lie inside its text and in order;
 * the publication date, address and language the message gives are the document's, and valid
 * (a day YYYY-MM-DD or an ISO date-time on one, an absolute http(s) address, a language Herald
 * analyses). A message read is written back ({@link ArticleMessage#toJson}) as the same message.
 * {@code bench/fuzz.sh} fuzzes it; the kept inputs run in every test run.
 */
class ArticleMessageFuzzTest {
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(ExtractConfig.DEFAULTS);

  @FuzzTest(maxDuration = "2m")
  void anyMessageGivesADocumentOrAClearRefusal(byte[] bytes) {
    // The job reads the topic's values as UTF-8 strings.
    String json = new String(bytes, StandardCharsets.UTF_8);
    ArticleMessage m;
    RawInput raw;
    Document d;
    try {
      m = ArticleMessage.parse(json);
      assertThat(ArticleMessage.parse(m.toJson())).isEqualTo(m);
      raw = m.toRawInput();
      d = EXTRACTOR.extract(raw);
    } catch (HeraldException e) {
      assertThat(e.code().category()).as(e.getMessage()).isEqualTo(ErrorCode.Category.USER);
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    String text = d.text();
    assertThat(text).isNotBlank();
    int last = 0;
    for (Paragraph p : d.paragraphs()) {
      assertThat(p.start()).isGreaterThanOrEqualTo(last);
      assertThat(p.end()).isLessThanOrEqualTo(text.length());
      last = p.end();
    }
    if (m.published() != null) {
      assertThat(d.published()).isEqualTo(m.published()).matches("\\d{4}-\\d{2}-\\d{2}(T.+)?");
      assertThat(LocalDate.parse(d.published().substring(0, 10))).isNotNull();
    }
    if (m.url() != null) {
      assertThat(d.url()).isEqualTo(m.url()).matches("(?i)https?://.+");
      assertThat(URI.create(d.url()).getHost()).isNotNull();
    }
    if (m.language() != null) {
      assertThat(d.language()).isEqualTo(m.language());
      assertThat(NlpConfig.KNOWN).contains(d.language());
    }
  }
}
