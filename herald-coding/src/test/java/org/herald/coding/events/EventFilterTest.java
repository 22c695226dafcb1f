package org.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.herald.core.model.Event;
import org.herald.core.model.EventActor;
import org.herald.core.model.Span;
import org.herald.core.model.Trigger;
import org.junit.jupiter.api.Test;

class EventFilterTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2019, 11, 18);
  private static final EventActor USA = new EventActor("e1", "USAGOV", "USA", null, "Trump");
  private static final EventActor CHN = new EventActor("e2", "CHNGOV", "CHN", null, "Xi");

  /** The events the rules leave trusted. */
  private static List<Event> kept(List<Event> events) {
    return EventFilter.rate(events, PUBLISHED).stream()
        .filter(e -> e.confidence() >= EventFilter.TRUSTED).toList();
  }

  private static Event event(EventActor source, EventActor target, String code, String date,
      String dateSource) {
    return new Event(source, target, code, code.substring(0, 2), 1, 0, date, dateSource, null,
        new Span(0, 10), new Trigger(0, 4, "met"), null, false, "asserted", 0.8);
  }

  @Test
  void anActThatNeedsATargetNeedsOne() {
    Event meeting = event(USA, null, "040", "2019-11-18", "published");
    Event protest = event(USA, null, "141", "2019-11-18", "published");
    Event met = event(USA, CHN, "040", "2019-11-18", "published");
    assertThat(kept(List.of(meeting, protest, met)))
        .containsExactly(protest, met);
  }

  @Test
  void talkingWithTheMediaIsAnInterview() {
    EventActor paper = new EventActor("e3", "GUYMED", "GUY", null, "Kaieteur News");
    Event interview = event(USA, paper, "046", "2019-11-18", "published");
    Event criticised = event(USA, paper, "111", "2019-11-18", "published");
    assertThat(kept(List.of(interview, criticised))).containsExactly(criticised);
  }

  @Test
  void anActBetweenTwoBusinessesIsPrivate() {
    EventActor emirates = new EventActor("e4", "AREBUS", "ARE", null, "Emirates");
    EventActor boeing = new EventActor("e5", "USABUS", "USA", null, "Boeing");
    Event deal = event(emirates, boeing, "030", "2019-11-18", "published");
    Event appeal = event(boeing, USA, "024", "2019-11-18", "published");
    assertThat(kept(List.of(deal, appeal))).containsExactly(appeal);
  }

  @Test
  void aTargetWithoutAnActorCodeIsNoTarget() {
    EventActor outlet = new EventActor("e6", null, null, null, "Kaieteur News");
    Event spoke = event(USA, outlet, "046", "2019-11-18", "published");
    Event searched = event(USA, outlet, "090", "2019-11-18", "published");
    assertThat(kept(List.of(spoke, searched))).containsExactly(searched);
  }

  @Test
  void aStatementAboutANameOfNoActorIsAboutATopic() {
    EventActor plan = new EventActor("e7", null, null, null, "Green Deal Industrial Plan");
    Event presented = event(USA, plan, "020", "2019-11-18", "published");
    Event urged = event(USA, CHN, "020", "2019-11-18", "published");
    Event appealed = event(USA, null, "020", "2019-11-18", "published");
    assertThat(kept(List.of(presented, urged, appealed))).containsExactly(urged, appealed);
  }

  @Test
  void anActOfNoKnownActorIsDoubtful() {
    EventActor paper = new EventActor("e9", null, null, null, "OÖN");
    Event spoke = event(paper, CHN, "040", "2019-11-18", "published");
    Event met = event(USA, CHN, "040", "2019-11-18", "published");
    assertThat(kept(List.of(spoke, met))).containsExactly(met);
  }

  @Test
  void onlyAnAuthorityInvestigatesNoOneNamed() {
    EventActor institute = new EventActor("e7", "DEUEDU", "DEU", null, "IASS");
    EventActor police = new EventActor("e8", "JPNCOP", "JPN", null, "Hyogo Prefectural Police");
    Event research = event(institute, null, "090", "2019-11-18", "published");
    Event inquiry = event(police, null, "091", "2019-11-18", "published");
    assertThat(kept(List.of(research, inquiry))).containsExactly(inquiry);
  }

  @Test
  void anActorActingOnItselfIsNoEventButTwoActorsOfOneGovernmentAre() {
    EventActor china = new EventActor("e3", "CHN", "CHN", null, "China");
    EventActor chinaAgain = new EventActor("e4", "CHN", "CHN", null, "Beijing");
    EventActor minister = new EventActor("e5", "CHNGOV", "CHN", null, "Wang Yi");
    Event self = event(china, chinaAgain, "171", "2019-11-18", "published");
    Event sameEntity = event(CHN, CHN, "111", "2019-11-18", "published");
    Event twoOfOne = event(CHN, minister, "111", "2019-11-18", "published");
    assertThat(kept(List.of(self, sameEntity, twoOfOne)))
        .containsExactly(twoOfOne);
  }

  @Test
  void aVisitToAPlaceAtHomeMeetsNoOtherActor() {
    EventActor lawmaker = new EventActor("e6", "USALEG", "USA", null, "McKinley");
    EventActor town = new EventActor("e7", "USA", "USA", null, "McAllen");
    EventActor mexico = new EventActor("e8", "MEX", "MEX", null, "Mexico");
    Event atHome = event(lawmaker, town, "042", "2019-11-18", "published");
    Event abroad = event(lawmaker, mexico, "042", "2019-11-18", "published");
    Event arrest = event(new EventActor("e9", "USACOP", "USA", null, "police"), town, "173",
        "2019-11-18", "published");
    assertThat(kept(List.of(atHome, abroad, arrest))).containsExactly(abroad, arrest);
  }

  @Test
  void aPlainStatementIsNoEventButAnAccusationIs() {
    Event told = event(USA, CHN, "010", "2019-11-18", "published");
    Event noComment = event(USA, CHN, "011", "2019-11-18", "published");
    Event pessimistic = event(USA, CHN, "012", "2019-11-18", "published");
    Event accused = event(USA, CHN, "112", "2019-11-18", "published");
    assertThat(kept(List.of(told, noComment, pessimistic, accused)))
        .containsExactly(pessimistic, accused);
  }

  @Test
  void backgroundMoreThanThirtyDaysOldIsLeftOut() {
    Event old = event(USA, CHN, "057", "2010", "text");
    Event lastMonth = event(USA, CHN, "057", "2019-10-25", "text");
    Event thisYear = event(USA, CHN, "057", "2019", "text");
    Event longAgoDay = event(USA, CHN, "057", "2019-09-01", "text");
    Event week = event(USA, CHN, "057", "2019-W46-WE", "text");
    assertThat(kept(List.of(old, lastMonth, thisYear, longAgoDay, week)))
        .containsExactly(lastMonth, thisYear, week);
  }

  @Test
  void anActStillToComeIsLeftOutButAnIntentIsNot() {
    Event demonstration = event(USA, CHN, "141", "2019-11-20", "text"); // "findet am ... statt"
    Event visit = event(USA, CHN, "036", "2019-11-25", "text");
    Event thisMonth = event(USA, CHN, "057", "2019-11", "text");
    Event nextMonth = event(USA, CHN, "057", "2019-12", "text");
    Event today = event(USA, CHN, "057", "2019-11-18", "text");
    assertThat(kept(List.of(demonstration, visit, thisMonth, nextMonth, today)))
        .containsExactly(visit, thisMonth, today);
  }

  @Test
  void aDoubtfulEventStaysWithALowConfidence() {
    Event meeting = event(USA, null, "040", "2019-11-18", "published");
    assertThat(EventFilter.rate(List.of(meeting), PUBLISHED)).singleElement()
        .satisfies(e -> {
          assertThat(e.confidence()).isEqualTo(EventFilter.DOUBTFUL);
          assertThat(e.code()).isEqualTo("040");
        });
  }

  @Test
  void readsTheLastDayOfATimexValue() {
    assertThat(EventFilter.lastDay("2019-10")).isEqualTo(LocalDate.of(2019, 10, 31));
    assertThat(EventFilter.lastDay("2019-W46-WE")).isEqualTo(LocalDate.of(2019, 11, 17));
    assertThat(EventFilter.lastDay("2019-10-18T16:00")).isEqualTo(LocalDate.of(2019, 10, 18));
    assertThat(EventFilter.lastDay("PT1H")).isNull();
    assertThat(EventFilter.firstDay("2019-10")).isEqualTo(LocalDate.of(2019, 10, 1));
    assertThat(EventFilter.firstDay("2019-W46-WE")).isEqualTo(LocalDate.of(2019, 11, 16));
    assertThat(EventFilter.firstDay("2019-W46")).isEqualTo(LocalDate.of(2019, 11, 11));
    assertThat(EventFilter.firstDay("2019")).isEqualTo(LocalDate.of(2019, 1, 1));
  }
}
