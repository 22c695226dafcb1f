package org.herald.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * {@link KeptByWrites}: a value is kept while the count of writes stays where it was when its
 * reading began, never one read while a write showed (the count odd) or across a write, and
 * nothing at all where the store does not see every write.
 */
class KeptByWritesTest {
  private final AtomicLong writes = new AtomicLong();
  private final AtomicInteger reads = new AtomicInteger();

  private String read() {
    return "read " + reads.incrementAndGet() + " at " + writes.get();
  }

  @Test
  void aValueIsKeptUntilTheCountMoves() {
    KeptByWrites<String, String> kept = new KeptByWrites<>(true, writes::get);
    assertThat(kept.get("a", this::read)).isEqualTo("read 1 at 0");
    assertThat(kept.get("a", this::read)).isEqualTo("read 1 at 0");
    assertThat(kept.get("b", this::read)).isEqualTo("read 2 at 0");
    writes.addAndGet(2);
    assertThat(kept.get("a", this::read)).isEqualTo("read 3 at 2");
    assertThat(kept.get("a", this::read)).isEqualTo("read 3 at 2");
  }

  @Test
  void nothingReadWhileAWriteShowsOrAcrossOneIsKept() {
    KeptByWrites<String, String> kept = new KeptByWrites<>(true, writes::get);
    writes.set(1);
    assertThat(kept.get("a", this::read)).isEqualTo("read 1 at 1");
    assertThat(kept.get("a", this::read)).isEqualTo("read 2 at 1");
    writes.set(2);
    assertThat(kept.get("a", () -> {
      writes.incrementAndGet(); // a write begins to show while the value is read
      return read();
    })).isEqualTo("read 3 at 3");
    writes.set(4);
    assertThat(kept.get("a", this::read)).isEqualTo("read 4 at 4");
    assertThat(kept.get("a", this::read)).isEqualTo("read 4 at 4");
  }

  @Test
  void aValueReadWithWhatWasReadBeforeAWriteIsKeptUnderTheCountBeforeIt() {
    KeptByWrites<String, String> kept = new KeptByWrites<>(true, writes::get);
    long before = kept.count();
    writes.addAndGet(2); // the caller read the ids a search found, then a document was stored
    assertThat(kept.get("a", before, this::read)).isEqualTo("read 1 at 2");
    assertThat(kept.get("a", this::read)).as("not kept: it may hold the ids of count 0")
        .isEqualTo("read 2 at 2");
    assertThat(kept.get("a", kept.count(), this::read)).isEqualTo("read 2 at 2");
  }

  @Test
  void aStoreThatDoesNotSeeEveryWriteReadsEveryTime() {
    KeptByWrites<String, String> kept = new KeptByWrites<>(false, writes::get);
    assertThat(kept.get("a", this::read)).isEqualTo("read 1 at 0");
    assertThat(kept.get("a", this::read)).isEqualTo("read 2 at 0");
  }
}
