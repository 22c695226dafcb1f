package org.herald.coding.events;

import java.util.List;
import java.util.Set;
import org.herald.core.model.Dependency;
import org.herald.core.model.Document;
import org.herald.core.model.Event;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;

/**
 * The sentence being coded: its document, its language's grammar and words, the actors its words
 * name, and the words (1-based) its time expressions take, which are never a pattern's words.
 */
record Context(Document doc, Sentence s, Grammar grammar, Actors actors, Set<Integer> dates) {
  List<Token> tokens() {
    return s.tokens();
  }

  List<Dependency> arcs() {
    return s.dependencies();
  }

  Lexicon words() {
    return grammar.words();
  }

  String lang() {
    return grammar.language();
  }

  /** The events coded in the sentences before this one, in their order. */
  List<Event> earlier() {
    return actors.earlier();
  }
}
