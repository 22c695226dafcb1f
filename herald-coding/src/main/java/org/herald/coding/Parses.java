package org.herald.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herald.core.model.Dependency;

/** Walks over a sentence's dependency arcs (words numbered from 1, 0 the root). */
final class Parses {
  private Parses() {}

  /**
   * The first and last word under a word, itself included. With {@code ownPhrase} the clauses
   * it governs are left out ("said that sanctions ...": the sanctions are the other clause's).
   */
  static int[] span(List<Dependency> arcs, int root, boolean ownPhrase) {
    int min = root;
    int max = root;
    for (int w : under(arcs, root, ownPhrase)) {
      min = Math.min(min, w);
      max = Math.max(max, w);
    }
    return new int[] {min, max};
  }

  /**
   * The words of a word's own phrase: itself and what it governs, less the clauses it governs
   * (which may stand between its other words: "said they will release them on Monday").
   */
  static Set<Integer> phrase(List<Dependency> arcs, int root) {
    return under(arcs, root, true);
  }

  /** A word and the words under it; with {@code ownPhrase}, less the clauses it governs. */
  private static Set<Integer> under(List<Dependency> arcs, int root, boolean ownPhrase) {
    Set<Integer> seen = new HashSet<>(List.of(root));
    List<Integer> todo = new ArrayList<>(List.of(root));
    while (!todo.isEmpty()) {
      int node = todo.remove(todo.size() - 1);
      for (Dependency d : arcs) {
        if (d.head() == node && !(ownPhrase && clausal(d.relation()))
            && seen.add(d.dependent())) {
          todo.add(d.dependent());
        }
      }
    }
    return seen;
  }

  private static boolean clausal(String rel) {
    return rel.equals("ccomp") || rel.startsWith("advcl") || rel.equals("conj")
        || rel.equals("parataxis") || rel.startsWith("acl") || rel.startsWith("csubj");
  }
}
