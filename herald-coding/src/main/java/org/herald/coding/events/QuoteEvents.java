package org.herald.coding.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.herald.coding.Named;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.Event;
import org.herald.core.model.EventActor;
import org.herald.core.model.Quote;
import org.herald.core.model.Sentence;
import org.herald.core.model.Span;
import org.herald.core.model.Token;
import org.herald.core.model.Trigger;
import org.herald.kb.EventDictionary;
import org.jspecify.annotations.Nullable;

/**
 * Criticism said in a direct quote: "„Die Aggressionspolitik Erdogans dient der Ablenkung vom
 * eigenen Versagen“, sagte Toprak" is Toprak criticising Erdoğan (111), "“It was an attempt to
 * mislead voters,” Moy said" an accusation (112). The speaker is the quote's, the act the first
 * word of disapproval the quote holds (list {@code disapproval} of the language's word file,
 * with its code), the target each actor the quote names in that word's sentence; where it names
 * none, the government of a body outside the state that speaks, as for a verb of criticism (see
 * {@link Actors#addressee}). No verb codes it, so the coder stands behind such an event less than
 * behind a verb's pattern: {@link #CONFIDENCE}. Indirect speech (whose extent the quote stage
 * guesses), a negated word of disapproval, one in a clause that asks whether ("ob ... illegal
 * waren") and a fragment of fewer than {@link #MIN_WORDS} words
 * (which the sentence's own verb governs) code nothing. Thread-safe.
 */
final class QuoteEvents {
  /** Above {@link EventFilter#TRUSTED}, below a verb's pattern (0.6 and more). */
  static final double CONFIDENCE = 0.4;

  /** The fewest words of a quote that says something of its own. */
  static final int MIN_WORDS = 3;

  private final EventDictionary dictionary;

  QuoteEvents(EventDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** Whether a sentence says, outside a quote, that it was said at an earlier time. */
  private static boolean earlier(Sentence s, Quote q, Lexicon words) {
    return s.tokens().stream().anyMatch(t -> (t.end() <= q.start() || t.start() >= q.end())
        && words.has("earlier-times", t.word().toLowerCase(java.util.Locale.ROOT)));
  }

  /** The criticism of a document's quotes; {@code names} are its mentions with whom they act for. */
  List<Event> code(Document doc, List<Named> names) {
    Map<String, Entity> byId = byId(doc);
    List<Event> out = new ArrayList<>();
    for (Quote q : doc.quotes()) {
      Entity speaker = q.speaker() == null ? null : byId.get(q.speaker());
      if (!q.direct() || speaker == null || ActorKinds.actor(speaker) == null
          || q.text().strip().split("\\s+").length < MIN_WORDS) {
        continue; // "condemned as ``unacceptable''": a word the sentence's own verb governs
      }
      Sentence s = null;
      Token cue = null;
      String code = null;
      for (Sentence candidate : doc.sentences()) {
        if (cue != null || candidate.start() >= q.end()) {
          break; // the sentences run in text order
        }
        if (candidate.end() <= q.start()) {
          continue;
        }
        Lexicon words = Grammar.of(candidate.language() != null ? candidate.language()
            : doc.language()).words();
        List<Token> tokens = candidate.tokens();
        for (int i = 0; i < tokens.size() && cue == null; i++) {
          Token t = tokens.get(i);
          String c = t.start() < q.start() || t.end() > q.end() ? null : disapproval(words, t);
          if (c != null && !negated(words, tokens, i)
              && !Questions.inWhetherClause(candidate, i + 1, words)) {
            s = candidate;
            cue = t;
            code = c;
          }
        }
      }
      if (cue == null) {
        continue;
      }
      int from = Math.max(q.start(), s.start());
      int to = Math.min(q.end(), s.end());
      EventDictionary.Code info = dictionary.code(code);
      List<Entity> seen = new ArrayList<>();
      List<EventActor> targets = new ArrayList<>();
      for (Named n : names) {
        Entity target = n.entity();
        if (n.mention().start() < from || n.mention().end() > to
            || seen.contains(target) || target == speaker || !ActorKinds.isActor(target)
            || ActorKinds.actor(target) == null || ActorKinds.sameActor(speaker, target)
            || ownCountry(speaker, target)) {
          continue;
        }
        seen.add(target);
        targets.add(ActorKinds.eventActor(target));
      }
      if (targets.isEmpty() && organised(speaker) && ActorKinds.addressee(speaker, code) != null) {
        // "„... schwere Versäumnisse in der Verkehrspolitik“, so der DGB": a body outside the
        // state that names no one criticises its government, as with a verb of criticism; a
        // private person's words may be about anything
        targets.add(ActorKinds.addressee(speaker, code));
      }
      // "Höcke hatte damals vom Holocaustmahnmal als „Denkmal der Schande“ gesprochen": words
      // said at an earlier time the text does not name have no date (EventFilter doubts them)
      boolean earlier = earlier(s, q, Grammar.of(s.language() != null ? s.language()
          : doc.language()).words());
      for (EventActor target : targets) {
        out.add(new Event(ActorKinds.eventActor(speaker), target, code,
            Roots.of(code), info == null ? 0 : info.quadClass(), info == null ? 0
            : info.goldstein(), earlier ? null : q.date(), earlier ? null : q.dateSource(), null,
            new Span(s.start(), s.end()), new Trigger(cue.start(), cue.end(), cue.word()),
            null, false, "asserted", CONFIDENCE));
      }
    }
    return out;
  }

  /** A document's entities by their ids. */
  static Map<String, Entity> byId(Document doc) {
    Map<String, Entity> byId = new HashMap<>();
    for (Entity e : doc.entities()) {
      byId.put(e.id(), e);
    }
    return byId;
  }

  /**
   * The code of a word of disapproval: its form or lemma; in German also an inflected adjective
   * ("unverantwortliche") and a compound's end ("Staatsversagen").
   */
  static @Nullable String disapproval(Lexicon words, Token t) {
    String code = words.code("disapproval", t.word());
    if (code == null && t.lemma() != null) {
      code = words.code("disapproval", t.lemma());
    }
    if (code != null || !words.language().equals("de")) {
      return code;
    }
    String w = t.word().toLowerCase(java.util.Locale.ROOT);
    for (String ending : INFLECTIONS) {
      if (w.length() > ending.length() + 4 && w.endsWith(ending)) {
        String stem = words.code("disapproval", w.substring(0, w.length() - ending.length()));
        if (stem != null) {
          return stem;
        }
      }
    }
    for (String part : words.set("disapproval")) {
      if (part.length() >= 6 && w.length() > part.length() && w.endsWith(part)) {
        return words.code("disapproval", part);
      }
    }
    return null;
  }

  /**
   * Whether the target is the bare country of the speaker, the side the speaker speaks for ("the
   * United States is not preventing people from leaving", said a US commander).
   */
  static boolean ownCountry(Entity speaker, Entity target) {
    String a = ActorKinds.actor(speaker);
    String b = ActorKinds.actor(target);
    return a != null && b != null && b.length() == 3 && a.startsWith(b);
  }

  /** Whether an actor speaks for a body: a role other than a private person's (CVL). */
  private static boolean organised(Entity e) {
    String a = ActorKinds.actor(e);
    return a != null && a.length() >= 6 && !a.startsWith("CVL", 3);
  }

  /** German adjective endings. */
  private static final List<String> INFLECTIONS = List.of("e", "en", "er", "es", "em");

  /** Whether one of the two words before is a negation ("nicht falsch", "not unacceptable"). */
  static boolean negated(Lexicon words, List<Token> tokens, int i) {
    for (int j = Math.max(0, i - 2); j < i; j++) {
      if (words.has("negations", tokens.get(j).word())) {
        return true;
      }
    }
    return false;
  }

  /** Whether two events relate the same two actors (the verb's stands for the quote's). */
  static boolean sameActors(Event a, Event b) {
    return a.sentence().equals(b.sentence()) && a.root().equals(b.root())
        && same(a.source(), b.source()) && same(a.target(), b.target());
  }

  private static boolean same(@Nullable EventActor a, @Nullable EventActor b) {
    return a == null ? b == null : b != null && java.util.Objects.equals(a.entity(), b.entity());
  }
}
