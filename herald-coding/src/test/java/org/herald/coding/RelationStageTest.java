package org.herald.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.Relation;
import org.herald.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/** Membership on hand-tagged sentences after the entity stage (no models). */
class RelationStageTest {
  private static final EntityStage ENTITIES = new EntityStage(KnowledgeBase.bundled());
  private static final RelationStage RELATIONS = new RelationStage();

  private static Document analysed(String... sentences) {
    return RELATIONS.apply(ENTITIES.apply(HandTagged.document("de", "2021-12-15", sentences)));
  }

  private static List<String> named(Document d) {
    List<String> out = new ArrayList<>();
    for (Relation r : d.relations()) {
      String subject = d.entities().stream().filter(e -> e.id().equals(r.subject()))
          .map(Entity::name).findFirst().orElseThrow();
      String object = d.entities().stream().filter(e -> e.id().equals(r.object()))
          .map(e -> e.kb().org()).findFirst().orElseThrow();
      out.add(r.type() + " " + subject + " " + object);
    }
    return out;
  }

  @Test
  void membersOfABlockNamedBeforeAndANegatedMembership() {
    Document d = analysed(
        "Die Führer der G-7/PROPN/ORGANIZATION gaben eine Erklärung ab ./PUNCT",
        "Kanada/PROPN/LOCATION und Japan/PROPN/LOCATION gehören/VERB zum Block ./PUNCT",
        "China/PROPN/LOCATION ist/AUX nicht Teil der G-7/PROPN/ORGANIZATION ./PUNCT");
    assertThat(named(d)).containsExactly("MEMBER_OF Kanada G7", "MEMBER_OF Japan G7",
        "NOT_MEMBER_OF China G7");
  }

  @Test
  void noMembershipWithoutAMember() {
    Document d = analysed("Mitglieder der NATO/PROPN/ORGANIZATION haben/AUX geschworen ./PUNCT");
    assertThat(d.relations()).isEmpty();
  }
}
