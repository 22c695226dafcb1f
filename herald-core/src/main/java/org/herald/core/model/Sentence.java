package org.herald.core.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A sentence with its words and, where it was parsed, its dependency arcs.
 *
 * @param dependencies null while the sentence has not been parsed; parsing is done on demand
 *     for the sentences a later stage needs (see {@code SentenceParser})
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Sentence(
    int start, int end, @Nullable String language, List<Token> tokens,
    @Nullable List<Dependency> dependencies) {
  public Sentence {
    Span.check(start, end);
    tokens = List.copyOf(requireNonNull(tokens, "tokens is null"));
    dependencies = dependencies == null ? null : List.copyOf(dependencies);
  }

  @JsonIgnore
  public Span span() {
    return new Span(start, end);
  }

  @JsonIgnore
  public boolean isParsed() {
    return dependencies != null;
  }

  public Sentence withDependencies(List<Dependency> arcs) {
    return new Sentence(start, end, language, tokens, arcs);
  }

  public Sentence withTokens(List<Token> newTokens) {
    return new Sentence(start, end, language, newTokens, dependencies);
  }

  /** The same sentence without words and arcs, as the contract prints it by default. */
  public Sentence bare() {
    return new Sentence(start, end, null, List.of(), null);
  }
}
