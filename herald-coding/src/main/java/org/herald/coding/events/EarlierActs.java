package org.herald.coding.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.core.model.Dependency;
import org.herald.core.model.Entity;
import org.herald.core.model.Event;
import org.herald.core.model.EventActor;
import org.herald.core.model.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * Whom a criticism, rejection or praise of an act named only by its noun is aimed at: "The
 * United States approved an arms sale to Taiwan. China condemned the decision": whoever did the
 * act coded last in the two sentences before, if no one the sentence names. Words are numbered
 * from 1. Stateless.
 */
final class EarlierActs {
  /** The roots of acts done, which "the decision", "der Schritt" refer back to. */
  private static final Set<String> DONE = Set.of("03", "06", "07", "08", "15", "16", "17", "18",
      "19", "20");
  /** How many sentences back the act may lie. */
  private static final int BACK = 2;

  private EarlierActs() {}

  /** Whether the act is one whose object may be another's act: criticism, rejection, praise. */
  static boolean aimedAtActs(String code) {
    return code.startsWith("11") && !Roots.LEGAL_ACTION.contains(code) || code.startsWith("12")
        || code.startsWith("051");
  }

  /**
   * The source of the act coded last before the sentence, at most {@link #BACK} sentences back,
   * where the verb's object is a noun of such an act with a determiner that refers back ("the
   * decision", "diesen Schritt") and the act's source is another actor than the sources; or
   * null.
   */
  static @Nullable EventActor owner(Context c, int head, List<Entity> sources) {
    if (!actObject(c, head)) {
      return null;
    }
    int from = c.doc().sentenceStartBack(c.s().start(), BACK);
    for (int i = c.earlier().size() - 1; i >= 0; i--) {
      Event e = c.earlier().get(i);
      if (e.sentence().start() < from) {
        return null;
      }
      if (!DONE.contains(e.root()) || e.confidence() < EventFilter.TRUSTED || e.source() == null
          || e.source().actor() == null) {
        continue;
      }
      String actor = e.source().actor();
      if (sources.stream().noneMatch(s -> actor.equals(ActorKinds.actor(s)))) {
        return e.source();
      }
    }
    return null;
  }

  /** Whether the verb's object is a noun of an act with a determiner that refers back. */
  private static boolean actObject(Context c, int head) {
    Sentence s = c.s();
    for (Dependency d : c.arcs()) {
      if (d.head() != head || !d.relation().equals("obj")
          || !c.words().has("act-nouns", Arcs.word(s, d.dependent()))) {
        continue;
      }
      for (Dependency det : c.arcs()) {
        if (det.head() == d.dependent() && det.relation().equals("det") && c.words().has(
            "referring-determiners", Arcs.word(s, det.dependent()).toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }
}
