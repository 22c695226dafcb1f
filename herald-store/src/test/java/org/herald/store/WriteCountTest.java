package org.herald.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import org.herald.core.model.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's counts of writes ({@link Store#writes}, {@link Store#factWrites}), by
 * which the server keeps its answers: even while a transaction writes what no reading connection
 * sees yet, odd from right before its commit until it ends, unmoved by one that fails before it.
 */
class WriteCountTest {
  @TempDir Path dir;
  private Store store;

  @BeforeEach
  void open() {
    store = Store.embedded(dir);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void theCountStaysEvenUntilTheCommitBeginsAndMovesByTwo() {
    long before = store.writes();
    long facts = store.factWrites();
    String seen = store.transaction("test", c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO documents (id,"
          + " pipeline_version, kb_version, ingested_at, body, doc_json)"
          + " VALUES ('d1', 'v', 'v', 'now', 'text', '{}')")) {
        ps.executeUpdate();
      }
      assertThat(store.query("SELECT id FROM documents", List.of()))
          .as("no reading connection sees it before the commit").isEmpty();
      return "writes " + store.writes();
    });
    assertThat(seen).isEqualTo("writes " + before);
    assertThat(store.writes()).isEqualTo(before + 2);
    assertThat(store.factWrites()).isEqualTo(facts + 2);
  }

  @Test
  void aTransactionThatFailsBeforeItsCommitLeavesTheCounts() {
    long before = store.writes();
    assertThatThrownBy(() -> store.transaction("test", c -> {
      throw new IllegalStateException("no");
    })).hasMessage("no");
    assertThat(store.writes()).isEqualTo(before);
    assertThat(store.factWrites()).isEqualTo(before);
  }

  @Test
  void aDocumentOfTextAloneCountsAsAWriteAndNoFactWrite() {
    Document text = Document.builder("Ein Treffen der Vereine fand statt.").language("de")
        .build();
    long writes = store.writes();
    long facts = store.factWrites();
    assertThat(store.put(text, null)).isTrue();
    assertThat(store.writes()).isEqualTo(writes + 2);
    assertThat(store.factWrites()).isEqualTo(facts);
    store.put(Articles.germanCall(), null);
    assertThat(store.writes()).isEqualTo(writes + 4);
    assertThat(store.factWrites()).isEqualTo(facts + 2);
  }
}
