package org.herald.coding.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.herald.coding.Named;
import org.herald.core.model.Dependency;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.Event;
import org.herald.core.model.Quote;
import org.herald.core.model.Sentence;
import org.herald.core.model.Span;
import org.herald.core.model.Token;
import org.herald.core.model.Trigger;
import org.herald.kb.EventDictionary;
import org.jspecify.annotations.Nullable;

/**
 * What a quote says another must or should do: "Die künftige Bundesregierung müsse einen
 * Winter-Energieplan vorlegen", in Bartsch's reported speech, is his demand of the government
 * (100); "Herr Lucke sollte sich ... bekennen" an appeal to Lucke (020). The speaker is the
 * quote's, the target the actor that is the subject of a verb with an auxiliary of obligation
 * ({@code obligation-aux}) or of advice ({@code advice-aux}) inside the quote, other than the
 * speaker and the speaker's own country. A question asks, it does not demand; a condition
 * ("wenn ..., dann muss") only says what would follow. No verb of saying
 * governs such a sentence, so, as for criticism in a quote, the coder stands behind it less than
 * behind a verb's pattern ({@link QuoteEvents#CONFIDENCE}). Thread-safe.
 */
final class QuoteDemands {
  private final EventDictionary dictionary;

  QuoteDemands(EventDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** The demands and appeals of a document's quotes; {@code names}: its mentions and entities. */
  List<Event> code(Document doc, List<Named> names) {
    Map<String, Entity> byId = QuoteEvents.byId(doc);
    List<Event> out = new ArrayList<>();
    for (Quote q : doc.quotes()) {
      Entity speaker = q.speaker() == null ? null : byId.get(q.speaker());
      if (speaker == null || ActorKinds.actor(speaker) == null
          || q.text().strip().split("\\s+").length < QuoteEvents.MIN_WORDS) {
        continue;
      }
      for (Sentence s : doc.sentences()) {
        if (s.start() >= q.end()) {
          break; // the sentences run in text order
        }
        if (s.end() <= q.start() || s.dependencies() == null) {
          continue; // before the quote, or not parsed (too long)
        }
        Grammar g = Grammar.of(s.language() != null ? s.language() : doc.language());
        for (Dependency d : s.dependencies()) {
          Event e = d.relation().equals("aux") ? demand(doc, s, d, q, speaker, names, g)
              : null;
          if (e != null) {
            out.add(e);
          }
        }
      }
    }
    return out;
  }

  /** The demand an auxiliary of obligation or advice makes of its verb's subject, or null. */
  private @Nullable Event demand(Document doc, Sentence s, Dependency aux, Quote q,
      Entity speaker, List<Named> names, Grammar g) {
    Lexicon words = g.words();
    Token modal = s.tokens().get(aux.dependent() - 1);
    String form = Arcs.word(s, aux.dependent());
    boolean advice = words.has("advice-aux", form);
    if (!advice && !words.has("obligation-aux", form) || modal.start() < q.start()
        || modal.end() > q.end() || Modality.negated(s, aux.head(), words)
        || !Modality.modality(s, aux.head() - 1, doc.text(), g).equals("asserted")) {
      return null; // "wenn ..., dann muss die AfD das verbuchen": only if
    }
    for (Token t : s.tokens()) {
      if (t.start() >= q.start() && t.end() <= modal.start()
          && words.has("condition", t.word().toLowerCase(java.util.Locale.ROOT))) {
        return null; // a condition before it that the parser hung elsewhere
      }
    }
    Entity target = null;
    for (Dependency d : s.dependencies()) {
      Token subject = s.tokens().get(d.dependent() - 1);
      // the subject inside the quote: the parser may hang the speaker's on the quote's verb
      if (target == null && d.head() == aux.head() && d.relation().equals("nsubj")
          && subject.start() >= q.start() && subject.end() <= q.end()) {
        target = entityAt(subject, names);
      }
    }
    if (target == null || target == speaker || !ActorKinds.isActor(target)
        || ActorKinds.actor(target) == null || ActorKinds.sameActor(speaker, target)
        || QuoteEvents.ownCountry(speaker, target)) {
      return null;
    }
    String code = advice ? "020" : "100";
    EventDictionary.Code info = dictionary.code(code);
    return new Event(ActorKinds.eventActor(speaker), ActorKinds.eventActor(target), code,
        Roots.of(code), info == null ? 0 : info.quadClass(), info == null ? 0 : info.goldstein(),
        q.date(), q.dateSource(), null, new Span(s.start(), s.end()),
        new Trigger(modal.start(), modal.end(), modal.word()), null, false, "asserted",
        QuoteEvents.CONFIDENCE);
  }

  /** The entity a mention of which covers the token, or null. */
  private static @Nullable Entity entityAt(Token t, List<Named> names) {
    for (Named n : names) {
      if (n.mention().start() <= t.start() && t.end() <= n.mention().end()) {
        return n.entity();
      }
    }
    return null;
  }
}
