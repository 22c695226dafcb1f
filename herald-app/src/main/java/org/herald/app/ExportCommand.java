package org.herald.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.herald.core.ContractJson;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.herald.store.Exporter;
import org.herald.store.Reviews;
import org.herald.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herald export}: the stored events as GDELT, JSON Lines, CSV or Parquet; the reviews. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes the stored events: gdelt (the GDELT 2.0 event table, 61 tab-separated"
        + " columns), jsonl (each event with its mentions and evidence), csv, parquet; or the"
        + " analyst's reviews as a news-event gold set: reviews (to --out FILE, with the pages"
        + " in pages/ beside it, for herald eval news --data DIR FILE).",
        "To standard output, or to --out FILE (Parquet and reviews need a file)."})
final class ExportCommand implements Callable<Integer> {
  @Option(names = "--format", required = true,
      paramLabel = "gdelt|jsonl|csv|parquet|reviews")
  String format;

  @Option(names = "--out", paramLabel = "FILE") @Nullable Path out;

  @Option(names = "--reviewed", description = "Only the events an analyst reviewed (a report"
      + " confirmed, corrected or added).")
  boolean reviewed;

  @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0",
      description = "Only the events with a report of at least this confidence (0.2: the events"
      + " Herald stands behind; default 0: all).")
  double minConfidence;

  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    if (format.equalsIgnoreCase("reviews")) {
      return reviews();
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new HeraldException(ErrorCode.BAD_ARGUMENT,
          "--min-confidence must be between 0 and 1, not " + minConfidence);
    }
    Exporter.Format f = Exporter.Format.parse(format);
    if (f == Exporter.Format.PARQUET && out == null) {
      throw new HeraldException(ErrorCode.BAD_ARGUMENT, "Parquet is written to a file: --out FILE");
    }
    Optional<RemoteHerald> remote = storeOptions.running();
    if (remote.isPresent()) {
      String name = f.name().toLowerCase(Locale.ROOT);
      long n;
      if (out == null) {
        n = remote.get().export(name, reviewed, minConfidence, System.out);
      } else {
        try (OutputStream o = Files.newOutputStream(out)) {
          n = remote.get().export(name, reviewed, minConfidence, o);
        } catch (IOException e) {
          throw new HeraldException(ErrorCode.UNREADABLE, out + ": cannot write: "
              + e.getMessage(), e);
        }
      }
      System.out.flush();
      System.err.println((n < 0 ? "events exported" : n + " events exported") + " through "
          + remote.get().describe());
      return 0;
    }
    try (Store store = storeOptions.openExisting()) {
      Exporter x = new Exporter(store, org.herald.kb.KnowledgeBase.bundled()::fips)
          .reviewedOnly(reviewed).minConfidence(minConfidence);
      long n = out == null ? x.write(f, System.out) : x.write(f, out);
      System.out.flush();
      System.err.println(n + " events exported");
    }
    return 0;
  }

  /** The reviews as gold: one line a reviewed document, its page under pages/. */
  private int reviews() {
    if (out == null) {
      throw new HeraldException(ErrorCode.BAD_ARGUMENT, "the reviews are written to a file, with"
          + " their pages beside it: --out FILE");
    }
    Optional<RemoteHerald> remote = storeOptions.running();
    java.util.List<Reviews.GoldArticle> gold;
    if (remote.isPresent()) {
      gold = remote.get().reviewGold();
    } else {
      try (Store store = storeOptions.openExisting()) {
        gold = store.reviews().gold();
      }
    }
    Path dir = out.toAbsolutePath().getParent();
    int events = 0;
    try {
      Files.createDirectories(dir.resolve("pages"));
      StringBuilder lines = new StringBuilder();
      for (Reviews.GoldArticle a : gold) {
        lines.append(ContractJson.mapper().writeValueAsString(a.line())).append('\n');
        events += a.line().path("events").size();
        if (a.gzippedPage() != null) {
          Files.write(dir.resolve(a.line().path("page").asText()), a.gzippedPage());
        }
      }
      Files.writeString(out, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.UNREADABLE, out + ": cannot write: " + e.getMessage(),
          e);
    }
    System.err.println(gold.size() + " reviewed documents with " + events + " events written to "
        + out + " (pages in " + dir.resolve("pages") + ")"
        + remote.map(r -> " through " + r.describe()).orElse(""));
    return 0;
  }
}
