package org.herald.coding.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.herald.coding.time.TimeNormaliser.Direction;
import org.herald.core.model.TimeValue;
import org.junit.jupiter.api.Test;

/** The normaliser on sentences of its own, without models (the tense is given). */
class TimeNormaliserTest {
  private static final TimeNormaliser N = new TimeNormaliser();
  private static final LocalDate DEC_15 = LocalDate.of(2021, 12, 15); // a Wednesday

  private static List<String> values(String sentence, Direction d) {
    return N.tag(sentence, 0, DEC_15, d).stream().map(TimeValue::value).toList();
  }

  @Test
  void theStartingArticlesExpressionsAsAReaderWouldReadThem() {
    assertThat(values("Xi und Putin hielten am Mittwoch einen Videoanruf ab.", Direction.PAST))
        .containsExactly("2021-12-15");
    assertThat(values("Die G-7 gaben am Sonntag eine Erklärung ab.", Direction.PAST))
        .containsExactly("2021-12-12");
    assertThat(values("In einem Treffen in der vergangenen Woche sagte Putin das.",
        Direction.PAST)).containsExactly("2021-W49");
    assertThat(values("Xi und Putin haben sich zuletzt Ende Juni getroffen.", Direction.PAST))
        .containsExactly("2021-06");
    assertThat(values("Xi hatte im Juli telefoniert, Putin im August.", Direction.PAST))
        .containsExactly("2021-07", "2021-08");
    assertThat(values("Die Spiele sollen Anfang Februar beginnen.", Direction.FUTURE))
        .containsExactly("2022-02");
    assertThat(values("Die Ukraine wollte seit 2002 beitreten.", Direction.PAST))
        .containsExactly("2002");
    List<TimeValue> call = N.tag("Der Anruf dauerte etwas mehr als eine Stunde, von 16:07 Uhr"
        + " bis 17:21 Uhr Pekinger Zeit.", 0, DEC_15, Direction.PAST);
    assertThat(call).extracting(TimeValue::value)
        .containsExactly("PT1H", "2021-12-15T16:07", "2021-12-15T17:21");
    assertThat(call.get(0).mod()).isEqualTo("APPROX");
    assertThat(call.get(1).tz()).isEqualTo("Asia/Shanghai");
    assertThat(call.get(2).tz()).isEqualTo("Asia/Shanghai");
  }

  @Test
  void theTenseDecidesTheDirection() {
    assertThat(values("Das Treffen fand im August statt.", Direction.PAST))
        .containsExactly("2021-08");
    assertThat(values("Das Treffen soll im August stattfinden.", Direction.FUTURE))
        .containsExactly("2022-08");
    assertThat(values("They met on Friday.", Direction.PAST)).containsExactly("2021-12-10");
    assertThat(values("They will meet on Friday.", Direction.FUTURE))
        .containsExactly("2021-12-17");
    assertThat(values("The hand recount began last Wednesday.", Direction.PAST))
        .containsExactly("2021-12-08");
  }

  @Test
  void weeksSeasonsQuartersDecadesAndCenturies() {
    assertThat(values("Das Gesetz kommt nächste Woche.", Direction.FUTURE))
        .containsExactly("2021-W51");
    assertThat(values("Im Winter drohen Engpässe.", Direction.NONE)).containsExactly("2021-WI");
    // the first part of a compound is no season
    assertThat(values("Sie fordert einen Winter-Energieplan.", Direction.PAST)).isEmpty();
    assertThat(values("Riots shook France this summer.", Direction.PAST))
        .containsExactly("2021-SU");
    assertThat(values("Die Zahlen für das dritte Quartal kamen.", Direction.PAST))
        .containsExactly("2021-Q3");
    assertThat(values("Das war in den 1990er Jahren.", Direction.PAST)).containsExactly("199");
    assertThat(values("The party was founded in the 1980s.", Direction.PAST))
        .containsExactly("198");
    assertThat(values("Im 20. Jahrhundert war das anders.", Direction.PAST))
        .containsExactly("19");
  }

  @Test
  void theNightBeforeAWeekdayIsTheDayBefore() {
    assertThat(values("In der Nacht auf Samstag soll es schneien.", Direction.FUTURE))
        .containsExactly("2021-12-17TNI");
    assertThat(values("In der Nacht zum Donnerstag brannte ein Auto.", Direction.PAST))
        .containsExactly("2021-12-15TNI");
  }

  @Test
  void relativeDaysDatesAndClockTimes() {
    assertThat(values("Gestern tagte das Kabinett, heute Abend spricht der Kanzler.",
        Direction.NONE)).containsExactly("2021-12-14", "2021-12-15TEV");
    assertThat(values("Morgen will Scholz reisen.", Direction.FUTURE))
        .containsExactly("2021-12-16");
    assertThat(values("Am Morgen kam der Krisenstab zusammen.", Direction.PAST))
        .containsExactly("2021-12-15TMO");
    assertThat(values("Der Vertrag wurde am 24. Februar unterzeichnet.", Direction.PAST))
        .containsExactly("2021-02-24");
    assertThat(values("The wall fell on November 9, 1989.", Direction.PAST))
        .containsExactly("1989-11-09");
    assertThat(values("Die Frist endet am 15.01.2022.", Direction.FUTURE))
        .containsExactly("2022-01-15");
    assertThat(values("The quake struck at 4:17 a.m. on Monday.", Direction.PAST))
        .containsExactly("2021-12-13T04:17", "2021-12-13");
    assertThat(values("Vor drei Tagen begann es, in zwei Wochen ist es vorbei.",
        Direction.FUTURE)).containsExactly("2021-12-12", "2021-W52");
  }

  @Test
  void durationsAndSets() {
    assertThat(values("Die Sitzung dauerte 90 Minuten.", Direction.PAST)).containsExactly("PT90M");
    assertThat(values("Die Proteste dauern seit zwei Wochen an.", Direction.NONE))
        .containsExactly("P2W");
    assertThat(values("The US was in Afghanistan for 20 years.", Direction.PAST))
        .containsExactly("P20Y");
    assertThat(values("Troops massed at the border for months.", Direction.PAST))
        .containsExactly("PXM");
    assertThat(values("Der Präsident spricht jeden Montag mit ihnen.", Direction.NONE))
        .containsExactly("XXXX-WXX-1");
    assertThat(values("The newspaper is published daily.", Direction.NONE))
        .containsExactly("P1D");
    assertThat(values("Die Landtage werden alle fünf Jahre gewählt.", Direction.NONE))
        .containsExactly("P5Y");
  }

  @Test
  void numbersThatAreNoYearsAndMonthsThatAreNoMonths() {
    assertThat(values("Mehr als 2000 Soldaten wurden verlegt.", Direction.PAST)).isEmpty();
    assertThat(values("Theresa May may resign.", Direction.NONE)).isEmpty();
    assertThat(values("In diesem Fall bleibt alles beim Alten.", Direction.NONE)).isEmpty();
    assertThat(values("The reform comes this fall.", Direction.FUTURE))
        .containsExactly("2022-FA");
  }
}
