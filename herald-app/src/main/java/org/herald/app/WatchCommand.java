package org.herald.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.herald.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herald watch}: follows news feeds into the store, without the web page. */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Follows the news feeds listed in --feeds FILE into the store until stopped:"
        + " each feed is polled on its schedule, each new article fetched and analysed.",
        "It answers the API (no web page) on a local port, through which ingest, export,"
        + " reanalyze and split work while it runs; /api/status shows the feeds."})
final class WatchCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "0",
      description = "Port of its API (default 0: any free port, named in the data directory's"
          + " herald-server.json).")
  int port;

  @Option(names = "--host", defaultValue = "localhost",
      description = "Address to listen on (default localhost).")
  String host;

  @Mixin StoreOptions storeOptions;
  @Mixin PipelineOptions pipelineOptions;
  @Mixin FeedOptions feedOptions;

  @Override
  public Integer call() throws InterruptedException {
    if (feedOptions.feeds == null) {
      throw new org.herald.core.HeraldException(org.herald.core.ErrorCode.BAD_ARGUMENT,
          "watch needs --feeds FILE");
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    pipelineOptions.rules = new ReviewRules(storeOptions.dataDir());
    try (Store store = storeOptions.open()) {
      pipelineOptions.learned = store.learned();
      if (!feedOptions.noNlp) { // the models load in the background while the server starts
        org.herald.engine.Engine.loadAhead(pipelineOptions.config());
      }
      Service.run(store, pipelineOptions::build, pipelineOptions::text,
          (full, text, log) -> feedOptions.watcher(store, full, text, log),
          host, port, false, storeOptions.embeddedDir(),
          new ReviewRules(storeOptions.dataDir()), out);
    }
    return 0;
  }
}
