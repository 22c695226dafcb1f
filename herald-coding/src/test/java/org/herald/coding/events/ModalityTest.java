package org.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.herald.coding.HandTagged;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;
import org.junit.jupiter.api.Test;

/** What a clause's parse says of whether its act is only believed (hand-made parses). */
class ModalityTest {
  /**
   * A sentence of words "word/UPOS/lemma" with arcs "HEAD>DEPENDENT relation" (words from 1,
   * head 0 the root).
   */
  private static Sentence parsed(String words, String... arcs) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String w : words.split(" ")) {
      String[] parts = w.split("/");
      tokens.add(new Token(at, at + parts[0].length(), parts[0], parts[2], parts[1], null, "O"));
      at += parts[0].length() + 1;
    }
    return new Sentence(0, at - 1, "en", tokens, HandTagged.arcs(arcs));
  }

  @Test
  void bothActsOfADreamAreOnlyBelievedNotAnActCoordinatedWithTheBelieving() {
    // "this dream that Russia attacked and bombed Kyiv", the clause parsed as a mere dependent
    Sentence dream = parsed("I/PRON/I had/VERB/have this/DET/this dream/NOUN/dream"
        + " that/PRON/that Russia/PROPN/Russia attacked/VERB/attack and/CCONJ/and"
        + " bombed/VERB/bomb Kyiv/PROPN/Kyiv ./PUNCT/.", "2>1 nsubj", "0>2 root", "4>3 det",
        "2>4 obj", "7>5 dep", "7>6 nsubj", "4>7 dep", "9>8 cc", "7>9 conj", "9>10 obj",
        "2>11 punct");
    assertThat(Modality.speculated(dream, dream.dependencies(), 7, Grammar.of("en"))).isTrue();
    assertThat(Modality.speculated(dream, dream.dependencies(), 9, Grammar.of("en"))).isTrue();
    // "Officials feared it, and Russia attacked Kyiv": the attack is told, not feared
    Sentence feared = parsed("Officials/NOUN/official feared/VERB/fear it/PRON/it ,/PUNCT/,"
        + " and/CCONJ/and Russia/PROPN/Russia attacked/VERB/attack Kyiv/PROPN/Kyiv ./PUNCT/.",
        "2>1 nsubj", "0>2 root", "2>3 obj", "7>4 punct", "7>5 cc", "7>6 nsubj", "2>7 conj",
        "7>8 obj", "2>9 punct");
    assertThat(Modality.speculated(feared, feared.dependencies(), 7, Grammar.of("en")))
        .isFalse();
    // "Officials feared that Russia attacked Kyiv": feared
    Sentence that = parsed("Officials/NOUN/official feared/VERB/fear that/SCONJ/that"
        + " Russia/PROPN/Russia attacked/VERB/attack Kyiv/PROPN/Kyiv ./PUNCT/.", "2>1 nsubj",
        "0>2 root", "5>3 mark", "5>4 nsubj", "2>5 ccomp", "5>6 obj", "2>7 punct");
    assertThat(Modality.speculated(that, that.dependencies(), 5, Grammar.of("en"))).isTrue();
  }

  @Test
  void aPrepositionOfAnAdjectiveBeforeItsNounMarksNoAgent() {
    // "unabhängig von dem Land", the adjective parsed under "Land": no "von" of an agent
    Sentence s = parsed("empfohlen/VERB/empfehlen unabhängig/ADJ/unabhängig von/ADP/von"
        + " dem/DET/der Land/NOUN/Land", "0>1 root", "5>2 amod", "5>3 case", "5>4 det",
        "1>5 obl");
    assertThat(Arcs.caseAfterOwnWord(s, 5)).isTrue();
    Sentence agent = parsed("festgenommen/VERB/festnehmen von/ADP/von der/DET/der"
        + " italienischen/ADJ/italienisch Polizei/NOUN/Polizei", "0>1 root", "5>2 case",
        "5>3 det", "5>4 amod", "1>5 obl");
    assertThat(Arcs.caseAfterOwnWord(agent, 5)).isFalse();
  }
}
