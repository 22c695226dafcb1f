package org.herald.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.herald.core.HeraldException;
import org.herald.core.model.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PostgreSQL server that stops while the store is open, and starts again on the same data
 * directory and port: nothing is lost silently, and storing again stores each document once.
 */
class PostgresFaultTest {
  @TempDir Path dir;
  private EmbeddedPostgres server;
  private int port;
  private Store store;

  @BeforeEach
  void startServer() throws IOException {
    server = server(0);
    port = server.getPort();
    store = Store.postgres(server.getJdbcUrl("postgres", "postgres"), dir.resolve("index"));
  }

  @AfterEach
  void stopServer() throws IOException {
    try {
      if (store != null) {
        store.close();
      }
    } finally {
      server.close();
    }
  }

  private EmbeddedPostgres server(int port) throws IOException {
    EmbeddedPostgres.Builder b = EmbeddedPostgres.builder()
        .setDataDirectory(dir.resolve("pg")).setCleanDataDirectory(false);
    return (port == 0 ? b : b.setPort(port)).start();
  }

  @Test
  void anIngestTheServerStopsUnderFailsClearlyAndStoringAgainStoresEachDocumentOnce()
      throws Exception {
    List<Document> docs = IntStream.range(0, 12).mapToObj(Articles::meeting).toList();
    Map<String, String> failed = new LinkedHashMap<>();
    List<Long> failureMillis = new ArrayList<>();
    CompletableFuture<Void> stopped = null;
    for (int i = 0; i < docs.size(); i++) {
      if (i == 5) {
        stopped = CompletableFuture.runAsync(this::stop); // while documents 5 to 8 are stored
      } else if (i == 9) {
        stopped.join();
      }
      Document d = docs.get(i);
      long t0 = System.nanoTime();
      try {
        assertThat(store.put(d, raw(d))).isTrue();
      } catch (HeraldException e) {
        failed.put(d.id(), e.getMessage());
        failureMillis.add((System.nanoTime() - t0) / 1_000_000);
      }
    }

    assertThat(failed.keySet()).as("the documents stored after the server was down")
        .containsAll(docs.subList(9, 12).stream().map(Document::id).toList())
        .doesNotContainAnyElementsOf(docs.subList(0, 5).stream().map(Document::id).toList());
    assertThat(failed).allSatisfy((id, message) -> assertThat(message)
        .startsWith(id + ": cannot store: database unreachable (")
        .containsAnyOf("); nothing of it was written", "); it may or may not have been written"));
    // one failure waited for the server to come back; once that wait failed, the others did not
    long waited = Database.RECONNECT_WAIT.minusSeconds(2).toMillis();
    assertThat(failureMillis).filteredOn(ms -> ms >= waited).hasSize(1);
    assertThat(failureMillis).filteredOn(ms -> ms < waited)
        .allSatisfy(ms -> assertThat(ms).isLessThan(Database.RECONNECT_WAIT.toMillis() / 2));
    assertThatThrownBy(() -> store.has(docs.get(0).id())).isInstanceOf(HeraldException.class)
        .hasMessageStartingWith("store query failed: database unreachable (");
    assertThatThrownBy(() -> store.hasForWriter(docs.get(0).id()))
        .isInstanceOf(HeraldException.class)
        .hasMessageStartingWith("store query failed: database unreachable (");

    server = server(port);
    assertThat(store.has(docs.get(0).id())).as("the same store reads again").isTrue();
    assertThat(store.hasForWriter(docs.get(0).id())).as("and its writer too").isTrue();
    for (String id : failed.keySet()) {
      Document d = docs.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
      boolean added = store.put(d, raw(d));
      if (failed.get(id).contains("nothing of it was written")) {
        assertThat(added).as(id + " stored again").isTrue();
      }
    }
    for (Document d : docs) {
      assertThat(store.put(d, raw(d))).as(d.id() + " is stored once").isFalse();
    }
    assertStoredOnce(docs);

    store.close();
    String said = StoreContract.stderrOf(() -> store = Store.postgres(
        server.getJdbcUrl("postgres", "postgres"), dir.resolve("index")));
    assertThat(said).as("the index kept up with the database").doesNotContain("text index");
    assertStoredOnce(docs);
  }

  @Test
  void storingWaitsForAServerThatComesBackSoon() throws Exception {
    Document first = Articles.meeting(0);
    Document second = Articles.meeting(1);
    assertThat(store.put(first, raw(first))).isTrue();
    stop();
    CompletableFuture<Void> started = CompletableFuture.runAsync(() -> {
      try {
        Thread.sleep(1500);
        server = server(port);
      } catch (InterruptedException | IOException e) {
        throw new IllegalStateException(e);
      }
    });
    long t0 = System.nanoTime();
    assertThat(store.put(second, raw(second))).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("it waited for the server")
        .isGreaterThan(Duration.ofSeconds(1)).isLessThan(Database.RECONNECT_WAIT);
    started.join();
    assertStoredOnce(List.of(first, second));
  }

  private void assertStoredOnce(List<Document> docs) {
    List<String> ids = docs.stream().map(Document::id).toList();
    Queries queries = new Queries(store);
    for (int i = 0; i < 3; i++) { // every reading connection of the pool, dropped or not
      assertThat(queries.stats().get("documents").asInt()).isEqualTo(docs.size());
    }
    Articles.assertMeetingsStored(store, docs);
    store.commit();
    assertThat(store.index().ids()).containsExactlyInAnyOrderElementsOf(ids);
    for (int i = 0; i < docs.size(); i++) {
      assertThat(queries.search("Berta" + i, 10).get("items").findValuesAsText("id"))
          .containsExactly(docs.get(i).id());
    }
  }

  private void stop() {
    try {
      server.close();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] raw(Document d) {
    return d.text().getBytes(StandardCharsets.UTF_8);
  }
}
