package org.herald.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A paragraph of the clean text, the language identified for it, and where it came from.
 *
 * @param language    ISO 639-1 code, or null before language identification or where unsure
 * @param sourceStart where the paragraph's text starts in the decoded input (the HTML or text as
 *     read, UTF-16 offsets), or null where unknown
 * @param sourceEnd   where it ends in the decoded input, exclusive, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Paragraph(int start, int end, @Nullable String language,
    @Nullable Integer sourceStart, @Nullable Integer sourceEnd) {
  public Paragraph {
    Span.check(start, end);
    if (sourceStart != null && sourceEnd != null) {
      Span.check(sourceStart, sourceEnd);
    }
  }

  public Paragraph(int start, int end, @Nullable String language) {
    this(start, end, language, null, null);
  }

  @JsonIgnore
  public Span span() {
    return new Span(start, end);
  }

  public Paragraph withLanguage(@Nullable String lang) {
    return new Paragraph(start, end, lang, sourceStart, sourceEnd);
  }
}
