package org.herald.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.herald.core.HeraldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsEvalTest {
  @Test
  void readsArticlesWithTheirEventsAndPersons(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"page\": \"x/a.html.gz\", \"lang\": \"de\", \"published\":"
        + " \"2019-10-19\", \"events\": [{\"source\": \"DEUGOV\", \"target\": \"FRAGOV\","
        + " \"code\": \"042\", \"date\": \"2019-10-18\", \"evidence\": \"Maas reiste.\"}],"
        + " \"persons\": [{\"name\": \"Heiko Maas\", \"country\": \"DEU\", \"role\": \"GOV\"}]}\n"
        + "\n{\"page\": \"x/b.html.gz\", \"lang\": \"en\", \"published\": \"2019-11-01\","
        + " \"events\": []}\n");
    List<NewsEval.Article> articles = NewsEval.read(gold);
    assertThat(articles).hasSize(2);
    assertThat(articles.get(0).events()).singleElement()
        .extracting(NewsEval.Tuple::code).isEqualTo("042");
    assertThat(articles.get(0).persons()).singleElement()
        .extracting(NewsEval.Person::role).isEqualTo("GOV");
    assertThat(articles.get(1).events()).isEmpty();
  }

  @Test
  void aLineWithoutAPageNamesTheFileAndTheLine(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"lang\": \"de\", \"published\": \"2019-10-19\"}\n");
    assertThatThrownBy(() -> NewsEval.read(gold)).isInstanceOf(HeraldException.class)
        .hasMessageContaining("gold.jsonl line 1").hasMessageContaining("'page'");
  }

  @Test
  void theRootLevelComparesCountriesOrOrganisationsAndTheRootCode() {
    assertThat(NewsEval.actorPart("USAGOV")).isEqualTo("USA");
    assertThat(NewsEval.actorPart("IGOUNOHLHWHO")).isEqualTo("IGOUNO");
    assertThat(NewsEval.actorPart("")).isEmpty();
    assertThat(NewsEval.sameDate("2019-10-18", "2019-10-18")).isTrue();
    assertThat(NewsEval.sameDate("2019-10-18", "2019-10-19")).isFalse();
    assertThat(NewsEval.sameDate("2019-10", "2019-10-19")).isTrue();
    assertThat(NewsEval.sameDate("2019-10-18", "2019-10")).isFalse();
    // a week by its Thursday: 2020-W38 is 14 to 20 September, 2020-W40 28 September to 4 October
    assertThat(NewsEval.sameDate("2020-09", "2020-W38")).isTrue();
    assertThat(NewsEval.sameDate("2020-10", "2020-W40")).isTrue();
    assertThat(NewsEval.sameDate("2020-09", "2020-W40")).isFalse();
    assertThat(NewsEval.sameDate("2020", "2020-W53")).isTrue();
    assertThat(NewsEval.sameDate("2020-09-16", "2020-W38")).isFalse();
  }

  @Test
  void countsEachFoundTupleOnceAndEachGoldEventAtMostOnce() {
    NewsEval.Tuple visit = new NewsEval.Tuple("DEUGOV", "FRAGOV", "042", "2019-10-18", null, null);
    NewsEval.Tuple host = new NewsEval.Tuple("FRAGOV", "DEUGOV", "043", "2019-10-18", null, null);
    NewsEval.Article a = new NewsEval.Article("p", "de", "2019-10-19", List.of(visit, host),
        List.of());
    // Herald: the visit with a finer code, the same visit again as 040 (one root tuple), a
    // false attack.
    List<NewsEval.Tuple> found = List.of(
        new NewsEval.Tuple("DEUGOV", "FRAGOV", "0421", "2019-10-18", null, null),
        new NewsEval.Tuple("DEUGOV", "FRAGOV", "040", "2019-10-18", null, null),
        new NewsEval.Tuple("DEUMIL", "FRA", "190", "2019-10-18", null, null));
    NewsEval.Outcome o = new NewsEval.Outcome(a, found, List.of(), List.of(), 0, 0, null);
    NewsEval.Counts root = NewsEval.counts(List.of(o), false);
    assertThat(root.gold()).isEqualTo(2);
    assertThat(root.found()).isEqualTo(2);
    assertThat(root.right()).isEqualTo(1);
    NewsEval.Counts strict = NewsEval.counts(List.of(o), true);
    assertThat(strict.found()).isEqualTo(3);
    assertThat(strict.right()).isZero();
    NewsEval.Match m = o.root();
    assertThat(m.missed()).containsExactly(host);
    assertThat(m.wrong()).extracting(NewsEval.Tuple::code).containsExactly("190");
  }

  @Test
  void twoGoldEventsOfOneTupleTakeTwoSentencesAndAThirdIsTheSameEventAgain() {
    NewsEval.Tuple demand = new NewsEval.Tuple("DEUNGO", "DEUGOV", "100", "2022-01-25", null,
        null);
    NewsEval.Tuple policy = new NewsEval.Tuple("DEUNGO", "DEUGOV", "1042", "2022-01-25", null,
        null);
    NewsEval.Article a = new NewsEval.Article("p", "de", "2022-01-25", List.of(demand, policy),
        List.of());
    // Herald: the first demand twice in its sentence, the second in its own, the first again in
    // the headline; a false appeal in two sentences.
    List<NewsEval.Tuple> found = List.of(
        new NewsEval.Tuple("DEUNGO", "DEUGOV", "100", "2022-01-25", "Das Forum fordert auf.", null),
        new NewsEval.Tuple("DEUNGO", "DEUGOV", "1014", "2022-01-25", "Das Forum fordert auf.",
            null),
        new NewsEval.Tuple("DEUNGO", "DEUGOV", "100", "2022-01-25", "Das FWR fordert auf.", null),
        new NewsEval.Tuple("DEUNGO", "DEUGOV", "100", "2022-01-25", "Forum fordert", null),
        new NewsEval.Tuple("DEUNGO", "DEUCVL", "020", "2022-01-25", "Eins.", null),
        new NewsEval.Tuple("DEUNGO", "DEUCVL", "020", "2022-01-25", "Zwei.", null));
    NewsEval.Outcome o = new NewsEval.Outcome(a, found, List.of(), List.of(), 0, 0, null);
    NewsEval.Counts root = NewsEval.counts(List.of(o), false);
    assertThat(root.right()).isEqualTo(2);
    assertThat(root.found()).isEqualTo(3); // two right, the false appeal once
    assertThat(o.root().missed()).isEmpty();
    NewsEval.Counts strict = NewsEval.counts(List.of(o), true);
    assertThat(strict.right()).isEqualTo(1); // the 100; 1014 is no 1042
    assertThat(strict.found()).isEqualTo(3); // 100, 1014 and the appeal
  }

  @Test
  void aPersonIsTheEntityWithTheFullNameBeforeOnesSharingTheSurname() {
    String text = "Joe Biden. Biden. Biden. Biden. Hunter Biden.";
    org.herald.core.model.Entity joe = new org.herald.core.model.Entity("e1",
        org.herald.core.model.EntityType.PERSON, "Joe Biden", null, List.of(
            new org.herald.core.model.Mention(0, 9, "Joe Biden"),
            new org.herald.core.model.Mention(11, 16, "Biden"),
            new org.herald.core.model.Mention(18, 23, "Biden"),
            new org.herald.core.model.Mention(25, 30, "Biden")));
    org.herald.core.model.Entity hunter = new org.herald.core.model.Entity("e2",
        org.herald.core.model.EntityType.PERSON, "Hunter Biden", null,
        List.of(new org.herald.core.model.Mention(32, 44, "Hunter Biden")));
    org.herald.core.model.Document doc = org.herald.core.model.Document.builder(text)
        .entities(List.of(joe, hunter)).build();
    assertThat(NewsEval.entityOf("Hunter Biden", doc)).isEqualTo(hunter);
    assertThat(NewsEval.entityOf("Joe Biden", doc)).isEqualTo(joe);
    assertThat(NewsEval.entityOf("Jill Biden", doc)).as("the surname alone").isEqualTo(joe);
  }
}
