package org.herald.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.core.model.Document;
import org.herald.core.model.Layer;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * Documents from hand-tagged sentences, as the tagger would tag them (no models in unit tests).
 * Each word is written "word/POS/NER"; a plain word is a NOUN tagged O. Words are joined by one
 * space; each sentence is one {@link Sentence}.
 */
final class HandTagged {
  private static final Pattern WORD =
      Pattern.compile("(\\S+?)(?:/([A-Z]+))?(?:/([A-Z]+))?(?=\\s|$)");

  private HandTagged() {}

  static Document document(String language, @Nullable String published, String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> out = new ArrayList<>();
    for (String s : sentences) {
      if (text.length() > 0) {
        text.append(' ');
      }
      int sentenceStart = text.length();
      List<Token> tokens = new ArrayList<>();
      Matcher m = WORD.matcher(s);
      while (m.find()) {
        if (!tokens.isEmpty()) {
          text.append(' ');
        }
        int start = text.length();
        text.append(m.group(1));
        String pos = m.group(2) == null ? "NOUN" : m.group(2);
        String ner = m.group(3) == null ? "O" : m.group(3);
        tokens.add(new Token(start, text.length(), m.group(1), null, pos, pos, ner));
      }
      out.add(new Sentence(sentenceStart, text.length(), language, tokens, null));
    }
    return Document.builder(text.toString()).language(language).published(published)
        .sentences(out).add(Layer.TEXT, Layer.LANGUAGE, Layer.TOKENS, Layer.POS, Layer.NER)
        .build();
  }
}
