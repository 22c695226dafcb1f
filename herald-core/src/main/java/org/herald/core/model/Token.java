package org.herald.core.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One syntactic word. A contraction such as German "zum" becomes two words ("zu", "dem") that
 * share the span of the surface token, so {@code word} need not equal the covered text.
 *
 * @param start first character of the surface token
 * @param end   end of the surface token, exclusive
 * @param word  the word form (after multi-word-token expansion)
 * @param lemma the lemma, or null where no lemmatiser ran
 * @param upos  Universal Dependencies part of speech, or null
 * @param tag   language-specific tag, or null
 * @param ner   the named-entity tag of the tagger (PERSON, LOCATION, ORGANIZATION, MISC or O)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Token(
    int start, int end, String word, @Nullable String lemma, @Nullable String upos,
    @Nullable String tag, String ner) {
  public Token {
    Span.check(start, end);
    requireNonNull(word, "word is null");
    requireNonNull(ner, "ner is null");
  }

  @JsonIgnore
  public Span span() {
    return new Span(start, end);
  }

  public Token withNer(String newNer) {
    return new Token(start, end, word, lemma, upos, tag, newNer);
  }
}
