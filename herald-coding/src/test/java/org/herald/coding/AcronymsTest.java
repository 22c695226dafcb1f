package org.herald.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.herald.core.model.EntityType;
import org.herald.core.model.Mention;
import org.junit.jupiter.api.Test;

/** Short forms defined in parentheses join the name that defines them. */
class AcronymsTest {
  private static Mention at(String text, String name, int from) {
    int i = text.indexOf(name, from);
    return new Mention(i, i + name.length(), name);
  }

  @Test
  void aShortFormIsTheNameBeforeIt() {
    String text = "Die Deutsche Lebens-Rettungs-Gesellschaft (DLRG) fordert mehr Geld. "
        + "Die Präsidentin der DLRG, Ute Vogt, sagte das. Die ASB (ASB) auch.";
    List<Mention> m = List.of(at(text, "Deutsche Lebens-Rettungs-Gesellschaft", 0),
        at(text, "DLRG", 0), at(text, "DLRG", text.indexOf("Präsidentin")),
        at(text, "Ute Vogt", 0));
    List<String> keys = new ArrayList<>(List.of("ORG:dlrg-long", "ORG:dlrg", "ORG:dlrg",
        "PERSON:ute vogt"));
    Acronyms.join(m, List.of(EntityType.ORGANIZATION, EntityType.ORGANIZATION,
        EntityType.ORGANIZATION, EntityType.PERSON), List.of(false, false, false, false), keys,
        text);
    assertThat(keys).containsExactly("ORG:dlrg-long", "ORG:dlrg-long", "ORG:dlrg-long",
        "PERSON:ute vogt");
  }

  @Test
  void aLinkedShortFormGivesTheNameItsEntry() {
    String text = "the Pan American Health Organization (PAHO) said. PAHO warned.";
    List<Mention> m = List.of(at(text, "Pan American Health Organization", 0),
        at(text, "PAHO", 0), at(text, "PAHO", text.indexOf("said")));
    List<String> keys = new ArrayList<>(List.of("ORG:pan american", "paho-id", "paho-id"));
    Acronyms.join(m, List.of(EntityType.ORGANIZATION, EntityType.ORGANIZATION,
        EntityType.ORGANIZATION), List.of(false, true, true), keys, text);
    assertThat(keys).containsOnly("paho-id");
  }

  @Test
  void wordsInParenthesesThatAreNoShortFormJoinNothing() {
    String text = "Berlin (dpa) meldete. Die Linke (LINKE) auch. Hamburg (AfD) nicht.";
    List<Mention> m = List.of(at(text, "Berlin", 0), at(text, "Hamburg", 0),
        at(text, "AfD", text.indexOf("nicht") - 10));
    List<String> keys = new ArrayList<>(List.of("berlin", "hamburg", "afd"));
    Acronyms.join(m, List.of(EntityType.LOCATION, EntityType.LOCATION,
        EntityType.ORGANIZATION), List.of(true, true, true), keys, text);
    assertThat(keys).containsExactly("berlin", "hamburg", "afd"); // not its first letter
  }

  @Test
  void aShortFormUsedWithoutDefinitionIsTheOneNameItSpells() {
    String text = "the California Public Utilities Commission said. The CPUC and the PUC met"
        + " the NFL.";
    List<Mention> m = List.of(at(text, "California Public Utilities Commission", 0),
        at(text, "CPUC", 0), at(text, "PUC", text.indexOf("the PUC")), at(text, "NFL", 0));
    List<String> keys = new ArrayList<>(List.of("cpuc-id", "ORG:cpuc", "ORG:puc", "ORG:nfl"));
    Acronyms.join(m, List.of(EntityType.ORGANIZATION, EntityType.ORGANIZATION,
        EntityType.ORGANIZATION, EntityType.ORGANIZATION), List.of(true, false, false, false),
        keys, text);
    assertThat(keys).containsExactly("cpuc-id", "cpuc-id", "cpuc-id", "ORG:nfl");
    String company = "Pacific Gas & Electric Co. cut power. PG&E said so.";
    List<Mention> c = List.of(at(company, "Pacific Gas & Electric Co.", 0),
        at(company, "PG&E", 0));
    List<String> ckeys = new ArrayList<>(List.of("ORG:pacific", "ORG:pge"));
    Acronyms.join(c, List.of(EntityType.ORGANIZATION, EntityType.ORGANIZATION),
        List.of(false, false), ckeys, company);
    assertThat(ckeys).containsOnly("ORG:pacific"); // "Co." is spelled by no initial
  }

  @Test
  void aShortFormThatTwoNamesSpellJoinsNeither() {
    String text = "The Democratic Unionist Party and the Christian Democratic Unionist Party met."
        + " The DUP spoke. The IFB Verlag Deutsche Sprache wrote to the VDS.";
    List<Mention> m = List.of(at(text, "Democratic Unionist Party", 0),
        at(text, "Christian Democratic Unionist Party", 0),
        at(text, "DUP", text.indexOf("spoke") - 4), at(text, "IFB Verlag Deutsche Sprache", 0),
        at(text, "VDS", 0));
    List<String> keys = new ArrayList<>(List.of("ORG:dup", "ORG:cdup", "ORG:dup-short",
        "ORG:ifb", "ORG:vds"));
    Acronyms.join(m, List.of(EntityType.ORGANIZATION, EntityType.ORGANIZATION,
        EntityType.ORGANIZATION, EntityType.ORGANIZATION, EntityType.ORGANIZATION),
        List.of(false, false, false, false, false), keys, text);
    // "VDS" is no "IFB Verlag Deutsche Sprache": a short form before it is no place
    assertThat(keys).containsExactly("ORG:dup", "ORG:cdup", "ORG:dup-short", "ORG:ifb",
        "ORG:vds");
  }
}
