package org.herald.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A paragraph of the clean text and the language identified for it.
 *
 * @param language ISO 639-1 code, or null before language identification or where it was unsure
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Paragraph(int start, int end, @Nullable String language) {
  public Paragraph {
    Span.check(start, end);
  }

  @JsonIgnore
  public Span span() {
    return new Span(start, end);
  }

  public Paragraph withLanguage(@Nullable String lang) {
    return new Paragraph(start, end, lang);
  }
}
