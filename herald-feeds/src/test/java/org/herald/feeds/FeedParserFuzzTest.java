package org.herald.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import org.herald.store.CrawlState;

/**
 * Any bytes read as a feed give a listing of absolute web addresses, each once and at most
 * {@link FeedParser#MAX_ITEMS}, with days shaped YYYY-MM-DD; or a refusal with a reason; never
 * another exception. {@code bench/fuzz.sh} fuzzes it; the kept inputs run in every test run.
 */
class FeedParserFuzzTest {
  private static final URI BASE = URI.create("https://news.example.org/feeds/rss.xml");

  @FuzzTest(maxDuration = "2m")
  void anyBytesGiveALinkListOrAReason(byte[] bytes) {
    FeedParser.Listing l;
    try {
      l = FeedParser.parse(bytes, BASE);
    } catch (FeedParser.MalformedFeed e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    assertThat(l.items().size()).isLessThanOrEqualTo(FeedParser.MAX_ITEMS);
    assertThat(l.items().stream().map(CrawlState.Item::url).distinct().count())
        .isEqualTo(l.items().size());
    for (CrawlState.Item i : l.items()) {
      assertThat(i.url()).matches("(?i)https?://.+");
      assertThat(URI.create(i.url()).getHost()).isNotNull();
      if (i.published() != null) {
        assertThat(i.published()).matches("[+-]?\\d{4,}-\\d{2}-\\d{2}");
      }
    }
    assertThat(l.sitemaps().size()).isLessThanOrEqualTo(50);
  }
}
