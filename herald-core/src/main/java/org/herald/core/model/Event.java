package org.herald.core.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A CAMEO-coded event with its evidence.
 *
 * @param code       CAMEO event code, two to four digits
 * @param root       its first two digits
 * @param date       when it happened: the date of the time expression of its clause, else of
 *                   its sentence, else the publication date; null without any
 * @param dateSource {@code text} or {@code published}: where the date comes from
 * @param modality   asserted, intended, hypothetical, question, ...
 * @param confidence in [0, 1]
 */
public record Event(
    @Nullable EventActor source, @Nullable EventActor target, String code, String root,
    int quadClass, double goldstein, @Nullable String date, @Nullable String dateSource,
    @Nullable String place,
    Span sentence, Trigger trigger, @Nullable String attribution, boolean negated,
    String modality, double confidence) {
  public Event {
    requireNonNull(code, "code is null");
    requireNonNull(root, "root is null");
    requireNonNull(sentence, "sentence is null");
    requireNonNull(trigger, "trigger is null");
    requireNonNull(modality, "modality is null");
    if (!code.matches("\\d{2,4}") || !code.startsWith(root)) {
      throw new IllegalArgumentException("bad CAMEO code " + code + " with root " + root);
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
    }
  }

  /** The same event between other actors. */
  public Event withActors(@Nullable EventActor from, @Nullable EventActor to) {
    return new Event(from, to, code, root, quadClass, goldstein, date, dateSource, place,
        sentence, trigger, attribution, negated, modality, confidence);
  }

  /** The same event with another confidence. */
  public Event withConfidence(double c) {
    return new Event(source, target, code, root, quadClass, goldstein, date, dateSource, place,
        sentence, trigger, attribution, negated, modality, c);
  }
}
