package org.herald.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.herald.core.HeraldException;
import org.herald.core.Pipeline;
import org.herald.core.RawInput;
import org.herald.core.model.Document;
import org.herald.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code herald reanalyze}: re-runs the documents an older pipeline or knowledge base made. */
@Command(name = "reanalyze", mixinStandardHelpOptions = true,
    description = "Re-analyses every stored document whose pipeline or knowledge-base version"
        + " differs from this Herald's, from the input stored with it, and replaces it.")
final class ReanalyzeCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;
  @Mixin PipelineOptions pipelineOptions;

  @Override
  public Integer call() {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Pipeline pipeline = pipelineOptions.build();
    int done = 0;
    int failed = 0;
    try (Store store = storeOptions.openExisting()) {
      List<Store.Stale> stale = store.stale(pipeline.info().version(), pipeline.info().kb());
      out.println(stale.size() + " documents were analysed by another version");
      for (Store.Stale s : stale) {
        try {
          if (s.raw() == null) {
            throw new HeraldException(org.herald.core.ErrorCode.UNREADABLE,
                "its input was not stored");
          }
          byte[] bytes = gunzip(s.raw());
          String published = store.query("SELECT published, url FROM documents WHERE id = ?",
              List.of(s.id())).get(0).path("published").asText(null);
          String name = s.sourceName() == null ? s.id() : s.sourceName();
          Document doc = pipeline.analyze(RawInput.of(name, bytes).withPublished(published));
          store.replace(s.id(), doc, bytes);
          done++;
        } catch (HeraldException | java.io.UncheckedIOException e) {
          failed++;
          System.err.println("herald: " + s.id() + ": " + e.getMessage());
        }
      }
      store.commit();
    }
    out.println(done + " re-analysed, " + failed + " failed");
    return failed == 0 ? 0 : 1;
  }

  private static byte[] gunzip(byte[] z) {
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(z))) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("its stored input is damaged", e);
    }
  }
}
