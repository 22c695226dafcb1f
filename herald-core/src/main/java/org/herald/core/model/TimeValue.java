package org.herald.core.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A normalised time expression.
 *
 * @param type  DATE, TIME, DURATION or SET
 * @param value TIMEX3 value: 2021-12-15, 2021-06, 2021-W49, 2021-12-15T16:07, PT1H
 * @param tz    the time zone named in the text, or null
 * @param mod   TIMEX3 modifier: START, MID, END (Anfang, Mitte, Ende Juni), APPROX ("etwa eine
 *              Stunde"), MORE_THAN, LESS_THAN; or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimeValue(
    int start, int end, String text, String type, String value, @Nullable String tz,
    @Nullable String mod) {
  public TimeValue {
    Span.check(start, end);
    requireNonNull(text, "text is null");
    requireNonNull(type, "type is null");
    requireNonNull(value, "value is null");
  }

  @JsonIgnore
  public Span span() {
    return new Span(start, end);
  }
}
