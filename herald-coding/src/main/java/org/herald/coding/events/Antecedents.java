package org.herald.coding.events;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.herald.coding.Descriptions;
import org.herald.coding.Named;
import org.herald.core.model.Dependency;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * Whom a word that refers back stands for: a pronoun ("er", "sie", "he", "it"), "the country"
 * ("das Land", the event words' {@code country-nouns}) and "the organisation" ("der Verband",
 * {@code organisation-nouns}). Made for one sentence's {@link Actors}.
 */
final class Antecedents {
  private final List<Named> names;
  private final Lexicon words;
  private final @Nullable Document doc;
  private final Actors actors;

  Antecedents(List<Named> names, Lexicon words, @Nullable Document doc, Actors actors) {
    this.names = names;
    this.words = words;
    this.doc = doc;
    this.actors = actors;
  }

  /**
   * A pronoun's actor: the nearest actor before it in its sentence ("Die Führer der G-7 gaben
   * eine Erklärung ab, in der sie ... verurteilten"), else the person who was the subject of the
   * sentence before, else the last person named in the {@link #BACK} sentences before; "it" is
   * a country or an organisation named before it in its sentence, never a person.
   */
  @Nullable Entity ofPronoun(Sentence s, Token t) {
    Named inSentence = null;
    Named person = null;
    int from = windowStart(s);
    for (Named n : names) {
      if (n.mention().end() <= t.start() && n.mention().start() >= from) {
        if (n.mention().start() >= s.start() && ActorKinds.isActor(n.entity())
            && (n.entity().type() != EntityType.LOCATION || ActorKinds.isCountry(n.entity()))) {
          inSentence = n; // "Japan said it had halted aid": a country acts, a city does not
        }
        if (n.entity().type() == EntityType.PERSON) {
          person = n;
        }
      }
    }
    if (words.has("thing-pronouns", t.word())) {
      if (inSentence == null) {
        return authorOfPreviousSubject(s);
      }
      return inSentence.entity().type() == EntityType.PERSON ? null : inSentence.entity();
    }
    if (inSentence == null) {
      Entity subject = previousSubject(s, t.word());
      if (subject != null) {
        return subject;
      }
    }
    Named pick = inSentence != null ? inSentence : person;
    return pick == null ? null : pick.entity();
  }

  /** How many sentences before a pronoun's own the person it stands for may have been named. */
  static final int BACK = 3;

  /**
   * Where the sentences a pronoun may look back into begin: {@link #BACK} sentences before its
   * own ("Und er habe die NPD unterstützt" is not Hitler's, named paragraphs earlier).
   */
  private int windowStart(Sentence s) {
    return doc == null ? 0 : doc.sentenceStartBack(s.start(), BACK);
  }

  /**
   * The person who was the subject of the sentence before, which a pronoun that opens its own
   * sentence's actors most often continues ("Scholz reiste zu Gesprächen mit Macron nach Paris.
   * Er sicherte Frankreich ... zu": Scholz, though Macron was named last); where that subject is
   * the same pronoun, the person it continues in turn, up to {@link #BACK} sentences back
   * ("Höcke zeige ... Er benutze Begriffe, die Adolf Hitler verwendet habe. Und er habe die NPD
   * unterstützt": Höcke, not Hitler); or null.
   */
  private @Nullable Entity previousSubject(Sentence s, String pronoun) {
    Sentence at = s;
    for (int back = 0; back < BACK; back++) {
      Sentence before = sentenceBefore(at);
      Token subject = before == null ? null : mainSubject(before);
      if (subject == null) {
        return null;
      }
      if (!subject.word().equalsIgnoreCase(pronoun)) {
        Entity e = actors.covering(subject);
        return e != null && e.type() == EntityType.PERSON && ActorKinds.isActor(e) ? e : null;
      }
      at = before; // "Er benutze ...": whom that "er" continues
    }
    return null;
  }

  /**
   * The author of what the sentence before made its subject, where that is a text a body writes
   * ({@code authored-nouns}: "The report by the University and College Union claims ... It calls
   * on the Office for Students to ...": the union); or null.
   */
  private @Nullable Entity authorOfPreviousSubject(Sentence s) {
    Sentence before = sentenceBefore(s);
    Token subject = before == null ? null : mainSubject(before);
    if (subject == null || !words.has("authored-nouns", subject.word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    int noun = before.tokens().indexOf(subject) + 1;
    for (Dependency d : before.dependencies()) {
      if (d.head() != noun || !(d.relation().equals("nmod:poss") || d.relation().equals("nmod")
          && words.has("author-cases", String.valueOf(Arcs.caseOf(before, d.dependent()))))) {
        continue;
      }
      Entity author = actors.covering(before.tokens().get(d.dependent() - 1));
      if (author != null && ActorKinds.isActor(author)
          && author.type() != EntityType.LOCATION) {
        return author;
      }
    }
    return null;
  }

  /** The entity that was the subject of the main verb of the sentence before; or null. */
  private @Nullable Entity previousSubjectEntity(Sentence s) {
    Sentence before = sentenceBefore(s);
    Token subject = before == null ? null : mainSubject(before);
    return subject == null ? null : actors.covering(subject);
  }

  /** The sentence before a sentence; or null. */
  private @Nullable Sentence sentenceBefore(Sentence s) {
    if (doc == null) {
      return null;
    }
    Sentence before = null;
    for (Sentence p : doc.sentences()) {
      if (p.end() <= s.start()) {
        before = p;
      }
    }
    return before;
  }

  /** The word that is the subject of a sentence's main verb; or null. */
  private static @Nullable Token mainSubject(Sentence before) {
    if (before.dependencies() == null) {
      return null;
    }
    for (Dependency d : before.dependencies()) {
      if (d.relation().equals("nsubj") && before.dependencies().stream()
          .anyMatch(r -> r.dependent() == d.head() && r.relation().equals("root"))) {
        return before.tokens().get(d.dependent() - 1);
      }
    }
    return null;
  }

  /** Whether a noun refers back with a definite article: "das Land", "der Verband". */
  boolean refersBack(Token t) {
    return words.has("country-nouns", t.word()) || words.has("organisation-nouns", t.word());
  }

  /**
   * What a noun of {@link #refersBack} stands for: "das Land" the country the text is about,
   * "der Verband", "the organization" the body (an organisation named by its name, no
   * government) that was the subject of the sentence before, else the one named last before it
   * in its sentence or the two before, where it has an actor code ("Der Zentralverband des Deutschen Handwerks (ZDH)
   * kritisiert ... Der Verband fordert die Bundesregierung auf"); or null.
   */
  @Nullable Entity ofNoun(Sentence s, Token t) {
    if (words.has("country-nouns", t.word())) {
      return homeCountry();
    }
    Entity subject = previousSubjectEntity(s);
    if (subject != null && body(subject) && ActorKinds.actor(subject) != null) {
      return subject; // the subject before: "Der Zentralverband ... kritisiert ... Der Verband"
    }
    int from = doc == null ? s.start() : doc.sentenceStartBack(s.start(), 2);
    Entity found = null;
    for (Named n : names) {
      if (n.mention().start() >= from && n.mention().end() <= t.start() && body(n.entity())) {
        found = n.entity();
      }
    }
    return found == null || ActorKinds.actor(found) == null ? null : found;
  }

  /** Whether an entity is a body named by its name, no government: what "the group" names. */
  private static boolean body(Entity e) {
    String actor = ActorKinds.actor(e);
    return e.type() == EntityType.ORGANIZATION && (actor == null || !actor.endsWith("GOV"))
        && (e.kb() == null || !e.kb().id().startsWith(Descriptions.CAMEO));
  }

  /**
   * The country the text is about, which "das Land" and "the country" name ("Deutschland werde
   * dem Land 50 Millionen Euro zur Verfügung stellen" in a report from Chisinau on Moldova): the
   * country of most of the places it names (a town counts for its country), at least twice and
   * more often than any other, where the text names that country itself; or null.
   */
  @Nullable Entity homeCountry() {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Entity> countries = new HashMap<>();
    for (Named n : names) {
      Entity e = n.entity();
      if (e.type() == EntityType.LOCATION && e.kb() != null && e.kb().country() != null) {
        counts.merge(e.kb().country(), 1, Integer::sum);
        if (ActorKinds.isCountry(e)) {
          countries.putIfAbsent(e.kb().country(), e);
        }
      }
    }
    String best = null;
    int most = 1;
    boolean tied = false;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
        tied = false;
      } else if (e.getValue() == most && best != null) {
        tied = true;
      }
    }
    return tied || best == null ? null : countries.get(best);
  }
}
