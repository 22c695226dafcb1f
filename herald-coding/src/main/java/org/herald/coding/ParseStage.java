package org.herald.coding;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.coding.events.EventStage;
import org.herald.coding.events.Lexicon;
import org.herald.core.Deadline;
import org.herald.core.SentenceParser;
import org.herald.core.Stage;
import org.herald.core.model.Document;
import org.herald.core.model.Layer;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;
import org.herald.kb.EventDictionary;

/**
 * Parses only the sentences that can hold an event or reported speech, for the stages after it:
 * a sentence with two actors; with one actor and a verb or noun of the event dictionaries whose
 * pattern words all stand in the sentence; or with a verb of saying or a German subjunctive,
 * whose reported clause the quotes stage reads from the parse. A personal pronoun counts as an
 * actor once an actor has been named before it, "die beiden", "both" as two. The other sentences
 * keep no parse, and the events stage codes nothing in them.
 *
 * <p>The dependency parse is most of the cost of analysis (tagging alone is four times as
 * fast), so this is where the speed of the whole pipeline is won. Requires {@link Layer#TOKENS}
 * and {@link Layer#ENTITIES}; produces {@link Layer#DEPENDENCIES}. Thread-safe.
 */
public final class ParseStage implements Stage {
  /** From how many sentences to parse on parallel threads. */
  private static final int PARALLEL_FROM = 8;
  /** How many sentences are parsed between two looks at the document's deadline. */
  private static final int BATCH = 16;
  /**
   * The longest sentence parsed, in tokens: a longer one is a list, a table or text without
   * punctuation (a news sentence has 20 to 40), and would cost the parser time and memory for
   * no event. Its entities and quotes stay; it gets no dependencies.
   */
  static final int MAX_PARSE_TOKENS = 150;

  private final SentenceParser parser;
  private final EventDictionary dictionary;

  public ParseStage(SentenceParser parser, EventDictionary dictionary) {
    this.parser = requireNonNull(parser, "parser is null");
    this.dictionary = requireNonNull(dictionary, "dictionary is null");
  }

  @Override
  public String name() {
    return "parse";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.ENTITIES);
  }

  @Override
  public Set<Layer> produces() {
    return EnumSet.of(Layer.DEPENDENCIES);
  }

  @Override
  public Document apply(Document doc) {
    List<Named> names = Named.inOrder(doc);
    List<Sentence> sentences = new ArrayList<>(doc.sentences());
    String[] langs = new String[sentences.size()];
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      langs[i] = "en".equals(s.language() != null ? s.language() : doc.language()) ? "en" : "de";
      if (langs[i].equals("de") && !s.isParsed()) {
        s = withFiniteVerb(s);
        sentences.set(i, s);
      }
      if (!s.isParsed() && s.tokens().size() <= MAX_PARSE_TOKENS
          && worthParsing(s, langs[i], names)) {
        chosen.add(i);
      }
    }
    // The sentences of a long document are parsed in parallel (one article analysed alone, as
    // by the API, is not held up by one core); a short one is not worth the hand-over.
    Sentence[] out = sentences.toArray(new Sentence[0]);
    boolean parallel = chosen.size() >= PARALLEL_FROM;
    for (int from = 0; from < chosen.size(); from += BATCH) {
      Deadline.check(name()); // between batches: a document past its time stops here
      List<Integer> batch = chosen.subList(from, Math.min(chosen.size(), from + BATCH));
      (parallel ? batch.parallelStream() : batch.stream())
          .forEach(i -> out[i] = parser.ensureParsed(sentences.get(i), langs[i]));
    }
    return doc.toBuilder().sentences(List.of(out)).add(Layer.DEPENDENCIES).build();
  }

  /**
   * A German sentence the tagger left without a verb, with the one word it took for an adjective
   * that is a verb's past tense standing before no noun as a verb: "Frankreich und Deutschland
   * vereinbarten eine engere Zusammenarbeit" (an attributive "die vereinbarten Ziele" stands
   * before its noun). The parse and the coder then read it as the clause's verb.
   */
  static Sentence withFiniteVerb(Sentence s) {
    List<Token> tokens = s.tokens();
    if (tokens.stream().anyMatch(t -> "VERB".equals(t.upos()) || "AUX".equals(t.upos()))) {
      return s;
    }
    int found = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String next = i + 1 < tokens.size() ? tokens.get(i + 1).upos() : null;
      if (i > 0 && "ADJ".equals(t.upos()) && Character.isLowerCase(t.word().charAt(0))
          && !"NOUN".equals(next) && !"ADJ".equals(next) && !"PROPN".equals(next)
          && GermanMorphology.pastIndicative(t.word())) {
        if (found >= 0) {
          return s; // two such words: no telling which
        }
        found = i;
      }
    }
    if (found < 0) {
      return s;
    }
    Token t = tokens.get(found);
    List<Token> out = new ArrayList<>(tokens);
    out.set(found, new Token(t.start(), t.end(), t.word(), t.lemma(), "VERB", "VERB", t.ner()));
    return s.withTokens(out);
  }

  /** Whether a sentence can hold an event or reported speech. */
  boolean worthParsing(Sentence s, String lang, List<Named> names) {
    int actors = 0;
    boolean namedBefore = false;
    boolean person = false;
    for (Named n : names) {
      if (n.mention().start() < s.start()) {
        namedBefore = true;
      } else if (n.mention().end() <= s.end() && EventStage.isActor(n.entity())) {
        actors++;
        person |= n.entity().type() == org.herald.core.model.EntityType.PERSON;
      }
    }
    Lexicon words = Lexicon.of(lang);
    for (Token t : s.tokens()) {
      String w = t.word().toLowerCase(Locale.ROOT);
      if ((words.has("parse-pronouns", w) || words.has("role-nouns", w) && namedBefore)
          && (namedBefore || actors > 0)) {
        actors++;
      } else if (words.has("parse-the-two", w) && namedBefore) {
        actors += 2; // "die beiden Staats- und Regierungschefs"
      }
    }
    return actors >= 1 && hasEventWord(s, lang) || reportsSpeech(s, lang)
        || person && actors >= 2;
  }

  /** A verb of saying or a German subjunctive: the quotes stage reads the reported clause. */
  private static boolean reportsSpeech(Sentence s, String lang) {
    for (Token t : s.tokens()) {
      if (QuoteStage.isSpeech(t, s) || !lang.equals("en") && QuoteStage.reportedMood(t)) {
        return true;
      }
    }
    return false;
  }

  /** A verb or noun of the event dictionaries whose pattern words stand in the sentence. */
  private boolean hasEventWord(Sentence s, String lang) {
    // A separated German particle may belong to any verb of its sentence ("hielten ... ab"); the
    // tagger does not always call it one ("ließ ... frei").
    List<String> particles = new ArrayList<>();
    Set<String> separable = Lexicon.of(lang).set("particles");
    for (Token t : s.tokens()) {
      String w = t.word().toLowerCase(Locale.ROOT);
      if (!lang.equals("en") && ("PTKVZ".equals(t.tag()) || separable.contains(w))
          && !particles.contains(w)) {
        particles.add(w);
      }
    }
    for (Token t : s.tokens()) {
      String upos = t.upos();
      if ("NOUN".equals(upos) && dictionary.noun(lang, t.word()) != null) {
        return true;
      }
      if (!"VERB".equals(upos) && !"AUX".equals(upos)) {
        continue;
      }
      List<String> keys = new ArrayList<>(EventStage.verbKeys(t, null, lang));
      for (String p : particles) {
        keys.addAll(EventStage.verbKeys(t, p, lang));
      }
      for (String key : keys) {
        for (EventDictionary.Pattern p : dictionary.patterns(lang, key)) {
          if (!p.code().equals(EventDictionary.DISCARD) && wordsPresent(p, s, lang)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether every word a pattern asks for stands somewhere in the sentence: looser than the
   * events stage's match (which asks for order and the verb's clause), so that no sentence it
   * would code goes unparsed, and tight enough that "machen" alone does not ask for a parse.
   */
  private static boolean wordsPresent(EventDictionary.Pattern p, Sentence s, String lang) {
    List<List<String>> words = new ArrayList<>(p.before());
    words.addAll(p.after());
    for (List<String> alternatives : words) {
      boolean found = false;
      for (Token t : s.tokens()) {
        if (EventStage.wordMatches(alternatives, t, lang)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }
}
