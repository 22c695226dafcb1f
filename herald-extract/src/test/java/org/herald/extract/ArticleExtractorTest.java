package org.herald.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.herald.core.RawInput;
import org.herald.core.model.Document;
import org.herald.core.model.Removed;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
  private final ArticleExtractor extractor = new ArticleExtractor(ExtractConfig.DEFAULTS);

  private Document extract(String name, String content) {
    return extractor.extract(RawInput.of(name, content.getBytes(StandardCharsets.UTF_8)));
  }

  private static ErrorCode codeOf(Runnable r) {
    try {
      r.run();
    } catch (HeraldException e) {
      return e.code();
    }
    throw new AssertionError("no HeraldException");
  }

  @Test
  void refusesEmptyAndBlankInputNamingTheFile() {
    assertThatThrownBy(() -> extract("leer.txt", ""))
        .isInstanceOf(HeraldException.class).hasMessage("leer.txt: the file is empty");
    assertThat(codeOf(() -> extract("blank.txt", " \n\t\n"))).isEqualTo(ErrorCode.EMPTY_INPUT);
    assertThat(codeOf(() -> extract("x.html", "<html><body><script>x()</script></body></html>")))
        .isEqualTo(ErrorCode.EMPTY_INPUT);
  }

  @Test
  void refusesBinaryInput() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
    assertThatThrownBy(() -> extractor.extract(RawInput.of("bild.txt", png)))
        .hasMessage("bild.txt: not text but a PNG image");
    byte[] nul = "abc\0def".getBytes(StandardCharsets.UTF_8);
    assertThat(codeOf(() -> extractor.extract(RawInput.of("x.bin", nul))))
        .isEqualTo(ErrorCode.NOT_TEXT);
    byte[] pdf = "%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII);
    assertThat(codeOf(() -> extractor.extract(RawInput.of("a.txt", pdf))))
        .isEqualTo(ErrorCode.NOT_TEXT);
  }

  @Test
  void readsWindows1252WhenTheBytesAreNotUtf8() {
    byte[] latin = "Die Außenminister trafen sich in Brüssel.".getBytes(Charset.forName("windows-1252"));
    Document d = extractor.extract(RawInput.of("alt.txt", latin));
    assertThat(d.text()).isEqualTo("Die Außenminister trafen sich in Brüssel.");
  }

  @Test
  void honoursAByteOrderMarkAndADeclaredCharset() {
    byte[] bom = ("\uFEFFÜber Grenzen.").getBytes(StandardCharsets.UTF_8);
    assertThat(extractor.extract(RawInput.of("bom.txt", bom)).text()).isEqualTo("Über Grenzen.");
    byte[] declared = ("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Grüße aus Köln.</p>"
        + "</body></html>").getBytes(Charset.forName("ISO-8859-1"));
    assertThat(extractor.extract(RawInput.of("k.html", declared)).text())
        .isEqualTo("Grüße aus Köln.");
  }

  @Test
  void cutsHugeInputWithAWarning() {
    ArticleExtractor small = new ArticleExtractor(new ExtractConfig(2048));
    String big = "Ein Satz über Diplomatie. ".repeat(500);
    Document d = small.extract(RawInput.of("gross.txt", big.getBytes(StandardCharsets.UTF_8)));
    assertThat(d.text().length()).isLessThanOrEqualTo(2048);
    assertThat(d.warnings()).anyMatch(w -> w.startsWith("input cut to the first 2048"));
  }

  @Test
  void cutsAnOverlongArticleTextAtAParagraphWithAWarning() {
    ArticleExtractor small = new ArticleExtractor(new ExtractConfig(1 << 20, 5000));
    String paragraph = "Ein Satz über Diplomatie und Handel. ".repeat(20).strip();
    String many = (paragraph + "\n\n").repeat(20);
    Document d = small.extract(RawInput.of("lang.txt", many.getBytes(StandardCharsets.UTF_8)));
    assertThat(d.text().length()).isLessThanOrEqualTo(5000);
    assertThat(d.text()).endsWith("Handel.");
    assertThat(d.paragraphs()).allSatisfy(p -> assertThat(p.end()).isLessThanOrEqualTo(
        d.text().length()));
    assertThat(d.warnings()).anyMatch(w -> w.startsWith("article text cut to the first"));

    String oneBlock = "wort ".repeat(3000);
    Document one = small.extract(RawInput.of("block.txt",
        oneBlock.getBytes(StandardCharsets.UTF_8)));
    assertThat(one.text()).hasSize(5000);
    assertThat(one.paragraphs()).hasSize(1);
  }

  @Test
  void neverThrowsOnBrokenHtml() {
    Document d = extract("kaputt.html",
        "<html><body><article><p>Der Gipfel <b>begann <i>am Montag.</p><div><p>Zweiter Absatz"
            + "<table><tr><td>Zelle</article></span></html></html><p>Ende");
    assertThat(d.text()).contains("Der Gipfel begann am Montag.");
  }

  @Test
  void plainTextHasTitleParagraphsAndDateline() {
    Document d = extract("artikel.txt", "Gipfel in Peking\n\nPEKING – Die Präsidenten trafen"
        + " sich am Mittwoch.\n\nDas Treffen dauerte\neine Stunde.");
    assertThat(d.title()).isEqualTo("Gipfel in Peking");
    assertThat(d.dateline()).isEqualTo("PEKING");
    assertThat(d.paragraphs()).hasSize(2);
    assertThat(d.text()).isEqualTo("PEKING – Die Präsidenten trafen sich am Mittwoch.\n\n"
        + "Das Treffen dauerte eine Stunde.");
  }

  @Test
  void findsAgencyDatelines() {
    assertThat(Dateline.find("BERLIN (dpa) - Die Regierung")).isEqualTo("BERLIN");
    assertThat(Dateline.find("Berlin (dpa) - Die Regierung")).isEqualTo("Berlin");
    assertThat(Dateline.find("WASHINGTON — The president")).isEqualTo("WASHINGTON");
    assertThat(Dateline.find("Die USA - und andere")).isNull();
  }

  @Test
  void htmlKeepsTheArticleAndRecordsWhatItRemoved() {
    String html = """
        <html><head><title>Gipfel | Zeitung</title>
        <meta property="article:published_time" content="2021-12-15T10:00:00Z">
        <meta name="author" content="Anna Beispiel">
        <script>var expires = "2031-01-01";</script></head>
        <body><nav>Start Politik Sport</nav>
        <article><h1>Gipfel in Genf</h1>
        <figure><img src="a.jpg"><figcaption>Die Präsidenten in Genf.</figcaption>
        <span class="credit">Foto: Agentur</span></figure>
        <div class="share-bar">Teilen Twittern</div>
        <p>GENF – Die Präsidenten trafen sich.</p><p>Es war das erste Treffen.</p></article>
        <section id="comments">Leave a Reply</section><footer>Impressum</footer></body></html>
        """;
    Document d = extract("gipfel.html", html);
    assertThat(d.title()).isEqualTo("Gipfel in Genf");
    assertThat(d.published()).isEqualTo("2021-12-15");
    assertThat(d.contributors()).containsExactly("Anna Beispiel");
    assertThat(d.captions()).containsExactly("Die Präsidenten in Genf.");
    assertThat(d.credits()).containsExactly("Foto: Agentur");
    assertThat(d.dateline()).isEqualTo("GENF");
    assertThat(d.text()).isEqualTo("GENF – Die Präsidenten trafen sich.\n\nEs war das erste Treffen.");
    assertThat(d.removed()).extracting(Removed::reason)
        .contains("navigation", "share buttons", "comments", "footer");
  }

  @Test
  void aScriptDateIsNoPublicationDate() {
    Document d = extract("s.html", "<html><head><script>var d = {\"expires\": \"2031-01-01\"};"
        + "</script></head><body><p>Ein Text ohne Datum.</p></body></html>");
    assertThat(d.published()).isNull();
  }

  @Test
  void callerMetadataWins() {
    Document d = extractor.extract(RawInput.of("a.txt", "Ein Text.".getBytes(StandardCharsets.UTF_8))
        .withPublished("2022-02-07").withUrl("https://example.org/a").withLanguage("de"));
    assertThat(d.published()).isEqualTo("2022-02-07");
    assertThat(d.url()).isEqualTo("https://example.org/a");
    assertThat(d.language()).isEqualTo("de");
    assertThat(d.source()).isEqualTo("a.txt");
  }

  @Test
  void aPageWithoutACallersAddressGivesItsCanonicalOneAndTheCallersWins() {
    String html = "<html><head><link rel='canonical' href='https://www.spoe.at/a'></head>"
        + "<body><p>Ein Text über die Wohnbaupolitik der Regierung.</p></body></html>";
    assertThat(extract("a.html", html).url()).isEqualTo("https://www.spoe.at/a");
    Document given = extractor.extract(RawInput.of("a.html", html.getBytes(StandardCharsets.UTF_8))
        .withUrl("https://example.org/b"));
    assertThat(given.url()).isEqualTo("https://example.org/b");
  }

  @Test
  void plainTextKeepsCreditsCaptionsContributorsAndBoilerplateOutOfTheBody() {
    String page = String.join("\n\n",
        "Scholz trifft Biden in Washington",
        "Bundeskanzler Olaf Scholz und US-Präsident Joe Biden im Oval Office.",
        "Anna Beispiel | dpa",
        "WASHINGTON – Bundeskanzler Olaf Scholz ist am Montag von US-Präsident Joe Biden im"
            + " Weißen Haus empfangen worden.",
        "Lesen Sie mehr über die USA von Beispielzeitung Plus",
        "Die beiden sprachen über Russland und die Ukraine.",
        "— Beispielzeitungs Jonas Muster hat zu diesem Bericht beigetragen.",
        ".\nsource site",
        "Leave a Reply");
    Document d = extract("artikel.txt", page);
    assertThat(d.title()).isEqualTo("Scholz trifft Biden in Washington");
    assertThat(d.dateline()).isEqualTo("WASHINGTON");
    assertThat(d.credits()).containsExactly("Anna Beispiel | dpa");
    assertThat(d.captions()).containsExactly(
        "Bundeskanzler Olaf Scholz und US-Präsident Joe Biden im Oval Office.");
    assertThat(d.contributors()).containsExactly("Jonas Muster");
    assertThat(d.text()).startsWith("WASHINGTON –").endsWith("die Ukraine.")
        .doesNotContain("Lesen Sie", "source site", "Leave a Reply", "beigetragen");
    assertThat(d.removed()).extracting(Removed::reason)
        .contains("promotion", "contributors", "layout", "source link", "comments");
  }

  @Test
  void paragraphsPointBackToTheirSource() {
    String text = "Titel der Meldung\r\n\r\nBERLIN (dpa) - Erster Absatz\r\nmit zweiter Zeile.\r\n"
        + "\r\n  Zweiter Absatz.  \r\n";
    Document d = extract("q.txt", text);
    assertThat(d.paragraphs()).hasSize(2);
    var first = d.paragraphs().get(0);
    assertThat(text.substring(first.sourceStart(), first.sourceEnd()))
        .isEqualTo("BERLIN (dpa) - Erster Absatz\r\nmit zweiter Zeile.");
    var second = d.paragraphs().get(1);
    assertThat(text.substring(second.sourceStart(), second.sourceEnd())).isEqualTo("Zweiter Absatz.");

    String html = "<html><body><article><p>Erster <b>Absatz</b> hier.</p>\n<p>Zweiter &amp; letzter"
        + " Absatz.</p></article></body></html>";
    Document h = extract("q.html", html);
    var p1 = h.paragraphs().get(0);
    assertThat(html.substring(p1.sourceStart(), p1.sourceEnd())).isEqualTo("Erster <b>Absatz</b> hier.");
    var p2 = h.paragraphs().get(1);
    assertThat(html.substring(p2.sourceStart(), p2.sourceEnd())).isEqualTo("Zweiter &amp; letzter Absatz.");
  }

  @Test
  void aPlainTextsDatedLineIsItsPublicationDateWithAConfidence() {
    Document d = extract("artikel.txt", "Xi und Putin sprechen\n\nVeröffentlicht am 15.12.2021,"
        + " 10:30 Uhr\n\nPEKING – Xi und Putin hielten am Mittwoch einen Videoanruf ab.\n");
    assertThat(d.published()).isEqualTo("2021-12-15");
    assertThat(d.publishedSource()).isEqualTo("text");
    assertThat(d.publishedConfidence()).isEqualTo(0.8);
    assertThat(d.text()).doesNotContain("Veröffentlicht");
    Document history = extract("mauer.txt", "Die Mauer\n\nAm 9. November 1989 fiel die Mauer"
        + " in Berlin, und die Menschen feierten.\n");
    assertThat(history.published()).isNull();
    assertThat(history.publishedSource()).isNull();
    Document given = extractor.extract(RawInput.of("a.txt", "PEKING – Ein Text über Xi."
        .getBytes(StandardCharsets.UTF_8)).withPublished("2021-12-15"));
    assertThat(given.publishedSource()).isEqualTo("caller");
  }

  @Test
  void aPostShippedInsideAScriptTemplateIsReadWithItsSourceOffsets() {
    String post = "<p>Die Außenminister der G-7 verurteilten am Sonntag in Liverpool das Vorgehen"
        + " Russlands an der Grenze zur Ukraine.</p>\n<p>Sie drohten Moskau mit Folgen, sollte es"
        + " die Ukraine angreifen, und riefen zu Gesprächen auf.</p>";
    String html = "<html><body><div class='post'><h3>G-7 warnen Moskau</h3>"
        + "<script type='text/template'>" + post + "</script></div>"
        + "<script type=\"text/template\"><p>{{comment.text}}</p></script></body></html>";
    Document d = extract("blog.html", html);
    assertThat(d.text()).contains("verurteilten am Sonntag in Liverpool")
        .contains("riefen zu Gesprächen auf.").doesNotContain("{{");
    var first = d.paragraphs().stream().filter(p -> d.text().substring(p.start(), p.end())
        .startsWith("Die Außenminister")).findFirst().orElseThrow();
    assertThat(html.substring(first.sourceStart(), first.sourceEnd()))
        .startsWith("Die Außenminister der G-7").endsWith("an der Grenze zur Ukraine.");
    assertThat(HtmlExtractor.showTemplates("<p>Kein Template.</p>")).isNull();
  }

  @Test
  void textIsComposedAndKeepsJoinersButNotSoftHyphens() {
    Document d = extract("nfc.txt", "Gru\u0308ße aus Mu\u0308nchen: die Ver\u00ADhand\u00ADlungen"
        + " gehen weiter.\n\nمی\u200Cخواهم\n");
    assertThat(d.text()).startsWith("Grüße aus München: die Verhandlungen gehen weiter.")
        .contains("می\u200Cخواهم");
  }
}
