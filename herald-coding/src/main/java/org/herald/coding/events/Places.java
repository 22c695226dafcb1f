package org.herald.coding.events;

import java.util.List;
import org.herald.coding.Parses;
import org.herald.core.model.Dependency;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * The place of a clause ("in Kirkuk", "im Süden des Libanon", "in the northern city of Kirkuk")
 * and the weapon of its force ("Russian aircraft", "mit Panzern"). Words are numbered from 1.
 * Stateless.
 */
final class Places {
  private Places() {}

  /** The place of the clause: a location after in, at, bei, im. */
  static @Nullable Entity placeEntity(Sentence s, int head, Actors actors, Lexicon w) {
    List<Dependency> arcs = s.dependencies();
    for (Dependency d : arcs) {
      if (d.head() == head && d.relation().startsWith("obl")) {
        Entity e = placeUnder(s, d.dependent(), actors, w);
        if (e != null) {
          return e;
        }
      }
    }
    // "griff Ziele im Süden des Libanon an": a place the parser hung on another word of the
    // verb's own clause.
    int[] span = Parses.span(arcs, head, true);
    for (Dependency d : arcs) {
      if (d.relation().startsWith("nmod") && d.dependent() >= span[0]
          && d.dependent() <= span[1]) {
        Entity e = placeUnder(s, d.dependent(), actors, w);
        if (e != null) {
          return e;
        }
      }
    }
    return null;
  }

  /**
   * The place a phrase with "in", "bei", "at" names: itself ("in Kirkuk"), the name it
   * introduces ("in the northern city of Kirkuk", "in der Stadt Cizre"), or the place a part
   * of it belongs to ("im Süden des Libanon"); else null.
   */
  private static @Nullable Entity placeUnder(Sentence s, int word, Actors actors, Lexicon w) {
    if (!w.has("place-cases", Arcs.caseOf(s, word))) {
      return null;
    }
    Entity e = actors.covering(s.tokens().get(word - 1));
    if (e != null) {
      return e.type() == EntityType.LOCATION ? e : null;
    }
    boolean part = w.has("parts", Arcs.word(s, word));
    for (Dependency n : s.dependencies()) {
      if (n.head() != word) {
        continue;
      }
      String of = Arcs.caseOf(s, n.dependent());
      if (n.relation().startsWith("nmod") && (w.has("name-of", of)
          || part && (of == null || w.has("part-of", of))) || n.relation().equals("appos")
          || n.relation().equals("flat")) {
        Entity named = actors.covering(s.tokens().get(n.dependent() - 1));
        if (named != null && named.type() == EntityType.LOCATION) {
          return named;
        }
      }
    }
    return null;
  }

  /**
   * The code the weapon of a force's subject or instrument gives: aircraft 195 ("Russian
   * aircraft killed 46 civilians"), tanks and artillery 194 ("Israeli tanks fired"), else
   * null. What is attacked ("shot down a helicopter") does not count.
   */
  static @Nullable String weaponCode(Sentence s, List<Integer> heads, Lexicon w) {
    for (Dependency d : s.dependencies()) {
      if (!heads.contains(d.head()) || !(d.relation().equals("nsubj")
          || d.relation().startsWith("obl")
          && w.has("instrument-cases", Arcs.caseOf(s, d.dependent())))) {
        continue;
      }
      for (int word : Parses.phrase(s.dependencies(), d.dependent())) {
        String text = Arcs.word(s, word);
        if (w.part("aircraft", text, true)) {
          return "195";
        }
        if (w.part("artillery", text, true)) {
          return "194";
        }
      }
    }
    return null;
  }
}
