package org.herald.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.herald.core.HeraldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedSourceTest {
  @TempDir Path tmp;

  @Test
  void readsAddressesWithTheirIntervalsAndSkipsCommentsAndRepeats() throws Exception {
    Path f = tmp.resolve("feeds.txt");
    Files.writeString(f, "# news\nhttps://example.org/rss.xml\n\n  https://example.org/atom.xml"
        + " 15m  # often\nhttps://example.org/sitemap.xml 2h\nhttps://example.org/rss.xml\n");
    List<FeedSource> feeds = FeedSource.read(f);
    assertThat(feeds).extracting(s -> s.url().toString()).containsExactly(
        "https://example.org/rss.xml", "https://example.org/atom.xml",
        "https://example.org/sitemap.xml");
    assertThat(feeds).extracting(FeedSource::interval)
        .containsExactly(null, Duration.ofMinutes(15), Duration.ofHours(2));
  }

  @Test
  void aBadLineIsNamedWithItsFileAndNumber() throws Exception {
    Path f = tmp.resolve("feeds.txt");
    Files.writeString(f, "https://example.org/rss.xml\nftp://example.org/x\n");
    assertThatThrownBy(() -> FeedSource.read(f)).isInstanceOf(HeraldException.class)
        .hasMessageContaining("feeds.txt line 2").hasMessageContaining("ftp://example.org/x");
    Files.writeString(f, "https://example.org/rss.xml soon\n");
    assertThatThrownBy(() -> FeedSource.read(f)).hasMessageContaining("line 1")
        .hasMessageContaining("'soon' is not an interval");
    Files.writeString(f, "# nothing\n");
    assertThatThrownBy(() -> FeedSource.read(f)).hasMessageContaining("lists no feed");
    assertThatThrownBy(() -> FeedSource.read(tmp.resolve("missing.txt")))
        .hasMessageContaining("missing.txt: cannot read the feeds file");
  }

  @Test
  void aFailingFeedBacksOffUpToSixHours() {
    Duration ten = Duration.ofMinutes(10);
    assertThat(FeedWatcher.backoff(ten, 1)).isEqualTo(ten);
    assertThat(FeedWatcher.backoff(ten, 3)).isEqualTo(Duration.ofMinutes(40));
    assertThat(FeedWatcher.backoff(ten, 30)).isEqualTo(Duration.ofHours(6));
  }
}
