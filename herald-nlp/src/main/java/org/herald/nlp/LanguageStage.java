package org.herald.nlp;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.herald.core.Stage;
import org.herald.core.model.Document;
import org.herald.core.model.Layer;
import org.herald.core.model.Paragraph;

/**
 * Identifies the language of the document and of each paragraph long enough to tell; shorter
 * paragraphs, and paragraphs in a language Herald does not analyse, take the document's
 * language. A language set by the caller ({@link Document#language()} already filled) is kept
 * for the document and its paragraphs.
 *
 * <p>Requires {@link Layer#TEXT}; produces {@link Layer#LANGUAGE}. Throws {@link
 * ErrorCode#UNSUPPORTED_LANGUAGE} when the document's language is not analysed.
 */
public final class LanguageStage implements Stage {
  /** Paragraphs with fewer letters than this take the document's language. */
  private static final int MIN_PARAGRAPH_LETTERS = 40;
  private final LanguageIdentifier identifier;

  public LanguageStage(LanguageIdentifier identifier) {
    this.identifier = requireNonNull(identifier, "identifier is null");
  }

  @Override
  public String name() {
    return "language";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TEXT);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.LANGUAGE);
  }

  @Override
  public Document apply(Document doc) {
    Set<String> supported = identifier.supported();
    String forced = doc.language();
    if (forced != null) {
      if (!supported.contains(forced)) {
        throw new HeraldException(ErrorCode.UNSUPPORTED_LANGUAGE,
            name(doc) + ": language '" + forced + "' is not supported; Herald analyses "
                + String.join(", ", supported.stream().sorted().toList()));
      }
      List<Paragraph> ps = doc.paragraphs().stream().map(p -> p.withLanguage(forced)).toList();
      return doc.toBuilder().paragraphs(ps).add(Layer.LANGUAGE).build();
    }
    LanguageIdentifier.Guess whole = identifier.identify(doc.text());
    if (whole == null) {
      throw new HeraldException(ErrorCode.UNSUPPORTED_LANGUAGE,
          name(doc) + ": the language cannot be identified (too few letters)");
    }
    if (!whole.isIn(supported)) {
      throw new HeraldException(ErrorCode.UNSUPPORTED_LANGUAGE,
          name(doc) + ": the text is in " + whole.name() + " (" + whole.code()
              + "), which is not supported; Herald analyses "
              + String.join(", ", supported.stream().sorted().toList()));
    }
    List<Paragraph> paragraphs = new ArrayList<>();
    for (Paragraph p : doc.paragraphs()) {
      String text = doc.text().substring(p.start(), p.end());
      String lang = whole.code();
      if (text.codePoints().filter(Character::isLetter).count() >= MIN_PARAGRAPH_LETTERS
          && !identifier.clearlyIn(text, lang)) {
        LanguageIdentifier.Guess g = identifier.identify(text);
        if (g != null && g.isIn(supported)) {
          lang = g.code();
        }
      }
      paragraphs.add(p.withLanguage(lang));
    }
    return doc.toBuilder().language(whole.code()).paragraphs(paragraphs).add(Layer.LANGUAGE)
        .build();
  }

  private static String name(Document doc) {
    return doc.source() == null ? "document " + doc.id() : doc.source();
  }
}
