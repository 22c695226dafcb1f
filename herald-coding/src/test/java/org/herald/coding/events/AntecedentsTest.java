package org.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.herald.coding.EntityStage;
import org.herald.coding.HandTagged;
import org.herald.core.model.Dependency;
import org.herald.core.model.Document;
import org.herald.core.model.Layer;
import org.herald.core.model.Sentence;
import org.herald.kb.EventDictionary;
import org.herald.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/** Whom a pronoun stands for when neither its sentence nor the one before names its actor. */
class AntecedentsTest {
  private static final KnowledgeBase KB = KnowledgeBase.bundled();
  private static final EntityStage ENTITIES = new EntityStage(KB);
  private static final EventStage EVENTS = new EventStage(EventDictionary.bundled(), KB);
  private static final String NAMED = "Angela/PROPN/PERSON Merkel/PROPN/PERSON kam/VERB ./PUNCT";
  private static final String RAIN = "Es/PRON regnete/VERB ./PUNCT";
  private static final String CRITICISED =
      "Er/PRON kritisierte/VERB Russland/PROPN/LOCATION ./PUNCT";

  /** The sentences, the last parsed as "Er kritisierte Russland": subject, verb, object. */
  private static Document coded(String... sentences) {
    Document tagged = ENTITIES.apply(HandTagged.document("de", "2019-05-14", sentences));
    List<Sentence> out = new ArrayList<>(tagged.sentences());
    int last = out.size() - 1;
    out.set(last, out.get(last).withDependencies(List.of(new Dependency(0, 2, "root"),
        new Dependency(2, 1, "nsubj"), new Dependency(2, 3, "obj"),
        new Dependency(2, 4, "punct"))));
    return EVENTS.apply(tagged.toBuilder().sentences(out).add(Layer.DEPENDENCIES).build());
  }

  @Test
  void aPronounStandsForAPersonNamedInTheThreeSentencesBefore() {
    Document near = coded(NAMED, RAIN, CRITICISED);
    assertThat(near.events()).anyMatch(e -> e.code().equals("111")
        && e.source() != null && "Angela Merkel".equals(e.source().name()));
  }

  @Test
  void notForOneNamedFurtherBack() {
    // "Er" four sentences after the last person named: no one the text still speaks of
    Document far = coded(NAMED, RAIN, RAIN, RAIN, RAIN, CRITICISED);
    assertThat(far.events()).noneMatch(e -> e.source() != null
        && "Angela Merkel".equals(e.source().name()));
  }
}
