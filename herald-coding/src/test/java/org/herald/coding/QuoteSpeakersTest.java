package org.herald.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.herald.coding.time.TimeStage;
import org.herald.core.model.Document;
import org.herald.core.model.Quote;
import org.herald.core.model.Sentence;
import org.herald.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/** Speakers across sentences, on hand-tagged sentences with hand-made parses. */
class QuoteSpeakersTest {
  private static final EntityStage ENTITIES = new EntityStage(KnowledgeBase.bundled());
  private static final TimeStage TIMES = new TimeStage();
  private static final QuoteStage QUOTES = new QuoteStage();

  /**
   * Hand-tagged sentences ("word/UPOS/NER"), each followed by its arcs "HEAD>DEPENDENT relation"
   * (words from 1, head 0 the root) in the same array, or by none (no parse).
   */
  private static Document parsed(String language, String[]... sentences) {
    String[] words = new String[sentences.length];
    for (int i = 0; i < sentences.length; i++) {
      words[i] = sentences[i][0];
    }
    Document tagged = ENTITIES.apply(HandTagged.document(language, "2021-12-15", words));
    List<Sentence> out = new ArrayList<>();
    for (int i = 0; i < sentences.length; i++) {
      Sentence s = tagged.sentences().get(i);
      if (sentences[i].length > 1) {
        s = s.withDependencies(HandTagged.arcs(
            java.util.Arrays.copyOfRange(sentences[i], 1, sentences[i].length)));
      }
      out.add(s);
    }
    return QUOTES.apply(TIMES.apply(tagged.toBuilder().sentences(out).build()));
  }

  private static Quote directQuote(Document d) {
    return d.quotes().stream().filter(Quote::direct).findFirst().orElseThrow();
  }

  @Test
  void aQuotationMarkTaggedAsANounNamesNoSpeaker() {
    // the tagger took the closing mark for a noun and the parser made it the subject
    Document d = parsed("de",
        new String[] {"„/PUNCT Die/DET Straße/NOUN ist/AUX sicher/ADJ “/NOUN ,/PUNCT sagte/VERB"
            + " eine/DET Sprecherin/NOUN ./PUNCT", "0>8 root", "8>6 nsubj", "8>5 ccomp",
            "5>3 nsubj", "3>2 det", "5>4 cop", "10>9 det", "8>10 obj"});
    assertThat(d.quotes()).as(d.text()).isNotEmpty()
        .allSatisfy(q -> assertThat(q.speakerName()).isNotEqualTo("“"));
  }

  @Test
  void aPronounIsTheLastSubjectBeforeNotANameInsideTheQuote() {
    // "Prasad said the talks were hard. »Trump makes deals uncertain,« he said."
    Document d = parsed("en",
        new String[] {"Prasad/PROPN/PERSON said/VERB the/DET talks/NOUN were/AUX hard/ADJ"
            + " ./PUNCT", "0>2 root", "2>1 nsubj", "4>3 det", "6>4 nsubj", "6>5 cop",
            "2>6 ccomp"},
        new String[] {"»/PUNCT Trump/PROPN/PERSON makes/VERB deals/NOUN uncertain/ADJ ,/PUNCT"
            + " «/PUNCT he/PRON said/VERB ./PUNCT", "0>9 root", "9>8 nsubj", "9>3 ccomp",
            "3>2 nsubj", "3>4 obj", "3>5 xcomp"});
    assertThat(directQuote(d).speakerName()).isEqualTo("Prasad");
  }

  @Test
  void aPronounAfterASentenceWithoutParseIsItsPerson() {
    // "Fahie was detained." (parsed) "Governor Rankin made the announcement." (no parse)
    // "He said: »Fahie was detained.«"
    Document d = parsed("en",
        new String[] {"Fahie/PROPN/PERSON was/AUX detained/VERB ./PUNCT", "0>3 root",
            "3>1 nsubj:pass", "3>2 aux:pass"},
        new String[] {"Governor/PROPN Rankin/PROPN/PERSON made/VERB the/DET"
            + " announcement/NOUN ./PUNCT"},
        new String[] {"He/PRON said/VERB :/PUNCT »/PUNCT Fahie/PROPN/PERSON was/AUX"
            + " detained/VERB ./PUNCT «/PUNCT", "0>2 root", "2>1 nsubj", "2>7 ccomp"});
    assertThat(directQuote(d).speakerName()).isEqualTo("Rankin");
  }

  @Test
  void theSubjectIsThePersonInApposition() {
    // "Der Präsident des BDI, Siegfried Russwurm, sagte zu Habecks Strategie: »Papier ist
    // geduldig.«"
    Document d = parsed("de", new String[] {"Der/DET Präsident/NOUN des/DET"
        + " BDI/PROPN/ORGANIZATION ,/PUNCT Siegfried/PROPN/PERSON Russwurm/PROPN/PERSON ,/PUNCT"
        + " sagte/VERB zu/ADP Habeck/PROPN/PERSON :/PUNCT »/PUNCT Papier/NOUN ist/AUX"
        + " geduldig/ADJ ./PUNCT «/PUNCT", "0>9 root", "9>2 nsubj", "2>1 det", "2>4 nmod",
        "4>3 det", "2>6 appos", "6>7 flat", "9>11 obl", "11>10 case"});
    assertThat(directQuote(d).speakerName()).isEqualTo("Siegfried Russwurm");
  }

  @Test
  void theNameRightAfterTheQuoteAndItsComma() {
    // no verb of saying, no parse: "»Wir sind bereit«, so Kostrešević." and "»…«, machte der
    // Vize Dirk Wiese deutlich."
    Document d = parsed("de", new String[] {"»/PUNCT Wir/PRON sind/AUX bereit/ADJ «/PUNCT"
        + " ,/PUNCT so/ADV Kostrešević/PROPN/PERSON ./PUNCT"});
    assertThat(directQuote(d).speakerName()).isEqualTo("Kostrešević");
    d = parsed("de", new String[] {"Habeck/PROPN/PERSON kam/VERB ./PUNCT"},
        new String[] {"»/PUNCT Wir/PRON sind/AUX bereit/ADJ «/PUNCT ,/PUNCT machte/VERB der/DET"
        + " Vize/NOUN Dirk/PROPN/PERSON Wiese/PROPN/PERSON deutlich/ADJ ./PUNCT"});
    assertThat(directQuote(d).speakerName()).isEqualTo("Dirk Wiese");
    // "»…«, was mit Kim los sei": a clause goes on
    d = parsed("de", new String[] {"»/PUNCT Wir/PRON wissen/VERB es/PRON «/PUNCT ,/PUNCT"
        + " was/PRON mit/ADP Kim/PROPN/PERSON los/ADV sei/AUX ./PUNCT"});
    assertThat(directQuote(d).speakerName()).isNull();
  }

  @Test
  void aDescriptionRightAfterTheQuoteAndItsCommaIsThePersonNamedBefore() {
    // "Welskop-Deffaa kam. »Wir sind bereit«, so die Präsidentin.": no name, no parse
    Document d = parsed("de", new String[] {"Welskop-Deffaa/PROPN/PERSON kam/VERB ./PUNCT"},
        new String[] {"»/PUNCT Wir/PRON sind/AUX bereit/ADJ «/PUNCT ,/PUNCT so/ADV die/DET"
        + " Präsidentin/NOUN ./PUNCT"});
    assertThat(directQuote(d).speakerName()).isEqualTo("Welskop-Deffaa");
    // "»…«, so die Lage": no role, no speaker
    d = parsed("de", new String[] {"Welskop-Deffaa/PROPN/PERSON kam/VERB ./PUNCT"},
        new String[] {"»/PUNCT Wir/PRON sind/AUX bereit/ADJ «/PUNCT ,/PUNCT so/ADV die/DET"
        + " Lage/NOUN ./PUNCT"});
    assertThat(directQuote(d).speakerName()).isNull();
  }

  @Test
  void wordsInMarksInsideAReportersSentenceAreThoseOfTheSubjectAboveThem() {
    // "Kickl sagte, die Lage sei ernst. Spalt ortet einen »verschwenderischen Umgang«."
    String[] before = {"Kickl/PROPN/PERSON sagte/VERB ,/PUNCT die/DET Lage/NOUN sei/AUX"
        + " ernst/ADJ ./PUNCT", "0>2 root", "2>1 nsubj", "2>7 ccomp", "5>4 det", "7>5 nsubj",
        "7>6 cop"};
    Document d = parsed("de", before,
        new String[] {"Spalt/PROPN/PERSON ortet/VERB einen/DET »/PUNCT"
            + " verschwenderischen/ADJ Umgang/NOUN «/PUNCT ./PUNCT", "0>2 root", "2>1 nsubj",
            "6>3 det", "6>4 punct", "6>5 amod", "2>6 obj", "6>7 punct", "2>8 punct"});
    assertThat(directQuote(d).speakerName()).endsWith("Spalt");
    // "Die Polizei sah, wie Spalt einen »verschwenderischen Umgang« ortete": not the subject
    // of the sentence's main verb, the one above the words in marks
    d = parsed("de", before,
        new String[] {"Die/DET Polizei/PROPN/ORGANIZATION sah/VERB ,/PUNCT wie/SCONJ"
            + " Spalt/PROPN/PERSON einen/DET »/PUNCT verschwenderischen/ADJ Umgang/NOUN"
            + " «/PUNCT ortete/VERB ./PUNCT", "0>3 root", "2>1 det", "3>2 nsubj", "12>4 punct",
            "12>5 mark", "12>6 nsubj", "10>7 det", "10>8 punct", "10>9 amod", "12>10 obj",
            "10>11 punct", "3>12 ccomp", "3>13 punct"});
    assertThat(directQuote(d).speakerName()).endsWith("Spalt");
  }

  @Test
  void aPersonNamedAfterATitleInTheSubjectIsTheSpeaker() {
    // "Göring-Eckardt kam. Der Parlamentarische Geschäftsführer der FDP Dr. Marco Buschmann
    // erinnerte, die Lage sei ernst.": the name under the title, not the person named before
    Document d = parsed("de",
        new String[] {"Katrin/PROPN/PERSON Göring-Eckardt/PROPN/PERSON kam/VERB ./PUNCT",
            "0>3 root", "3>1 nsubj", "1>2 flat"},
        new String[] {"Der/DET Parlamentarische/ADJ Geschäftsführer/NOUN der/DET"
            + " FDP/PROPN/ORGANIZATION Dr./NOUN Marco/PROPN/PERSON Buschmann/PROPN/PERSON"
            + " erinnerte/VERB ,/PUNCT die/DET Lage/NOUN sei/AUX ernst/ADJ ./PUNCT",
            "0>9 root", "2>1 det", "9>2 nsubj", "2>3 flat", "5>4 det", "2>5 nmod", "5>6 appos",
            "6>7 flat", "6>8 flat", "9>10 punct", "12>11 det", "14>12 nsubj", "14>13 cop",
            "9>14 ccomp", "9>15 punct"});
    assertThat(d.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("die Lage sei ernst");
      assertThat(q.speakerName()).isEqualTo("Marco Buschmann");
    });
  }

  @Test
  void anOfficeWithADefiniteArticleIsThePersonLastTheSubject() {
    // "Habeck kam. Der Grünen-Politiker sagte, die Lage sei ernst."
    Document d = parsed("de",
        new String[] {"Habeck/PROPN/PERSON kam/VERB ./PUNCT", "0>2 root", "2>1 nsubj"},
        new String[] {"Der/DET Grünen-Politiker/NOUN sagte/VERB ,/PUNCT die/DET Lage/NOUN"
            + " sei/AUX ernst/ADJ ./PUNCT", "0>3 root", "3>2 nsubj", "2>1 det", "3>8 ccomp",
            "6>5 det", "8>6 nsubj", "8>7 cop"});
    assertThat(d.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("die Lage sei ernst");
      assertThat(q.speakerName()).endsWith("Habeck");
    });
    // "Holcomb came. The governor said the pay would rise." An indefinite "a governor" is no one
    // named before.
    String[] came = {"Holcomb/PROPN/PERSON came/VERB ./PUNCT", "0>2 root", "2>1 nsubj"};
    String said = " governor/NOUN said/VERB the/DET pay/NOUN would/AUX rise/VERB ./PUNCT";
    String[] arcs = {"0>3 root", "3>2 nsubj", "2>1 det", "3>7 ccomp", "5>4 det", "7>5 nsubj",
        "7>6 aux"};
    d = parsed("en", came, concat("The/DET" + said, arcs));
    assertThat(d.quotes()).singleElement().satisfies(
        q -> assertThat(q.speakerName()).endsWith("Holcomb"));
    d = parsed("en", came, concat("A/DET" + said, arcs));
    assertThat(d.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isNull());
  }

  private static String[] concat(String words, String[] arcs) {
    String[] out = new String[arcs.length + 1];
    out[0] = words;
    System.arraycopy(arcs, 0, out, 1, arcs.length);
    return out;
  }

  @Test
  void theSubjunctiveAloneAfterASentenceIsItsSubjectsWords() {
    // "Tusk kritisierte die Vereinbarung. Der Deal sei eine Kapitulation."
    Document d = parsed("de",
        new String[] {"Tusk/PROPN/PERSON kritisierte/VERB die/DET Vereinbarung/NOUN ./PUNCT",
            "0>2 root", "2>1 nsubj", "4>3 det", "2>4 obj"},
        new String[] {"Der/DET Deal/NOUN sei/AUX eine/DET Kapitulation/NOUN ./PUNCT",
            "0>5 root", "5>2 nsubj", "2>1 det", "5>3 cop", "5>4 det"});
    assertThat(d.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("Der Deal sei eine Kapitulation");
      assertThat(q.speakerName()).endsWith("Tusk");
    });
  }

  @Test
  void aQuoteRightBeforeAnotherIsThatOnesSpeakers() {
    // "»Wir sind bereit.« »Wir kommen«, sagte Peskow."
    Document d = parsed("de", new String[] {"»/PUNCT Wir/PRON sind/AUX bereit/ADJ ./PUNCT «/PUNCT"},
        new String[] {"»/PUNCT Wir/PRON kommen/VERB «/PUNCT ,/PUNCT sagte/VERB"
            + " Peskow/PROPN/PERSON ./PUNCT"});
    assertThat(d.quotes().stream().filter(Quote::direct).map(Quote::speakerName))
        .containsExactly("Dmitri Peskow", "Dmitri Peskow");
  }

  @Test
  void aSpeakerTheTextDescribesWithoutANameIsTheDescription() {
    // "»Es gibt keine ungewöhnlichen Aktivitäten«, teilte das Präsidialamt in Seoul mit."
    Document d = parsed("de", new String[] {"»/PUNCT Es/PRON gibt/VERB keine/DET"
        + " Aktivitäten/NOUN «/PUNCT ,/PUNCT teilte/VERB das/DET Präsidialamt/NOUN in/ADP"
        + " Seoul/PROPN/LOCATION mit/ADP ./PUNCT", "0>8 root", "8>10 nsubj", "10>9 det",
        "10>12 nmod", "12>11 case", "8>13 compound:prt", "8>3 ccomp"});
    Quote q = directQuote(d);
    assertThat(q.speaker()).as("no entity of the document").isNull();
    assertThat(q.speakerName()).isEqualTo("das Präsidialamt in Seoul");
  }

  @Test
  void theSubjectOfAPassiveIsSpokenToAndAModalSaysNothing() {
    // "Zeugen werden gebeten, sich bei der Polizei zu melden." "Die Regierung müsse sagen, wie
    // es weitergehe."
    Document d = parsed("de",
        new String[] {"Zeugen/NOUN werden/AUX gebeten/VERB ,/PUNCT sich/PRON bei/ADP der/DET"
            + " Polizei/NOUN zu/PART melden/VERB ./PUNCT", "0>3 root", "3>1 nsubj:pass",
            "3>2 aux:pass", "3>10 xcomp", "10>5 obj", "10>8 obl", "8>6 case", "8>7 det",
            "10>9 mark"},
        new String[] {"Die/DET Regierung/NOUN müsse/AUX sagen/VERB ,/PUNCT wie/ADV es/PRON"
            + " weitergehe/VERB ./PUNCT", "0>4 root", "4>2 nsubj", "2>1 det", "4>3 aux",
            "4>8 ccomp", "8>6 advmod", "8>7 nsubj"});
    assertThat(d.quotes()).noneMatch(q -> "Zeugen".equals(q.speakerName())
        || "Die Regierung".equals(q.speakerName()));
  }

  @Test
  void aPronounGoesToAPersonOfItsGender() {
    // "Governor Jay Inslee appointed Raquel Montoya-Lewis. »The hurdle is bias,« she replied.":
    // not the man who was the subject
    Document d = parsed("en",
        new String[] {"Governor/PROPN Jay/PROPN/PERSON Inslee/PROPN/PERSON appointed/VERB"
            + " Raquel/PROPN/PERSON Montoya-Lewis/PROPN/PERSON ./PUNCT", "0>4 root",
            "4>2 nsubj", "2>1 compound", "2>3 flat", "4>5 obj", "5>6 flat"},
        new String[] {"»/PUNCT The/DET hurdle/NOUN is/AUX bias/NOUN ,/PUNCT «/PUNCT she/PRON"
            + " replied/VERB ./PUNCT", "0>9 root", "9>8 nsubj", "9>5 ccomp", "3>2 det",
            "5>3 nsubj", "5>4 cop"});
    assertThat(directQuote(d).speakerName()).isEqualTo("Raquel Montoya-Lewis");
    // German "sie" with a singular verb is a woman; "Ministerin" makes one
    d = parsed("de",
        new String[] {"Ministerin/NOUN Nancy/PROPN/PERSON Faeser/PROPN/PERSON traf/VERB"
            + " Joachim/PROPN/PERSON Herrmann/PROPN/PERSON ./PUNCT", "0>4 root", "4>2 nsubj",
            "2>1 compound", "2>3 flat", "4>5 obj", "5>6 flat"},
        new String[] {"Herrmann/PROPN/PERSON lobte/VERB ./PUNCT", "0>2 root", "2>1 nsubj"},
        new String[] {"»/PUNCT Wir/PRON sind/AUX bereit/ADJ «/PUNCT ,/PUNCT sagte/VERB"
            + " sie/PRON ./PUNCT", "0>7 root", "7>8 nsubj", "7>4 ccomp", "4>2 nsubj",
            "4>3 cop"});
    assertThat(directQuote(d).speakerName()).isEqualTo("Nancy Faeser");
  }

  @Test
  void wordsInMarksAloneAfterReportedSpeechAreItsSpeakers() {
    // "Lang kritisierte den Plan. Der Staat müsse sparen, sagte Lindner. »Wer arbeitet, muss
    // mehr haben.«": Lindner's, not Lang's whose quote came before
    Document d = parsed("de",
        new String[] {"»/PUNCT Das/PRON ist/AUX ungerecht/ADJ «/PUNCT ,/PUNCT sagte/VERB"
            + " Ricarda/PROPN/PERSON Lang/PROPN/PERSON ./PUNCT", "0>7 root", "7>8 nsubj",
            "8>9 flat", "7>4 ccomp", "4>2 nsubj", "4>3 cop"},
        new String[] {"Der/DET Staat/NOUN müsse/AUX sparen/VERB ,/PUNCT sagte/VERB"
            + " Christian/PROPN/PERSON Lindner/PROPN/PERSON ./PUNCT", "0>6 root", "6>7 nsubj",
            "7>8 flat", "6>4 ccomp", "4>2 nsubj", "2>1 det", "4>3 aux"},
        new String[] {"»/PUNCT Wer/PRON arbeitet/VERB ,/PUNCT muss/AUX mehr/ADV haben/VERB"
            + " ./PUNCT «/PUNCT"});
    assertThat(d.quotes().stream().filter(Quote::direct).map(Quote::speakerName).toList())
        .containsExactly("Ricarda Lang", "Christian Lindner");
  }

  @Test
  void aPronounAfterAnUnnamedSpokespersonIsTheirOrganisation() {
    // "“...,” Grady said. A spokesperson for UCEA said its members agreed. “...,” he said.":
    // the spokesperson's organisation speaks, not Grady who spoke before
    Document d = parsed("en",
        new String[] {"»/PUNCT We/PRON need/VERB change/NOUN «/PUNCT ,/PUNCT"
            + " Grady/PROPN/PERSON said/VERB ./PUNCT", "0>8 root", "8>7 nsubj", "8>3 ccomp",
            "3>2 nsubj", "3>4 obj"},
        new String[] {"A/DET spokesperson/NOUN for/ADP UCEA/PROPN/ORGANIZATION said/VERB"
            + " its/PRON members/NOUN agreed/VERB ./PUNCT", "0>5 root", "5>2 nsubj", "2>1 det",
            "2>4 nmod", "4>3 case", "5>8 ccomp", "8>7 nsubj", "7>6 nmod:poss"},
        new String[] {"»/PUNCT Our/PRON analysis/NOUN shows/VERB growth/NOUN «/PUNCT ,/PUNCT"
            + " he/PRON said/VERB ./PUNCT", "0>9 root", "9>8 nsubj", "9>4 ccomp", "4>3 nsubj",
            "3>2 nmod:poss", "4>5 obj"});
    assertThat(d.quotes().stream().filter(Quote::direct).map(Quote::speakerName).toList())
        .containsExactly("Grady", "UCEA");
  }

  @Test
  void wordsInMarksAloneAfterASentenceOfSomeoneAreTheirs() {
    // "Toprak reagierte empört auf den Besuch. »Das ist ein falsches Signal.«": the subject of
    // the sentence before speaks, though its verb is no verb of saying
    Document d = parsed("de",
        new String[] {"Ali/PROPN/PERSON Toprak/PROPN/PERSON reagierte/VERB empört/ADJ auf/ADP"
            + " den/DET Besuch/NOUN ./PUNCT", "0>3 root", "3>1 nsubj", "1>2 flat", "3>4 advmod",
            "3>7 obl", "7>5 case", "7>6 det"},
        new String[] {"»/PUNCT Das/PRON ist/AUX ein/DET falsches/ADJ Signal/NOUN ./PUNCT"
            + " «/PUNCT"});
    assertThat(directQuote(d).speakerName()).isEqualTo("Ali Toprak");
    // the same, parsed with the name as the sentence's head and its verb hung below it
    d = parsed("de",
        new String[] {"Ali/PROPN/PERSON Toprak/PROPN/PERSON drückte/VERB sein/DET"
            + " Unverständnis/NOUN aus/ADP ./PUNCT", "0>1 root", "1>2 flat", "1>3 amod",
            "3>5 obj", "5>4 det", "3>6 compound:prt"},
        new String[] {"»/PUNCT Das/PRON ist/AUX ein/DET falsches/ADJ Signal/NOUN ./PUNCT"
            + " «/PUNCT"});
    assertThat(directQuote(d).speakerName()).isEqualTo("Ali Toprak");
  }
}
