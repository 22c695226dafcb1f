package org.herald.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.herald.core.ContractJson;
import org.herald.core.HeraldException;
import org.herald.core.Stage;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.Mention;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;
import org.junit.jupiter.api.Test;

/**
 * What every stage must do, whatever it computes: offsets in range and in order, its input left
 * unchanged, the same output for the same input, the same output from many threads, its layers
 * added, and survival of random text. A stage's test extends this class and says how to build
 * the stage and its inputs.
 */
public abstract class StageContract {
  /** The stage under test; built once per test class is fine. */
  protected abstract Stage stage();

  /** Documents with the layers the stage requires. */
  protected abstract List<Document> inputs();

  /** A document made from random text with the required layers, for the survival check. */
  protected abstract Document fromRandomText(String text);

  @Test
  void producesItsLayersWithOffsetsInRangeAndInOrder() {
    for (Document in : inputs()) {
      Document out = stage().apply(in);
      assertThat(out.layers()).containsAll(stage().produces());
      checkOffsets(out);
    }
  }

  @Test
  void leavesItsInputUnchanged() {
    for (Document in : inputs()) {
      String before = ContractJson.write(in, false, true);
      stage().apply(in);
      assertThat(ContractJson.write(in, false, true)).isEqualTo(before);
    }
  }

  @Test
  void isDeterministic() {
    for (Document in : inputs()) {
      assertThat(ContractJson.write(stage().apply(in), false, true))
          .isEqualTo(ContractJson.write(stage().apply(in), false, true));
    }
  }

  @Test
  void givesTheSameResultFromManyThreads() throws Exception {
    List<Document> ins = inputs();
    List<String> expected = ins.stream()
        .map(d -> ContractJson.write(stage().apply(d), false, true)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (Document d : ins) {
          results.add(pool.submit(() -> ContractJson.write(stage().apply(d), false, true)));
        }
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo(expected.get(i % ins.size()));
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void survivesRandomText() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int i = 0; i < 20; i++) {
      String text = randomText(random);
      try {
        checkOffsets(stage().apply(fromRandomText(text)));
      } catch (HeraldException expected) {
        // A clear refusal is fine (for example an unsupported language).
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ", text: " + text, e);
      }
    }
  }

  private static String randomText(Random r) {
    String[] pieces = {"Putin", "Berlin", " ", "  ", "\n\n", ".", ",", "„", "“", "\"", "-", "—",
      "sagte", "die", "USA", "Nato", "ß", "é", "😀", "\t", "(", ")", "der", "Reuters", "Covid",
      "Kreml-Sprecher", "russischen", "G-7", "12:30", "2021", "zum", "Mr.", "U.S."};
    StringBuilder sb = new StringBuilder("A");
    int n = 1 + r.nextInt(60);
    for (int i = 0; i < n; i++) {
      sb.append(pieces[r.nextInt(pieces.length)]);
      if (r.nextBoolean()) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }

  /** Every span lies inside the text; sentences and words are in order and do not overlap. */
  public static void checkOffsets(Document d) {
    int len = d.text().length();
    int prevSentenceEnd = 0;
    for (Sentence s : d.sentences()) {
      assertThat(s.start()).isGreaterThanOrEqualTo(prevSentenceEnd);
      assertThat(s.end()).isLessThanOrEqualTo(len);
      prevSentenceEnd = s.end();
      int prevStart = s.start();
      for (Token t : s.tokens()) {
        assertThat(t.start()).isGreaterThanOrEqualTo(prevStart);
        assertThat(t.end()).isLessThanOrEqualTo(s.end());
        prevStart = t.start();
      }
    }
    for (Entity e : d.entities()) {
      for (Mention m : e.mentions()) {
        assertThat(m.end()).isLessThanOrEqualTo(len);
        assertThat(d.text().substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
  }
}
