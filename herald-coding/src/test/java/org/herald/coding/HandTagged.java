package org.herald.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.core.model.Dependency;
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
public final class HandTagged {
  private static final Pattern WORD =
      Pattern.compile("(\\S+?)(?:/([A-Z]+))?(?:/([A-Z]+))?(?=\\s|$)");

  private HandTagged() {}

  public static Document document(String language, @Nullable String published,
      String... sentences) {
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

  /**
   * A German document of one sentence from any text, as the stage contracts' random texts need:
   * each run of non-blank characters a word, tagged by the given functions of the word, with the
   * layers of text, language and tokens and any {@code more}.
   */
  public static Document words(String text, @Nullable String published,
      UnaryOperator<String> pos, UnaryOperator<String> ner, Layer... more) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = Pattern.compile("\\S+").matcher(text);
    while (m.find()) {
      tokens.add(new Token(m.start(), m.end(), m.group(), null, pos.apply(m.group()), null,
          ner.apply(m.group())));
    }
    List<Sentence> sentences = tokens.isEmpty() ? List.of()
        : List.of(new Sentence(0, tokens.get(tokens.size() - 1).end(), "de", tokens, null));
    return Document.builder(text).language("de").published(published).sentences(sentences)
        .add(Layer.TEXT, Layer.LANGUAGE, Layer.TOKENS).add(more).build();
  }

  /**
   * A hand-made parse: each arc "HEAD>DEPENDENT relation", words numbered from 1, head 0 the
   * root ("0>2 root", "2>1 nsubj").
   */
  public static List<Dependency> arcs(String... arcs) {
    List<Dependency> out = new ArrayList<>();
    for (String arc : arcs) {
      String[] parts = arc.split("[> ]");
      out.add(new Dependency(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2]));
    }
    return out;
  }
}
