package org.herald.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InputDecoderTest {
  private static final String POLISH = "<html><body><p>Kolejne organizacje sprzeciwiają się"
      + " atakom na fundację. Specjalną uchwałę przyjęło stowarzyszenie im. prof. Jana Szyszko,"
      + " które działa na rzecz zrównoważonego rozwoju; głos zabrali też dziennikarze.</p>";

  @Test
  void utf8WithOneBrokenByteStaysUtf8() {
    byte[] good = POLISH.repeat(6).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 2];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xC3; // a lead byte without its continuation
    bytes[good.length + 1] = ' ';
    InputDecoder.Decoded d = InputDecoder.decode("page.html", bytes);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.text()).contains("sprzeciwiają się", "uchwałę");
  }

  @Test
  void windows1252TextIsNotTakenForUtf8() {
    byte[] bytes = ("<p>Die Bürger äußerten sich über die Straßenbahn in Köln, München und"
        + " Düsseldorf; die Größe der Schäden überraschte.</p>").repeat(5)
        .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    assertThat(InputDecoder.mostlyUtf8(bytes)).isFalse();
    assertThat(InputDecoder.decode("page.html", bytes).text()).contains("Bürger", "Straßenbahn");
  }

  @Test
  void aPageDeclaredUtf8KeepsItsLettersAndMendsAPastedLatin1One() {
    String page = "<html><head><meta charset=\"UTF-8\"></head><body><p>So schön winterlich"
        + " ist es: Soßenbinder, Zwiebeln, Äpfel.</p><img alt=\"K";
    byte[] head = page.getBytes(StandardCharsets.UTF_8);
    byte[] tail = "chenblogs\"></body></html>".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xFC; // "ü" in Latin-1, pasted into the UTF-8 page
    System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
    InputDecoder.Decoded d = InputDecoder.decode("page.html", bytes);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.text()).contains("So schön winterlich", "Soßenbinder", "Küchenblogs");
  }

  @Test
  void theRestOfACutSequenceIsNoLetter() {
    byte[] good = POLISH.repeat(6).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 3];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xE2; // "…" cut after two of its three bytes
    bytes[good.length + 1] = (byte) 0x80;
    bytes[good.length + 2] = ' ';
    assertThat(InputDecoder.decode("page.html", bytes).text()).endsWith("\uFFFD ")
        .doesNotContain("â");
  }
}
