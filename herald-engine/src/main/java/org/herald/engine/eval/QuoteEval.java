package org.herald.engine.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.herald.core.HeraldException;
import org.herald.core.Pipeline;
import org.herald.core.RawInput;
import org.herald.core.model.Document;
import org.herald.core.model.Quote;

/**
 * Direct and indirect speech against the Redewiedergabe corpus (non-fiction samples; CC BY-NC-SA,
 * read from ../shared at evaluation time only): token-level precision, recall and F1 of the words
 * inside direct quotes and inside indirect speech, on the samples of one text type (news by
 * default). The samples' words are joined into text (no space before punctuation and closing
 * quotation marks, none after opening ones; a straight " after an open „ closes it, as the
 * corpus writes „…") and analysed as German without a date.
 */
public final class QuoteEval {
  private static final Pattern DIRECT = Pattern.compile("(^|\\|)direct\\.");
  private static final Pattern INDIRECT = Pattern.compile("(^|\\|)indirect\\.");
  private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", ")",
      "“", "”", "‘", "'");
  private static final Set<String> NO_SPACE_AFTER = Set.of("„", "(", "‚");

  private QuoteEval() {}

  /** A sample: its text, and per word its span and whether the gold marks it direct/indirect. */
  public record Sample(String name, String text, List<int[]> words, boolean[] direct,
      boolean[] indirect) {}

  /** Counts of one kind of speech: true positives, false positives, false negatives. */
  public record Counts(long tp, long fp, long fn) {
    public double precision() {
      return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** The samples of a text type ("Nachrichten") listed in the metadata beside the tsv folder. */
  public static List<Sample> read(Path dir, String textType) throws IOException {
    Set<String> wanted = new HashSet<>();
    Path meta = dir.resolve("metadata_all838.tsv");
    for (String line : Files.readAllLines(meta, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      if (f.length > 8 && f[7].equals("no") && f[8].equals(textType)) {
        wanted.add(f[0]);
      }
    }
    List<Sample> out = new ArrayList<>();
    try (var files = Files.list(dir.resolve("tsv"))) {
      for (Path p : files.sorted().toList()) {
        if (wanted.contains(p.getFileName().toString())) {
          out.add(sample(p));
        }
      }
    }
    return out;
  }

  private static Sample sample(Path file) throws IOException {
    StringBuilder text = new StringBuilder();
    List<int[]> words = new ArrayList<>();
    List<Boolean> direct = new ArrayList<>();
    List<Boolean> indirect = new ArrayList<>();
    boolean open = false; // for marks that open and close alike: " » «
    boolean lowOpen = false; // a „ not yet closed
    boolean spaceNext = false;
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (f.length < 7 || f[0].isEmpty()) {
        continue;
      }
      String w = f[0];
      boolean ambiguous = w.equals("\"") || w.equals("»") || w.equals("«");
      boolean closesLow = w.equals("\"") && lowOpen; // the corpus closes „ with a straight "
      boolean closing = closesLow || (ambiguous ? open : NO_SPACE_BEFORE.contains(w));
      boolean opening = !closesLow && (ambiguous ? !open : NO_SPACE_AFTER.contains(w));
      if (ambiguous && !closesLow) {
        open = !open;
      }
      if (w.equals("„")) {
        lowOpen = true;
      } else if (closesLow || w.equals("“") || w.equals("”")) {
        lowOpen = false;
      }
      if (text.length() > 0 && spaceNext && !closing) {
        text.append(' ');
      }
      int start = text.length();
      text.append(w);
      words.add(new int[] {start, text.length()});
      direct.add(DIRECT.matcher(f[6]).find());
      indirect.add(INDIRECT.matcher(f[6]).find());
      spaceNext = !opening;
    }
    boolean[] d = new boolean[direct.size()];
    boolean[] i = new boolean[indirect.size()];
    for (int k = 0; k < d.length; k++) {
      d[k] = direct.get(k);
      i[k] = indirect.get(k);
    }
    return new Sample(file.getFileName().toString(), text.toString(), words, d, i);
  }

  /** Herald's quotes per sample, then the counts for direct [0] and indirect [1] speech. */
  public static Counts[] run(Pipeline pipeline, List<Sample> samples) {
    long[][] c = new long[2][3];
    for (Sample s : samples) {
      List<Quote> quotes = List.of();
      try {
        Document doc = pipeline.analyze(RawInput.of(s.name().replace(".tsv", ".txt"),
            s.text().getBytes(StandardCharsets.UTF_8)).withLanguage("de"));
        int shift = Math.max(0, doc.text().indexOf(s.text().substring(0,
            Math.min(40, s.text().length()))));
        quotes = doc.quotes().stream().map(q -> new Quote(q.start() - shift, q.end() - shift,
            q.text(), q.direct(), q.speaker(), q.speakerName(), q.via(), q.date(),
            q.dateSource())).toList();
      } catch (HeraldException e) {
        // a sample Herald refuses counts as no quotes found
      }
      for (int k = 0; k < s.words().size(); k++) {
        int[] w = s.words().get(k);
        boolean d = false;
        boolean i = false;
        for (Quote q : quotes) {
          if (q.start() <= w[0] && w[1] <= q.end()) {
            d |= q.direct();
            i |= !q.direct();
          }
        }
        count(c[0], s.direct()[k], d);
        count(c[1], s.indirect()[k], i && !d);
      }
    }
    return new Counts[] {new Counts(c[0][0], c[0][1], c[0][2]),
        new Counts(c[1][0], c[1][1], c[1][2])};
  }

  private static void count(long[] c, boolean gold, boolean found) {
    if (gold && found) {
      c[0]++;
    } else if (found) {
      c[1]++;
    } else if (gold) {
      c[2]++;
    }
  }
}
