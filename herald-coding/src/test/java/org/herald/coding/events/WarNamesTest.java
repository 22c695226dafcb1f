package org.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.coding.Named;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.KbRef;
import org.herald.core.model.Mention;
import org.herald.core.model.Token;
import org.herald.kb.EventDictionary;
import org.junit.jupiter.api.Test;

/** A place's name that is the start of a war's name names no actor. */
class WarNamesTest {
  private static final String TEXT =
      "Pelosi resisted calls to defund the Iraq War. Bush criticized Iraq. Russia waged war.";

  private static Entity country(String id, String name, String code) {
    return new Entity(id, EntityType.LOCATION, name,
        new KbRef("test:" + code, name, code, code, null, null, null),
        List.of(new Mention(TEXT.indexOf(name), TEXT.indexOf(name) + name.length(), name)));
  }

  private static Token token(String word, int from) {
    int at = TEXT.indexOf(word, from);
    return new Token(at, at + word.length(), word, word, "PROPN", "NNP", "O");
  }

  @Test
  void theIraqWarIsNoIraq() {
    Entity iraq = country("e1", "Iraq", "IRQ");
    Entity russia = country("e2", "Russia", "RUS");
    int war = TEXT.indexOf("Iraq");
    int named = TEXT.indexOf("Iraq", war + 1);
    int rus = TEXT.indexOf("Russia");
    List<Named> names = List.of(new Named(new Mention(war, war + 4, "Iraq"), iraq),
        new Named(new Mention(named, named + 4, "Iraq"), iraq),
        new Named(new Mention(rus, rus + 6, "Russia"), russia));
    Actors actors = new Actors(names, TEXT, EventDictionary.bundled(), Lexicon.of("en"), null,
        null);
    assertThat(actors.covering(token("Iraq", 0))).isNull(); // "the Iraq War"
    assertThat(actors.covering(token("Iraq", war + 1))).isEqualTo(iraq); // "criticized Iraq."
    assertThat(actors.covering(token("Russia", 0))).isEqualTo(russia); // "Russia waged war"
  }
}
