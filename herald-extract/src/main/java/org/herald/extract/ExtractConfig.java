package org.herald.extract;

/**
 * Settings of the extractor.
 *
 * @param maxBytes input beyond this many bytes is cut off, with a warning on the document
 */
public record ExtractConfig(int maxBytes) {
  public static final ExtractConfig DEFAULTS = new ExtractConfig(8 * 1024 * 1024);

  public ExtractConfig {
    if (maxBytes < 1024) {
      throw new IllegalArgumentException("maxBytes must be at least 1024, not " + maxBytes);
    }
  }
}
