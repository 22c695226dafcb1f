package org.herald.app;

import java.util.concurrent.Callable;
import org.herald.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code herald split}: undoes a merge of event reports. */
@Command(name = "split", mixinStandardHelpOptions = true,
    description = "Takes an event mention (DOCUMENT-ID:N, as the API lists them) out of the"
        + " event it was merged into; it becomes an event of its own and is never merged again.")
final class SplitCommand implements Callable<Integer> {
  @Parameters(paramLabel = "MENTION") String mention;

  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    java.util.Optional<RemoteHerald> remote = storeOptions.running();
    if (remote.isPresent()) {
      System.out.println(remote.get().split(mention));
      return 0;
    }
    try (Store store = storeOptions.openExisting()) {
      System.out.println(store.split(mention));
    }
    return 0;
  }
}
