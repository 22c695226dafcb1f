package org.herald.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.herald.core.Stage;
import org.herald.core.model.Dependency;
import org.herald.core.model.Document;
import org.herald.core.model.Layer;
import org.herald.core.model.Paragraph;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;
import org.herald.core.testing.StageContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The CoreNLP stage with the real German and English models (loaded once for this class). */
class CoreNlpStageIT extends StageContract {
  private static final CoreNlpStage STAGE = new CoreNlpStage(NlpConfig.DEFAULTS);
  private static final LanguageStage LANGUAGE =
      new LanguageStage(new LanguageIdentifier(NlpConfig.KNOWN));

  static Document doc(String... paragraphs) {
    StringBuilder sb = new StringBuilder();
    List<Paragraph> ps = new java.util.ArrayList<>();
    for (String p : paragraphs) {
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      ps.add(new Paragraph(sb.length(), sb.length() + p.length(), null));
      sb.append(p);
    }
    return Document.builder(sb.toString()).paragraphs(ps).add(Layer.TEXT).build();
  }

  @Override
  protected Stage stage() {
    return STAGE;
  }

  @Override
  protected List<Document> inputs() {
    return List.of(
        LANGUAGE.apply(doc("Russlands Präsident Wladimir Putin sprach zum ersten Mal mit dem"
            + " Kanzler. Die Nato äußerte sich nicht.",
            "Leave a Reply to this article, the comment form says in English.")),
        LANGUAGE.apply(doc("U.S. President Joe Biden met Xi Jinping on Monday, the White House"
            + " said.")));
  }

  @Override
  protected Document fromRandomText(String text) {
    return Document.builder(text).language("de")
        .paragraphs(List.of(new Paragraph(0, text.length(), "de")))
        .add(Layer.TEXT, Layer.LANGUAGE).build();
  }

  @Test
  void splitsGermanContractionsIntoWordsSharingTheSurfaceSpan() {
    Document d = STAGE.apply(inputs().get(0));
    List<Token> words = d.sentences().get(0).tokens();
    Token zu = words.stream().filter(t -> t.word().equals("zu")).findFirst().orElseThrow();
    Token dem = words.get(words.indexOf(zu) + 1);
    assertThat(dem.word()).isEqualTo("dem");
    assertThat(dem.span()).isEqualTo(zu.span());
    assertThat(d.text().substring(zu.start(), zu.end())).isEqualTo("zum");
  }

  @Test
  void tagsEntitiesAndParsesEverySentence() {
    Document d = STAGE.apply(inputs().get(0));
    Sentence first = d.sentences().get(0);
    assertThat(first.tokens()).filteredOn(t -> t.word().equals("Putin"))
        .extracting(Token::ner).containsExactly("PERSON");
    assertThat(d.sentences()).allMatch(Sentence::isParsed);
    List<Dependency> arcs = first.dependencies();
    assertThat(arcs).hasSize(first.tokens().size());
    assertThat(arcs).filteredOn(a -> a.head() == 0).hasSize(1);
  }

  @Test
  void runsEachParagraphWithItsOwnLanguage() {
    Document d = STAGE.apply(inputs().get(0));
    assertThat(d.paragraphs()).extracting(Paragraph::language).containsExactly("de", "en");
    assertThat(d.sentences()).extracting(Sentence::language).contains("de", "en");
    Document en = STAGE.apply(inputs().get(1));
    assertThat(en.sentences().get(0).tokens()).filteredOn(t -> t.word().equals("met"))
        .extracting(Token::lemma).containsExactly("meet");
  }

  @Test
  void parsesOnDemandWhenNotParsingAll() {
    CoreNlpStage lazy = new CoreNlpStage(new NlpConfig(Set.of("de"), false));
    Document d = lazy.apply(fromRandomText("Die Außenminister trafen sich in Genf."));
    assertThat(lazy.produces()).doesNotContain(Layer.DEPENDENCIES);
    Sentence s = d.sentences().get(0);
    assertThat(s.isParsed()).isFalse();
    assertThat(lazy.parser().ensureParsed(s, "de").dependencies()).hasSize(s.tokens().size());
  }

  @Test
  void heraldsGermanTaggerRunsInTheTextPipeline() {
    CoreNlpStage herald = new CoreNlpStage(new NlpConfig(Set.of("de"), false, NerModel.herald));
    Document d = herald.apply(fromRandomText("Bundeskanzler Olaf Scholz reiste nach Paris."));
    assertThat(d.sentences().get(0).tokens())
        .filteredOn(t -> t.word().equals("Scholz") || t.word().equals("Paris"))
        .extracting(Token::ner).containsExactly("PERSON", "LOCATION");
  }

  @ParameterizedTest
  @EnumSource(NerModel.class)
  void tagsPretokenizedWordsWithoutChangingThem(NerModel ner) {
    List<List<String>> words = List.of(List.of("Angela", "Merkel", "besuchte", "Paris", "."),
        List.of("Die", "EU-Kommission", "tagte", "."));
    List<Sentence> tagged = new PretokenizedTagger(ner).tag(words, "de");
    assertThat(tagged).hasSize(2);
    assertThat(tagged.get(1).tokens()).extracting(Token::word)
        .containsExactly("Die", "EU-Kommission", "tagte", ".");
    assertThat(tagged.get(0).tokens().get(1).ner()).isEqualTo("PERSON");
  }
}
