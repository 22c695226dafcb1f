package org.herald.core;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What earlier articles said of people the knowledge base does not know: a self-extending name
 * list. An article that described "US Trade Representative Robert Lighthizer" teaches that
 * Lighthizer is USAGOV; a later article that names him without a title links him by it. The
 * store keeps them; the entity stage asks only for a person neither the knowledge base nor the
 * article itself describes, so a knowledge-base entry always wins over a learned one.
 */
public interface LearnedPeople {
  /** Learns nothing: the pipeline of {@code analyze}, the evaluations and tests. */
  LearnedPeople NONE = (name, day) -> null;

  /**
   * What was learned of a person.
   *
   * @param name      the full name as the articles wrote it
   * @param actor     the CAMEO actor code the latest article on or before the day gave
   * @param country   its country, or null
   * @param firstSeen the publication day of the first article that described the person
   * @param lastSeen  that of the latest
   * @param documents how many articles described the person
   */
  record Learned(String name, String actor, @Nullable String country,
      @Nullable String firstSeen, @Nullable String lastSeen, int documents) {}

  /**
   * What was learned of a full name ("Robert Lighthizer"), or of a surname alone where one
   * learned person has it; null when nothing (or, for a surname, more than one person) was.
   *
   * @param day the article's day: the description from the latest article on or before it
   *            counts, else the earliest after it
   */
  @Nullable Learned find(String name, @Nullable LocalDate day);
}
