package org.herald.nlp;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * Identifies the language of a text with Lingua. It knows the languages Herald analyses and a set
 * of other common languages, so that a French article is recognised as French and refused
 * rather than misread as English. Thread-safe; build it once.
 *
 * <p>The detector over all of them uses Lingua's low-accuracy mode (trigram models only): the
 * high-accuracy models of two dozen languages held 400 MB more on the heap, and over 59 long
 * German and English pages the two modes disagreed on one paragraph in 2,934. The first test
 * among the supported languages keeps the high accuracy, which short paragraphs need.
 *
 * <p>A text plainly in a supported language by its function words ({@link FunctionWords}) is
 * settled without Lingua, whose models then never load where no text needs them.
 */
public final class LanguageIdentifier {
  /** Languages recognised only in order to refuse them. */
  private static final Set<Language> OTHERS = EnumSet.of(
      Language.FRENCH, Language.SPANISH, Language.ITALIAN, Language.DUTCH, Language.PORTUGUESE,
      Language.POLISH, Language.RUSSIAN, Language.UKRAINIAN, Language.TURKISH, Language.SWEDISH,
      Language.DANISH, Language.BOKMAL, Language.FINNISH, Language.CZECH, Language.HUNGARIAN,
      Language.ROMANIAN, Language.GREEK, Language.ARABIC, Language.CHINESE, Language.JAPANESE,
      Language.KOREAN, Language.LATIN, Language.INDONESIAN);

  private final LanguageDetector detector;
  private final LanguageDetector amongSupported;
  private final Set<String> supported;
  private final @Nullable FunctionWords shortcut;

  /** @param supported ISO 639-1 codes of the languages Herald analyses ("de", "en") */
  public LanguageIdentifier(Set<String> supported) {
    this(supported, true);
  }

  /** With {@code shortcut} false every text goes to Lingua (to compare the two). */
  public LanguageIdentifier(Set<String> supported, boolean shortcut) {
    this.supported = Set.copyOf(supported);
    this.shortcut = shortcut ? new FunctionWords(this.supported) : null;
    EnumSet<Language> all = EnumSet.copyOf(OTHERS);
    for (String code : supported) {
      all.add(language(code));
    }
    this.detector = LanguageDetectorBuilder.fromLanguages(all.toArray(new Language[0]))
        .withLowAccuracyMode().build();
    EnumSet<Language> ours = EnumSet.noneOf(Language.class);
    for (String code : supported) {
      ours.add(language(code));
    }
    this.amongSupported = ours.size() < 2 ? detector
        : LanguageDetectorBuilder.fromLanguages(ours.toArray(new Language[0])).build();
  }

  /**
   * Whether a text is clearly in the given supported language when only the supported
   * languages are considered: a cheap first test (a few languages instead of two dozen) that
   * settles most paragraphs of a document in its own language.
   */
  public boolean clearlyIn(String text, String code) {
    String sample = text.length() > 1000 ? text.substring(0, 1000) : text;
    if (shortcut != null && code.equals(shortcut.plainLanguage(sample))) {
      return true;
    }
    SortedMap<Language, Double> values = amongSupported.computeLanguageConfidenceValues(sample);
    Double v = values.get(language(code));
    return v != null && v >= CLEAR;
  }

  /** The confidence among the supported languages above which a paragraph is settled. */
  private static final double CLEAR = 0.95;

  private static Language language(String code) {
    for (Language l : Language.values()) {
      if (l != Language.UNKNOWN && code(l).equals(code)) {
        return l;
      }
    }
    throw new IllegalArgumentException("Lingua does not know the language '" + code + "'");
  }

  private static String code(Language l) {
    return l.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
  }

  public Set<String> supported() {
    return supported;
  }

  /** What was identified: an ISO 639-1 code, its English name, and Lingua's confidence. */
  public record Guess(String code, String name, double confidence) {
    public boolean isIn(Set<String> codes) {
      return codes.contains(code);
    }
  }

  /** The most likely language, or null where the text has too few letters to tell. */
  public @Nullable Guess identify(String text) {
    String sample = text.length() > 4000 ? text.substring(0, 4000) : text;
    if (sample.codePoints().filter(Character::isLetter).count() < 3) {
      return null;
    }
    String plain = shortcut == null ? null : shortcut.plainLanguage(sample);
    if (plain != null) {
      return guess(language(plain), 1.0);
    }
    SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(sample);
    if (values.isEmpty()) {
      return null;
    }
    Map.Entry<Language, Double> best = null;
    for (Map.Entry<Language, Double> e : values.entrySet()) {
      if (best == null || e.getValue() > best.getValue()) {
        best = e;
      }
    }
    return guess(best.getKey(), best.getValue());
  }

  private static Guess guess(Language l, double confidence) {
    String name = l.name().charAt(0) + l.name().substring(1).toLowerCase(Locale.ROOT);
    return new Guess(code(l), name, confidence);
  }
}
