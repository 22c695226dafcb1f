package org.herald.coding.events;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.coding.Parses;
import org.herald.core.model.Dependency;
import org.herald.core.model.Entity;
import org.herald.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * What a verb's objects say about its act: an addressee that is no actor or everyone, a word of
 * disapproval it names its object as, a thing fought or carried rather than a party. Words are
 * numbered from 1. Stateless.
 */
final class VerbObjects {
  private VerbObjects() {}

  /**
   * Whether the text names an addressee that is no actor: a pronoun object ("kritisiert ihn"),
   * the object of a verb whose object is whom it asks ("forderte die Besucher auf", "urged
   * voters"; the list {@code addressing}), or whom a verb of {@code appealing} turns to
   * ("appelliert an Unternehmen"). Such an act is not addressed to the government by
   * default.
   */
  static boolean addresseeUnknown(Context c, int head) {
    // the verb as it stands, its particle included: "mahnt ... an" demands a thing, "mahnt" asks
    List<String> keys = c.grammar().verbKeys(c.tokens().get(head - 1), VerbEvents.particle(c, head - 1));
    boolean asking = !keys.isEmpty() && c.words().has("addressing", keys.get(0));
    for (Dependency d : c.arcs()) {
      if (d.head() == head && (d.relation().equals("obj") || d.relation().equals("iobj"))
          && (asking || "PRON".equals(c.tokens().get(d.dependent() - 1).upos())
          && !c.words().has("reflexives", c.tokens().get(d.dependent() - 1).word()))) {
        return true; // but "äußerte sich kritisch": the reflexive is no one addressed
      }
      if (d.head() == head && d.relation().startsWith("obl")
          && c.words().has("addressed", Arcs.caseOf(c.s(), d.dependent()))
          && c.grammar().verbIn(c.s(), head, "appealing")) {
        return true; // "appelliert an Unternehmen", "appealed to businesses"
      }
    }
    return false;
  }

  /**
   * Whether the verb names a government by a bare noun as whom it addresses or criticises: its
   * object, an oblique of {@code target-cases} ("called on the Government to", "appeal to
   * Ministers", "pleaded with the administration") or the owner of its object ("attacked the
   * government's plans"), a word of the list {@code home-governments} with nothing before it but
   * an article. Said by someone outside the state, such a government is the speaker's own
   * (docs/CODEBOOK.md).
   */
  static boolean addressesGovernment(Context c, int head) {
    for (Dependency d : c.arcs()) {
      if (d.head() != head) {
        continue;
      }
      boolean object = d.relation().equals("obj") || d.relation().equals("iobj");
      boolean oblique = d.relation().startsWith("obl")
          && c.words().has("target-cases", Arcs.caseOf(c.s(), d.dependent()));
      if ((object || oblique) && bareGovernment(c, d.dependent())) {
        return true;
      }
      if (object) {
        for (Dependency o : c.arcs()) {
          if (o.head() == d.dependent() && o.relation().equals("nmod:poss")
              && bareGovernment(c, o.dependent())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The relations a bare noun may have below it: its article, case and punctuation. */
  private static final Set<String> BARE = Set.of("det", "case", "punct");

  /** Whether a word is a government noun with no word of its own but an article or a case. */
  private static boolean bareGovernment(Context c, int word) {
    if (!c.words().has("home-governments", Arcs.word(c.s(), word).toLowerCase(Locale.ROOT))
        || c.actors().entityUnder(c.s(), word, false) != null) {
      return false;
    }
    for (Dependency d : c.arcs()) {
      if (d.head() == word && !BARE.contains(d.relation())) {
        return false; // "the Chinese government", "the government of Kerala"
      }
    }
    return true;
  }

  /**
   * Whether the verb addresses everyone: its object, or a pronoun standing alone between it and
   * the first comma after it (the parser often hangs "alle" of "ruft alle dazu auf, ..." on the
   * infinitive), is a word of the list {@code everyone} ("alle", "everyone").
   */
  static boolean addressesEveryone(Context c, int head) {
    Lexicon w = c.words();
    for (Dependency d : c.arcs()) {
      if (d.head() == head && (d.relation().equals("obj") || d.relation().equals("iobj"))
          && w.has("everyone", Arcs.word(c.s(), d.dependent()))) {
        return true;
      }
    }
    List<Token> t = c.tokens();
    for (int i = head; i < t.size() && !t.get(i).word().equals(","); i++) {
      boolean alone = i + 1 >= t.size()
          || !List.of("NOUN", "ADJ", "PROPN").contains(t.get(i + 1).upos());
      if (alone && w.has("everyone", t.get(i).word())
          && List.of("PRON", "DET").contains(t.get(i).upos())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The code of a word of disapproval ({@link QuoteEvents#disapproval}) that a verb of naming
   * names its object as: in its open complement's phrase ("a disgrace", "heartbreaking"), an
   * adjective beside it ("nannte ... unverantwortlich") or its "als" phrase ("als Skandal");
   * or null.
   */
  static @Nullable String namedDisapproval(Context c, int head) {
    for (Dependency d : c.arcs()) {
      if (d.head() != head) {
        continue;
      }
      String r = d.relation();
      boolean named = r.equals("xcomp")
          || r.equals("advmod") && "ADJ".equals(c.tokens().get(d.dependent() - 1).upos())
          || r.startsWith("obl")
          && c.words().has("naming-cases", Arcs.caseOf(c.s(), d.dependent()));
      if (!named) {
        continue;
      }
      for (int word : Parses.phrase(c.arcs(), d.dependent())) {
        String code = QuoteEvents.disapproval(c.words(), c.tokens().get(word - 1));
        if (code != null) {
          return code;
        }
      }
    }
    return null;
  }

  /**
   * Whether the verb's object, or what it fights against or with ("kämpft gegen die Inflation",
   * "kämpfte mit den Erfahrungen"), is a noun that names no actor, itself or by a word that says
   * whose it is ("extradition to the United States"; not "Russian forces", "die Truppen
   * Russlands"), and none of them is an actor. A weapon ("mit Panzern") is no opponent.
   */
  static boolean foughtThing(Context c, int head) {
    boolean thing = false;
    for (Dependency d : c.arcs()) {
      boolean object = d.relation().equals("obj") || d.relation().startsWith("obl")
          && c.words().has("fought-cases", Arcs.caseOf(c.s(), d.dependent()));
      Token t = c.tokens().get(d.dependent() - 1);
      if (d.head() != head || !object || !"NOUN".equals(t.upos())) {
        continue;
      }
      if (c.words().part("aircraft", t.word(), true)
          || c.words().part("artillery", t.word(), true)) {
        continue; // "kämpften mit Panzern": the weapon, not what is fought
      }
      if (c.actors().covering(t) != null) {
        return false;
      }
      for (Dependency e : c.arcs()) {
        boolean whose = e.relation().equals("amod") || e.relation().equals("compound")
            || e.relation().equals("nmod:poss")
            || e.relation().equals("nmod") && Arcs.caseOf(c.s(), e.dependent()) == null;
        if (e.head() == d.dependent() && whose
            && c.actors().covering(c.tokens().get(e.dependent() - 1)) != null) {
          return false;
        }
      }
      thing = true;
    }
    return thing;
  }

  /**
   * Whether the verb has a direct object that no actor names and reaches each place of its
   * targets by a preposition of where a visit goes ("to", "nach"): what a journey takes
   * somewhere ("fly the cat to Portland"), not whom it visits ("besucht dieser Tage die
   * Schweiz") or talks of ("discuss engagement between the UK and the islands").
   */
  static boolean carried(Context c, int head, List<Entity> targets) {
    int thing = 0;
    for (Dependency d : c.arcs()) {
      Token t = c.tokens().get(d.dependent() - 1);
      if (d.head() == head && d.relation().equals("obj") && "NOUN".equals(t.upos())
          && c.actors().covering(t) == null) {
        thing = d.dependent();
      }
    }
    Set<Entity> reached = new HashSet<>();
    for (Dependency d : c.arcs()) {
      Entity e = c.actors().covering(c.tokens().get(d.dependent() - 1));
      // "to Portland" under the verb, or under the thing ("the rescued dog to Panama City")
      if (e != null && (d.head() == head && d.relation().startsWith("obl")
          || thing > 0 && d.head() == thing && d.relation().startsWith("nmod"))
          && c.words().has("visited", Arcs.caseOf(c.s(), d.dependent()))) {
        reached.add(e);
      }
    }
    return thing > 0 && reached.containsAll(targets);
  }

  /** Whether the verb's object is a thing other than a pact between its subjects. */
  static boolean thingObject(Context c, int head) {
    for (Dependency d : c.arcs()) {
      if (d.head() == head && d.relation().equals("obj")) {
        String lemma = Arcs.lemmaOf(c.tokens().get(d.dependent() - 1));
        return c.words().set("pacts").stream().noneMatch(lemma::contains);
      }
    }
    return false;
  }
}
