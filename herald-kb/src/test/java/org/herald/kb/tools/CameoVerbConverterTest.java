package org.herald.kb.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CameoVerbConverterTest {
  @Test
  void anAppealPatternUnderADemandingVerbIsTheParallelDemand() {
    assertThat(CameoVerbConverter.asDemand("022", "100")).isEqualTo("102"); // demand support
    assertThat(CameoVerbConverter.asDemand("0253", "100")).isEqualTo("1053"); // ... a release
    assertThat(CameoVerbConverter.asDemand("020", "100")).isEqualTo("100");
  }

  @Test
  void otherPatternsKeepTheirCodes() {
    assertThat(CameoVerbConverter.asDemand("036", "100")).isEqualTo("036"); // want talks
    assertThat(CameoVerbConverter.asDemand("022", "020")).isEqualTo("022"); // urge support
    assertThat(CameoVerbConverter.asDemand("022", null)).isEqualTo("022");
  }
}
