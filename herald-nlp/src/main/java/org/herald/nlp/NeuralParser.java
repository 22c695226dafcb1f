package org.herald.nlp;

import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CoreNLP's neural dependency parser (Chen and Manning's transition parser: its model, its
 * features, its arc-standard transitions) with Herald's own scoring of the transitions. CoreNLP
 * scores a transition in double precision with one dot product per hidden unit; on a parsed page
 * that was half of Herald's time. Here the two layers are stored transposed, so that the
 * network's sums run as long multiply-adds over contiguous floats, which the JIT compiles to
 * vector instructions; the hidden layer's share of the most frequent (word, position) features
 * is computed once when the model loads, as CoreNLP does, and that of other features when first
 * met. Floats instead of doubles could tip a close choice between two transitions; on 3,353
 * sentences of 40 German and 40 English news pages the parses were CoreNLP's, every arc
 * ({@code NeuralParserIT} keeps a few).
 */
final class NeuralParser {
  private final DependencyParser model;
  private final ArcStandard system;
  private final List<String> transitions;
  private final int hiddenSize;
  private final int embeddingSize;
  private final int features;
  private final float[][] embeddings;
  /** Hidden-layer weights, one row per input unit (feature position times embedding). */
  private final float[][] hiddenByInput;
  private final float[] hiddenBias;
  /** Output weights, one row per hidden unit. */
  private final float[][] outputByHidden;
  /** Hidden-layer sums of frequent (word, position) features, by word * features + position. */
  private final Map<Integer, float[]> precomputed = new HashMap<>();
  /**
   * Hidden-layer sums of the other features, kept as they are first met, up to {@link #LEARNED}
   * (4 KB each): a word recurs at several positions while its sentence is parsed, and names recur
   * across the articles of a day.
   */
  private final Map<Integer, float[]> learned = new ConcurrentHashMap<>();
  private static final int LEARNED = 20_000;

  private NeuralParser(DependencyParser model, int precompute) {
    this.model = model;
    Classifier classifier = field(model, DependencyParser.class, "classifier");
    this.system = field(model, DependencyParser.class, "system");
    this.transitions = field(system, ParsingSystem.class, "transitions");
    float[][] w1 = classifier.getW1();
    float[][] w2 = classifier.getW2();
    this.embeddings = classifier.getE();
    this.hiddenBias = classifier.getb1();
    this.hiddenSize = w1.length;
    this.embeddingSize = embeddings[0].length;
    this.features = w1[0].length / embeddingSize;
    this.hiddenByInput = transpose(w1);
    this.outputByHidden = transpose(w2);
    List<Integer> frequent = field(model, DependencyParser.class, "preComputed");
    for (int key : frequent.subList(0, Math.min(precompute, frequent.size()))) {
      float[] sum = new float[hiddenSize];
      addFeature(sum, key / features, key % features);
      precomputed.put(key, sum);
    }
  }

  /**
   * Loads a parser model from the class path; {@code precompute} is how many of the model's most
   * frequent features get their hidden-layer sums computed at once.
   */
  static NeuralParser load(String path, int precompute) {
    return load(path, precompute, true);
  }

  /**
   * As {@link #load(String, int)}; with {@code binary} false, from CoreNLP's text model even
   * where the build wrote its binary form ({@link ParserModelFile}).
   */
  static NeuralParser load(String path, int precompute, boolean binary) {
    Properties p = new Properties();
    p.setProperty("numPreComputed", "0"); // Herald computes its own, in floats
    p.setProperty("numCached", "0");
    DependencyParser model = binary ? ParserModelFile.readBinary(path, p) : null;
    return new NeuralParser(model != null ? model : DependencyParser.loadFromModelFile(path, p),
        precompute);
  }

  /**
   * The head (0 for the root) and the relation of each word of a sentence whose tokens carry
   * their words and tags: heads[i - 1] and labels[i - 1] for word i.
   */
  Parse parse(CoreMap sentence) {
    Configuration c = system.initialConfiguration(sentence);
    int[] feature = new int[features];
    float[] hidden = new float[hiddenSize];
    float[] scores = new float[transitions.size()];
    while (!system.isTerminal(c)) {
      List<Integer> f = model.getFeatures(c);
      for (int j = 0; j < features; j++) {
        feature[j] = f.get(j);
      }
      score(feature, hidden, scores);
      String best = null;
      float bestScore = Float.NEGATIVE_INFINITY;
      for (int t = 0; t < scores.length; t++) {
        if (scores[t] > bestScore && system.canApply(c, transitions.get(t))) {
          bestScore = scores[t];
          best = transitions.get(t);
        }
      }
      system.apply(c, best);
    }
    int n = c.getSentenceSize();
    int[] heads = new int[n];
    String[] labels = new String[n];
    for (int i = 1; i <= n; i++) {
      heads[i - 1] = c.getHead(i);
      labels[i - 1] = heads[i - 1] == 0 ? "root" : c.getLabel(i);
    }
    passiveSubjects(heads, labels);
    return new Parse(heads, labels);
  }

  /**
   * The subject of a verb with a passive auxiliary is a passive subject, as CoreNLP's conversion
   * of a parse into a grammatical structure makes it.
   */
  private static void passiveSubjects(int[] heads, String[] labels) {
    for (int aux = 0; aux < labels.length; aux++) {
      if (!labels[aux].equals("aux:pass")) {
        continue;
      }
      for (int w = 0; w < labels.length; w++) {
        if (heads[w] == heads[aux] && (labels[w].equals("nsubj") || labels[w].equals("csubj"))) {
          labels[w] = labels[w] + ":pass";
        }
      }
    }
  }

  /** Heads and relations of a sentence's words, word i at index i - 1. */
  record Parse(int[] heads, String[] labels) {}

  private void score(int[] feature, float[] hidden, float[] scores) {
    Arrays.fill(hidden, 0f);
    for (int j = 0; j < features; j++) {
      float[] sum = featureSum(feature[j], j);
      for (int i = 0; i < hiddenSize; i++) {
        hidden[i] += sum[i];
      }
    }
    Arrays.fill(scores, 0f);
    for (int i = 0; i < hiddenSize; i++) {
      float x = hidden[i] + hiddenBias[i];
      float cube = x * x * x;
      float[] w = outputByHidden[i];
      for (int t = 0; t < scores.length; t++) {
        scores[t] += cube * w[t];
      }
    }
  }

  /** The hidden-layer sum of one feature: precomputed, learned, or computed now. */
  private float[] featureSum(int token, int position) {
    int key = token * features + position;
    float[] sum = precomputed.get(key);
    if (sum == null) {
      sum = learned.get(key);
    }
    if (sum == null) {
      sum = new float[hiddenSize];
      addFeature(sum, token, position);
      if (learned.size() < LEARNED) {
        learned.put(key, sum);
      }
    }
    return sum;
  }

  /** Adds the hidden-layer sum of one feature (an embedding at a position) to {@code hidden}. */
  private void addFeature(float[] hidden, int token, int position) {
    float[] e = embeddings[token];
    int offset = position * embeddingSize;
    for (int k = 0; k < embeddingSize; k++) {
      float x = e[k];
      float[] w = hiddenByInput[offset + k];
      for (int i = 0; i < hiddenSize; i++) {
        hidden[i] += x * w[i];
      }
    }
  }

  private static float[][] transpose(float[][] m) {
    float[][] t = new float[m[0].length][m.length];
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m[i].length; j++) {
        t[j][i] = m[i][j];
      }
    }
    return t;
  }

  /** A private field of CoreNLP's parser classes (also read by {@link ParserModelFile}). */
  @SuppressWarnings("unchecked")
  static <T> T field(Object owner, Class<?> declaring, String name) {
    try {
      Field f = declaring.getDeclaredField(name);
      f.setAccessible(true);
      return (T) f.get(owner);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("CoreNLP's parser has no field '" + name
          + "' (another CoreNLP version?)", e);
    }
  }
}
