package org.herald.engine.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.herald.coding.events.EventConfidence;

/**
 * Fits the event confidence model ({@link EventConfidence}) on a news gold set: each event
 * Herald stands behind, with its rules' confidence, is a sample, right when it matches a gold
 * event at the root level and wrong when it matches none (a repeat of a counted tuple is no
 * sample). The model is a logistic regression with an L2 penalty, fitted by gradient descent.
 * Stateless.
 */
public final class ConfidenceFit {
  /** The penalty on each weight but the bias: how little a few events can move it. */
  public static final double PENALTY = 3.0;
  private static final int STEPS = 20_000;
  private static final double RATE = 0.5;
  /** The confidence bins of the reliability table: [0.2, 0.4), [0.4, 0.6), ... */
  static final double[] BINS = {0.2, 0.4, 0.6, 0.8, 1.01};

  private ConfidenceFit() {}

  /** An event with what the model reads of it and whether it is right. */
  public record Sample(int article, Map<String, Double> features, double confidence,
      boolean right) {}

  /** The samples of outcomes, {@code confidence} being the event's (the rules' or a model's). */
  public static List<Sample> samples(List<NewsEval.Outcome> outcomes) {
    List<Sample> out = new ArrayList<>();
    for (int a = 0; a < outcomes.size(); a++) {
      NewsEval.Outcome o = outcomes.get(a);
      NewsEval.Match root = o.root();
      for (NewsEval.Tuple t : o.found()) {
        boolean right = root.hits().contains(t);
        if (!right && !root.wrong().contains(t) || Double.isNaN(t.confidence())) {
          continue;
        }
        out.add(new Sample(a, EventConfidence.features(o.article().lang(), t.code(),
            t.target(), t.confidence()), t.confidence(), right));
      }
    }
    return out;
  }

  /** The weights fitted on samples, the bias and the rules' confidence first. */
  public static Map<String, Double> fit(List<Sample> samples) {
    TreeSet<String> names = new TreeSet<>();
    samples.forEach(s -> names.addAll(s.features().keySet()));
    Map<String, Double> w = new LinkedHashMap<>();
    w.put("bias", 0.0);
    w.put(EventConfidence.RULE, 0.0);
    names.forEach(n -> w.putIfAbsent(n, 0.0));
    if (samples.isEmpty()) {
      return w;
    }
    int n = samples.size();
    for (int step = 0; step < STEPS; step++) {
      Map<String, Double> grad = new LinkedHashMap<>();
      for (Map.Entry<String, Double> e : w.entrySet()) {
        grad.put(e.getKey(), e.getKey().equals("bias") ? 0 : PENALTY * e.getValue());
      }
      EventConfidence model = EventConfidence.of(w);
      for (Sample s : samples) {
        double err = model.probability(s.features()) - (s.right() ? 1 : 0);
        s.features().forEach((k, x) -> grad.merge(k, err * x, Double::sum));
      }
      w.replaceAll((k, v) -> v - RATE * grad.get(k) / n);
    }
    return w;
  }

  /**
   * Each sample's probability from a model fitted on the other folds' articles (article index
   * modulo {@code folds}): how the model does on articles it was not fitted on.
   */
  public static double[] crossValidated(List<Sample> samples, int folds) {
    double[] p = new double[samples.size()];
    for (int f = 0; f < folds; f++) {
      final int fold = f;
      EventConfidence model = EventConfidence.of(fit(samples.stream()
          .filter(s -> s.article() % folds != fold).toList()));
      for (int i = 0; i < samples.size(); i++) {
        if (samples.get(i).article() % folds == fold) {
          p[i] = model.probability(samples.get(i).features());
        }
      }
    }
    return p;
  }

  /** The mean squared difference between a probability and the truth (lower is better). */
  public static double brier(List<Sample> samples, double[] p) {
    double sum = 0;
    for (int i = 0; i < samples.size(); i++) {
      double d = p[i] - (samples.get(i).right() ? 1 : 0);
      sum += d * d;
    }
    return samples.isEmpty() ? 0 : sum / samples.size();
  }

  /** The samples' own confidences. */
  public static double[] confidences(List<Sample> samples) {
    return samples.stream().mapToDouble(Sample::confidence).toArray();
  }

  /**
   * The reliability table: per confidence bin, the events in it, how many are right, and their
   * mean confidence; a calibrated confidence has the share right near the mean.
   */
  public static List<String> reliability(List<Sample> samples, double[] p) {
    List<String> out = new ArrayList<>();
    for (int b = 0; b + 1 < BINS.length; b++) {
      int n = 0;
      int right = 0;
      double sum = 0;
      for (int i = 0; i < samples.size(); i++) {
        if (p[i] >= BINS[b] && p[i] < BINS[b + 1]) {
          n++;
          right += samples.get(i).right() ? 1 : 0;
          sum += p[i];
        }
      }
      out.add(String.format(java.util.Locale.ROOT, "%.1f-%.1f %5d %5d %9.3f %9.3f", BINS[b],
          Math.min(1.0, BINS[b + 1]), n, right, n == 0 ? 0 : (double) right / n,
          n == 0 ? 0 : sum / n));
    }
    return out;
  }
}
