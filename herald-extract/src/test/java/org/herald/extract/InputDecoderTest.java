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
}
