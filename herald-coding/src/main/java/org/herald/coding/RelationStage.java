package org.herald.coding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.core.Stage;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.Layer;
import org.herald.core.model.Mention;
import org.herald.core.model.Relation;
import org.herald.core.model.Sentence;
import org.herald.core.model.Span;
import org.herald.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * Membership the text states: "Die USA, Kanada, … gehören zum Block" (MEMBER_OF, the block being
 * the organisation named last before), "China ist nicht Teil der G-7" (NOT_MEMBER_OF), "Finland
 * is a member of NATO", "Sweden joined the alliance". The members are the countries and
 * organisations named before the predicate in the sentence, the organisation the first one after
 * it or, for a word such as "Block", "Bündnis", "alliance", the organisation named last.
 *
 * <p>Requires {@link Layer#TOKENS}, {@link Layer#ENTITIES}; produces {@link Layer#RELATIONS}.
 * Thread-safe.
 */
public final class RelationStage implements Stage {
  private static final Set<String> PREDICATES = Set.of("gehören", "gehört", "gehörten",
      "gehörte", "mitglied", "mitglieder", "mitgliedstaat", "mitgliedstaaten", "teil",
      "member", "members", "belong", "belongs", "belonged", "part", "joined", "beigetreten",
      "trat", "traten");
  private static final Set<String> ANAPHORS = Set.of("block", "bündnis", "allianz", "gruppe",
      "organisation", "staatengruppe", "militärbündnis", "verteidigungsbündnis", "alliance",
      "bloc", "group", "organization", "club");
  private static final Set<String> NEGATIONS = Set.of("nicht", "kein", "keine", "keinen",
      "not", "no", "never", "nie");

  @Override
  public String name() {
    return "relations";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.ENTITIES);
  }

  @Override
  public Set<Layer> produces() {
    return EnumSet.of(Layer.RELATIONS);
  }

  @Override
  public Document apply(Document doc) {
    List<Relation> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      int p = -1;
      for (int k = 0; k < tokens.size(); k++) {
        if (PREDICATES.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
          p = k;
          break;
        }
      }
      if (p < 0) {
        continue;
      }
      int at = tokens.get(p).start();
      Entity organisation = null;
      for (int k = p + 1; k < tokens.size() && organisation == null; k++) {
        Token t = tokens.get(k);
        Entity e = entityAt(doc, t.start());
        if (e != null && isOrganisation(e)) {
          organisation = e;
        } else if (ANAPHORS.stream().anyMatch(a -> t.word().toLowerCase(Locale.ROOT).endsWith(a))) {
          organisation = doc.lastNamedBefore(s.start(), RelationStage::isOrganisation);
        }
      }
      if (organisation == null) {
        continue;
      }
      boolean negated = false;
      for (Token t : tokens) {
        if (NEGATIONS.contains(t.word().toLowerCase(Locale.ROOT))) {
          negated = true;
        }
      }
      List<Entity> members = new ArrayList<>();
      for (Entity e : doc.entities()) {
        if (e == organisation || e.type() == EntityType.PERSON || e.type() == EntityType.MISC) {
          continue;
        }
        for (Mention m : e.mentions()) {
          if (m.start() >= s.start() && m.end() <= at && !members.contains(e)) {
            members.add(e);
          }
        }
      }
      for (Entity member : members) {
        out.add(new Relation(negated ? "NOT_MEMBER_OF" : "MEMBER_OF", member.id(),
            organisation.id(), new Span(s.start(), s.end())));
      }
    }
    return doc.toBuilder().relations(out).add(Layer.RELATIONS).build();
  }

  private static boolean isOrganisation(Entity e) {
    return e.type() == EntityType.ORGANIZATION && e.kb() != null && e.kb().org() != null;
  }

  private static @Nullable Entity entityAt(Document doc, int offset) {
    for (Entity e : doc.entities()) {
      for (Mention m : e.mentions()) {
        if (m.start() <= offset && offset < m.end()) {
          return e;
        }
      }
    }
    return null;
  }

}
