package org.herald.engine.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.core.Pipeline;
import org.herald.core.Stage;
import org.herald.core.RawInput;
import org.herald.core.model.Document;
import org.herald.core.model.TimeValue;
import org.jspecify.annotations.Nullable;

/**
 * Time-normalisation accuracy on Herald's gold set ({@code eval/time-gold.tsv}): each sentence
 * with its anchor date and its expressions marked {@code [text|VALUE]}. A gold expression is
 * right when a system expression overlapping it has exactly the gold value. Each sentence is
 * its own document, read on its anchor date.
 */
public final class TimeEval {
  private static final Pattern MARK = Pattern.compile("\\[([^|\\]]+)\\|([^\\]|]+)\\]");

  private TimeEval() {}

  /** A gold sentence: language, anchor, plain text and its expressions. */
  public record GoldSentence(int line, String language, String anchor, String text,
      List<Gold> expressions) {}

  /** A gold expression: where it stands in the sentence and its value. */
  public record Gold(int start, int end, String text, String value) {}

  /** A predicted expression, from Herald or another system. */
  public record Predicted(int start, int end, String value) {}

  /** A gold expression and the value it got. */
  public record Outcome(GoldSentence sentence, Gold gold, @Nullable String value,
      boolean correct) {}

  public static List<GoldSentence> read(Path file) throws IOException {
    List<GoldSentence> out = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", 3);
      StringBuilder plain = new StringBuilder();
      List<Gold> golds = new ArrayList<>();
      Matcher m = MARK.matcher(f[2]);
      int last = 0;
      while (m.find()) {
        plain.append(f[2], last, m.start());
        int s = plain.length();
        plain.append(m.group(1));
        golds.add(new Gold(s, plain.length(), m.group(1), m.group(2)));
        last = m.end();
      }
      plain.append(f[2].substring(last));
      out.add(new GoldSentence(n, f[0], f[1], plain.toString(), List.copyOf(golds)));
    }
    return out;
  }

  /** Each sentence analysed as a document of its language and date, by line. */
  public static Map<Integer, Document> analyse(Pipeline pipeline, List<GoldSentence> sentences) {
    Map<Integer, Document> out = new java.util.LinkedHashMap<>();
    for (GoldSentence g : sentences) {
      out.put(g.line(), pipeline.analyze(RawInput.of("time-" + g.line() + ".txt",
          g.text().getBytes(StandardCharsets.UTF_8)).withLanguage(g.language())
          .withPublished(g.anchor())));
    }
    return out;
  }

  /**
   * Sentences per second of the time stage alone over analysed documents (their tokens
   * already there), after a warm-up pass.
   */
  public static double speed(Stage times, java.util.Collection<Document> docs, int repeat) {
    docs.forEach(times::apply);
    long t0 = System.nanoTime();
    long sentences = 0;
    for (int i = 0; i < repeat; i++) {
      for (Document d : docs) {
        times.apply(d);
        sentences += d.sentences().size();
      }
    }
    return sentences / ((System.nanoTime() - t0) / 1e9);
  }

  /** Herald's answers, from the analysed documents. */
  public static Map<Integer, List<Predicted>> herald(List<GoldSentence> sentences,
      Map<Integer, Document> docs) {
    Map<Integer, List<Predicted>> out = new java.util.HashMap<>();
    for (GoldSentence g : sentences) {
      Document doc = docs.get(g.line());
      int shift = doc.text().indexOf(g.text());
      List<Predicted> p = new ArrayList<>();
      for (TimeValue t : doc.times()) {
        int delta = shift < 0 ? 0 : shift;
        p.add(new Predicted(t.start() - delta, t.end() - delta, t.value()));
      }
      out.put(g.line(), p);
    }
    return out;
  }

  /** Judges each gold expression against the predictions of its sentence. */
  public static List<Outcome> score(List<GoldSentence> sentences,
      Map<Integer, List<Predicted>> predicted) {
    List<Outcome> out = new ArrayList<>();
    for (GoldSentence s : sentences) {
      List<Predicted> p = predicted.getOrDefault(s.line(), List.of());
      for (Gold g : s.expressions()) {
        Predicted best = null;
        int overlap = 0;
        for (Predicted x : p) {
          int o = Math.min(g.end(), x.end()) - Math.max(g.start(), x.start());
          if (o > overlap) {
            best = x;
            overlap = o;
          }
        }
        String value = best == null ? null : best.value();
        out.add(new Outcome(s, g, value, g.value().equals(value)));
      }
    }
    return out;
  }
}
