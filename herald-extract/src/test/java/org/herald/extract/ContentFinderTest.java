package org.herald.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ContentFinderTest {
  private static final String PARAGRAPH = "Die Außenminister der G7 berieten am Montag in Berlin"
      + " über die Lage in der Ukraine, über Sanktionen, Hilfen und die Energieversorgung.";

  private static List<String> kept(String html) {
    var page = Jsoup.parse(html);
    return ContentFinder.find(page.body()).blocks().stream().map(Block::text)
        .toList();
  }

  @Test
  void keepsTheArticleAndLeavesTeasersCommentsAndNavigation() {
    String teaser = "<div class='item'><h3><a href='#'>Ein anderer Artikel mit langem Titel</a>"
        + "</h3><p>Eine Zusammenfassung eines anderen Artikels, die lang genug ist, um zu zählen.</p>"
        + "</div>";
    String html = "<body><nav><a href='/'>Start</a> <a href='/p'>Politik</a></nav>"
        + "<div class='layout'><article><h1>Titel</h1>"
        + ("<p>" + PARAGRAPH + "</p>").repeat(4) + "</article>"
        + "<div class='more-news'>" + teaser.repeat(4) + "</div></div>"
        + "<section class='comments'><p>Ein Kommentar eines Lesers, der sehr lang ist und"
        + " viele Wörter hat, damit er wie ein Absatz aussieht.</p></section>"
        + "<footer>Impressum · Datenschutz</footer></body>";
    List<String> kept = kept(html);
    assertThat(kept).contains(PARAGRAPH);
    assertThat(String.join(" ", kept)).doesNotContain("Kommentar", "Zusammenfassung",
        "Impressum", "Politik");
  }

  @Test
  void anArticleSplitIntoSectionsIsKeptWhole() {
    String section = "<section class='content-section'><div class='inner'><p>" + PARAGRAPH
        + "</p><p>" + PARAGRAPH.replace("Montag", "Dienstag") + "</p></div></section>";
    String html = "<body><div class='article'><div id='b1'>" + section + "</div><div id='b2'>"
        + section.replace("Berlin", "Rom") + "</div><div id='b3'>"
        + section.replace("Berlin", "Paris") + "</div></div></body>";
    String kept = String.join(" ", kept(html));
    assertThat(kept).contains("in Berlin", "in Rom", "in Paris");
  }

  @Test
  void aCookieNoticeIsNeverTheArticleHoweverLong() {
    // the notice's tabs of long paragraphs outscored a short release in a page builder's blocks
    String cookie = "<p>Diese Cookies sind unbedingt erforderlich, um Ihnen die auf unserer"
        + " Webseite verfügbaren Dienste und Funktionen, so wie sie sind, zur Verfügung zu"
        + " stellen, und Sie können sie jederzeit blockieren, löschen oder zulassen.</p>";
    String menu = "<nav>" + "<a href='/a'>Aktuelles aus den Landesverbänden</a> ".repeat(12)
        + "</nav>";
    String html = "<body>" + menu + "<main><section class='av_textblock_section'>"
        + "<div class='avia_textblock'><p>" + PARAGRAPH + "</p></div></section><section class='av_textblock_section'>"
        + "<div class='avia_textblock'><p>Am Dienstag folgte ein Treffen der Finanzminister,"
        + " die über den Haushalt, die Schulden und die Hilfen für die Ukraine sprachen.</p>"
        + "</div></section></main><div class='avia-cookie-consent-wrap'><div class='tabs'>"
        + "<div class='tab_inner'>" + cookie.repeat(2) + "</div></div></div></body>";
    String kept = String.join(" ", kept(html));
    assertThat(kept).contains("am Montag").doesNotContain("Cookies");
  }

  @Test
  void lyingClassNamesDoNotEraseTheArticle() {
    String html = "<body><div class='ad-wrapper'><div class='ad-content'>"
        + ("<p>" + PARAGRAPH + "</p>").repeat(5) + "</div></div></body>";
    assertThat(kept(html)).hasSize(5);
  }

  @Test
  void classWordsSplitOnCaseAndPunctuation() {
    var e = Jsoup.parse("<div class='storyBody article-text' id='main_content'></div>")
        .selectFirst("div");
    assertThat(ContentFinder.words(e)).contains("story", "body", "article", "text", "main",
        "content");
  }

  @Test
  void theLeadInTheArticlesHeaderIsKept() {
    String lead = "Die Minister einigten sich auf neue Hilfen, doch über die Sanktionen bleibt"
        + " der Streit offen.";
    String html = "<body><nav><a href='/'>Start</a></nav><main><header class='intro'>"
        + "<h1>Einigung in Berlin</h1><p class='teaser'>" + lead + "</p>"
        + "<div class='byline'>Von Anna Beispiel</div></header><div class='text'>"
        + ("<p>" + PARAGRAPH + "</p>").repeat(4) + "</div></main>"
        + "<div class='other'><p>" + lead.replace("Minister", "Bürger") + "</p>"
        + "<p>" + PARAGRAPH.replace("Berlin", "Bonn") + " Noch ein Satz, der lang genug ist"
        + " für einen anderen Teil der Seite.</p></div></body>";
    List<String> kept = kept(html);
    assertThat(kept.get(0)).isEqualTo(lead);
    assertThat(String.join(" ", kept)).doesNotContain("Bürger", "Anna Beispiel");
  }

  @Test
  void aSearchBoxBeforeTheArticleIsNoLead() {
    String html = "<body><div class='wrap'><div class='search-box'><p>Die Suche findet"
        + " Ergebnisse auf der ganzen Website und im Archiv der letzten Jahre.</p></div>"
        + "<div class='text'>" + ("<p>" + PARAGRAPH + "</p>").repeat(4) + "</div></div></body>";
    assertThat(String.join(" ", kept(html))).doesNotContain("Suche");
  }

  @Test
  void shortCellsOfATableInTheArticleAreItsData() {
    String html = "<body><article>" + ("<p>" + PARAGRAPH + "</p>").repeat(3)
        + "<table><tr><td>1.</td><td>LG Staufen</td><td>50,88 sec.</td></tr>"
        + "<tr><td>2.</td><td>TSV Langenau</td><td>54,18 sec.</td></tr></table>"
        + "</article></body>";
    assertThat(kept(html)).contains("LG Staufen", "TSV Langenau", "54,18 sec.");
  }

  @Test
  void aPageWithoutParagraphsIsReadWholeLessItsBoilerplate() {
    // Only the short notice votes for a container; the results are cells too short to vote.
    StringBuilder rows = new StringBuilder("<table>");
    for (int i = 1; i <= 15; i++) {
      rows.append("<tr><td>").append(i).append(".</td><td>Verein Nummer ").append(i)
          .append("</td><td>5").append(i).append(",0 sec.</td></tr>");
    }
    rows.append("</table>");
    String html = "<body><nav><a href='/'>Start</a> <a href='/e'>Ergebnisse</a></nav>"
        + "<div class='content'><p>Die Ergebnisse der Regionalmeisterschaften, alle Läufe,"
        + " ohne Gewähr, Stand Sonntag.</p></div><div class='results'>" + rows + "</div>"
        + "<footer>Impressum</footer></body>";
    String kept = String.join(" ", kept(html));
    assertThat(kept).contains("Die Ergebnisse", "Verein Nummer 1", "Verein Nummer 15");
    assertThat(kept).doesNotContain("Impressum", "Start");
  }

  @Test
  void teasersForOtherArticlesInsideTheArticleAreLeftOut() {
    String teaser = "<div class='box'><div class='head'><a href='/x'>Was tun mit Himbeeren?"
        + " Rezepte für den Sommer</a></div><p>Süße und saftige Früchte, die in Desserts, aber"
        + " auch in herzhaften Gerichten schmecken.</p></div>";
    String html = "<body><article>" + ("<p>" + PARAGRAPH + "</p>").repeat(4) + teaser
        + teaser.replace("Himbeeren", "Kirschen") + "</article></body>";
    String kept = String.join(" ", kept(html));
    assertThat(kept).contains("in Berlin").doesNotContain("saftige Früchte");
  }

  @Test
  void sectionsOfAnArticleWithLinksInTheirTextAreNoTeasers() {
    String section = "<div class='text'><p>Die Ministerin sagte in <a href='/b'>Berlin vor"
        + " der Presse</a>, man werde die Hilfen verlängern.</p><p>" + PARAGRAPH + "</p></div>";
    String html = "<body><article>" + section + section.replace("Hilfen", "Kredite")
        + section.replace("Hilfen", "Zahlungen") + "</article></body>";
    assertThat(String.join(" ", kept(html))).contains("Hilfen", "Kredite", "Zahlungen");
  }
}
