package org.herald.app;

import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.herald.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herald serve}: the REST API and the web page over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the REST API (/api/..., described at /api/openapi.json) and the web"
        + " page over the store until stopped.",
        "POST needs the token when HERALD_TOKEN is set."})
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "7070", description = "Port (default 7070).")
  int port;

  @Option(names = "--host", defaultValue = "localhost",
      description = "Address to listen on (default localhost; 0.0.0.0 for every interface).")
  String host;

  @Mixin StoreOptions storeOptions;
  @Mixin PipelineOptions pipelineOptions;

  @Override
  public Integer call() throws InterruptedException {
    try (Store store = storeOptions.openExisting()) {
      serve(store, pipelineOptions, host, port);
    }
    return 0;
  }

  /** Serves until the process is stopped. */
  static void serve(Store store, PipelineOptions pipelineOptions, String host, int port)
      throws InterruptedException {
    Javalin app = new ApiServer(store, pipelineOptions::build, System.getenv("HERALD_TOKEN"))
        .create();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      stopped.countDown();
    }));
    app.start(host, port);
    System.out.println("Herald is serving " + store.describe() + " on http://" + host + ":"
        + app.port() + "/ (API: http://" + host + ":" + app.port() + "/api/openapi.json)."
        + " Ctrl-C stops it.");
    System.out.flush();
    stopped.await();
  }
}
