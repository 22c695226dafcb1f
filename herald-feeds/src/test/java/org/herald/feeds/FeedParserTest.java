package org.herald.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.herald.store.CrawlState;
import org.junit.jupiter.api.Test;

class FeedParserTest {
  private static final URI BASE = URI.create("https://news.example.org/feeds/main.xml");

  private static FeedParser.Listing parse(String xml) throws Exception {
    return FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), BASE);
  }

  @Test
  void rssItemsGiveTheirLinkAndDayResolvedAgainstTheFeed() throws Exception {
    FeedParser.Listing l = parse("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
        + "<title>t</title><link>https://news.example.org/</link><description>d</description>"
        + "<item><title>A</title><link>/politik/a.html#top</link>"
        + "<pubDate>Tue, 09 Feb 2021 23:30:00 -0500</pubDate></item>"
        + "<item><title>B</title><link>https://news.example.org/b.html</link></item>"
        + "<item><title>no link</title></item>"
        + "<item><title>A again</title><link>/politik/a.html</link></item>"
        + "</channel></rss>");
    assertThat(l.items()).containsExactly(
        new CrawlState.Item("https://news.example.org/politik/a.html", "2021-02-10", null),
        new CrawlState.Item("https://news.example.org/b.html", null, null));
    assertThat(l.sitemaps()).isEmpty();
  }

  @Test
  void atomEntriesCarryTheirUpdatedStamp() throws Exception {
    FeedParser.Listing l = parse("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>urn:x</id>"
        + "<updated>2022-03-01T10:00:00Z</updated>"
        + "<entry><title>A</title><id>urn:a</id><link rel=\"alternate\" href=\"a.html\"/>"
        + "<published>2022-03-01T08:00:00Z</published><updated>2022-03-01T09:30:00Z</updated>"
        + "</entry></feed>");
    assertThat(l.items()).containsExactly(new CrawlState.Item(
        "https://news.example.org/feeds/a.html", "2022-03-01", "2022-03-01T09:30:00Z"));
  }

  @Test
  void newsSitemapsGiveThePublicationDayAndIndexesTheirSitemaps() throws Exception {
    FeedParser.Listing l = parse("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
        + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
        + "<url><loc>https://news.example.org/feeds/x.html</loc>"
        + "<lastmod>2023-05-04T12:00:00+00:00</lastmod><news:news><news:publication>"
        + "<news:name>Example</news:name><news:language>de</news:language></news:publication>"
        + "<news:publication_date>2023-05-03T22:00:00+00:00</news:publication_date>"
        + "<news:title>X</news:title></news:news></url></urlset>");
    assertThat(l.items()).hasSize(1);
    assertThat(l.items().get(0).url()).isEqualTo("https://news.example.org/feeds/x.html");
    assertThat(l.items().get(0).published()).isEqualTo("2023-05-03");
    assertThat(l.items().get(0).stamp()).isEqualTo("2023-05-04T12:00:00Z");

    FeedParser.Listing index = parse("<?xml version=\"1.0\"?><sitemapindex"
        + " xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap>"
        + "<loc>https://news.example.org/feeds/s1.xml</loc></sitemap></sitemapindex>");
    assertThat(index.items()).isEmpty();
    assertThat(index.sitemaps()).containsExactly(
        URI.create("https://news.example.org/feeds/s1.xml"));
  }

  @Test
  void malformedXmlAndOtherDocumentsAreRefusedWithAReason() {
    assertThatThrownBy(() -> parse("<rss version=\"2.0\"><channel><item><title>x"))
        .isInstanceOf(FeedParser.MalformedFeed.class).hasMessageStartingWith("not RSS, Atom");
    assertThatThrownBy(() -> parse("<html><body>a page</body></html>"))
        .isInstanceOf(FeedParser.MalformedFeed.class);
    assertThatThrownBy(() -> parse("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM"
        + " \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>&x;</title>"
        + "</channel></rss>")).isInstanceOf(FeedParser.MalformedFeed.class);
  }
}
