package org.herald.feeds;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/** Where a fetched article goes: the same pipeline and store as {@code herald ingest}. */
@FunctionalInterface
public interface ArticleSink {
  /**
   * A fetched article page.
   *
   * @param published the feed item's day (YYYY-MM-DD), for a page that gives none
   */
  record Article(URI url, byte[] body, @Nullable String contentType,
      @Nullable String published) {}

  /**
   * What became of an article.
   *
   * @param added false where a document with its content id was stored already
   */
  record Stored(String documentId, boolean added) {}

  /**
   * Analyses and stores an article.
   *
   * @throws org.herald.core.HeraldException where it cannot be read or analysed
   */
  Stored ingest(Article article);
}
