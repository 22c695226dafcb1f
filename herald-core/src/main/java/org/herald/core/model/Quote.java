package org.herald.core.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Direct or indirect speech.
 *
 * @param speaker     the id of the speaking entity, or null
 * @param speakerName the speaker's name as the document gives it, or null
 * @param via         the chain of attribution, outermost last ("Reuters")
 * @param date        when the words were said: the date of a time expression of the quote's
 *                    sentence outside the quote, else the publication date; null if neither
 * @param dateSource  {@code text} or {@code published}: where the date comes from
 */
public record Quote(
    int start, int end, String text, boolean direct, @Nullable String speaker,
    @Nullable String speakerName, List<String> via, @Nullable String date,
    @Nullable String dateSource) {
  public Quote {
    Span.check(start, end);
    requireNonNull(text, "text is null");
    via = List.copyOf(requireNonNull(via, "via is null"));
  }

  @JsonIgnore
  public Span span() {
    return new Span(start, end);
  }
}
