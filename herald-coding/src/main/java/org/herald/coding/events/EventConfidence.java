package org.herald.coding.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.herald.core.model.Event;
import org.jspecify.annotations.Nullable;

/**
 * An event's confidence as the share of such events that are right: a logistic model over the
 * coding rules' own confidence and what the event is (its language, its code's root, the kind of
 * its target). {@code herald eval news --fit-confidence} fits it on the news gold's dev half
 * (docs/EVALUATION.md, "Confidence"), and its weights are the data file
 * {@value #RESOURCE}. Only the events Herald stands behind ({@link EventFilter#TRUSTED} and up)
 * are rated; those the precision rules doubt keep their confidence. Immutable.
 */
public final class EventConfidence {
  /** The bundled model's file, beside this class. */
  static final String RESOURCE = "confidence-model.tsv";
  /** The rules' confidence, unchanged: what the model is fitted on. */
  public static final EventConfidence RULES = new EventConfidence(Map.of());
  /** The feature that carries the rules' confidence; every other one is 0 or 1. */
  public static final String RULE = "rule";
  private static final String BIAS = "bias";

  private final Map<String, Double> weights;

  private EventConfidence(Map<String, Double> weights) {
    this.weights = Map.copyOf(weights);
  }

  /** A model of these weights (by feature name); none: the rules' confidence. */
  public static EventConfidence of(Map<String, Double> weights) {
    return new EventConfidence(weights);
  }

  /** The model Herald ships. */
  public static EventConfidence bundled() {
    try (InputStream in = EventConfidence.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(r.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A model from the lines of its file: "feature TAB weight", "#" comments. */
  public static EventConfidence parse(List<String> lines) {
    Map<String, Double> w = new LinkedHashMap<>();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalArgumentException("not 'feature TAB weight': " + line);
      }
      w.put(f[0], Double.parseDouble(f[1]));
    }
    return of(w);
  }

  /** The model's file lines for {@code weights}, after the {@code comments}. */
  public static List<String> lines(Map<String, Double> weights, List<String> comments) {
    List<String> out = new ArrayList<>();
    comments.forEach(c -> out.add("# " + c));
    weights.forEach((k, v) -> out.add(k + "\t" + String.format(Locale.ROOT, "%.4f", v)));
    return out;
  }

  /**
   * What the model reads of an event: a bias, the rules' confidence ({@link #RULE}), English
   * (German is the base), the code's root and the kind of target.
   */
  public static Map<String, Double> features(@Nullable String language, String code,
      @Nullable String target, double rule) {
    Map<String, Double> f = new LinkedHashMap<>();
    f.put(BIAS, 1.0);
    f.put(RULE, rule);
    if ("en".equals(language)) {
      f.put("language en", 1.0);
    }
    f.put("root " + Roots.of(code), 1.0);
    f.put("target " + targetKind(target), 1.0);
    return f;
  }

  /**
   * The kind of a target's actor code: none; a country's people (a country alone or its
   * civilians); its state (government, police, courts, army, secret service); an international
   * or non-governmental organisation or a company; another part of a country.
   */
  static String targetKind(@Nullable String actor) {
    if (actor == null || actor.isEmpty()) {
      return "none";
    }
    if (actor.startsWith("IGO") || actor.startsWith("NGO") || actor.startsWith("MNC")) {
      return "organisation";
    }
    String agent = actor.length() >= 6 ? actor.substring(3, 6) : "";
    if (agent.isEmpty() || agent.equals("CVL")) {
      return "people";
    }
    return Roots.STATE.contains(agent) ? "state" : "other";
  }

  /** The model's probability for features; the rules' confidence where it has no weights. */
  public double probability(Map<String, Double> features) {
    if (weights.isEmpty()) {
      return features.getOrDefault(RULE, 0.0);
    }
    double z = 0;
    for (Map.Entry<String, Double> f : features.entrySet()) {
      z += weights.getOrDefault(f.getKey(), 0.0) * f.getValue();
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** The events, those Herald stands behind with the model's confidence, in their order. */
  List<Event> rate(List<Event> events, @Nullable String language) {
    if (weights.isEmpty()) {
      return events;
    }
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      if (e.confidence() < EventFilter.TRUSTED) {
        out.add(e);
        continue;
      }
      String target = e.target() == null ? null : e.target().actor();
      out.add(e.withConfidence(Math.round(probability(features(language, e.code(), target,
          e.confidence())) * 100) / 100.0));
    }
    return out;
  }
}
