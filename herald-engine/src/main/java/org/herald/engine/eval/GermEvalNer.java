package org.herald.engine.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.herald.coding.NerRefiner;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;
import org.herald.nlp.NerModel;
import org.herald.nlp.PretokenizedTagger;
import org.jspecify.annotations.Nullable;

/**
 * Named-entity recognition against GermEval 2014 (tab-separated: index, word, outer tag, inner
 * tag, one word a line, sentences separated by blank lines, comment lines starting with '#').
 * Tags the given words without re-tokenising them with Herald's tagger and knowledge
 * refinement, and scores strict spans at the outer level, where the *deriv and *part labels
 * count as O (they name no entity, only a word derived from one).
 */
public final class GermEvalNer {
  private static final int BATCH = 400;
  private final PretokenizedTagger tagger;
  private final @Nullable NerRefiner refiner;

  /**
   * @param ner     the German tagger measured
   * @param refiner the refinement to apply, or null to measure the bare tagger
   */
  public GermEvalNer(NerModel ner, @Nullable NerRefiner refiner) {
    this.tagger = new PretokenizedTagger(ner);
    this.refiner = refiner;
  }

  /** A gold sentence as the tagger tagged it; offsets point into {@code text}. */
  public record Tagged(Sentence sentence, String text) {}

  /** One sentence of gold data: its comment line and its word lines split into columns. */
  public record GoldSentence(@Nullable String comment, List<String[]> lines) {
    public List<String> words() {
      return lines.stream().map(l -> l[1]).toList();
    }

    /** The gold outer tags. */
    public List<String> tags() {
      return lines.stream().map(l -> l[2]).toList();
    }
  }

  /** Precision, recall and F1 overall and per type, with the counts behind them. */
  public record Scores(Map<String, int[]> counts) {
    /** counts: type -> {true positives, predicted, gold}. */
    public double precision(String type) {
      int[] c = counts.get(type);
      return c == null || c[1] == 0 ? 0 : (double) c[0] / c[1];
    }

    public double recall(String type) {
      int[] c = counts.get(type);
      return c == null || c[2] == 0 ? 0 : (double) c[0] / c[2];
    }

    public double f1(String type) {
      double p = precision(type);
      double r = recall(type);
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  public static List<GoldSentence> read(Path file) {
    List<GoldSentence> out = new ArrayList<>();
    List<String> all;
    try {
      all = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.BAD_GOLD_DATA, file + ": cannot read: " + e.getMessage());
    }
    String comment = null;
    List<String[]> lines = new ArrayList<>();
    int n = 0;
    for (String line : all) {
      n++;
      if (line.startsWith("#")) {
        comment = line;
      } else if (line.isBlank()) {
        if (!lines.isEmpty()) {
          out.add(new GoldSentence(comment, lines));
        }
        lines = new ArrayList<>();
        comment = null;
      } else {
        String[] cols = line.split("\t", -1);
        if (cols.length < 3) {
          throw new HeraldException(ErrorCode.BAD_GOLD_DATA,
              file + ":" + n + ": expected index, word and tag columns separated by tabs");
        }
        lines.add(cols);
      }
    }
    if (!lines.isEmpty()) {
      out.add(new GoldSentence(comment, lines));
    }
    if (out.isEmpty()) {
      throw new HeraldException(ErrorCode.BAD_GOLD_DATA, file + ": no sentences");
    }
    return out;
  }

  /** Tags the words of the gold sentences with CoreNLP, without re-tokenising them. */
  public List<Tagged> tag(List<GoldSentence> gold) {
    List<Tagged> out = new ArrayList<>();
    for (int b = 0; b < gold.size(); b += BATCH) {
      List<List<String>> words = new ArrayList<>();
      for (GoldSentence g : gold.subList(b, Math.min(gold.size(), b + BATCH))) {
        words.add(g.words());
      }
      String text = PretokenizedTagger.joined(words);
      List<Sentence> tagged = tagger.tag(words, "de");
      for (int k = 0; k < tagged.size(); k++) {
        if (tagged.get(k).tokens().size() != words.get(k).size()) {
          throw new IllegalStateException("tagger changed the words of sentence " + (b + k));
        }
        out.add(new Tagged(tagged.get(k), text));
      }
    }
    return out;
  }

  /** Predicted outer BIO tags (PER, LOC, ORG, OTH) for each sentence's words. */
  public List<List<String>> predict(List<GoldSentence> gold) {
    return predictTagged(tag(gold));
  }

  /** Predicted outer BIO tags for sentences already tagged. */
  public List<List<String>> predictTagged(List<Tagged> tagged) {
    List<List<String>> out = new ArrayList<>();
    for (Tagged t : tagged) {
      if (refiner == null) {
        out.add(bio(t.sentence().tokens(), Set.of()));
      } else {
        NerRefiner.Refined r = refiner.refine(t.sentence(), t.text(), "de");
        out.add(bio(r.sentence().tokens(), r.begins()));
      }
    }
    return out;
  }

  private static List<String> bio(List<Token> tokens, Set<Integer> begins) {
    List<String> tags = new ArrayList<>();
    String prev = "O";
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String type = switch (t.ner()) {
        case "PERSON" -> "PER";
        case "LOCATION" -> "LOC";
        case "ORGANIZATION" -> "ORG";
        case "MISC" -> "OTH";
        default -> "O";
      };
      boolean inside = type.equals(prev) && !begins.contains(i);
      tags.add(type.equals("O") ? "O" : (inside ? "I-" : "B-") + type);
      prev = type;
    }
    return tags;
  }

  /** Writes the gold lines with the predicted tag appended as the last column. */
  public static void write(List<GoldSentence> gold, List<List<String>> predicted, Writer out) {
    PrintWriter w = new PrintWriter(out);
    for (int i = 0; i < gold.size(); i++) {
      GoldSentence g = gold.get(i);
      if (g.comment() != null) {
        w.println(g.comment());
      }
      for (int k = 0; k < g.lines().size(); k++) {
        w.println(String.join("\t", g.lines().get(k)) + "\t" + predicted.get(i).get(k));
      }
      w.println();
    }
    w.flush();
  }

  /** Strict span scores at the outer level; *deriv and *part labels count as O. */
  public static Scores score(List<GoldSentence> gold, List<List<String>> predicted) {
    Map<String, int[]> counts = new TreeMap<>();
    for (String t : List.of("ALL", "LOC", "ORG", "OTH", "PER")) {
      counts.put(t, new int[3]);
    }
    for (int i = 0; i < gold.size(); i++) {
      Map<String, String> g = spans(gold.get(i).tags());
      Map<String, String> p = spans(predicted.get(i));
      for (Map.Entry<String, String> e : p.entrySet()) {
        counts.get(e.getValue())[1]++;
        counts.get("ALL")[1]++;
        if (e.getValue().equals(g.get(e.getKey()))) {
          counts.get(e.getValue())[0]++;
          counts.get("ALL")[0]++;
        }
      }
      for (String type : g.values()) {
        counts.get(type)[2]++;
        counts.get("ALL")[2]++;
      }
    }
    return new Scores(counts);
  }

  /** Spans "start:end" -> type of one sentence's BIO tags, ignoring *deriv and *part. */
  public static Map<String, String> spans(List<String> tags) {
    Map<String, String> out = new LinkedHashMap<>();
    int start = -1;
    String type = null;
    for (int k = 0; k <= tags.size(); k++) {
      String tag = k < tags.size() ? tags.get(k) : "O";
      String t = tag.length() > 2 ? tag.substring(2) : null;
      if (t != null && (t.endsWith("deriv") || t.endsWith("part"))) {
        t = null;
      }
      boolean begins = t != null && (tag.startsWith("B-") || !t.equals(type));
      if (type != null && (t == null || begins)) {
        out.put(start + ":" + k, type);
        type = null;
      }
      if (t != null && begins) {
        start = k;
        type = t;
      }
    }
    return out;
  }
}
