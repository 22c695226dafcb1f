package org.herald.app;

import java.util.function.Supplier;
import org.herald.core.Pipeline;
import org.herald.core.RawInput;
import org.herald.core.StageListener;
import org.herald.core.model.Document;
import org.herald.feeds.ArticleSink;
import org.herald.store.Store;

/**
 * Analyses a fetched article into the store, as {@code ingest} does: a document whose content
 * id is stored already is not analysed again; the feed item's day is the publication date of a
 * page that gives none.
 */
final class StoreSink implements ArticleSink {
  private final Supplier<Pipeline> pipeline;
  private final Store store;

  StoreSink(Supplier<Pipeline> pipeline, Store store) {
    this.pipeline = pipeline;
    this.store = store;
  }

  @Override
  public Stored ingest(Article a) {
    Pipeline p = pipeline.get();
    RawInput raw = new RawInput(a.url().toString(), a.body(), a.contentType(), null,
        a.url().toString(), null);
    Document text = p.extract(raw);
    if (text.published() == null && a.published() != null) {
      text = p.extract(raw.withPublished(a.published()));
    }
    if (store.hasForWriter(text.id())) {
      return new Stored(text.id(), false);
    }
    Document doc = p.run(text, StageListener.NONE);
    boolean added = store.put(doc, a.body());
    store.commit();
    return new Stored(doc.id(), added);
  }
}
