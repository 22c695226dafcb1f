package org.herald.app;

import java.util.ArrayList;
import java.util.List;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.herald.core.Pipeline;
import org.herald.core.RawInput;
import org.herald.core.model.Document;
import org.herald.store.Store;

/**
 * Re-analyses every stored document whose pipeline or knowledge-base version differs from a
 * pipeline's, from the input stored with it, and replaces it, keeping the analyst's reviews on
 * the reports they judged; for {@code herald reanalyze} and {@code POST /api/reanalyze}.
 */
final class Reanalysis {
  /** What a re-analysis did. */
  record Summary(int stale, int done, List<String> failures, List<String> unmatchedReviews) {
    List<String> lines() {
      List<String> out = new ArrayList<>();
      out.add(stale + " documents were analysed by another version");
      failures.forEach(f -> out.add("herald: " + f));
      out.add(done + " re-analysed, " + failures.size() + " failed");
      if (!unmatchedReviews.isEmpty()) {
        out.add(unmatchedReviews.size() + " reviews match no report now:");
        unmatchedReviews.forEach(u -> out.add("  " + u));
      }
      return out;
    }
  }

  private Reanalysis() {}

  static Summary run(Store store, Pipeline pipeline) {
    List<Store.Stale> stale = store.stale(pipeline.info().version(), pipeline.info().kb());
    int done = 0;
    List<String> failures = new ArrayList<>();
    List<String> unmatched = new ArrayList<>();
    for (Store.Stale s : stale) {
      try {
        if (s.raw() == null) {
          throw new HeraldException(ErrorCode.UNREADABLE, "its input was not stored");
        }
        byte[] bytes = gunzip(s.raw());
        var row = store.query("SELECT published, url FROM documents WHERE id = ?",
            List.of(s.id())).get(0);
        String published = row.path("published").asText(null);
        String url = row.path("url").asText(null);
        String name = s.sourceName() == null ? s.id() : s.sourceName();
        Document doc = pipeline.analyze(RawInput.of(name, bytes).withPublished(published)
            .withUrl(url));
        unmatched.addAll(store.replace(s.id(), doc, bytes));
        done++;
      } catch (HeraldException | java.io.UncheckedIOException e) {
        failures.add(s.id() + ": " + e.getMessage());
      }
    }
    store.commit();
    return new Summary(stale.size(), done, failures, unmatched);
  }

  private static byte[] gunzip(byte[] z) {
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(z))) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("its stored input is damaged", e);
    }
  }
}
