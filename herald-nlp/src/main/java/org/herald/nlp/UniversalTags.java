package org.herald.nlp;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Penn Treebank tags to Universal Dependencies parts of speech, for English. */
final class UniversalTags {
  private static final Map<String, String> PTB = Map.ofEntries(
      Map.entry("CC", "CCONJ"), Map.entry("CD", "NUM"), Map.entry("DT", "DET"),
      Map.entry("EX", "PRON"), Map.entry("FW", "X"), Map.entry("IN", "ADP"),
      Map.entry("JJ", "ADJ"), Map.entry("JJR", "ADJ"), Map.entry("JJS", "ADJ"),
      Map.entry("LS", "X"), Map.entry("MD", "AUX"), Map.entry("NN", "NOUN"),
      Map.entry("NNS", "NOUN"), Map.entry("NNP", "PROPN"), Map.entry("NNPS", "PROPN"),
      Map.entry("PDT", "DET"), Map.entry("POS", "PART"), Map.entry("PRP", "PRON"),
      Map.entry("PRP$", "PRON"), Map.entry("RB", "ADV"), Map.entry("RBR", "ADV"),
      Map.entry("RBS", "ADV"), Map.entry("RP", "ADP"), Map.entry("SYM", "SYM"),
      Map.entry("TO", "PART"), Map.entry("UH", "INTJ"), Map.entry("VB", "VERB"),
      Map.entry("VBD", "VERB"), Map.entry("VBG", "VERB"), Map.entry("VBN", "VERB"),
      Map.entry("VBP", "VERB"), Map.entry("VBZ", "VERB"), Map.entry("WDT", "PRON"),
      Map.entry("WP", "PRON"), Map.entry("WP$", "PRON"), Map.entry("WRB", "ADV"),
      Map.entry(".", "PUNCT"), Map.entry(",", "PUNCT"), Map.entry(":", "PUNCT"),
      Map.entry("``", "PUNCT"), Map.entry("''", "PUNCT"), Map.entry("-LRB-", "PUNCT"),
      Map.entry("-RRB-", "PUNCT"), Map.entry("HYPH", "PUNCT"), Map.entry("NFP", "PUNCT"),
      Map.entry("$", "SYM"), Map.entry("#", "SYM"), Map.entry("ADD", "X"), Map.entry("AFX", "X"),
      Map.entry("GW", "X"), Map.entry("XX", "X"));

  private UniversalTags() {}

  /** The UD part of speech of a tag; German tags are UD already. */
  static @Nullable String upos(String language, @Nullable String tag) {
    if (tag == null) {
      return null;
    }
    return "en".equals(language) ? PTB.getOrDefault(tag, "X") : tag;
  }
}
