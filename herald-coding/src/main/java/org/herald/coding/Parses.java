package org.herald.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herald.core.model.Dependency;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;

/** Walks over a sentence's dependency arcs (words numbered from 1, 0 the root) and its clauses. */
public final class Parses {
  private Parses() {}

  /**
   * The first and last word under a word, itself included. With {@code ownPhrase} the clauses
   * it governs are left out ("said that sanctions ...": the sanctions are the other clause's).
   */
  public static int[] span(List<Dependency> arcs, int root, boolean ownPhrase) {
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
  public static Set<Integer> phrase(List<Dependency> arcs, int root) {
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

  /**
   * The last word (0-based) of a sentence after the word at an index, final punctuation aside,
   * if no comma stands between them (they are in one clause: "sagte Finnland ein neues Abkommen
   * zu", not "sagte, Russland greife niemanden an"); else -1.
   */
  public static int clauseFinal(Sentence s, int index) {
    List<Token> tokens = s.tokens();
    int last = tokens.size() - 1;
    while (last > index && "PUNCT".equals(tokens.get(last).upos())) {
      last--;
    }
    if (last <= index) {
      return -1;
    }
    for (int i = index + 1; i < last; i++) {
      if (tokens.get(i).word().equals(",")) {
        return -1;
      }
    }
    return last;
  }

  /**
   * Whether a word (1-based) has a dependent whose relation begins with {@code relation} and
   * whose word, lower-cased, is one of {@code words} ("aux" "will", "case" "by").
   */
  public static boolean hasChild(Sentence s, List<Dependency> arcs, int head, String relation,
      Set<String> words) {
    for (Dependency d : arcs) {
      if (d.head() == head && d.relation().startsWith(relation) && words.contains(
          s.tokens().get(d.dependent() - 1).word().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean clausal(String rel) {
    return rel.equals("ccomp") || rel.startsWith("advcl") || rel.equals("conj")
        || rel.equals("parataxis") || rel.startsWith("acl") || rel.startsWith("csubj");
  }
}
