package org.herald.engine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.herald.core.ContractJson;
import org.herald.core.ErrorCode;
import org.herald.core.Extractor;
import org.herald.core.HeraldException;
import org.herald.core.RawInput;
import org.herald.core.model.Document;
import org.jspecify.annotations.Nullable;

/**
 * Article extraction against two public benchmarks: the article-extraction-benchmark (gold
 * article bodies; precision and recall over word 4-gram shingles, per document normalised and
 * averaged over documents, F1 from the averages) and trafilatura's evaluation set (per page,
 * segments that must be kept and boilerplate that must go; gold titles, dates and authors).
 * Both are test sets without a training split: documents are split by their sorted position
 * into an even half (to develop against) and an odd half (held out), reported separately.
 */
public final class ExtractionEval {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private ExtractionEval() {}

  /** What the extractor gave for one page. */
  public record Prediction(String articleBody, @Nullable String title, @Nullable String date,
      @Nullable String author, double millis) {}

  /** Extracts every *.html and *.html.gz file of a directory, keyed by name less extensions. */
  public static Map<String, Prediction> extractAll(Extractor extractor, Path dir) {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().matches(".*\\.html?(\\.gz)?$"))
          .sorted().toList();
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.UNREADABLE, dir + ": cannot list: " + e.getMessage());
    }
    if (files.isEmpty()) {
      throw new HeraldException(ErrorCode.BAD_GOLD_DATA, dir + ": no .html or .html.gz files");
    }
    Map<String, Prediction> out = new LinkedHashMap<>();
    for (Path f : files) {
      String name = f.getFileName().toString().replaceFirst("\\.gz$", "")
          .replaceFirst("\\.html?$", "");
      byte[] bytes = read(f);
      long t0 = System.nanoTime();
      Prediction p;
      try {
        Document d = extractor.extract(
            new RawInput(name + ".html", bytes, "text/html", null, null, null));
        p = new Prediction(d.text(), d.title(), d.published(),
            d.contributors().isEmpty() ? null : String.join("; ", d.contributors()),
            (System.nanoTime() - t0) / 1e6);
      } catch (RuntimeException e) {
        // A page the extractor refuses (or a bug) scores as an empty extraction.
        p = new Prediction("", null, null, null, (System.nanoTime() - t0) / 1e6);
      }
      out.put(name, p);
    }
    return out;
  }

  private static byte[] read(Path f) {
    try (InputStream in = Files.newInputStream(f)) {
      InputStream raw = f.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
      return raw.readAllBytes();
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.UNREADABLE, f + ": cannot read: " + e.getMessage());
    }
  }

  /** The predictions as the benchmarks' JSON: name -> {articleBody, title, date, author}. */
  public static void write(Map<String, Prediction> predictions, Path out) {
    ObjectNode root = ContractJson.mapper().createObjectNode();
    predictions.forEach((name, p) -> {
      ObjectNode n = root.putObject(name);
      n.put("articleBody", p.articleBody());
      n.put("title", p.title());
      n.put("date", p.date());
      n.put("author", p.author());
    });
    try {
      ContractJson.mapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), root);
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.UNREADABLE, out + ": cannot write: " + e.getMessage());
    }
  }

  /** Figures for one half (or all) of a benchmark. */
  public record Figures(String part, int documents, double precision, double recall,
      double f1, Map<String, Double> extra) {}

  // ---------------------------------------------------------------------------------------
  // article-extraction-benchmark

  /** Scores against ground-truth.json for the even half, the odd half and all documents. */
  public static List<Figures> scoreShingles(Map<String, Prediction> predictions, Path groundTruth) {
    JsonNode gold = readJson(groundTruth);
    List<String> keys = sortedKeys(gold);
    List<Figures> out = new ArrayList<>();
    for (String part : List.of("even", "odd", "all")) {
      double tp = 0;
      double fp = 0;
      double fn = 0;
      int n = 0;
      for (int i = 0; i < keys.size(); i++) {
        if (!inPart(part, i)) {
          continue;
        }
        String key = keys.get(i);
        Prediction p = predictions.get(key);
        String truth = gold.get(key).path("articleBody").asText("");
        double[] m = shingleMatch(truth, p == null ? "" : p.articleBody());
        tp += m[0];
        fp += m[1];
        fn += m[2];
        n++;
      }
      tp /= n;
      fp /= n;
      fn /= n;
      double precision = tp == 0 ? 0 : tp / (tp + fp);
      double recall = tp == 0 ? 0 : tp / (tp + fn);
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      out.add(new Figures(part, n, precision, recall, f1, Map.of()));
    }
    return out;
  }

  private static boolean inPart(String part, int i) {
    return part.equals("all") || (part.equals("even") == (i % 2 == 0));
  }

  /** True positives, false positives and false negatives of 4-gram shingles, normalised. */
  static double[] shingleMatch(String truth, String predicted) {
    Map<String, Integer> t = shingles(truth);
    Map<String, Integer> p = shingles(predicted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    Map<String, Integer> all = new HashMap<>(t);
    p.forEach((k, v) -> all.putIfAbsent(k, 0));
    for (String k : all.keySet()) {
      int tc = t.getOrDefault(k, 0);
      int pc = p.getOrDefault(k, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double s = tp + fp + fn;
    return s == 0 ? new double[] {0, 0, 0} : new double[] {tp / s, fp / s, fn / s};
  }

  private static Map<String, Integer> shingles(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < Math.max(1, words.size() - 3); i++) {
      String shingle = String.join(" ", words.subList(i, Math.min(words.size(), i + 4)));
      if (!shingle.isEmpty()) {
        out.merge(shingle, 1, Integer::sum);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------
  // trafilatura evaluation set

  /** Scores against evaldata.json: segments, and title, date and author accuracy. */
  public static List<Figures> scoreSegments(Map<String, Prediction> predictions, Path evaldata) {
    JsonNode gold = readJson(evaldata);
    List<String> keys = sortedKeys(gold);
    List<Figures> out = new ArrayList<>();
    for (String part : List.of("even", "odd", "all")) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      int tn = 0;
      int[] title = new int[2];
      int[] date = new int[2];
      int[] author = new int[2];
      int n = 0;
      for (int i = 0; i < keys.size(); i++) {
        if (!inPart(part, i)) {
          continue;
        }
        JsonNode item = gold.get(keys.get(i));
        String file = item.path("file").asText().replaceFirst("\\.html?$", "");
        Prediction p = predictions.get(file);
        String text = normalise(p == null ? "" : p.articleBody());
        for (JsonNode seg : item.path("with")) {
          if (text.contains(normalise(seg.asText()))) {
            tp++;
          } else {
            fn++;
          }
        }
        for (JsonNode seg : item.path("without")) {
          if (text.contains(normalise(seg.asText()))) {
            fp++;
          } else {
            tn++;
          }
        }
        count(title, goldText(item.path("title")), p == null ? null : p.title(), false);
        count(date, goldText(item.path("date")), p == null ? null : p.date(), true);
        count(author, goldText(item.path("author")), p == null ? null : p.author(), false);
        n++;
      }
      double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
      double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      Map<String, Double> extra = new LinkedHashMap<>();
      extra.put("accuracy", (double) (tp + tn) / (tp + tn + fp + fn));
      extra.put("title", ratio(title));
      extra.put("date", ratio(date));
      extra.put("author", ratio(author));
      out.add(new Figures(part, n, precision, recall, f1, extra));
    }
    return out;
  }

  /** A gold field as text; a list of authors is joined with "; ". */
  private static String goldText(JsonNode node) {
    if (node.isArray()) {
      List<String> parts = new ArrayList<>();
      node.forEach(n -> parts.add(n.asText()));
      return String.join("; ", parts);
    }
    return node.asText("");
  }

  private static double ratio(int[] c) {
    return c[1] == 0 ? 0 : (double) c[0] / c[1];
  }

  /** Counts a metadata field where the gold has a value: exact after normalisation. */
  private static void count(int[] c, String gold, @Nullable String predicted, boolean isDate) {
    if (gold.isBlank()) {
      return;
    }
    c[1]++;
    if (predicted == null) {
      return;
    }
    String g = isDate ? gold.strip() : normalise(gold).toLowerCase(Locale.ROOT);
    String p = isDate ? predicted.strip() : normalise(predicted).toLowerCase(Locale.ROOT);
    if (g.equals(p)) {
      c[0]++;
    }
  }

  /**
   * Folds white space, and drops the characters a reader never sees (soft hyphens, zero-width
   * spaces and joiners), which Herald removes from its text (all but the joiners) and some gold
   * segments keep. Both sides are compared as written; Herald composes its text (NFC), as the
   * gold segments are.
   */
  private static String normalise(String s) {
    String visible = INVISIBLE.matcher(s).replaceAll("").replace('\u00A0', ' ');
    return SPACES.matcher(visible).replaceAll(" ").strip();
  }

  private static final java.util.regex.Pattern INVISIBLE =
      java.util.regex.Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private static JsonNode readJson(Path file) {
    try {
      return ContractJson.mapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.BAD_GOLD_DATA, file + ": " + e.getMessage());
    }
  }

  /** Mean extraction time per page in milliseconds. */
  public static double meanMillis(Map<String, Prediction> predictions) {
    return predictions.values().stream().mapToDouble(Prediction::millis).average().orElse(0);
  }

  /** Iterates a JSON object's field names in sorted order. */
  static List<String> sortedKeys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      keys.add(it.next());
    }
    keys.sort(null);
    return keys;
  }
}
