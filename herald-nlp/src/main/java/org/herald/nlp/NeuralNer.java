package org.herald.nlp;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;

/**
 * Herald's German entity tagger: a bidirectional LSTM trained on GermEval 2014 by
 * {@code train/ner/train.sh}, run on the CPU with ONNX Runtime. Each word is given to it as its
 * lower-cased form (digits as 0), its distributional class, its shape, its part of speech, its
 * characters, what the German dictionary says it can be ({@link WordSignature}) and its vector
 * from CoreNLP's German parser, exactly as {@code train/ner/train.py} encodes them; the tags it scores are decoded
 * as the best IOB2 sequence in which an I- tag follows its own type, under the transition scores
 * of {@code transitions.txt} (a CRF's, learnt with the tagger; all 0 for a tagger without). Loaded
 * once per JVM; thread-safe.
 */
public final class NeuralNer {
  private static final String DIR = "org/herald/nlp/ner/";
  private static final int MAX_CHARS = 24;
  private static volatile NeuralNer german;

  private final OrtEnvironment env = OrtEnvironment.getEnvironment();
  private final OrtSession session;
  private final Map<String, Integer> words;
  private final Map<String, Integer> classIds;
  private final Map<String, String> wordClasses;
  private final Map<String, Integer> pos;
  private final Map<Integer, Integer> chars;
  private final Map<String, Integer> signatures;
  private final Map<String, Integer> vectorWords;
  private final List<String> tags;
  private final boolean[][] allowed;
  private final boolean[] startAllowed;
  /** Score of tag i followed by tag j; row n is the start, column n the end. */
  private final double[][] transitions;

  private NeuralNer() {
    words = index(lines("words.txt"));
    classIds = index(lines("classes.txt"));
    pos = index(lines("pos.txt"));
    chars = new HashMap<>();
    List<String> c = lines("chars.txt");
    for (int i = 2; i < c.size(); i++) {
      chars.put(c.get(i).codePointAt(0), i);
    }
    tags = lines("tags.txt");
    signatures = index(lines("dict.txt"));
    List<String> v = lines("vector-words.txt");
    vectorWords = new HashMap<>(v.size() * 4);
    for (int i = 2; i < v.size(); i++) {
      vectorWords.putIfAbsent(v.get(i), i);
    }
    for (int i = 2; i < v.size(); i++) {
      vectorWords.putIfAbsent(v.get(i).toLowerCase(java.util.Locale.ROOT), i);
    }
    wordClasses = wordClasses();
    int n = tags.size();
    allowed = new boolean[n][n];
    startAllowed = new boolean[n];
    for (int j = 0; j < n; j++) {
      startAllowed[j] = !tags.get(j).startsWith("I-");
      for (int i = 0; i < n; i++) {
        allowed[i][j] = !tags.get(j).startsWith("I-")
            || tags.get(i).length() > 2 && tags.get(i).substring(2).equals(tags.get(j).substring(2));
      }
    }
    transitions = transitions(lines("transitions.txt"), n);
    try (InputStream in = resource("german-ner.onnx");
        OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      session = env.createSession(in.readAllBytes(), options);
    } catch (IOException | OrtException e) {
      throw new HeraldException(ErrorCode.RESOURCE, "cannot load the German entity tagger: " + e, e);
    }
  }

  /** The German tagger, loaded on first use (outside the asking document's time). */
  public static NeuralNer german() {
    NeuralNer g = german;
    return g != null ? g : org.herald.core.Deadline.loadingExcluded(() -> {
      synchronized (NeuralNer.class) {
        if (german == null) {
          german = new NeuralNer();
        }
        return german;
      }
    });
  }

  /**
   * IOB2 tags (O, B-PER, I-PER, B-LOC, I-LOC, B-ORG, I-ORG, B-OTH, I-OTH) for one sentence.
   *
   * @param sentence its words
   * @param partsOfSpeech the universal part of speech of each word, as CoreNLP's German tagger
   *     gives it
   */
  public List<String> tag(List<String> sentence, List<String> partsOfSpeech) {
    int t = sentence.size();
    if (t == 0) {
      return List.of();
    }
    long[] w = new long[t];
    long[] k = new long[t];
    long[] s = new long[t];
    long[] p = new long[t];
    long[] d = new long[t];
    long[] v = new long[t];
    int width = 1;
    int[][] cs = new int[t][];
    for (int i = 0; i < t; i++) {
      String word = sentence.get(i);
      w[i] = words.getOrDefault(normalised(word), 1);
      String cls = wordClasses.get(word);
      k[i] = cls == null ? 1 : classIds.getOrDefault(cls, 1);
      s[i] = shape(word) + 1;
      p[i] = pos.getOrDefault(partsOfSpeech.get(i), 1);
      d[i] = signatures.getOrDefault(WordSignature.of(word), 1);
      Integer vector = vectorWords.get(word);
      v[i] = vector != null ? vector
          : vectorWords.getOrDefault(word.toLowerCase(java.util.Locale.ROOT), 1);
      cs[i] = charIds(word);
      width = Math.max(width, cs[i].length);
    }
    long[] c = new long[t * width];
    for (int i = 0; i < t; i++) {
      for (int j = 0; j < cs[i].length; j++) {
        c[i * width + j] = cs[i][j];
      }
    }
    long[] shape2 = {1, t};
    try (OnnxTensor tw = OnnxTensor.createTensor(env, LongBuffer.wrap(w), shape2);
        OnnxTensor tk = OnnxTensor.createTensor(env, LongBuffer.wrap(k), shape2);
        OnnxTensor ts = OnnxTensor.createTensor(env, LongBuffer.wrap(s), shape2);
        OnnxTensor tp = OnnxTensor.createTensor(env, LongBuffer.wrap(p), shape2);
        OnnxTensor tc = OnnxTensor.createTensor(env, LongBuffer.wrap(c), new long[] {1, t, width});
        OnnxTensor td = OnnxTensor.createTensor(env, LongBuffer.wrap(d), shape2);
        OnnxTensor tv = OnnxTensor.createTensor(env, LongBuffer.wrap(v), shape2);
        OrtSession.Result r = session.run(Map.of("words", tw, "classes", tk, "cases", ts,
            "pos", tp, "chars", tc, "dict", td, "vectors", tv))) {
      float[][] scores = ((float[][][]) r.get(0).getValue())[0];
      return decode(scores);
    } catch (OrtException e) {
      throw new IllegalStateException("the German entity tagger failed: " + e.getMessage(), e);
    }
  }

  /**
   * The best tag sequence in which an I- tag follows a B- or I- tag of its own type, under the
   * transition scores.
   */
  List<String> decode(float[][] scores) {
    int n = tags.size();
    int t = scores.length;
    double[] best = new double[n];
    int[][] back = new int[t][n];
    for (int j = 0; j < n; j++) {
      best[j] = startAllowed[j] ? transitions[n][j] + scores[0][j] : Double.NEGATIVE_INFINITY;
    }
    for (int x = 1; x < t; x++) {
      double[] next = new double[n];
      for (int j = 0; j < n; j++) {
        double v = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int i = 0; i < n; i++) {
          double w = best[i] + transitions[i][j];
          if (allowed[i][j] && w > v) {
            v = w;
            arg = i;
          }
        }
        next[j] = v + scores[x][j];
        back[x][j] = arg;
      }
      best = next;
    }
    int j = 0;
    for (int i = 1; i < n; i++) {
      if (best[i] + transitions[i][n] > best[j] + transitions[j][n]) {
        j = i;
      }
    }
    String[] out = new String[t];
    for (int x = t - 1; x >= 0; x--) {
      out[x] = tags.get(j);
      j = back[x][j];
    }
    return List.of(out);
  }

  /** The (n+1) x (n+1) transition scores, one row a line: row n the start, column n the end. */
  static double[][] transitions(List<String> rows, int n) {
    if (rows.size() != n + 1) {
      throw new HeraldException(ErrorCode.RESOURCE,
          "transitions.txt of the German entity tagger has " + rows.size() + " rows, not " + (n + 1));
    }
    double[][] out = new double[n + 1][n + 1];
    for (int i = 0; i <= n; i++) {
      String[] cells = rows.get(i).trim().split(" ");
      if (cells.length != n + 1) {
        throw new HeraldException(ErrorCode.RESOURCE,
            "row " + (i + 1) + " of transitions.txt has " + cells.length + " scores, not " + (n + 1));
      }
      for (int j = 0; j <= n; j++) {
        out[i][j] = Double.parseDouble(cells[j]);
      }
    }
    return out;
  }

  /** Lower case, each digit as 0 (train.py's norm). */
  static String normalised(String word) {
    StringBuilder sb = new StringBuilder(word.length());
    word.toLowerCase(java.util.Locale.ROOT).codePoints()
        .forEach(c -> sb.appendCodePoint(Character.isDigit(c) ? '0' : c));
    return sb.toString();
  }

  /** train.py's case(): lower 0, capitalised 1, upper 2, digit 3, mixed 4, punctuation 5, other 6. */
  static int shape(String word) {
    if (word.codePoints().anyMatch(Character::isDigit)) {
      return 3;
    }
    int[] letters = word.codePoints().filter(Character::isLetter).toArray();
    if (letters.length == 0) {
      return !word.isEmpty() && word.codePoints().noneMatch(Character::isLetterOrDigit) ? 5 : 6;
    }
    boolean allLower = true;
    boolean allUpper = true;
    boolean restLower = true;
    for (int i = 0; i < letters.length; i++) {
      allLower &= Character.isLowerCase(letters[i]);
      allUpper &= Character.isUpperCase(letters[i]);
      if (i > 0) {
        restLower &= Character.isLowerCase(letters[i]);
      }
    }
    if (allLower) {
      return 0;
    }
    if (allUpper) {
      return 2;
    }
    return Character.isUpperCase(letters[0]) && restLower ? 1 : 4;
  }

  private int[] charIds(String word) {
    int[] cps = word.codePoints().toArray();
    if (cps.length > MAX_CHARS) {
      int[] cut = new int[MAX_CHARS];
      System.arraycopy(cps, 0, cut, 0, MAX_CHARS / 2);
      System.arraycopy(cps, cps.length - MAX_CHARS / 2, cut, MAX_CHARS / 2, MAX_CHARS / 2);
      cps = cut;
    }
    int[] ids = new int[cps.length];
    for (int i = 0; i < cps.length; i++) {
      ids[i] = chars.getOrDefault(cps[i], 1);
    }
    return ids;
  }

  private static Map<String, Integer> index(List<String> items) {
    Map<String, Integer> m = new HashMap<>(items.size() * 2);
    for (int i = 0; i < items.size(); i++) {
      m.putIfAbsent(items.get(i), i);
    }
    return m;
  }

  private static Map<String, String> wordClasses() {
    Map<String, String> m = new HashMap<>(1 << 20);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(resource("german-word-classes.tsv.gz")), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          m.put(line.substring(0, tab), line.substring(tab + 1).intern());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }

  private static List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        out.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static InputStream resource(String name) {
    InputStream in = NeuralNer.class.getClassLoader().getResourceAsStream(DIR + name);
    if (in == null) {
      throw new HeraldException(ErrorCode.RESOURCE, "missing resource " + DIR + name);
    }
    return in;
  }
}
