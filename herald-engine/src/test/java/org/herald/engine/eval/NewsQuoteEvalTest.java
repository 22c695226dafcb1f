package org.herald.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.herald.core.HeraldException;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.KbRef;
import org.herald.core.model.Mention;
import org.herald.core.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsQuoteEvalTest {
  private static final String TEXT =
      "„Wir bleiben hier“, sagte Scholz. Er nannte den Plan „völlig unausgegoren“."
      + " Laut Polizei wurde ein Mann festgenommen.";

  @Test
  void readsOnlyArticlesAnnotatedForQuotes(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"page\": \"x/a.html.gz\", \"lang\": \"de\", \"published\":"
        + " \"2019-10-19\", \"events\": [], \"quotes\": [{\"kind\": \"direct\", \"text\":"
        + " \"Wir bleiben hier\", \"speaker\": \"Scholz\", \"speakerName\": \"Olaf Scholz\"}]}\n"
        + "{\"page\": \"x/b.html.gz\", \"lang\": \"en\", \"published\": \"2019-11-01\","
        + " \"events\": []}\n");
    var articles = NewsQuoteEval.read(gold);
    assertThat(articles).singleElement().satisfies(a -> {
      assertThat(a.page()).isEqualTo("x/a.html.gz");
      assertThat(a.quotes()).singleElement()
          .extracting(NewsQuoteEval.GoldQuote::speakerName).isEqualTo("Olaf Scholz");
    });
  }

  @Test
  void anUnknownKindNamesTheFileAndTheLine(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold,
        "{\"page\": \"p\", \"quotes\": [{\"kind\": \"free\", \"text\": \"x\"}]}");
    assertThatThrownBy(() -> NewsQuoteEval.read(gold)).isInstanceOf(HeraldException.class)
        .hasMessageContaining("gold.jsonl line 1").hasMessageContaining("'free'");
  }

  @Test
  void aGoldFileThatIsNotUtf8IsNamed(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("latin1.jsonl");
    Files.write(gold, new byte[] {'{', (byte) 0xE4, '}'});
    assertThatThrownBy(() -> NewsQuoteEval.read(gold)).isInstanceOf(HeraldException.class)
        .hasMessageContaining("latin1.jsonl: not UTF-8");
  }

  @Test
  void comparesTheWordsOfEachKindAndTheSpeakersOfTheQuotesFound() {
    int wir = TEXT.indexOf("Wir");
    int plan = TEXT.indexOf("völlig");
    int said = TEXT.indexOf("sagte");
    Entity scholz = new Entity("e1", EntityType.PERSON, "Scholz",
        new KbRef("Q61053", "Olaf Scholz", "DEUGOV", "DEU", null, null, null, null),
        List.of(new Mention(TEXT.indexOf("Scholz"), TEXT.indexOf("Scholz") + 6, "Scholz")));
    Document doc = Document.builder(TEXT).entities(List.of(scholz)).quotes(List.of(
        // the direct quote with its speaker; the partial one as direct without a speaker;
        // "sagte Scholz" wrongly as a quote; the indirect one missed
        new Quote(wir, wir + 16, "Wir bleiben hier", true, "e1", "Scholz", List.of(), null, null),
        new Quote(plan, plan + 19, "völlig unausgegoren", true, null, null, List.of(), null,
            null),
        new Quote(said, said + 12, "sagte Scholz", true, null, null, List.of(), null, null)))
        .build();
    var article = new NewsQuoteEval.Article("p", "de", "2019-10-19", List.of(
        new NewsQuoteEval.GoldQuote("direct", "Wir bleiben hier", "Olaf Scholz"),
        new NewsQuoteEval.GoldQuote("partial", "völlig unausgegoren", "Olaf Scholz"),
        new NewsQuoteEval.GoldQuote("indirect", "wurde ein Mann festgenommen", "Polizei"),
        new NewsQuoteEval.GoldQuote("direct", "nur im Titel", null)));
    var outcome = NewsQuoteEval.compare(article, doc, NewsQuoteEval.genericWords());
    var kinds = outcome.counts();
    assertThat(kinds.get(0).gold()).isEqualTo(3 + 3); // the headline's three words are missed
    assertThat(kinds.get(0).recall()).isEqualTo(0.5);
    // Herald's direct words: 3 + 2 right, "sagte Scholz" wrong
    assertThat(kinds.get(0).precision())
        .isCloseTo(5 / 7.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(kinds.get(1).recall()).isEqualTo(1.0);
    assertThat(kinds.get(2).recall()).isZero();
    assertThat(kinds.get(0).speakerAccuracy()).isEqualTo(1.0);
    assertThat(kinds.get(1).speakers()).isEqualTo(1);
    assertThat(kinds.get(1).speakerAccuracy()).isZero();
    assertThat(outcome.errors()).contains("missed indirect wurde ein Mann festgenommen",
        "false direct sagte Scholz", "not in the text: direct nur im Titel");
  }

  @Test
  void aSpeakerMatchesByAnyMentionOfItsEntity() {
    String text = "Der Deutsche Gewerkschaftsbund warnt. „Wir bleiben hier“, sagte der DGB.";
    int dgb = text.indexOf("DGB");
    int wir = text.indexOf("Wir");
    Entity union = new Entity("e1", EntityType.ORGANIZATION, "Deutscher Gewerkschaftsbund",
        new KbRef("dgb", "German Trade Union Confederation", "DEULAB", "DEU", null, null, null,
            null),
        List.of(new Mention(4, 30, "Deutsche Gewerkschaftsbund"),
            new Mention(dgb, dgb + 3, "DGB")));
    Document doc = Document.builder(text).entities(List.of(union)).quotes(List.of(
        new Quote(wir, wir + 16, "Wir bleiben hier", true, "e1", "Deutsche Gewerkschaftsbund",
            List.of(), null, null))).build();
    var article = new NewsQuoteEval.Article("p", "de", "2019-10-19", List.of(
        new NewsQuoteEval.GoldQuote("direct", "Wir bleiben hier", "DGB")));
    var kinds = NewsQuoteEval.compare(article, doc, NewsQuoteEval.genericWords()).counts();
    assertThat(kinds.get(0).speakerAccuracy()).isEqualTo(1.0); // "DGB" is a mention of it
  }

  @Test
  void speakersMatchOnAWordThatIsNotATitle() {
    var generic = NewsQuoteEval.genericWords();
    assertThat(NewsQuoteEval.sameSpeaker("Olaf Scholz", List.of("Kanzler Scholz"), generic))
        .isTrue();
    assertThat(NewsQuoteEval.sameSpeaker("Kantonspolizei Zürich", List.of("Zuerich"), generic))
        .isTrue();
    assertThat(NewsQuoteEval.sameSpeaker("der Sprecher des Ministeriums",
        List.of("der Sprecher der Polizei"), generic)).isFalse();
    assertThat(NewsQuoteEval.sameSpeaker("PG&E", List.of("Pacific Gas and Electric"), generic))
        .isTrue();
    assertThat(NewsQuoteEval.sameSpeaker("Bundesagentur für Arbeit", List.of("BA"), generic))
        .isTrue();
    assertThat(NewsQuoteEval.sameSpeaker("PG&E", List.of("Pacific Power"), generic)).isFalse();
    assertThat(NewsQuoteEval.sameSpeaker("Pacific Gas & Electric Co.", List.of("PG&E"), generic))
        .isTrue();
    assertThat(NewsQuoteEval.sameSpeaker("südkoreanisches Vereinigungsministerium",
        List.of("Vereinigungsministeriums"), generic)).isTrue();
    assertThat(NewsQuoteEval.sameSpeaker("Angela Merkel", List.of("Merkels"), generic)).isTrue();
    assertThat(NewsQuoteEval.sameSpeaker("Thomas Mann", List.of("Thomas Manns"), generic))
        .isTrue();
    assertThat(NewsQuoteEval.sameSpeaker("Anna Bess", List.of("Bessen"), generic)).isFalse();
  }
}
