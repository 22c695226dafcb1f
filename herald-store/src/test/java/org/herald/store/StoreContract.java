package org.herald.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.herald.core.HeraldException;
import org.herald.core.LearnedPeople;
import org.herald.core.model.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every store passes, whichever database holds it. */
abstract class StoreContract {
  @TempDir Path dir;
  Store store;
  Queries queries;

  /** A fresh, empty store. */
  abstract Store open(Path dir);

  /** The same store opened again, as after a restart. */
  abstract Store reopen(Path dir);

  @BeforeEach
  void setUp() {
    store = open(dir);
    queries = new Queries(store);
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private static Queries.EventFilter events(String source, String target) {
    return new Queries.EventFilter(source, target, null, null, null, null, null, null, null,
        100, 0);
  }

  @Test
  void storingADocumentAgainStoresNothing() {
    Document d = Articles.germanCall();
    assertThat(store.put(d, "raw".getBytes(StandardCharsets.UTF_8))).isTrue();
    ObjectNode before = queries.stats();
    assertThat(store.put(d, null)).isFalse();
    assertThat(queries.stats()).isEqualTo(before);
    assertThat(before.get("documents").asInt()).isEqualTo(1);
    assertThat(before.get("events").asInt()).isEqualTo(2);
    assertThat(before.get("quotes").asInt()).isEqualTo(1);
    assertThat(store.has(d.id())).isTrue();
  }

  /**
   * An ingest asks whether a document is stored before it analyses it; while a server's
   * queries hold every reading connection, the writer's question is answered all the same
   * (issue 23: queued behind 32 clients' queries, it took half the ingest's time).
   */
  @Test
  void aWriterLearnsWhatIsStoredWhileEveryReadingConnectionIsBusy() throws Exception {
    Document d = Articles.germanCall();
    store.put(d, null);
    CountDownLatch held = new CountDownLatch(Database.READERS);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService readers = Executors.newFixedThreadPool(Database.READERS);
    try {
      for (int i = 0; i < Database.READERS; i++) {
        readers.submit(() -> store.stream("SELECT id FROM documents", List.of(), row -> {
          held.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }));
      }
      assertThat(held.await(30, TimeUnit.SECONDS)).as("every reading connection taken").isTrue();
      assertThat(store.hasForWriter(d.id())).isTrue();
      assertThat(store.hasForWriter(Articles.englishCall().id())).isFalse();
    } finally {
      release.countDown();
      readers.shutdown();
    }
    assertThat(readers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(store.has(d.id())).isTrue();
  }

  @Test
  void aReadingConnectionsKeptStatementsAnswerWithTheirNewParametersAndNewRows() {
    String sql = "SELECT id FROM documents WHERE id IN (SELECT unnest(?)) ORDER BY id";
    Document german = Articles.germanCall();
    Document english = Articles.englishCall();
    store.put(german, null);
    Store.Texts both = new Store.Texts(List.of(german.id(), english.id(), "nothing"));
    assertThat(store.query(sql, List.of(both)).findValuesAsText("id"))
        .containsExactly(german.id());
    store.put(english, null);
    for (int round = 0; round < Database.READERS + 1; round++) { // on every reading connection
      assertThat(store.query(sql, List.of(both)).findValuesAsText("id"))
          .containsExactlyInAnyOrder(german.id(), english.id());
      assertThat(store.query(sql, List.of(new Store.Texts(List.of(english.id()))))
          .findValuesAsText("id")).containsExactly(english.id());
      assertThat(store.query(sql, List.of(new Store.Texts(List.of())))).isEmpty();
    }
    // more statements than a connection keeps, on each: the first is prepared again once dropped
    for (int i = 0; i < (Database.STATEMENTS + 1) * Database.READERS; i++) {
      assertThat(store.count("SELECT count(*) + " + i + " FROM documents", List.of()))
          .isEqualTo(2 + i);
    }
    assertThat(store.query(sql, List.of(both))).hasSize(2);
  }

  @Test
  void statementsKeptFromAnEmptyStoreReadWhatIsStoredLater() {
    // each reading connection keeps its statements; prepared on an empty store, DuckDB 1.4.4's
    // plans read "e" for "de" and lost rows once documents came (Database.keepPlansSound)
    for (int i = 0; i <= Database.READERS; i++) {
      assertThat(queries.stats().get("languages")).isEmpty();
      assertThat(store.query("SELECT id FROM documents WHERE language = 'de'", List.of()))
          .isEmpty();
    }
    store.put(Articles.germanCall(), null);
    store.put(Articles.englishCall(), null);
    for (int i = 0; i <= Database.READERS; i++) {
      assertThat(queries.stats().get("languages").toString()).isEqualTo(
          "[{\"language\":\"de\",\"documents\":1},{\"language\":\"en\",\"documents\":1}]");
      assertThat(store.query("SELECT id FROM documents WHERE language = 'de'", List.of()))
          .hasSize(1);
    }
  }

  @Test
  void aPageOfDocumentsCountsItsMatchesByLanguageRootAndActor() {
    store.put(Articles.germanCall(), null);
    store.put(Articles.englishCall(), null);
    store.put(Articles.g7Condemns(), null);
    store.put(Articles.pressConference(), null);
    JsonNode all = queries.documents(new Queries.DocumentFilter(null, null, null, null, null,
        null, null, 2, 0));
    assertThat(all.get("total").asLong()).isEqualTo(4);
    assertThat(all.get("items")).hasSize(2);
    assertThat(all.get("facets").toString()).isEqualTo("{\"language\":[{\"value\":\"de\","
        + "\"documents\":2},{\"value\":\"en\",\"documents\":2}],\"root\":[{\"value\":\"04\","
        + "\"documents\":2},{\"value\":\"11\",\"documents\":1}],\"actor\":[{\"value\":\"CHN\","
        + "\"documents\":2},{\"value\":\"RUS\",\"documents\":1}]}");
    JsonNode german = queries.documents(new Queries.DocumentFilter(null, null, null, "de", null,
        null, null, 2, 0));
    assertThat(german.get("total").asLong()).isEqualTo(2);
    assertThat(german.get("facets").get("language").toString())
        .isEqualTo("[{\"value\":\"de\",\"documents\":2}]");
    assertThat(german.get("facets").get("root")).hasSize(2);
    JsonNode none = queries.documents(new Queries.DocumentFilter(null, "2999-01-01", null, null,
        null, null, null, 2, 0));
    assertThat(none.get("total").asLong()).isZero();
    assertThat(none.get("facets").toString())
        .isEqualTo("{\"language\":[],\"root\":[],\"actor\":[]}");
  }

  @Test
  void thePeopleArticlesDescribeAreLearnedByNameAndDay() {
    store.put(Articles.describes("2019-05-10", "USAGOV", "Zölle"), null);
    Document later = Articles.describes("2023-06-01", "USAELI", "Rückblick");
    store.put(later, null);
    store.put(later, null); // stored again: learned once
    LearnedNames learned = store.learned();
    LearnedPeople.Learned l = learned.find("Robert Lighthizer", LocalDate.of(2020, 1, 1));
    assertThat(l).isEqualTo(new LearnedPeople.Learned("Robert Lighthizer", "USAGOV", "USA",
        "2019-05-10", "2023-06-01", 2));
    assertThat(learned.find("robert lighthizer", LocalDate.of(2024, 1, 1)).actor())
        .isEqualTo("USAELI");
    assertThat(learned.find("Lighthizer", LocalDate.of(2018, 1, 1)).actor())
        .isEqualTo("USAGOV"); // before any article: the earliest description
    // a person only the setting placed is not learned; nor is a name no article described
    assertThat(learned.find("Erna Beispiel", null)).isNull();
    assertThat(learned.find("Robert Unbekannt", null)).isNull();
    assertThat(learned.all()).extracting(LearnedPeople.Learned::name)
        .containsExactly("Robert Lighthizer");
    // replacing a document takes what it taught along
    store.replace(later.id(), Articles.germanCall(), null);
    assertThat(learned.find("Robert Lighthizer", null).documents()).isEqualTo(1);
  }

  @Test
  void reportsOfOneEventFromTwoOutletsBecomeOneEvent() {
    store.put(Articles.germanCall(), null);
    store.put(Articles.englishCall(), null);
    JsonNode page = queries.events(events("CHN", "RUS"));
    assertThat(page.get("total").asInt()).isEqualTo(1);
    JsonNode e = page.get("items").get(0);
    assertThat(e.get("code").asText()).isEqualTo("040");
    assertThat(e.get("event_date").asText()).isEqualTo("2021-12-15");
    assertThat(e.get("num_mentions").asInt()).isEqualTo(2);
    assertThat(e.get("num_articles").asInt()).isEqualTo(2);
    assertThat(e.get("num_sources").asInt()).isEqualTo(2);
    assertThat(e.get("source").get("actor").asText()).isEqualTo("CHNGOV");
    JsonNode mentions = e.get("mentions");
    assertThat(mentions).hasSize(2);
    assertThat(mentions.findValuesAsText("merge_reason"))
        .anySatisfy(r -> assertThat(r).startsWith("same source (Q15031)"));
    assertThat(mentions.findValues("sentence")).extracting(s -> s.get("text").asText())
        .contains("Chinas Präsident Xi Jinping und Russlands Präsident Wladimir Putin hielten"
            + " am Mittwoch einen Videoanruf ab.");
    assertThat(queries.events(events("RUS", "CHN")).get("total").asInt()).isEqualTo(1);
  }

  @Test
  void differentEventsStaySeparateAndFiltersFindThem() {
    store.put(Articles.germanCall(), null);
    store.put(Articles.g7Condemns(), null);
    assertThat(queries.events(new Queries.EventFilter(null, null, "RUS", null, "11", null, null,
        null, null, 10, 0)).get("total").asInt()).isEqualTo(1);
    assertThat(queries.events(new Queries.EventFilter(null, null, null, null, null, null, null,
        "Moskau", null, 10, 0)).get("items").get(0).get("lat").asDouble()).isEqualTo(55.75);
    assertThat(queries.events(new Queries.EventFilter(null, null, null, null, null,
        "2021-12-13", null, null, null, 10, 0)).get("total").asInt()).isEqualTo(2);
    assertThat(queries.events(new Queries.EventFilter(null, null, null, null, null, null, null,
        null, "videoanruf", 10, 0)).get("total").asInt()).isEqualTo(2);
    assertThat(queries.events(new Queries.EventFilter(null, null, null, "11", null, null, null,
        null, null, 10, 0)).get("items").get(0).get("code").asText()).isEqualTo("111");
    // every report of these articles has confidence 0.8
    assertThat(queries.events(new Queries.EventFilter(null, null, null, null, null, null, null,
        null, null, 10, 0, false, 0.8)).get("total").asInt()).isEqualTo(3);
    assertThat(queries.events(new Queries.EventFilter(null, null, null, null, null, null, null,
        null, null, 10, 0, false, 0.9)).get("total").asInt()).isZero();
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    assertThat(new Exporter(store).minConfidence(0.8).write(Exporter.Format.CSV, csv))
        .isEqualTo(3);
    assertThat(new Exporter(store).reviewedOnly(true).minConfidence(0.9)
        .write(Exporter.Format.JSONL, new ByteArrayOutputStream())).isZero();
  }

  @Test
  void aSplitUndoesAMergeAndStays() {
    store.put(Articles.germanCall(), null);
    Document english = Articles.englishCall();
    store.put(english, null);
    String fresh = store.split(english.id() + ":0");
    JsonNode alone = queries.event(fresh).orElseThrow();
    assertThat(alone.get("num_mentions").asInt()).isEqualTo(1);
    assertThat(alone.get("mentions").get(0).get("merge_reason").asText()).startsWith("split off");
    assertThat(queries.events(events("CHN", "RUS")).get("total").asInt()).isEqualTo(2);
    assertThatThrownBy(() -> store.split(english.id() + ":0"))
        .isInstanceOf(HeraldException.class).hasMessageContaining("already an event of its own");
  }

  @Test
  void replacingADocumentLeavesNoTrace() {
    Document german = Articles.germanCall();
    store.put(german, null);
    store.put(Articles.englishCall(), null);
    ObjectNode before = queries.stats();
    store.replace(german.id(), german, null);
    assertThat(queries.stats()).isEqualTo(before);
    store.replace(german.id(), Articles.g7Condemns(), null);
    assertThat(queries.stats().get("documents").asInt()).isEqualTo(2);
    JsonNode call = queries.events(events("CHN", "RUS")).get("items").get(0);
    assertThat(call.get("num_mentions").asInt()).isEqualTo(1);
    assertThat(store.stale("test", "test-kb")).isEmpty();
    assertThat(store.stale("newer", "test-kb")).hasSize(2);
  }

  @Test
  void entitiesAreCountedAcrossDocuments() {
    store.put(Articles.germanCall(), null);
    store.put(Articles.englishCall(), null);
    JsonNode found = queries.entities("putin", 10, 0);
    assertThat(found.get("total").asInt()).isEqualTo(1);
    JsonNode putin = queries.entity("Q7747").orElseThrow();
    assertThat(putin.get("months").get(0).get("month").asText()).isEqualTo("2021-12");
    assertThat(putin.get("months").get(0).get("mentions").asInt()).isEqualTo(3);
    assertThat(putin.get("documents")).hasSize(2);
    assertThat(putin.get("events").asInt()).isEqualTo(2);
  }

  private JsonNode quotes(String speaker, String q, String from, String to, int limit,
      int offset) {
    return queries.quotes(new Queries.QuoteFilter(speaker, q, from, to, limit, offset));
  }

  @Test
  void quotesAreFoundBySpeakerWordsAndDayAndPagedNewestFirst() {
    Document german = Articles.germanCall();
    Document press = Articles.pressConference();
    store.put(german, null);
    store.put(Articles.englishCall(), null);
    store.put(press, null);

    JsonNode all = quotes(null, null, null, null, 50, 0);
    assertThat(all.get("total").asInt()).isEqualTo(4);
    assertThat(all.get("items").findValuesAsText("quote_text")).containsExactly(
        "Gas prices rose by 50% this year", "the file gas_2021 was complete",
        "We stand together", "Wir sind enge Partner");

    JsonNode putin = quotes("Q7747", null, null, null, 2, 0);
    assertThat(putin.get("total").asInt()).isEqualTo(3);
    assertThat(putin.get("limit").asInt()).isEqualTo(2);
    assertThat(putin.get("offset").asInt()).isZero();
    assertThat(putin.get("items")).hasSize(2);
    JsonNode indirect = putin.get("items").get(1);
    assertThat(indirect.get("doc_id").asText()).isEqualTo(press.id());
    assertThat(indirect.get("title").asText()).isEqualTo("Putin on gas prices");
    assertThat(indirect.get("published").asText()).isEqualTo("2021-12-17");
    assertThat(indirect.get("url").asText()).isEqualTo("https://news.example.com/world/putin-gas");
    assertThat(press.text().substring(indirect.get("start_off").asInt(),
        indirect.get("end_off").asInt())).isEqualTo("the file gas_2021 was complete");
    assertThat(indirect.get("direct").asBoolean()).isFalse();
    assertThat(indirect.get("speaker_entity").asText()).isEqualTo("Q7747");
    assertThat(indirect.get("speaker_name").asText()).isEqualTo("Putin");
    assertThat(indirect.get("via").asText()).isEqualTo("Interfax");
    JsonNode rest = quotes("Q7747", null, null, null, 2, 2);
    assertThat(rest.get("total").asInt()).isEqualTo(3);
    assertThat(rest.get("items").findValuesAsText("quote_text"))
        .containsExactly("Wir sind enge Partner");
    assertThat(rest.get("items").get(0).get("direct").asBoolean()).isTrue();
    assertThat(rest.get("items").get(0).get("via").isNull()).isTrue();
    assertThat(quotes("Q7747", null, null, null, 2, 3).get("items")).isEmpty();
    assertThat(quotes("Q15031", null, null, null, 10, 0).get("items")
        .findValuesAsText("quote_text")).containsExactly("We stand together");
    assertThat(quotes("Q0", null, null, null, 10, 0).get("total").asInt()).isZero();

    // words are matched in any case and literally: % and _ are no wildcards
    assertThat(quotes(null, "50%", null, null, 10, 0).get("items")
        .findValuesAsText("quote_text")).containsExactly("Gas prices rose by 50% this year");
    assertThat(quotes(null, "%", null, null, 10, 0).get("total").asInt()).isEqualTo(1);
    assertThat(quotes(null, "_", null, null, 10, 0).get("items")
        .findValuesAsText("quote_text")).containsExactly("the file gas_2021 was complete");
    assertThat(quotes(null, "s_2", null, null, 10, 0).get("total").asInt()).isEqualTo(1);
    assertThat(quotes(null, "g%s", null, null, 10, 0).get("total").asInt()).isZero();
    assertThat(quotes(null, "WIR SIND", null, null, 10, 0).get("items")
        .findValuesAsText("doc_id")).containsExactly(german.id());
    assertThat(quotes("Q15031", "partner", null, null, 10, 0).get("total").asInt()).isZero();

    // the day the document was published, both bounds included
    assertThat(quotes(null, null, "2021-12-16", null, 10, 0).get("items")
        .findValuesAsText("doc_id")).containsOnly(press.id()).hasSize(3);
    assertThat(quotes(null, null, null, "2021-12-15", 10, 0).get("items")
        .findValuesAsText("doc_id")).containsExactly(german.id());
    assertThat(quotes("Q7747", null, "2021-12-15", "2021-12-15", 10, 0).get("total").asInt())
        .isEqualTo(1);
    assertThat(quotes(null, null, "2021-12-18", null, 10, 0).get("total").asInt()).isZero();

    // the actor page lists the same quotes
    assertThat(queries.entity("Q7747").orElseThrow().get("quotes"))
        .isEqualTo(quotes("Q7747", null, null, null, 10, 0).get("items"));
  }

  @Test
  void searchUsesEachLanguagesAnalyser() {
    store.put(Articles.germanCall(), null);
    store.put(Articles.englishCall(), null);
    store.put(Articles.g7Condemns(), null);
    JsonNode hits = queries.search("Videoanrufe", 10);
    assertThat(hits.get("items")).hasSize(1);
    assertThat(hits.get("items").get(0).get("snippet").asText()).contains("<b>Videoanruf</b>");
    assertThat(queries.search("calls", 10).get("items")).hasSize(1);
    assertThat(queries.search("Russland AND verurteilen", 10).get("items")).hasSize(1);
    assertThat(queries.search("\"unbalanced (", 10).get("items")).isEmpty();
    assertThat(queries.documents(new Queries.DocumentFilter("Putin", null, null, "en", null, null,
        null, 10, 0)).get("total").asInt()).isEqualTo(1);
  }

  /**
   * A page of documents found by words carries for each the passage a search gives it, though
   * only the documents on the page are marked (issue 23).
   */
  @Test
  void aPageOfDocumentsFoundByWordsCarriesThePassagesASearchGives() {
    store.put(Articles.germanCall(), null);
    store.put(Articles.englishCall(), null);
    store.put(Articles.pressConference(), null);
    Map<String, String> searched = new TreeMap<>();
    queries.search("Putin", 10).get("items").forEach(i -> searched.put(i.get("id").asText(),
        i.get("snippet").asText()));
    assertThat(searched).hasSize(3);
    JsonNode page = queries.documents(new Queries.DocumentFilter("Putin", null, null, null, null,
        null, null, 2, 1));
    assertThat(page.get("total").asInt()).isEqualTo(3);
    assertThat(page.get("items")).hasSize(2).allSatisfy(item -> assertThat(
        item.get("snippet").asText()).contains("<b>Putin</b>")
        .isEqualTo(searched.get(item.get("id").asText())));
    assertThat(store.index().find("Putin", 10)).hasSize(3)
        .allSatisfy(h -> assertThat(h.snippet()).isNull());
    assertThat(store.index().passages("Putin", List.of("nope", Articles.g7Condemns().id())))
        .isEmpty();
  }

  @Test
  void everythingSurvivesARestartAndALostIndex() throws Exception {
    store.put(Articles.germanCall(), null);
    store.put(Articles.englishCall(), null);
    store.close();
    deleteTree(dir.resolve("index"));
    store = reopen(dir);
    queries = new Queries(store);
    assertThat(queries.stats().get("documents").asInt()).isEqualTo(2);
    assertThat(queries.stats().get("indexed").asInt()).isEqualTo(2);
    assertThat(queries.search("Videoanruf", 10).get("items")).hasSize(1);
    assertThat(store.schemaVersion()).isEqualTo(Database.MIGRATIONS.size());
  }

  /** Ways a text index may be found on disk when the store opens. */
  enum Damage {
    /** The commit file overwritten with random bytes. */
    GARBAGE_COMMIT(true),
    /** The commit file claims a format newer than this Lucene's. */
    NEWER_COMMIT_FORMAT(true),
    /** Every file cut to half its length, as by a full disk or an interrupted copy. */
    TRUNCATED_FILES(true),
    /** One byte in the middle of the compound file flipped: only its checksum tells. */
    FLIPPED_BYTES(true),
    /** A file that the commit names is gone. */
    MISSING_FILE(true),
    /** The index folder deleted. */
    DELETED_FOLDER(false),
    /** The folder kept, every file in it deleted. */
    EMPTIED_FOLDER(false);

    final boolean movedAside;

    Damage(boolean movedAside) {
      this.movedAside = movedAside;
    }

    void apply(Path index) throws Exception {
      List<Path> files;
      try (var s = Files.list(index)) {
        files = s.filter(f -> !f.getFileName().toString().equals("write.lock")).sorted().toList();
      }
      assertThat(files).as("files of the index").isNotEmpty();
      Random random = new Random(23);
      for (Path f : files) {
        boolean commit = f.getFileName().toString().startsWith("segments_");
        switch (this) {
          case GARBAGE_COMMIT -> {
            if (commit) {
              byte[] garbage = new byte[(int) Files.size(f)];
              random.nextBytes(garbage);
              Files.write(f, garbage);
            }
          }
          case NEWER_COMMIT_FORMAT -> {
            if (commit) {
              // header: magic (4 bytes), "segments" (length byte and 8), version (4 bytes)
              byte[] b = Files.readAllBytes(f);
              b[13] = 0;
              b[14] = 0;
              b[15] = 0;
              b[16] = 99;
              Files.write(f, b);
            }
          }
          case TRUNCATED_FILES -> {
            try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
              ch.truncate(ch.size() / 2);
            }
          }
          case FLIPPED_BYTES -> {
            if (f.getFileName().toString().endsWith(".cfs")) {
              byte[] b = Files.readAllBytes(f);
              b[b.length / 2] ^= (byte) 0xff;
              Files.write(f, b);
            }
          }
          case MISSING_FILE -> {
            if (f.getFileName().toString().endsWith(".cfs")) {
              Files.delete(f);
            }
          }
          case DELETED_FOLDER -> deleteTree(index);
          case EMPTIED_FOLDER -> Files.deleteIfExists(f);
          default -> throw new AssertionError(this);
        }
        if (this == DELETED_FOLDER) {
          break;
        }
      }
      if (this == EMPTIED_FOLDER) {
        Files.deleteIfExists(index.resolve("write.lock"));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Damage.class)
  void aDamagedOrLostIndexIsRebuiltFromTheDatabaseAndFindsTheSameDocuments(Damage damage)
      throws Exception {
    store.put(Articles.germanCall(), null);
    store.put(Articles.englishCall(), null);
    store.put(Articles.g7Condemns(), null);
    List<String> searches = List.of("Videoanrufe", "calls", "Russland AND verurteilen",
        "Putin", "Xi OR G7", "\"enge Partner\"");
    Map<String, Set<String>> found = found(searches);
    assertThat(found.values()).allSatisfy(ids -> assertThat(ids).isNotEmpty());
    assertThat(found.get("Xi OR G7")).hasSize(3);
    ObjectNode stats = queries.stats();
    Set<String> stored = store.index().ids();
    store.close();
    Path index = dir.resolve("index");
    damage.apply(index);

    String said = stderrOf(() -> store = reopen(dir));
    queries = new Queries(store);

    assertThat(found(searches)).isEqualTo(found);
    assertThat(queries.stats()).as("nothing stored is lost or doubled").isEqualTo(stats);
    assertThat(store.index().ids()).isEqualTo(stored);
    assertThat(said.lines().filter(l -> l.contains("text index")).toList()).singleElement()
        .asString().startsWith("herald: text index at " + index + " was ")
        .contains(damage.movedAside ? "unreadable (" : "missing")
        .endsWith("rebuilt it from the database: 3 documents");
    assertThat(brokenIndexes()).hasSize(damage.movedAside ? 1 : 0);
    if (damage.movedAside) {
      assertThat(said).contains("moved it aside to " + brokenIndexes().get(0));
    }
    store.close();
    assertThat(stderrOf(() -> store = reopen(dir))).as("the new index is sound")
        .doesNotContain("text index");
    assertThat(new Queries(store).search("Videoanruf", 10).get("total").asInt()).isEqualTo(1);
  }

  @Test
  void anIndexBehindTheDatabaseIsBroughtUpToDate() throws Exception {
    Document german = Articles.germanCall();
    store.put(german, null);
    store.put(Articles.englishCall(), null);
    store.close();
    // as after crashes: one stored document not in the index, one no longer stored still in it
    try (TextIndex index = TextIndex.open(dir.resolve("index"))) {
      index.delete(german.id());
      index.add("gone", "Weg", "Ein Videoanruf, der nicht mehr gespeichert ist.", "de", null);
      index.commit();
    }
    String said = stderrOf(() -> store = reopen(dir));
    queries = new Queries(store);
    assertThat(said).contains("text index at " + dir.resolve("index") + " was behind the"
        + " database: added 1 stored documents it lacked and removed 1 documents no longer"
        + " stored");
    assertThat(store.index().ids()).containsExactlyInAnyOrder(german.id(),
        Articles.englishCall().id());
    assertThat(queries.search("Videoanruf", 10).get("items").findValuesAsText("id"))
        .containsExactly(german.id());
    assertThat(brokenIndexes()).isEmpty();
  }

  @Test
  void anIndexThatAnotherStoreHoldsIsNotTakenForBroken() throws Exception {
    store.put(Articles.germanCall(), null);
    store.commit();
    assertThatThrownBy(() -> reopen(dir).close()).isInstanceOf(HeraldException.class)
        .hasMessage(dir.resolve("index") + ": the text index is in use by another store (Lock"
            + " held by this virtual machine: " + dir.resolve("index").resolve("write.lock") + ")");
    assertThat(brokenIndexes()).isEmpty();
    assertThat(queries.search("Videoanruf", 10).get("total").asInt()).isEqualTo(1);
    assertThat(queries.stats().get("documents").asInt()).isEqualTo(1);
  }

  private Map<String, Set<String>> found(List<String> searches) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (String q : searches) {
      out.put(q, new TreeSet<>(queries.search(q, 10).get("items").findValuesAsText("id")));
    }
    return out;
  }

  private List<Path> brokenIndexes() throws Exception {
    try (var s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith("index.broken-")).toList();
    }
  }

  /** What {@code work} writes to standard error. */
  static String stderrOf(Runnable work) {
    PrintStream old = System.err;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      work.run();
    } finally {
      System.setErr(old);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void exportsEveryFormat() throws Exception {
    store.put(Articles.germanCall(), null);
    store.put(Articles.englishCall(), null);
    store.put(Articles.g7Condemns(), null);
    Exporter x = new Exporter(store, alpha3 -> alpha3.equals("RUS") ? "RS" : null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(x.write(Exporter.Format.GDELT, out)).isEqualTo(3);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(3).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));
    String[] g7 = lines.get(0).split("\t", -1);
    assertThat(g7[1]).isEqualTo("20211212");
    assertThat(g7[5]).isEqualTo("IGOWSTG7");
    assertThat(g7[26]).isEqualTo("111");
    assertThat(g7[28]).isEqualTo("11");
    assertThat(g7[52]).isEqualTo("Moskau");
    assertThat(g7[53]).as("ActionGeo_CountryCode in FIPS").isEqualTo("RS");
    assertThat(g7[60]).isEqualTo("https://www.example.de/politik/g7");
    out.reset();
    x.write(Exporter.Format.CSV, out);
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(4)
        .first().asString().startsWith("id,event_date");
    out.reset();
    x.write(Exporter.Format.JSONL, out);
    List<String> json = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(json).hasSize(3);
    assertThat(json).anySatisfy(l -> assertThat(l).contains("\"num_mentions\":2")
        .contains("hielten am Mittwoch einen Videoanruf ab"));
    Path parquet = dir.resolve("events.parquet");
    assertThat(x.write(Exporter.Format.PARQUET, parquet)).isEqualTo(3);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        ResultSet rs = c.createStatement().executeQuery("SELECT count(*), max(code) FROM '"
            + parquet + "'")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(3);
      assertThat(rs.getString(2)).isEqualTo("111");
    }
  }

  static void deleteTree(Path p) throws Exception {
    if (!Files.exists(p)) {
      return;
    }
    try (var s = Files.walk(p)) {
      for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(x);
      }
    }
  }

  private static Reviews.Correction code(String code, int quad, double goldstein) {
    return new Reviews.Correction(code, code.substring(0, 2), quad, goldstein, null, null, null);
  }

  @Test
  void reviewsConfirmRejectCorrectAndAddReportsAndTheEventsFollow() {
    Document german = Articles.germanCall();
    store.put(german, null);
    store.put(Articles.englishCall(), null);
    store.put(Articles.g7Condemns(), null);
    Reviews reviews = store.reviews();
    String g = german.id();
    // Xi -> Putin (German and English reports merged), Putin -> Xi, G7 -> Russia
    assertThat(queries.stats().get("events").asInt()).isEqualTo(3);

    reviews.reviewMention(g + ":0", "confirmed", null, null, "ana");
    JsonNode xiPutin = queries.events(events("CHN", "RUS")).get("items").get(0);
    assertThat(xiPutin.get("reviewed").asBoolean()).isTrue();
    assertThat(xiPutin.get("num_mentions").asInt()).isEqualTo(2);

    reviews.reviewMention(g + ":1", "rejected", null, "a call is one event", "ana");
    assertThat(queries.events(events("RUS", "CHN")).get("total").asInt())
        .as("its only report rejected, the event is gone").isZero();

    Document g7 = Articles.g7Condemns();
    reviews.reviewMention(g7.id() + ":0", "corrected", code("112", 3, -2.0), null, "ben");
    JsonNode corrected = queries.events(events("herald:g7", "RUS")).get("items").get(0);
    assertThat(corrected.get("code").asText()).isEqualTo("112");
    assertThat(corrected.get("reviewed").asBoolean()).isTrue();

    Reviews.Actor putin = reviews.actor("Q7747").orElseThrow();
    Reviews.Actor usa = reviews.actor("USAGOV").orElseThrow();
    assertThat(usa.key()).isEqualTo("cameo:USAGOV");
    assertThat(reviews.actor("not an actor")).isEmpty();
    String text = german.text();
    int at = text.indexOf("sagte");
    ObjectNode added = reviews.addEvent(g, at, at + 5, new Reviews.Correction("010", "01", 1,
        0.0, putin, usa, "2021-12-15"), "a statement", "ana");
    assertThat(added.get("mention_id").asText()).isEqualTo(g + ":1000");
    assertThat(queries.events(events("RUS", "USA")).get("total").asInt()).isEqualTo(1);
    assertThatThrownBy(() -> reviews.addEvent(g, 0, text.length(), new Reviews.Correction(
        "010", "01", 1, 0.0, putin, usa, null), null, "ana"))
        .hasMessageContaining("not inside one sentence");

    // a later review supersedes, the history stays
    reviews.reviewMention(g + ":0", "confirmed", null, "checked twice", "ben");
    assertThat(store.count("SELECT count(*) FROM reviews WHERE mention_id = ?",
        List.of(g + ":0"))).isEqualTo(2);
    assertThat(store.count("SELECT count(*) FROM reviews WHERE mention_id = ? AND current",
        List.of(g + ":0"))).isEqualTo(1);

    ObjectNode f = reviews.figures();
    assertThat(f.get("confirmed").asInt()).isEqualTo(1);
    assertThat(f.get("rejected").asInt()).isEqualTo(1);
    assertThat(f.get("corrected").asInt()).isEqualTo(1);
    assertThat(f.get("added").asInt()).isEqualTo(1);
    assertThat(f.get("precision").asDouble()).isEqualTo(0.333);
    assertThat(f.get("recall").asDouble()).isEqualTo(0.333);

    List<Reviews.GoldArticle> gold = reviews.gold();
    assertThat(gold).hasSize(2);
    JsonNode line = gold.stream().filter(a -> a.docId().equals(g)).findFirst().orElseThrow()
        .line();
    assertThat(line.get("events").findValuesAsText("code")).containsExactly("040", "010");
    assertThat(line.get("events").get(1).get("source").asText()).isEqualTo("RUSGOV");
    assertThat(line.get("page").asText()).isEqualTo("pages/" + g + ".html.gz");

    ByteArrayOutputStream gdelt = new ByteArrayOutputStream();
    long rows = new Exporter(store).reviewedOnly(true).write(Exporter.Format.GDELT, gdelt);
    assertThat(rows).as("reviewed events only").isEqualTo(3);
    assertThat(queries.events(new Queries.EventFilter(null, null, null, null, null, null, null,
        null, null, 100, 0, true)).get("total").asInt()).isEqualTo(3);
  }

  @Test
  void reviewsSurviveAReanalysisAndThoseLeftWithoutAReportAreListed() {
    Document german = Articles.germanCall();
    Document g7 = Articles.g7Condemns();
    store.put(german, null);
    store.put(g7, null);
    Reviews reviews = store.reviews();
    String g = german.id();
    reviews.reviewMention(g + ":0", "confirmed", null, null, "ana");
    reviews.reviewMention(g + ":1", "rejected", null, null, "ana");
    int at = german.text().indexOf("sagte");
    reviews.addEvent(g, at, at + 5, new Reviews.Correction("010", "01", 1, 0.0,
        reviews.actor("Q7747").orElseThrow(), null, null), null, "ana");
    reviews.reviewMention(g7.id() + ":0", "corrected", code("112", 3, -2.0), null, "ben");

    List<String> unmatched = store.replace(g, Articles.germanCall(), null);
    assertThat(unmatched).isEmpty();
    assertThat(store.count("SELECT count(*) FROM event_mentions WHERE doc_id = ? AND review"
        + " IS NOT NULL", List.of(g))).isEqualTo(3);
    assertThat(queries.events(events("RUS", "CHN")).get("total").asInt()).isZero();
    assertThat(store.query("SELECT review FROM event_mentions WHERE id = ?",
        List.of(g + ":1000")).get(0).get("review").asText()).isEqualTo("added");

    // a new analysis without the report the correction judged
    Document changed = new Articles.Tagger(g7.text(), "2021-12-12", "de",
        "G7 verurteilen Russland", "https://www.example.de/politik/g7").build();
    List<String> lost = store.replace(g7.id(), changed, null);
    assertThat(lost).hasSize(1);
    assertThat(lost.get(0)).contains("corrected by ben", "'verurteilt'", "matches nothing");
    assertThat(reviews.figures().get("unmatched").asInt()).isEqualTo(1);
  }
}
