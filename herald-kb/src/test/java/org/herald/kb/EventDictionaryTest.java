package org.herald.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.herald.core.HeraldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventDictionaryTest {
  @TempDir Path dir;

  @Test
  void theBundledDictionariesHaveBothLanguagesAndTheNouns() {
    EventDictionary d = EventDictionary.bundled();
    assertThat(d.patterns("en", "denounce")).extracting(EventDictionary.Pattern::code)
        .contains("111");
    assertThat(d.patterns("de", "abhalten")).isNotEmpty();
    assertThat(d.noun("de", "Videoanruf")).isEqualTo("041");
    assertThat(d.noun("de", "Generalstreik")).isEqualTo("143");
    assertThat(d.noun("en", "talks")).isEqualTo("040");
  }

  @Test
  void aUsersPatternsComeFirstAndAddNouns() throws Exception {
    Path file = dir.resolve("mine.tsv");
    Files.writeString(file, "# my patterns\n"
        + "de\tanprangern\t112\t\t\n"
        + "en\tupbraid\t111\t\t\n"
        + "de\tschiffsblockade\t191\n");
    EventDictionary d = EventDictionary.withUserFile(file);
    assertThat(d.patterns("de", "anprangern").get(0).code()).isEqualTo("112");
    assertThat(d.patterns("en", "upbraid")).extracting(EventDictionary.Pattern::code)
        .containsExactly("111");
    assertThat(d.noun("de", "Schiffsblockade")).isEqualTo("191");
    assertThat(EventDictionary.bundled().patterns("en", "upbraid")).isEmpty();
    Files.writeString(file, "de\tanprangern\t112\t\t\nde\tanprangern\t1121\t\t\n");
    assertThat(EventDictionary.withUserFile(file).patterns("de", "anprangern"))
        .extracting(EventDictionary.Pattern::code).as("the earlier user line first")
        .startsWith("112", "1121");
  }

  @Test
  void aBadLineIsNamedWithItsFileAndNumber() throws Exception {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "de\tangreifen\t190\t\t\nde angreifen 190\n");
    assertThatThrownBy(() -> EventDictionary.withUserFile(file))
        .isInstanceOf(HeraldException.class)
        .hasMessageContaining("bad.tsv line 2").hasMessageContaining("columns");
    Files.writeString(file, "fr\tattaquer\t190\t\t\n");
    assertThatThrownBy(() -> EventDictionary.withUserFile(file))
        .hasMessageContaining("line 1").hasMessageContaining("en or de");
    Files.writeString(file, "de\tangreifen\tAngriff\t\t\n");
    assertThatThrownBy(() -> EventDictionary.withUserFile(file))
        .hasMessageContaining("CAMEO code");
    assertThatThrownBy(() -> EventDictionary.withUserFile(dir.resolve("missing.tsv")))
        .hasMessageContaining("missing.tsv: no such patterns file");
  }
}
