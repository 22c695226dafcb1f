package org.herald.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.herald.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herald serve}: the REST API and the web page over the store, and the feeds. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the REST API (/api/..., described at /api/openapi.json) and the web"
        + " page over the store until stopped; with --feeds it follows news feeds too.",
        "While it runs on an embedded store, ingest, export, reanalyze and split work through"
        + " it. POST needs the token when HERALD_TOKEN is set."})
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "7070", description = "Port (default 7070).")
  int port;

  @Option(names = "--host", defaultValue = "localhost",
      description = "Address to listen on (default localhost; 0.0.0.0 for every interface).")
  String host;

  @Mixin StoreOptions storeOptions;
  @Mixin PipelineOptions pipelineOptions;
  @Mixin FeedOptions feedOptions;

  @Override
  public Integer call() throws InterruptedException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    pipelineOptions.rules = new ReviewRules(storeOptions.dataDir());
    try (Store store = feedOptions.feeds == null ? storeOptions.openExisting()
        : storeOptions.open()) {
      pipelineOptions.learned = store.learned();
      if (!feedOptions.noNlp) { // the models load in the background while the server starts
        org.herald.engine.Engine.loadAhead(pipelineOptions.config());
      }
      Service.run(store, pipelineOptions::build, pipelineOptions::text,
          feedOptions.feeds == null ? null
              : (full, text, log) -> feedOptions.watcher(store, full, text, log),
          host, port, true, storeOptions.embeddedDir(),
          new ReviewRules(storeOptions.dataDir()), out);
    }
    return 0;
  }
}
