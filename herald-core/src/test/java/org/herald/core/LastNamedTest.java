package org.herald.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.Mention;
import org.junit.jupiter.api.Test;

/** Which entity of a kind the text named last before an offset. */
class LastNamedTest {
  @Test
  void theKindsMentionThatBeginsLastBeforeTheOffset() {
    String text = "Polizei Nato Polizei Bern Nato Zeugen";
    Entity polizei = new Entity("e1", EntityType.ORGANIZATION, "Polizei", null,
        List.of(new Mention(0, 7, "Polizei")));
    Entity nato = new Entity("e2", EntityType.ORGANIZATION, "Nato", null,
        List.of(new Mention(8, 12, "Nato"), new Mention(26, 30, "Nato")));
    Entity bern = new Entity("e3", EntityType.ORGANIZATION, "Polizei Bern", null,
        List.of(new Mention(13, 25, "Polizei Bern")));
    Document d = Document.builder(text).entities(List.of(polizei, nato, bern)).build();
    assertThat(d.lastNamedBefore(31, e -> e.name().startsWith("Polizei"))).isEqualTo(bern);
    assertThat(d.lastNamedBefore(31, e -> true)).isEqualTo(nato);
    assertThat(d.lastNamedBefore(12, e -> e.name().startsWith("Polizei"))).isEqualTo(polizei);
    assertThat(d.lastNamedBefore(5, e -> true)).isNull(); // a mention must end before it
  }
}
