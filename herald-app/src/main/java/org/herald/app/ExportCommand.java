package org.herald.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.herald.store.Exporter;
import org.herald.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herald export}: the stored events as GDELT, JSON Lines, CSV or Parquet. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes the stored events: gdelt (the GDELT 2.0 event table, 61 tab-separated"
        + " columns), jsonl (each event with its mentions and evidence), csv, parquet.",
        "To standard output, or to --out FILE (Parquet needs a file)."})
final class ExportCommand implements Callable<Integer> {
  @Option(names = "--format", required = true, paramLabel = "gdelt|jsonl|csv|parquet")
  String format;

  @Option(names = "--out", paramLabel = "FILE") @Nullable Path out;

  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    Exporter.Format f = Exporter.Format.parse(format);
    if (f == Exporter.Format.PARQUET && out == null) {
      throw new HeraldException(ErrorCode.BAD_ARGUMENT, "Parquet is written to a file: --out FILE");
    }
    java.util.Optional<RemoteHerald> remote = storeOptions.running();
    if (remote.isPresent()) {
      long n;
      if (out == null) {
        n = remote.get().export(f.name().toLowerCase(java.util.Locale.ROOT), System.out);
      } else {
        try (java.io.OutputStream o = java.nio.file.Files.newOutputStream(out)) {
          n = remote.get().export(f.name().toLowerCase(java.util.Locale.ROOT), o);
        } catch (java.io.IOException e) {
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
      Exporter x = new Exporter(store, org.herald.kb.KnowledgeBase.bundled()::fips);
      long n = out == null ? x.write(f, System.out) : x.write(f, out);
      System.out.flush();
      System.err.println(n + " events exported");
    }
    return 0;
  }
}
