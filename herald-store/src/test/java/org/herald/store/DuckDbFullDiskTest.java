package org.herald.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.herald.core.ContractJson;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.herald.core.model.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A full disk under the embedded store (issue 23, item 4): the write that finds no room fails
 * with a {@link HeraldException} that says the disk is full and names the store, nothing stored
 * before it is lost, damaged or doubled, nothing hangs or crashes, and once there is room the
 * store opens again, its text index rebuilt from the database, and storing the failed document
 * again stores it once.
 *
 * <p>The disk is a real file system that runs out of blocks: a tmpfs of {@value #DISK} mounted
 * on a temporary folder, which a filler file fills until the room a test wants is left; deleting
 * the filler frees the space. DuckDB meets the full disk (ENOSPC) in its own native writes, where
 * no Java fault injection reaches, and the text index beside it meets the same disk. A file-size
 * limit ({@code ulimit -f}) was tried instead and does not serve: it limits every file the
 * process writes, so the DuckDB driver already fails unpacking its native library, and it gives
 * "File too large" for one file, not a full disk. Mounting needs Linux and root (CAP_SYS_ADMIN);
 * where the mount fails, the tests are skipped with the reason. Each test unmounts the tmpfs
 * when it ends, however it ends; one that hangs fails after two minutes.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DuckDbFullDiskTest {
  /** The size of the tmpfs; the filler decides how much of it is free. */
  static final String DISK = "8m";

  @TempDir Path dir;
  private Path disk;
  private Path data;
  private Path filler;
  private boolean mounted;
  private Store store;

  @BeforeEach
  void mount() throws Exception {
    assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux"),
        "a tmpfs to fill needs Linux");
    disk = Files.createDirectory(dir.resolve("disk"));
    data = disk.resolve("data");
    filler = disk.resolve("filler");
    String said = command("mount", "-t", "tmpfs", "-o", "size=" + DISK, "tmpfs", disk.toString());
    assumeTrue(said == null, () -> "cannot mount a tmpfs to fill (root is needed): " + said);
    mounted = true;
  }

  @AfterEach
  void unmount() throws Exception {
    try {
      if (store != null) {
        store.close();
      }
    } catch (HeraldException e) {
      // a store closed on a full disk says so; the test has checked what it says
    } finally {
      if (mounted && command("umount", disk.toString()) != null) {
        String lazily = command("umount", "-l", disk.toString());
        assertThat(lazily).as("unmounting " + disk).isNull();
      }
    }
  }

  /** Where the disk runs full during an ingest. */
  enum Full {
    /** The log of the database (its WAL), which every commit of a document appends to. */
    LOG,
    /**
     * A checkpoint, which moves the log into the database file in new blocks of 256 KiB: DuckDB
     * runs one in a commit once the log has grown past its threshold (16 MiB), here lowered so
     * that the commit after {@value #CHECKPOINT_AFTER} documents runs it.
     */
    CHECKPOINT;

    static final int CHECKPOINT_AFTER = 5;

    /** How much room the ingest starts with: one document takes about 4 KiB of log. */
    long room() {
      return this == LOG ? 40 * 1024 : 200 * 1024;
    }
  }

  @ParameterizedTest
  @EnumSource(Full.class)
  void anIngestThatFillsTheDiskFailsClearlyAndTheStoreOpensAgainWithEveryDocumentOnce(Full full)
      throws Exception {
    Store.embedded(data).close(); // made by an earlier run: the database file checkpointed
    store = Store.embedded(data);
    List<Document> docs = IntStream.range(0, 40).mapToObj(Articles::meeting).toList();
    leave(full.room());
    // as an ingest does: each document stored or its failure noted, on to the next
    List<HeraldException> failures = new ArrayList<>();
    int failedAt = -1;
    for (int i = 0; i < docs.size(); i++) {
      if (full == Full.CHECKPOINT && i == Full.CHECKPOINT_AFTER) {
        store.execute("SET checkpoint_threshold = '1KB'");
      }
      Document d = docs.get(i);
      try {
        assertThat(store.put(d, raw(d))).isTrue();
        assertThat(failures).as("stored after a failure: " + d.id()).isEmpty();
      } catch (HeraldException e) {
        failedAt = failures.isEmpty() ? i : failedAt;
        failures.add(e);
      }
    }

    assertThat(failures).as("puts that found the disk full").isNotEmpty();
    assertThat(failedAt).as("documents stored before the disk was full").isGreaterThanOrEqualTo(
        full == Full.LOG ? 3 : Full.CHECKPOINT_AFTER);
    assertThat(failures).hasSize(docs.size() - failedAt);
    Document failed = docs.get(failedAt);
    List<Document> stored = docs.subList(0, failedAt);
    Path file = data.resolve("herald.duckdb");
    assertThat(failures).allSatisfy(e -> assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE));
    assertThat(failures.get(0).getMessage())
        .startsWith(failed.id() + ": cannot store: the disk of the store " + file + " is full (")
        .contains("No space left on device")
        .endsWith("); it may or may not have been written, and the store has stopped: free"
            + " space and open it again");
    // then the store does no more: it neither writes nor reads what the failed write left
    for (int i = 1; i < failures.size(); i++) {
      assertThat(failures.get(i)).hasMessage(docs.get(failedAt + i).id() + ": cannot store:"
          + " the store " + file + " has stopped after its disk was full; open it again");
    }
    assertThatThrownBy(() -> store.has(stored.get(0).id())).isInstanceOf(HeraldException.class)
        .hasMessage("store query failed: the store " + file + " has stopped after its disk was"
            + " full; open it again")
        .satisfies(e -> assertThat(((HeraldException) e).code()).isEqualTo(ErrorCode.RESOURCE));

    // closed while the disk is still full: the text index cannot save what it holds
    fillUp();
    assertThatThrownBy(store::close).isInstanceOf(HeraldException.class)
        .hasMessageStartingWith("cannot close the text index: the disk of the text index "
            + data.resolve("index") + " is full (")
        .hasMessageEndingWith("); the store indexes the stored documents it lacks when it next"
            + " opens");
    // nor does it open before there is room: its index has documents to take in
    assertThatThrownBy(() -> Store.embedded(data)).isInstanceOf(HeraldException.class)
        .hasMessageStartingWith("cannot commit the text index: the disk of the text index "
            + data.resolve("index") + " is full (");

    Files.delete(filler);
    String said = StoreContract.stderrOf(() -> store = Store.embedded(data));
    assertThat(said).contains("text index at " + data.resolve("index") + " was ")
        .contains("rebuilt it from the database: " + stored.size() + " documents");
    assertStoredOnce(stored);

    assertThat(store.put(failed, raw(failed))).as("the failed document, stored again").isTrue();
    for (Document d : docs.subList(0, failedAt + 1)) {
      assertThat(store.put(d, raw(d))).as(d.id() + " is stored once").isFalse();
    }
    assertStoredOnce(docs.subList(0, failedAt + 1));
    store.close();
    assertThat(StoreContract.stderrOf(() -> store = Store.embedded(data)))
        .as("the index kept up with the database").doesNotContain("text index");
    assertStoredOnce(docs.subList(0, failedAt + 1));
  }

  @Test
  void aFullDiskUnderTheTextIndexFailsClearlyAndTheIndexCatchesUpWhenTheStoreOpensAgain()
      throws Exception {
    store = Store.embedded(data);
    List<Document> docs = IntStream.range(0, 6).mapToObj(Articles::meeting).toList();
    for (Document d : docs.subList(0, 5)) {
      assertThat(store.put(d, raw(d))).isTrue();
    }
    fillUp();
    Path index = data.resolve("index");
    assertThatThrownBy(store::commit).isInstanceOf(HeraldException.class)
        .hasMessageStartingWith("cannot commit the text index: the disk of the text index "
            + index + " is full (")
        .hasMessageEndingWith("); the store indexes the stored documents it lacks when it next"
            + " opens")
        .satisfies(e -> assertThat(((HeraldException) e).code()).isEqualTo(ErrorCode.RESOURCE));
    assertThat(store.has(docs.get(0).id())).as("the database still reads").isTrue();
    assertThatThrownBy(() -> store.index().search("Berta0", 10))
        .isInstanceOf(HeraldException.class)
        .hasMessageStartingWith("search failed: the text index " + index + " stopped after a"
            + " failed write (");

    Files.delete(filler);
    Document last = docs.get(5);
    assertThatThrownBy(() -> store.put(last, raw(last))).as("stored, not indexed")
        .isInstanceOf(HeraldException.class)
        .hasMessageStartingWith(last.id() + ": cannot index: the text index " + index
            + " stopped after a failed write (")
        .hasMessageEndingWith("); the store indexes the stored documents it lacks when it next"
            + " opens");
    assertThat(store.has(last.id())).isTrue();
    store.close();

    String said = StoreContract.stderrOf(() -> store = Store.embedded(data));
    assertThat(said).contains("text index at " + index + " was ")
        .contains("rebuilt it from the database: 6 documents");
    for (Document d : docs) {
      assertThat(store.put(d, raw(d))).as(d.id() + " is stored once").isFalse();
    }
    assertStoredOnce(docs);
  }

  @Test
  void aStoreThatCannotBeMadeOnAFullDiskIsMadeOnceThereIsRoom() throws Exception {
    fillUp();
    assertThatThrownBy(() -> Store.embedded(data)).isInstanceOf(HeraldException.class)
        .hasMessageStartingWith("cannot open the store jdbc:duckdb:" + data.resolve(
            "herald.duckdb") + ": its disk is full (")
        .hasMessageContaining("No space left on device")
        .satisfies(e -> assertThat(((HeraldException) e).code()).isEqualTo(ErrorCode.RESOURCE));

    Files.delete(filler);
    store = Store.embedded(data);
    Document d = Articles.meeting(0);
    assertThat(store.put(d, raw(d))).isTrue();
    assertStoredOnce(List.of(d));
  }

  /** The documents stored, each once and whole, and found by search. */
  private void assertStoredOnce(List<Document> docs) {
    List<String> ids = docs.stream().map(Document::id).toList();
    Articles.assertMeetingsStored(store, docs);
    Queries queries = new Queries(store);
    for (int i = 0; i < docs.size(); i++) {
      Document d = docs.get(i);
      assertThat(store.documentJson(d.id())).as(d.id() + " whole")
          .contains(ContractJson.write(d, false, false));
      assertThat(store.rawGzip(d.id())).isPresent();
      assertThat(queries.search("Berta" + i, 10).get("items").findValuesAsText("id"))
          .containsExactly(d.id());
    }
    store.commit();
    assertThat(store.index().ids()).containsExactlyInAnyOrderElementsOf(ids);
  }

  /** Fills the disk until {@code room} bytes are left free. */
  private void leave(long room) throws IOException {
    long fill = Files.getFileStore(disk).getUsableSpace() - room;
    assertThat(fill).as("the disk has more room than " + room).isPositive();
    try (FileChannel ch = FileChannel.open(filler, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      ByteBuffer zeros = ByteBuffer.allocate(64 * 1024);
      while (fill > 0) {
        zeros.clear().limit((int) Math.min(fill, zeros.capacity()));
        fill -= ch.write(zeros);
      }
    }
  }

  /** Fills the disk to its last block. */
  private void fillUp() throws IOException {
    try (FileChannel ch = FileChannel.open(filler, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      ByteBuffer zeros = ByteBuffer.allocate(4096);
      while (true) {
        zeros.clear();
        ch.write(zeros);
      }
    } catch (IOException e) {
      if (!String.valueOf(e.getMessage()).contains("No space left on device")) {
        throw e;
      }
    }
    assertThat(Files.getFileStore(disk).getUsableSpace()).as("room left").isZero();
  }

  private static byte[] raw(Document d) {
    return d.text().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Runs a command to its end.
   *
   * @return null where it succeeded, else what it said and its exit status
   */
  private static @Nullable String command(String... command) throws InterruptedException {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return String.join(" ", command) + " did not end";
      }
      return p.exitValue() == 0 ? null : out + " (exit status " + p.exitValue() + ")";
    } catch (IOException e) {
      return String.join(" ", command) + ": " + e.getMessage();
    }
  }
}
