package org.herald.extract;

/**
 * Settings of the extractor.
 *
 * @param maxBytes input beyond this many bytes is cut off, with a warning on the document
 * @param maxTextChars article text beyond this many characters is cut off at the last paragraph
 *     that ends before it, with a warning: the language models would otherwise spend minutes
 *     on a page that is not an article (about 15,000 words; long news articles have 5,000)
 */
public record ExtractConfig(int maxBytes, int maxTextChars) {
  private static final int DEFAULTS_TEXT_CHARS = 100_000;
  public static final ExtractConfig DEFAULTS = new ExtractConfig(8 * 1024 * 1024, DEFAULTS_TEXT_CHARS);

  public ExtractConfig {
    if (maxBytes < 1024) {
      throw new IllegalArgumentException("maxBytes must be at least 1024, not " + maxBytes);
    }
    if (maxTextChars < 1000) {
      throw new IllegalArgumentException("maxTextChars must be at least 1000, not "
          + maxTextChars);
    }
  }

  /** Only the byte limit; the text limit is the default one. */
  public ExtractConfig(int maxBytes) {
    this(maxBytes, DEFAULTS_TEXT_CHARS);
  }
}
