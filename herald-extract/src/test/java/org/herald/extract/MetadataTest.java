package org.herald.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetadataTest {
  @Test
  void theHeadlineIsTheH1WhereTheTitleHoldsIt() {
    var page = Jsoup.parse("<title>Gipfel in Genf: Biden trifft Putin | Beispielzeitung</title>"
        + "<h1>Gipfel in Genf: Biden trifft Putin</h1>");
    assertThat(Metadata.title(page, new Metadata.Head(page))).isEqualTo("Gipfel in Genf: Biden trifft Putin");
  }

  @Test
  void theTitlePartThePageSetsAsAHeadingWins() {
    var page = Jsoup.parse("<title>Gregory Szorc's Digital Home | Mercurial's Journey to Python 3"
        + "</title><h2>Mercurial's Journey to Python 3</h2>");
    assertThat(Metadata.title(page, new Metadata.Head(page))).isEqualTo("Mercurial's Journey to Python 3");
  }

  @Test
  void thePageGivesItsOwnAddressByItsCanonicalLinkElseOgUrl() {
    var page = Jsoup.parse("<head><link rel='Canonical' href='https://www.telegraph.co.uk/a.html'>"
        + "<meta property='og:url' content='https://m.telegraph.co.uk/a.html'></head>");
    assertThat(Metadata.address(page, new Metadata.Head(page)))
        .isEqualTo("https://www.telegraph.co.uk/a.html");
    var og = Jsoup.parse("<head><link rel='canonical' href='/a.html'>"
        + "<meta property='og:url' content='https://www.spoe.at/a'></head>");
    assertThat(Metadata.address(og, new Metadata.Head(og))).isEqualTo("https://www.spoe.at/a");
    var none = Jsoup.parse("<head><meta property='og:url' content='javascript:alert(1)'></head>");
    assertThat(Metadata.address(none, new Metadata.Head(none))).isNull();
  }

  @Test
  void siteNamesAreCutFromTitles() {
    assertThat(Metadata.withoutSiteName("Scholz reist nach Washington - Beispielzeitung", null))
        .isEqualTo("Scholz reist nach Washington");
    assertThat(Metadata.withoutSiteName("beispiel.de | Scholz reist nach Washington", null))
        .isEqualTo("Scholz reist nach Washington");
    assertThat(Metadata.withoutSiteName("Minions malen – mit Rolle und bunten Farben", null))
        .isEqualTo("Minions malen – mit Rolle und bunten Farben");
  }

  @Test
  void aBlogTitleThatNamesOnlyTheSiteGivesWayToThePostHeading() {
    var page = Jsoup.parse("<head><title>Ein Hundetagebuch</title>"
        + "<meta property='og:site_name' content='Ein Hundetagebuch'></head><body>"
        + "<header><h1 class='site-title'>Ein Hundetagebuch</h1></header>"
        + "<article><h2 class='entry-title'>Nach langer Zeit mal wieder</h2><p>Text</p></article>");
    assertThat(Metadata.title(page, new Metadata.Head(page))).isEqualTo("Nach langer Zeit mal wieder");
  }

  @Test
  void parsesDatesInCommonForms() {
    assertThat(Metadata.parse("2021-12-15T10:00:00+01:00")).isEqualTo("2021-12-15");
    assertThat(Metadata.parse("Stand: 15.12.2021, 10:00 Uhr")).isEqualTo("2021-12-15");
    assertThat(Metadata.parse("15. Dezember 2021")).isEqualTo("2021-12-15");
    assertThat(Metadata.parse("December 15, 2021")).isEqualTo("2021-12-15");
    assertThat(Metadata.parse("15 Dec 2021")).isEqualTo("2021-12-15");
    assertThat(Metadata.parse("26/10/2018")).isEqualTo("2018-10-26");
    assertThat(Metadata.parse("32.13.2021")).isNull();
    assertThat(Metadata.parse("2099-01-01")).isNull();
  }

  @Test
  void datesComeFromMetadataJsonLdOrDateMarkedElementsOnly() {
    var ld = Jsoup.parse("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
        + "\"datePublished\":\"2022-02-07T08:00:00Z\"}</script><p>Text</p>");
    assertThat(Metadata.published(ld, new Metadata.Head(ld), null)).isEqualTo("2022-02-07");
    var marked = Jsoup.parse("<div class='article-date'>7. Februar 2022</div><p>Am 1. Mai 2021"
        + " war etwas.</p>");
    assertThat(Metadata.published(marked, new Metadata.Head(marked), null)).isEqualTo("2022-02-07");
    var labelled = Jsoup.parse("<p>Erschienen am: 01.11.2023<br>Lesungen: 61</p><p>Text</p>");
    assertThat(Metadata.published(labelled, new Metadata.Head(labelled), null))
        .isEqualTo("2023-11-01");
    var none = Jsoup.parse("<p>Am 1. Mai 2021 war etwas.</p>");
    assertThat(Metadata.published(none, new Metadata.Head(none), null)).isNull();
    assertThat(Metadata.published(none, new Metadata.Head(none), "https://example.org/2021/05/03/artikel")).isEqualTo("2021-05-03");
  }

  @Test
  void authorsComeFromJsonLdMetaOrBylines() {
    var ld = Jsoup.parse("<script type='application/ld+json'>{\"author\":[{\"@type\":\"Person\","
        + "\"name\":\"Anna Beispiel\"},{\"@type\":\"Person\",\"name\":\"Jonas Muster\"}]}</script>");
    assertThat(Metadata.authors(ld, new Metadata.Head(ld))).containsExactly("Anna Beispiel", "Jonas Muster");
    var byline = Jsoup.parse("<p class='byline'>Von Lena Probe, 20.05.2023</p>");
    assertThat(Metadata.authors(byline, new Metadata.Head(byline))).containsExactly("Lena Probe");
    var posted = Jsoup.parse("<span class='author'>Veröffentlicht von Chris Jung</span>");
    assertThat(Metadata.authors(posted, new Metadata.Head(posted))).containsExactly("Chris Jung");
  }
}
