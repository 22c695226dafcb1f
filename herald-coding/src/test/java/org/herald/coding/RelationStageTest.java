package org.herald.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.Layer;
import org.herald.core.model.Relation;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;
import org.herald.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/** Membership on hand-tagged sentences after the entity stage (no models). */
class RelationStageTest {
  private static final EntityStage ENTITIES = new EntityStage(KnowledgeBase.bundled());
  private static final RelationStage RELATIONS = new RelationStage();
  private static final Pattern WORD =
      Pattern.compile("(\\S+?)(?:/([A-Z]+))?(?:/([A-Z]+))?(?=\\s|$)");

  private static Document analysed(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> out = new ArrayList<>();
    for (String s : sentences) {
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      List<Token> tokens = new ArrayList<>();
      Matcher m = WORD.matcher(s);
      while (m.find()) {
        if (!tokens.isEmpty()) {
          text.append(' ');
        }
        int at = text.length();
        text.append(m.group(1));
        tokens.add(new Token(at, text.length(), m.group(1), null,
            m.group(2) == null ? "NOUN" : m.group(2), null, m.group(3) == null ? "O" : m.group(3)));
      }
      out.add(new Sentence(start, text.length(), "de", tokens, null));
    }
    Document d = Document.builder(text.toString()).language("de").published("2021-12-15")
        .sentences(out).add(Layer.TEXT, Layer.LANGUAGE, Layer.TOKENS, Layer.NER).build();
    return RELATIONS.apply(ENTITIES.apply(d));
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
