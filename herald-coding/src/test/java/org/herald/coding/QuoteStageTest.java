package org.herald.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.coding.time.TimeStage;
import org.herald.core.model.Document;
import org.herald.core.model.Quote;
import org.herald.core.model.Sentence;
import org.herald.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/** Quotes on hand-tagged sentences, after the entity and time stages (no models, no parse). */
class QuoteStageTest {
  private static final EntityStage ENTITIES = new EntityStage(KnowledgeBase.bundled());
  private static final TimeStage TIMES = new TimeStage();
  private static final QuoteStage QUOTES = new QuoteStage();

  /** Words "word/UPOS/NER"; quotation marks and punctuation are words of their own. */
  private static Document analysed(String language, String... sentences) {
    return QUOTES.apply(TIMES.apply(ENTITIES.apply(
        HandTagged.document(language, "2021-12-15", sentences))));
  }

  /**
   * One hand-tagged sentence with a hand-made parse, each arc "HEAD>DEPENDENT relation" (words
   * from 1, head 0 the root), through the entity, time and quote stages.
   */
  private static Document parsed(String language, String words, String... arcs) {
    Document tagged = ENTITIES.apply(HandTagged.document(language, "2021-12-15", words));
    return QUOTES.apply(TIMES.apply(tagged.toBuilder().sentences(List.of(
        tagged.sentences().get(0).withDependencies(HandTagged.arcs(arcs)))).build()));
  }

  @Test
  void directSpeechInEveryQuotationStyle() {
    for (String[] marks : new String[][] {{"„", "“"}, {"“", "”"}, {"\"", "\""}, {"»", "«"},
        {"«", "»"}}) {
      String text = "Er sagte: " + marks[0] + "Wir sind bereit." + marks[1] + " Dann ging er.";
      List<int[]> spans = QuotationMarks.directSpans(text);
      assertThat(spans).as("marks %s", marks[0]).hasSize(1);
      assertThat(text.substring(spans.get(0)[0], spans.get(0)[1])).isEqualTo("Wir sind bereit.");
    }
    assertThat(QuotationMarks.directSpans("Das ist Peters Haus und Annas Auto.")).isEmpty();
    // „…" closed by a straight mark, as typed on a keyboard; but not one inside a word
    String typed = "Wer „gute Rollen\" schreibt, ist ihnen genehm.";
    assertThat(QuotationMarks.directSpans(typed)).singleElement()
        .satisfies(s -> assertThat(typed.substring(s[0], s[1])).isEqualTo("gute Rollen"));
    String apostrophes = "“It was an attempt to mislead voters,’’ Will Moy told the BBC.";
    assertThat(QuotationMarks.directSpans(apostrophes)).singleElement().satisfies(s -> assertThat(
        apostrophes.substring(s[0], s[1])).isEqualTo("It was an attempt to mislead voters,"));
    String nested = "Er sagte: „Wir sagen \"nein\" dazu.“ Dann ging er.";
    assertThat(QuotationMarks.directSpans(nested)).singleElement().satisfies(
        s -> assertThat(nested.substring(s[0], s[1])).isEqualTo("Wir sagen \"nein\" dazu."));
  }

  @Test
  void anInterviewsAnswersAreTheIntervieweesWordsAndItsQuestionsNoOnes() {
    Document tagged = ENTITIES.apply(HandTagged.document("de", "2021-12-15",
        "Keller/PROPN/PERSON :/PUNCT Woran/ADV liegt/VERB das/PRON ?/PUNCT",
        "Claudia/PROPN/PERSON Brandt/PROPN/PERSON :/PUNCT Die/DET Menschen/NOUN sind/AUX"
            + " verunsichert/ADJ ./PUNCT",
        "Das/PRON sehen/VERB wir/PRON überall/ADV ./PUNCT",
        "Keller/PROPN/PERSON :/PUNCT Was/PRON erwarten/VERB Sie/PRON ?/PUNCT",
        "Brandt/PROPN/PERSON :/PUNCT Eine/DET Förderung/NOUN ./PUNCT"));
    List<org.herald.core.model.Paragraph> paragraphs = tagged.sentences().stream()
        .map(s -> new org.herald.core.model.Paragraph(s.start(), s.end(), "de")).toList();
    Document d = QUOTES.apply(TIMES.apply(tagged.toBuilder().paragraphs(paragraphs).build()));
    assertThat(d.quotes()).extracting(Quote::text).containsExactly(
        "Die Menschen sind verunsichert .", "Das sehen wir überall .", "Eine Förderung .");
    assertThat(d.quotes()).allSatisfy(q -> {
      assertThat(q.direct()).isTrue();
      assertThat(q.speakerName()).isEqualTo("Claudia Brandt");
    });
    // one question and an answer are no interview: "Fazit: ..." and the like stay text
    Document one = ENTITIES.apply(HandTagged.document("de", "2021-12-15",
        "Keller/PROPN/PERSON :/PUNCT Woran/ADV liegt/VERB das/PRON ?/PUNCT",
        "Brandt/PROPN/PERSON :/PUNCT Eine/DET Förderung/NOUN ./PUNCT"));
    assertThat(QUOTES.apply(TIMES.apply(one.toBuilder().paragraphs(one.sentences().stream()
        .map(s -> new org.herald.core.model.Paragraph(s.start(), s.end(), "de")).toList())
        .build())).quotes()).isEmpty();
  }

  @Test
  void anInterviewWithoutLabelsIsToldByItsQuestionsAndWhomTheyAddress() {
    String[] asked = {
        "Frau/NOUN Albers/PROPN/PERSON ,/PUNCT was/PRON fehlt/VERB ?/PUNCT",
        "Geld/NOUN fehlt/VERB ./PUNCT",
        "Warum/ADV ?/PUNCT",
        "Die/DET Zinsen/NOUN steigen/VERB ./PUNCT",
        "Und/CCONJ nun/ADV ?/PUNCT",
        "Wir/PRON warten/VERB ./PUNCT"};
    assertThat(interview(asked).quotes()).extracting(Quote::text).containsExactly(
        "Geld fehlt .", "Die Zinsen steigen .", "Wir warten .");
    assertThat(interview(asked).quotes()).allSatisfy(
        q -> assertThat(q.speakerName()).isEqualTo("Albers"));
    // the same questions addressing no one are a page of questions and answers, no interview
    asked[0] = "Was/PRON fehlt/VERB ?/PUNCT";
    assertThat(interview(asked).quotes()).isEmpty();
  }

  @Test
  void reportedSpeechWithNoSpeakerIsTheSubjectsOfTheSentenceBefore() {
    Document d = interview(
        "Der/DET Sender/NOUN CNN/PROPN/ORGANIZATION scheint/VERB skeptischer/ADJ ./PUNCT",
        "Die/DET Echtheit/NOUN der/DET Bilder/NOUN könne/AUX nicht/PART bestätigt/VERB"
            + " werden/AUX ./PUNCT");
    assertThat(d.quotes()).singleElement().satisfies(q -> {
      assertThat(q.direct()).isFalse();
      assertThat(q.speakerName()).isEqualTo("CNN");
    });
  }

  /** A German document of one paragraph per sentence, through the quote stage. */
  private static Document interview(String... sentences) {
    Document tagged = ENTITIES.apply(HandTagged.document("de", "2021-12-15", sentences));
    return QUOTES.apply(TIMES.apply(tagged.toBuilder().paragraphs(tagged.sentences().stream()
        .map(s -> new org.herald.core.model.Paragraph(s.start(), s.end(), "de")).toList())
        .build()));
  }

  @Test
  void aFirstPersonFormThatReadsAsASubjunctiveIsTheWritersOwnView() {
    // "er halte das für falsch" reports someone's view; "Das halte ich für falsch" is the
    // writer's, though "halte" is both forms
    assertThat(parsed("de", "Das/PRON halte/VERB er/PRON für/ADP falsch/ADJ ./PUNCT",
        "0>2 root", "2>1 obj", "2>3 nsubj", "2>5 obl", "5>4 case", "2>6 punct").quotes())
        .hasSize(1);
    assertThat(parsed("de", "Das/PRON halte/VERB ich/PRON für/ADP falsch/ADJ ./PUNCT",
        "0>2 root", "2>1 obj", "2>3 nsubj", "2>5 obl", "5>4 case", "2>6 punct").quotes())
        .isEmpty();
  }

  @Test
  void anEnglishVerbOfSayingWithoutAClauseReportsNoWords() {
    // the attribution of a quote in the sentence before, alone: no indirect quote of itself
    assertThat(parsed("en", "Trump/PROPN/PERSON tweeted/VERB before/ADP Election/PROPN Day/PROPN"
        + " ./PUNCT", "0>2 root", "2>1 nsubj", "2>5 obl", "5>3 case", "5>4 compound",
        "2>6 punct").quotes()).isEmpty();
    // a date before the comma is no clause of what was said
    assertThat(parsed("en", "On/ADP Friday/PROPN ,/PUNCT Smith/PROPN/PERSON testified/VERB"
        + " ./PUNCT", "0>5 root", "5>2 obl", "2>1 case", "5>3 punct", "5>4 nsubj", "5>6 punct")
        .quotes()).isEmpty();
  }

  @Test
  void aVerbOfSayingInARelativeClauseReportsNothingBeyondIt() {
    // "denies" without a clause of its own: the main clause after the comma is not its words
    assertThat(parsed("en", "Assange/PROPN/PERSON ,/PUNCT who/PRON denies/VERB the/DET"
        + " accusation/NOUN ,/PUNCT has/AUX avoided/VERB extradition/NOUN ./PUNCT", "0>9 root",
        "9>1 nsubj", "1>2 punct", "1>4 acl:relcl", "4>3 nsubj", "4>6 obj", "6>5 det",
        "1>7 punct", "9>8 aux", "9>10 obj", "9>11 punct").quotes()).isEmpty();
    // with a clause of its own, that clause is reported
    assertThat(parsed("en", "Smith/PROPN/PERSON ,/PUNCT who/PRON says/VERB that/SCONJ"
        + " Jones/PROPN/PERSON lied/VERB ,/PUNCT has/AUX resigned/VERB ./PUNCT", "0>10 root",
        "10>1 nsubj", "1>2 punct", "1>4 acl:relcl", "4>3 nsubj", "4>7 ccomp", "7>5 mark",
        "7>6 nsubj", "1>8 punct", "10>9 aux", "10>11 punct").quotes())
        .singleElement().satisfies(q -> assertThat(q.text()).isEqualTo("Jones lied"));
  }

  @Test
  void wordsAfterAColonInTheSubjunctiveAreReportedNotDirect() {
    Document d = analysed("de", "Maier/PROPN/PERSON erklärte/VERB :/PUNCT Müller/PROPN/PERSON"
        + " habe/AUX nichts/PRON getan/VERB ./PUNCT");
    assertThat(d.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("Müller habe nichts getan");
      assertThat(q.direct()).isFalse();
    });
    d = analysed("de", "Maier/PROPN/PERSON erklärte/VERB :/PUNCT Ich/PRON habe/AUX nichts/PRON"
        + " getan/VERB ./PUNCT");
    assertThat(d.quotes()).singleElement().satisfies(q -> assertThat(q.direct()).isTrue());
  }

  @Test
  void anEnglishFormOfAVerbOfSayingThatIsANounSaysNothing() {
    Document d = HandTagged.document("en", "2021-12-15",
        "Media/NOUN reports/NOUN say/VERB the/DET talks/NOUN failed/VERB ./PUNCT",
        "The/DET agency/NOUN reports/VERB that/SCONJ the/DET talks/NOUN failed/VERB ./PUNCT");
    org.herald.core.model.Sentence nouns = d.sentences().get(0);
    org.herald.core.model.Sentence verb = d.sentences().get(1);
    assertThat(QuoteStage.isSpeech(nouns.tokens().get(1), nouns)).isFalse();
    assertThat(QuoteStage.isSpeech(nouns.tokens().get(2), nouns)).isTrue();
    assertThat(QuoteStage.isSpeech(verb.tokens().get(2), verb)).isTrue();
  }

  @Test
  void reportedWordsBeginAfterTheDateline() {
    Document tagged = HandTagged.document("en", "2021-12-15",
        "MOSCOW/PROPN/LOCATION -/PUNCT Russia/PROPN/LOCATION will/AUX not/PART attack/VERB"
            + " Ukraine/PROPN/LOCATION ,/PUNCT the/DET Kremlin/PROPN/ORGANIZATION said/VERB"
            + " ./PUNCT");
    Document d = QUOTES.apply(TIMES.apply(ENTITIES.apply(
        tagged.toBuilder().dateline("MOSCOW").build())));
    assertThat(d.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("Russia will not attack Ukraine");
      assertThat(q.speakerName()).isEqualTo("Kremlin");
    });
  }

  @Test
  void theSpeakerOfADirectQuoteIsTheNameByTheSpeechVerb() {
    Document d = analysed("de",
        "„Wir sehen aggressive Rhetorik“ ,/PUNCT sagte/VERB Dmitri/PROPN/PERSON"
            + " Peskow/PROPN/PERSON laut Reuters/PROPN/ORGANIZATION ./PUNCT");
    Quote q = d.quotes().stream().filter(Quote::direct).findFirst().orElseThrow();
    assertThat(q.text()).isEqualTo("Wir sehen aggressive Rhetorik");
    assertThat(q.speakerName()).isEqualTo("Dmitri Peskow");
    assertThat(q.via()).containsExactly("Reuters");
    assertThat(q.date()).isEqualTo("2021-12-15");
    assertThat(q.dateSource()).isEqualTo("published");
  }

  @Test
  void indirectSpeechWithItsSpeakerAndTheDateOfItsSentence() {
    Document d = analysed("de",
        "Biden/PROPN/PERSON sagte/VERB am Sonntag ,/PUNCT Washington/PROPN/LOCATION würde/AUX"
            + " das nicht akzeptieren ./PUNCT");
    assertThat(d.quotes()).singleElement().satisfies(q -> {
      assertThat(q.direct()).isFalse();
      assertThat(q.speakerName()).isEqualTo("Joe Biden");
      assertThat(q.date()).isEqualTo("2021-12-12");
      assertThat(q.dateSource()).isEqualTo("text");
    });
  }

  @Test
  void aSourceAfterNachAngabenAndTheSubjunctiveThatGoesOn() {
    Document d = analysed("de",
        "Nach/ADP Angaben/NOUN des Kremls/PROPN/ORGANIZATION ist/AUX Putin/PROPN/PERSON"
            + " bereit/ADJ ./PUNCT",
        "Die Lage/NOUN sei/AUX ernst/ADJ ./PUNCT",
        "Moskau/PROPN/LOCATION liegt/VERB an der Moskwa/PROPN/LOCATION ./PUNCT");
    assertThat(d.quotes()).hasSize(2);
    assertThat(d.quotes().get(0).speakerName()).isEqualTo("Kreml");
    assertThat(d.quotes().get(1).text()).startsWith("Die Lage sei ernst");
    assertThat(d.quotes().get(1).speakerName()).as("the same speaker goes on").isEqualTo("Kreml");
  }

  @Test
  void anyFormOfAGermanVerbOfSaying() {
    Document d = analysed("de",
        "Biden/PROPN/PERSON hat/AUX bekräftigt/VERB ,/PUNCT dass Washington/PROPN/LOCATION"
            + " Kiew/PROPN/LOCATION unterstützt/VERB ./PUNCT");
    assertThat(d.quotes()).singleElement().satisfies(q -> {
      assertThat(q.direct()).isFalse();
      assertThat(q.speakerName()).isEqualTo("Joe Biden");
    });
    assertThat(analysed("de", "Biden/PROPN/PERSON hat/AUX Putin/PROPN/PERSON gewarnt/VERB"
        + " ./PUNCT").quotes()).as("a warning reports no words").isEmpty();
  }

  @Test
  void aSentenceWithoutSpeechHasNoQuote() {
    Document d = analysed("en",
        "Putin/PROPN/PERSON met/VERB Xi/PROPN/PERSON in Beijing/PROPN/LOCATION ./PUNCT");
    assertThat(d.quotes()).isEmpty();
  }

  @Test
  void aQuoteWithoutSpeakerGoesOnInTheNameOfTheOneBefore() {
    Document d = analysed("de",
        "„Wir sehen aggressive Rhetorik“ ,/PUNCT sagte/VERB Dmitri/PROPN/PERSON"
            + " Peskow/PROPN/PERSON ./PUNCT",
        "Die/DET Lage/NOUN sei/AUX ernst/ADJ ./PUNCT",
        "„Wir bleiben ruhig.“");
    assertThat(d.quotes()).hasSize(3).allSatisfy(q ->
        assertThat(q.speakerName()).as(q.text()).isEqualTo("Dmitri Peskow"));
  }

  @Test
  void aPlatformIsNeitherSpeakerNorVia() {
    Document d = analysed("de",
        "„Wir sehen aggressive Rhetorik“ ,/PUNCT schrieb/VERB Dmitri/PROPN/PERSON"
            + " Peskow/PROPN/PERSON auf/ADP Twitter/PROPN/ORGANIZATION ./PUNCT");
    assertThat(d.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speakerName()).isEqualTo("Dmitri Peskow");
      assertThat(q.via()).isEmpty();
    });
  }

  @Test
  void wordsInMarksInsideTheReportersSentenceAreItsSubjects() {
    // "Scholz traf die SPD. Er nannte den Plan „völlig unausgegoren“." with the second parse
    Document tagged = ENTITIES.apply(HandTagged.document("de", "2021-12-15",
        "Scholz/PROPN/PERSON traf/VERB die/DET SPD/PROPN/ORGANIZATION ./PUNCT",
        "Er/PRON nannte/VERB den/DET Plan/NOUN „völlig unausgegoren“ ./PUNCT"));
    Sentence s = tagged.sentences().get(1);
    var arcs = List.of(new org.herald.core.model.Dependency(0, 2, "root"),
        new org.herald.core.model.Dependency(2, 1, "nsubj"),
        new org.herald.core.model.Dependency(4, 3, "det"),
        new org.herald.core.model.Dependency(2, 4, "obj"));
    Document d = QUOTES.apply(TIMES.apply(tagged.toBuilder()
        .sentences(List.of(tagged.sentences().get(0), s.withDependencies(arcs))).build()));
    assertThat(d.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("völlig unausgegoren");
      assertThat(q.speakerName()).isEqualTo("Olaf Scholz");
    });
  }

  @Test
  void reportedSpeechOfSomeoneNoEntityNames() {
    // "Analysts said the deal was close ." with its parse: no entity, still reported speech
    Document d = parsed("en", "Analysts/NOUN said/VERB the/DET deal/NOUN was/AUX close/ADJ ./PUNCT",
        "0>2 root", "2>1 nsubj", "4>3 det", "6>4 nsubj", "6>5 cop", "2>6 ccomp");
    assertThat(d.quotes()).singleElement().satisfies(q -> {
      assertThat(q.direct()).isFalse();
      assertThat(q.text()).isEqualTo("the deal was close");
      assertThat(q.speaker()).isNull();
    });
  }

  @Test
  void aSecondVerbOfSayingReportsWordsOfItsOwn() {
    // "Police said two died but added the cause was unclear ." with its parse
    Document d = parsed("en", "Police/NOUN said/VERB two/NUM died/VERB but/CCONJ added/VERB"
        + " the/DET cause/NOUN was/AUX unclear/ADJ ./PUNCT", "0>2 root", "2>1 nsubj",
        "4>3 nsubj", "2>4 ccomp", "6>5 cc", "2>6 conj", "8>7 det", "10>8 nsubj", "10>9 cop",
        "6>10 ccomp");
    assertThat(d.quotes()).extracting(Quote::text)
        .containsExactly("two died", "the cause was unclear");
  }

  @Test
  void aPageOfQuotationMarksKeepsTheFirstQuotesWithAWarning() {
    int many = QuoteStage.MAX_QUOTES + 500;
    String[] sentences = new String[many];
    for (int i = 0; i < many; i++) {
      sentences[i] = "»/PUNCT Ja" + i + "/INTJ !/PUNCT «/PUNCT";
    }
    Document d = analysed("de", sentences);
    assertThat(d.quotes()).hasSize(QuoteStage.MAX_QUOTES);
    assertThat(d.quotes().get(0).text()).isEqualTo("Ja0 !");
    assertThat(d.quotes().get(QuoteStage.MAX_QUOTES - 1).text())
        .isEqualTo("Ja" + (QuoteStage.MAX_QUOTES - 1) + " !");
    assertThat(d.warnings()).containsExactly(
        "quotes cut to the first " + QuoteStage.MAX_QUOTES + " of " + many);
  }

  @Test
  void anArticleBelowTheQuoteLimitHasNoWarning() {
    Document d = analysed("de",
        "„Wir sehen aggressive Rhetorik“ ,/PUNCT sagte/VERB Dmitri/PROPN/PERSON"
            + " Peskow/PROPN/PERSON ./PUNCT");
    assertThat(d.quotes()).hasSize(1);
    assertThat(d.warnings()).isEmpty();
  }

  @Test
  void theSourceWordsOpeningOrClosingASentenceAreNoPartOfItsWords() {
    // "According to the Kremlin, Putin discussed the issue."
    Document d = parsed("en", "According/VERB to/ADP the/DET Kremlin/PROPN/ORGANIZATION ,/PUNCT"
        + " Putin/PROPN/PERSON discussed/VERB the/DET issue/NOUN ./PUNCT", "0>7 root",
        "4>1 case", "1>2 fixed", "4>3 det", "7>4 obl", "7>5 punct", "7>6 nsubj", "9>8 det",
        "7>9 obj", "7>10 punct");
    assertThat(d.quotes()).singleElement()
        .satisfies(q -> assertThat(q.text()).isEqualTo("Putin discussed the issue"));
    // "Die Täter flohen, der Polizei zufolge." without a parse
    d = analysed("de", "In/ADP Hamburg/PROPN/LOCATION flohen/VERB die/DET Täter/NOUN ,/PUNCT"
        + " der/DET Polizei/NOUN zufolge/ADP ./PUNCT");
    assertThat(d.quotes()).singleElement()
        .satisfies(q -> assertThat(q.text()).isEqualTo("In Hamburg flohen die Täter"));
  }

  @Test
  void aSentenceThatPointsBackReportsTheOneBefore() {
    // "Die Stadt will die Radwege ausbauen. Das teilte die Stadtverwaltung mit."
    Document tagged = ENTITIES.apply(HandTagged.document("de", "2021-12-15",
        "Die/DET Stadt/NOUN Hannover/PROPN/LOCATION will/AUX die/DET Radwege/NOUN"
            + " ausbauen/VERB ./PUNCT",
        "Das/PRON teilte/VERB die/DET Stadtverwaltung/NOUN/ORGANIZATION mit/ADP ./PUNCT"));
    List<org.herald.core.model.Dependency> arcs = List.of(
        new org.herald.core.model.Dependency(0, 2, "root"),
        new org.herald.core.model.Dependency(2, 1, "obj"),
        new org.herald.core.model.Dependency(4, 3, "det"),
        new org.herald.core.model.Dependency(2, 4, "nsubj"),
        new org.herald.core.model.Dependency(2, 5, "compound:prt"));
    Document d = QUOTES.apply(TIMES.apply(tagged.toBuilder().sentences(List.of(
        tagged.sentences().get(0), tagged.sentences().get(1).withDependencies(arcs))).build()));
    assertThat(d.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("Die Stadt Hannover will die Radwege ausbauen");
      assertThat(q.speakerName()).isEqualTo("Stadtverwaltung");
    });
  }

  @Test
  void marksAroundANameAndAMeaningQuoteNoOne() {
    // "Scholz traf die Redaktion der „Süddeutschen Zeitung“"; "Das heißt nicht, dass er uns
    // alles erspart."
    Document d = analysed("de", "Scholz/PROPN/PERSON traf/VERB die/DET Redaktion/NOUN der/DET"
        + " „/PUNCT Süddeutschen/PROPN/ORGANIZATION Zeitung/PROPN/ORGANIZATION “/PUNCT"
        + " ./PUNCT");
    assertThat(d.quotes()).isEmpty();
    d = parsed("de", "Das/PRON heißt/VERB nicht/PART ,/PUNCT dass/SCONJ er/PRON uns/PRON"
        + " alles/PRON erspart/VERB ./PUNCT", "0>2 root", "2>1 nsubj", "2>3 advmod",
        "9>5 mark", "9>6 nsubj", "9>7 iobj", "9>8 obj", "2>9 ccomp");
    assertThat(d.quotes()).isEmpty();
  }

  @Test
  void aFewWordsInMarksWithNoVerbAndNoSpeakerAreATermNoQuote() {
    Document d = analysed("de",
        "Die/DET Rezepte/NOUN erscheinen/VERB auf/ADP der/DET Seite/NOUN"
            + " „www.chefkoch.de“ ./PUNCT",
        "Die/DET Fotografie/NOUN „Sigara Börek“ gehört/VERB ihm/PRON ./PUNCT",
        "„Völlig unausgegoren“ ,/PUNCT sagte/VERB Anna/PROPN/PERSON Wolf/PROPN/PERSON"
            + " ./PUNCT");
    // the names of a site and of a dish are no one's words; the speaker's two words are hers
    assertThat(d.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("Völlig unausgegoren");
      assertThat(q.speakerName()).isEqualTo("Anna Wolf");
    });
  }
}
