package org.herald.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.herald.kb.KbEntry;
import org.herald.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/** The party whose own site a page is on, from the page's address. */
class PublisherTest {
  private static final KnowledgeBase KB = KnowledgeBase.bundled();

  private static String party(String url) {
    KbEntry e = Publisher.party(KB, url);
    return e == null ? null : e.label();
  }

  @Test
  void aPartysSiteByItsNameOrItsBeginning() {
    assertThat(party("https://www.spoe.at/2022/02/04/x/")).isEqualTo("Social Democratic Party of Austria");
    assertThat(party("https://www.spdfraktion.de/themen/x")).isEqualTo("Social Democratic Party of Germany");
    assertThat(party("https://www.fdpbt.de/x")).isEqualTo("Free Democratic Party");
    assertThat(party("https://www.gruene-bundestag.de/themen/x")).isEqualTo("Alliance '90/The Greens");
  }

  @Test
  void otherSitesAreNoParty() {
    assertThat(party("https://www.zdh.de/presse/x")).isNull();
    assertThat(party("https://www.gdp.de/gdp/gdp.nsf/id/x")).isNull();
    assertThat(party("https://www.malteser.de/x")).isNull();
    assertThat(party("https://www.spiegel.de/politik/x")).isNull();
    assertThat(party("https://www.bmfsfj.de/x")).isNull();
    assertThat(party("https://www.theguardian.com/x")).isNull();
    assertThat(party("not a url")).isNull();
    assertThat(party(null)).isNull();
  }

  @Test
  void aBodysSiteByTheNameItsAddressBegins() {
    assertThat(Publisher.bodies(KB, "https://www.awo.org/presse/x")).extracting(KbEntry::id)
        .contains("herald:awo");
    assertThat(Publisher.bodies(KB, "https://www.drk.de/x")).extracting(KbEntry::id)
        .containsExactly("herald:drk");
    assertThat(Publisher.bodies(KB, "https://www.spoe.at/x")).extracting(KbEntry::label)
        .containsExactly("Social Democratic Party of Austria");
    // the press writes as "we" for itself, not as a body of politics
    assertThat(Publisher.bodies(KB, "https://www.reuters.com/world/x")).isEmpty();
    assertThat(Publisher.bodies(KB, "https://www.spiegel.de/politik/x")).isEmpty();
    assertThat(Publisher.bodies(KB, null)).isEmpty();
  }

  @Test
  void aPapersCountryByItsDomainElseByTheCountryItsNameHolds() {
    assertThat(Publisher.country("https://www.telegraph.co.uk/news/x", KB)).isEqualTo("GBR");
    assertThat(Publisher.country("https://www.breakingbelizenews.com/2022/x/", KB))
        .isEqualTo("BLZ");
    assertThat(Publisher.country("https://www.nowgrenada.com/2022/04/x/", KB)).isEqualTo("GRD");
    assertThat(Publisher.country("https://nigeriannews.com/x", KB)).as("not Niger")
        .isEqualTo("NGA");
    assertThat(Publisher.country("https://www.latimes.com/x", KB)).isNull();
    assertThat(Publisher.country("https://www.chinaindiaforum.com/x", KB)).as("two")
        .isNull();
  }
}
