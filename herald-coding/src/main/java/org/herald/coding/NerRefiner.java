package org.herald.coding;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.herald.core.model.EntityType;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;
import org.herald.kb.EntryKind;
import org.herald.kb.KbEntry;
import org.herald.kb.KnowledgeBase;
import org.jspecify.annotations.Nullable;

/**
 * Corrects the tagger's entity tags with knowledge, word by word:
 *
 * <ul>
 *   <li>names the knowledge base knows get its type ("Reuters", "TASS" and "Getty Images" are
 *       organisations) unless they sit inside a longer name the tagger found ("Universität
 *       Peking"); words that name no entity ("Covid") lose their tag;
 *   <li>adjectives and demonyms of countries ("russische", "Russen", "Russian") and other
 *       lower-case words are not names;
 *   <li>a compound noun that only contains a name ("Kreml-Sprecher", "US-Präsident") is not a
 *       name.
 * </ul>
 *
 * Entity tags are PERSON, LOCATION, ORGANIZATION, MISC, or O; other tags of the tagger (DATE,
 * NUMBER) become O. Thread-safe.
 */
public final class NerRefiner {
  private static final int MAX_WINDOW_EXTRA = 3;
  private static final java.util.regex.Pattern DERIVED_ADJECTIVE =
      java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+(er|isch|ische|ischen|ischer|isches|ischem)");
  private final KnowledgeBase kb;

  public NerRefiner(KnowledgeBase kb) {
    this.kb = requireNonNull(kb, "kb is null");
  }

  /**
   * The refined sentence and the knowledge-base names found in it.
   *
   * @param begins indices of words that begin a new name even where the word before carries the
   *     same tag ("Washington US-Präsident": two names side by side)
   */
  public record Refined(Sentence sentence, List<NameMatchView> matches, Set<Integer> begins) {
    /** Whether word {@code i} starts a name. */
    public boolean begins(int i) {
      List<Token> t = sentence.tokens();
      return !t.get(i).ner().equals("O")
          && (i == 0 || !t.get(i - 1).ner().equals(t.get(i).ner()) || begins.contains(i));
    }
  }

  /** A name found in a sentence: token indices, inclusive, and the entry. */
  public record NameMatchView(int first, int last, KbEntry entry) {}

  /**
   * Each sentence of a document refined ({@link #refine(Sentence, String, String)}); then the
   * surname of a person the tagger named in full ("Birgit Kelle") is that person's name again
   * where it stands alone and the tagger saw no name in it ("moniert Kelle", a German noun the
   * tagger took for a ladle): a noun or proper noun with no article or adjective before it ("die
   * Kelle") and no name beside it, or a sentence's first word that a comma or a verb follows.
   */
  public List<Refined> refine(List<Sentence> sentences, String text, @Nullable String language) {
    List<Refined> out = new ArrayList<>(sentences.size());
    Set<String> surnames = new HashSet<>();
    for (Sentence s : sentences) {
      Refined r = refine(s, text, s.language() != null ? s.language() : language);
      out.add(r);
      List<Token> t = r.sentence().tokens();
      for (int i = 1; i < t.size(); i++) {
        if (t.get(i).ner().equals("PERSON") && t.get(i - 1).ner().equals("PERSON")
            && !r.begins(i) && (i + 1 == t.size() || !t.get(i + 1).ner().equals("PERSON"))) {
          surnames.add(t.get(i).word());
        }
      }
    }
    for (int k = 0; k < out.size() && !surnames.isEmpty(); k++) {
      Refined r = out.get(k);
      List<Token> tokens = new ArrayList<>(r.sentence().tokens());
      boolean changed = false;
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        Token before = i == 0 ? null : tokens.get(i - 1);
        Token after = i + 1 == tokens.size() ? null : tokens.get(i + 1);
        // a sentence's first word only as a subject that a comma or its verb follows ("Young,
        // in his testimony, ..."; not "Young people")
        boolean first = before == null && after != null && (after.word().equals(",")
            || "VERB".equals(after.upos()) || "AUX".equals(after.upos()));
        if (t.ner().equals("O") && t.word().length() > 2 && surnames.contains(t.word())
            && ("PROPN".equals(t.upos()) || "NOUN".equals(t.upos())
                || first && "ADJ".equals(t.upos()))
            && (first || before != null && !"DET".equals(before.upos())
                && !"ADJ".equals(before.upos()) && before.ner().equals("O"))
            && (after == null || after.ner().equals("O"))) {
          tokens.set(i, t.withNer("PERSON"));
          changed = true;
        }
      }
      if (changed) {
        out.set(k, new Refined(r.sentence().withTokens(tokens), r.matches(), r.begins()));
      }
    }
    return out;
  }

  public Refined refine(Sentence sentence, String text, @Nullable String language) {
    List<Token> tokens = new ArrayList<>(sentence.tokens());
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (type(t.ner()) == null && !t.ner().equals("O")) {
        tokens.set(i, t.withNer("O"));
      }
    }
    List<NameMatchView> matches = match(tokens, text, language);
    // a name inside a longer one the tagger found does not retag it, nor split an
    // organisation's name it ends ("Security Council" in "National Security Council"); one that
    // begins it is the body the rest belongs to ("DGB" of "DGB-Region Ruhr-Mark"), and a place
    // at the end of a place's name is that place ("South Lebanon")
    Set<NameMatchView> inside = new HashSet<>();
    for (NameMatchView m : matches) {
      if (insideLongerName(tokens, m)) {
        String tag = tokens.get(m.first()).ner();
        if (tag.equals("ORGANIZATION") && m.first() > 0
            && tokens.get(m.first() - 1).ner().equals(tag)
            || tag.equals("LOCATION") && placeOfAnotherCountry(tokens, text, m, language)) {
          inside.add(m);
        }
        continue;
      }
      EntityType type = m.entry().entityType();
      String tag = type == null ? "O" : type.name();
      if (type == null || !acceptedWithoutTagger(m.entry()) && !tagged(tokens, m)
          && !properNoun(tokens, m)) {
        if (type == null) {
          setRun(tokens, m.first(), m.last(), "O");
        }
        continue;
      }
      // The match replaces whatever run of the tagger it overlaps.
      clearRunAround(tokens, m.first());
      clearRunAround(tokens, m.last());
      setRun(tokens, m.first(), m.last(), tag);
    }
    missedPeople(tokens, language);
    splitCountryPairs(tokens);
    trimCompounds(tokens);
    dropNonNames(tokens, matches);
    if ("en".equals(language)) {
      dropOfficeHalves(tokens, matches);
    }
    List<NameMatchView> views = matches.stream()
        .filter(m -> m.entry().kind() != EntryKind.NONE)
        .filter(m -> !inside.contains(m))
        .filter(m -> tokens.get(m.first()).ner().equals(m.entry().entityType().name()))
        .toList();
    Set<Integer> begins = new HashSet<>(splitAtTitles(tokens, language));
    for (NameMatchView m : views) {
      begins.add(m.first());
      begins.add(m.last() + 1);
    }
    return new Refined(sentence.withTokens(tokens), views, Set.copyOf(begins));
  }

  /**
   * "zu Erdogan reisen", "die Politik Erdogans": a proper noun standing alone, untagged or
   * taken for a place or an organisation, that the hand-written people name on its own and
   * that names nothing else, is that person's name. Left to the linker like any surname.
   */
  private void missedPeople(List<Token> tokens, @Nullable String language) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String tag = t.ner();
      if (tag.equals("PERSON") || t.word().isEmpty()
          || !Character.isUpperCase(t.word().codePointAt(0))) {
        continue;
      }
      boolean untagged = tag.equals("O");
      if (untagged ? !"PROPN".equals(t.upos())
          : i > 0 && tokens.get(i - 1).ner().equals(tag)
              || i + 1 < tokens.size() && tokens.get(i + 1).ner().equals(tag)) {
        continue; // a word no one took for a name, or a part of a longer name
      }
      if (kb.soleNamedPerson(t.word(), language) != null) {
        tokens.set(i, t.withNer("PERSON"));
      }
    }
  }

  /**
   * A title inside a run of person words stands between two people: "übergab Rita Famos
   * Bundesrat Cassis eine Urkunde" names Rita Famos and Cassis. The title word loses its tag;
   * returns the indices of the words that begin the second name.
   */
  private List<Integer> splitAtTitles(List<Token> tokens, @Nullable String language) {
    String lang = "en".equals(language) ? "en" : "de";
    List<Integer> begins = new ArrayList<>();
    for (int i = 2; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.ner().equals("PERSON") && tokens.get(i - 1).ner().equals("PERSON")
          && tokens.get(i - 2).ner().equals("PERSON") && tokens.get(i + 1).ner().equals("PERSON")
          && kb.words().title(lang, t.word()) != null) {
        tokens.set(i, t.withNer("O"));
        begins.add(i + 1);
      }
    }
    return begins;
  }

  static @Nullable EntityType type(String ner) {
    return switch (ner) {
      case "PERSON", "PER", "I-PER", "B-PER" -> EntityType.PERSON;
      case "LOCATION", "LOC", "I-LOC", "B-LOC" -> EntityType.LOCATION;
      case "ORGANIZATION", "ORG", "I-ORG", "B-ORG" -> EntityType.ORGANIZATION;
      case "MISC", "I-MISC", "B-MISC" -> EntityType.MISC;
      default -> null;
    };
  }

  /** Countries and organisations are trusted; a capital's many spellings need the tagger. */
  private static boolean acceptedWithoutTagger(KbEntry e) {
    return e.kind() == EntryKind.COUNTRY || e.kind() == EntryKind.ORGANIZATION
        || e.kind() == EntryKind.PERSON;
  }

  private static boolean tagged(List<Token> tokens, NameMatchView m) {
    for (int i = m.first(); i <= m.last(); i++) {
      if (!tokens.get(i).ner().equals("O")) {
        return true;
      }
    }
    return false;
  }

  private static boolean properNoun(List<Token> tokens, NameMatchView m) {
    for (int i = m.first(); i <= m.last(); i++) {
      if ("PROPN".equals(tokens.get(i).upos())) {
        return true;
      }
    }
    return false;
  }

  /** Longest matches of knowledge-base names over the words, left to right. */
  private List<NameMatchView> match(List<Token> tokens, String text, @Nullable String language) {
    List<NameMatchView> out = new ArrayList<>();
    int window = kb.maxNameWords() + MAX_WINDOW_EXTRA;
    int i = 0;
    while (i < tokens.size()) {
      Token first = tokens.get(i);
      NameMatchView found = null;
      if (first.start() < first.end() && startsName(text.charAt(first.start()))) {
        int limit = Math.min(tokens.size() - 1, i + window);
        for (int j = limit; j >= i && found == null; j--) {
          Token last = tokens.get(j);
          if (j + 1 < tokens.size() && tokens.get(j + 1).start() == last.start()) {
            continue; // the first word of a contraction: a name cannot end inside it
          }
          String surface = text.substring(first.start(), last.end());
          KbEntry e = kb.best(surface, language);
          if (e != null) {
            found = new NameMatchView(i, j, e);
          }
        }
      }
      if (found != null) {
        out.add(found);
        i = found.last() + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean startsName(char c) {
    return Character.isLetterOrDigit(c);
  }

  /**
   * A place's name that holds the name of another country's place: "Inner Mongolia" is in
   * China, not Mongolia, so the country inside it begins no name of its own. "South Lebanon",
   * in Lebanon, still splits as before.
   */
  private boolean placeOfAnotherCountry(List<Token> tokens, String text, NameMatchView m,
      @Nullable String language) {
    int start = m.first();
    while (start > 0 && tokens.get(start - 1).ner().equals("LOCATION")) {
      start--;
    }
    int end = m.last();
    while (end + 1 < tokens.size() && tokens.get(end + 1).ner().equals("LOCATION")) {
      end++;
    }
    String name = text.substring(tokens.get(start).start(), tokens.get(end).end());
    for (KbEntry whole : kb.candidates(name, language)) {
      if ((whole.kind() == EntryKind.REGION || whole.kind() == EntryKind.PLACE)
          && whole.names().contains(name) && whole.country() != null
          && !whole.country().equals(m.entry().country())) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideLongerName(List<Token> tokens, NameMatchView m) {
    String tag = tokens.get(m.first()).ner();
    if (tag.equals("O")) {
      return false;
    }
    int start = m.first();
    while (start > 0 && tokens.get(start - 1).ner().equals(tag)) {
      start--;
    }
    int end = m.first();
    while (end + 1 < tokens.size() && tokens.get(end + 1).ner().equals(tag)) {
      end++;
    }
    boolean sameRun = end >= m.last();
    return sameRun && (start < m.first() || end > m.last());
  }

  private static void clearRunAround(List<Token> tokens, int i) {
    String tag = tokens.get(i).ner();
    if (tag.equals("O")) {
      return;
    }
    int s = i;
    while (s > 0 && tokens.get(s - 1).ner().equals(tag)) {
      s--;
    }
    int e = i;
    while (e + 1 < tokens.size() && tokens.get(e + 1).ner().equals(tag)) {
      e++;
    }
    setRun(tokens, s, e, "O");
  }

  private static void setRun(List<Token> tokens, int first, int last, String tag) {
    for (int k = first; k <= last; k++) {
      tokens.set(k, tokens.get(k).withNer(tag));
    }
  }

  /**
   * "die US-türkische Vereinbarung", "US-amerikanische": the tagger takes the two countries the
   * tokenizer split at the hyphen for one miscellaneous name. The country's name before the
   * hyphen becomes a place of its own (unless the adjective names the same country), the
   * adjective after it is left to the descriptions, like "russisch-chinesische".
   */
  private void splitCountryPairs(List<Token> tokens) {
    forEachRun(tokens, (first, last, tag) -> {
      if (!tag.equals("MISC") || last != first + 2 || !tokens.get(first + 1).word().equals("-")) {
        return;
      }
      KbEntry before = kb.best(tokens.get(first).word(), null);
      KbEntry after = kb.countryOfDerivedWord(tokens.get(last).word());
      if (before == null || before.kind() != EntryKind.COUNTRY || after == null
          || after.country() == null) {
        return;
      }
      setRun(tokens, first, last, "O");
      if (!after.country().equals(before.country())) {
        setRun(tokens, first, first, "LOCATION");
      }
    });
  }

  /** Removes tags from adjectives, demonyms, lower-case words and compounds around a name. */
  private void dropNonNames(List<Token> tokens, List<NameMatchView> matches) {
    forEachRun(tokens, (first, last, tag) -> {
      if (!isKnownName(matches, first, last) && !looksLikeName(tokens, first, last, tag)) {
        setRun(tokens, first, last, "O");
      }
    });
  }

  /**
   * "British Defence Secretary Tom King": the tagger takes "British Defence" for an organisation,
   * but its last word begins an office with the words after it. Such a run is no name.
   */
  private void dropOfficeHalves(List<Token> tokens, List<NameMatchView> matches) {
    forEachRun(tokens, (first, last, tag) -> {
      if (tag.equals("PERSON") || isKnownName(matches, first, last)) {
        return;
      }
      String phrase = tokens.get(last).word();
      for (int k = last + 1; k < tokens.size() && k <= last + 2; k++) {
        phrase += " " + tokens.get(k).word();
        if (kb.words().office("en", phrase) != null) {
          setRun(tokens, first, last, "O");
          return;
        }
      }
    });
  }

  /** Receives a run of words carrying one entity tag. */
  private interface RunVisitor {
    void visit(int first, int last, String tag);
  }

  /**
   * Calls {@code visitor} for each run of words that carry the same entity tag, in order. The
   * visitor may change the tags of its own run.
   */
  private static void forEachRun(List<Token> tokens, RunVisitor visitor) {
    int i = 0;
    while (i < tokens.size()) {
      String tag = tokens.get(i).ner();
      if (tag.equals("O")) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals(tag)) {
        j++;
      }
      visitor.visit(i, j, tag);
      i = j + 1;
    }
  }

  private static boolean isKnownName(List<NameMatchView> matches, int first, int last) {
    for (NameMatchView m : matches) {
      if (m.first() <= first && last <= m.last()) {
        return true;
      }
    }
    return false;
  }

  /** "Kreml-Sprecher", "US-Präsident": a common noun compounded with a name. */
  private boolean isCompoundAroundName(Token t) {
    String w = t.word();
    int hyphen = w.lastIndexOf('-');
    return hyphen > 0 && hyphen < w.length() - 1 && "NOUN".equals(t.upos())
        && Character.isUpperCase(w.charAt(hyphen + 1)) && kb.best(w, null) == null;
  }

  /** Drops compounds such as "Kreml-Sprecher" from the edges of a longer mention. */
  private void trimCompounds(List<Token> tokens) {
    forEachRun(tokens, (first, last, tag) -> {
      for (int k = first; k < last && isCompoundAroundName(tokens.get(k)); k++) {
        tokens.set(k, tokens.get(k).withNer("O"));
      }
    });
  }

  private boolean looksLikeName(List<Token> tokens, int first, int last, String tag) {
    boolean anyUpper = false;
    boolean allDerived = true;
    for (int k = first; k <= last; k++) {
      String w = tokens.get(k).word();
      if (!w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.charAt(0)))) {
        anyUpper = true;
      }
      if (kb.countryOfDerivedWord(w) == null || kb.best(w, null) != null) {
        allDerived = false;
      }
    }
    String whole = tokens.get(first).word();
    for (int k = first + 1; k <= last; k++) {
      whole += " " + tokens.get(k).word();
    }
    if (first < last && kb.countryOfDerivedWord(whole) != null && kb.best(whole, null) == null) {
      allDerived = true;
    }
    if (!anyUpper || allDerived) {
      return false;
    }
    if (first == last) {
      Token t = tokens.get(first);
      if (isCompoundAroundName(t)) {
        return false;
      }
      // Adjectives derived from places ("Berliner", "Südbadischen") are no names of their own.
      if (tag.equals("MISC") && DERIVED_ADJECTIVE.matcher(t.word()).matches()
          && kb.best(t.word(), null) == null) {
        return false;
      }
    }
    return true;
  }
}
