package org.herald.feeds;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.ByteArrayInputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.herald.store.CrawlState;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a feed lists: RSS and Atom through Rome, sitemaps (with Google's news extension)
 * through crawler-commons. Each item is an article address with its publication day and a
 * stamp (updated, lastmod) whose change means the article changed.
 */
public final class FeedParser {
  /** At most this many items are read from one feed or sitemap. */
  static final int MAX_ITEMS = 5000;

  private FeedParser() {}

  /**
   * What a feed lists.
   *
   * @param items article addresses, each once
   * @param sitemaps the sitemaps a sitemap index points to (empty for a feed or a sitemap)
   */
  public record Listing(List<CrawlState.Item> items, List<URI> sitemaps) {}

  /** Why a feed could not be read. */
  public static final class MalformedFeed extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedFeed(String message) {
      super(message);
    }
  }

  /** Reads a feed's body; {@code url} resolves relative links. */
  public static Listing parse(byte[] body, URI url) throws MalformedFeed {
    String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8)
        .toLowerCase(Locale.ROOT);
    if (head.contains("<urlset") || head.contains("<sitemapindex")) {
      return sitemap(body, url);
    }
    return feed(body, url);
  }

  private static Listing feed(byte[] body, URI url) throws MalformedFeed {
    SyndFeed feed;
    try {
      SyndFeedInput in = new SyndFeedInput();
      in.setAllowDoctypes(false);
      feed = in.build(new XmlReader(new ByteArrayInputStream(body)));
    } catch (Exception e) {
      throw new MalformedFeed("not RSS, Atom or a sitemap: " + oneLine(e.getMessage()));
    }
    Map<String, CrawlState.Item> items = new LinkedHashMap<>();
    for (SyndEntry e : feed.getEntries()) {
      String link = e.getLink();
      if (link == null) {
        for (SyndLink l : e.getLinks()) {
          if (l.getRel() == null || l.getRel().equals("alternate")) {
            link = l.getHref();
            break;
          }
        }
      }
      URI address = resolve(url, link);
      if (address == null || items.size() >= MAX_ITEMS) {
        continue;
      }
      Date published = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      items.putIfAbsent(address.toString(), new CrawlState.Item(address.toString(),
          day(published), e.getUpdatedDate() == null ? null
              : e.getUpdatedDate().toInstant().toString()));
    }
    return new Listing(List.copyOf(items.values()), List.of());
  }

  private static Listing sitemap(byte[] body, URI url) throws MalformedFeed {
    AbstractSiteMap map;
    try {
      SiteMapParser parser = new SiteMapParser(false, true);
      parser.enableExtension(Extension.NEWS);
      map = parser.parseSiteMap("text/xml", body, url.toURL());
    } catch (MalformedURLException e) {
      throw new MalformedFeed("not a usable address: " + url);
    } catch (Exception e) {
      throw new MalformedFeed("not a readable sitemap: " + oneLine(e.getMessage()));
    }
    if (map instanceof SiteMapIndex index) {
      List<URI> children = new ArrayList<>();
      for (AbstractSiteMap child : index.getSitemaps()) {
        URI u = resolve(url, child.getUrl().toString());
        if (u != null && children.size() < 50) {
          children.add(u);
        }
      }
      return new Listing(List.of(), children);
    }
    Map<String, CrawlState.Item> items = new LinkedHashMap<>();
    for (SiteMapURL u : ((SiteMap) map).getSiteMapUrls()) {
      URI address = resolve(url, u.getUrl().toString());
      if (address == null || items.size() >= MAX_ITEMS) {
        continue;
      }
      Date published = null;
      ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
      if (news != null) {
        for (ExtensionMetadata m : news) {
          if (m instanceof NewsAttributes n && n.getPublicationDate() != null) {
            published = n.getPublicationDate();
          }
        }
      }
      Date lastmod = u.getLastModified();
      items.putIfAbsent(address.toString(), new CrawlState.Item(address.toString(),
          day(published != null ? published : lastmod),
          lastmod == null ? null : lastmod.toInstant().toString()));
    }
    return new Listing(List.copyOf(items.values()), List.of());
  }

  /** An absolute http(s) address, or null for a link that is none. */
  static @Nullable URI resolve(URI base, @Nullable String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    try {
      URI u = base.resolve(link.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
        return null;
      }
      String text = u.toString();
      int fragment = text.indexOf('#');
      return fragment < 0 ? u : URI.create(text.substring(0, fragment));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static @Nullable String day(@Nullable Date d) {
    return d == null ? null : d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }

  private static String oneLine(@Nullable String s) {
    if (s == null) {
      return "no reason given";
    }
    String line = s.strip().replaceAll("\\s+", " ");
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }
}
