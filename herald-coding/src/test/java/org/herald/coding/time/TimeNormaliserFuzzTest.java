package org.herald.coding.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.List;
import org.herald.core.model.TimeValue;

/**
 * Any text and reference day give time expressions whose spans lie inside the text, in order,
 * each its own words, with a TIMEX3-shaped value; never an exception. {@code bench/fuzz.sh}
 * fuzzes it; the kept inputs run in every test run.
 */
class TimeNormaliserFuzzTest {
  private static final TimeNormaliser N = new TimeNormaliser();

  @FuzzTest(maxDuration = "2m")
  void anyTextGivesWellFormedTimes(FuzzedDataProvider data) {
    LocalDate anchor = LocalDate.of(1900, 1, 1).plusDays(data.consumeInt(0, 80_000));
    TimeNormaliser.Direction direction = data.pickValue(TimeNormaliser.Direction.values());
    int offset = data.consumeInt(0, 1000);
    String text = data.consumeRemainingAsString();
    List<TimeValue> found = N.tag(text, offset, anchor, direction);
    int last = offset;
    for (TimeValue t : found) {
      assertThat(t.start()).isGreaterThanOrEqualTo(last);
      assertThat(t.end()).isLessThanOrEqualTo(offset + text.length());
      assertThat(t.text()).isEqualTo(text.substring(t.start() - offset, t.end() - offset));
      assertThat(t.value()).matches("[0-9X]{4}(-[0-9X]{2}(-[0-9X]{2})?)?(T.*)?|[0-9X]{4}-W[0-9X]{2}.*"
          + "|P.*|PRESENT_REF|PAST_REF|FUTURE_REF|[0-9X]{2,4}.*|.+");
      last = t.end();
    }
  }
}
