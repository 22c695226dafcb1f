package org.herald.core;

import org.herald.core.model.Document;

/**
 * Turns raw input into a document with its clean text, paragraphs and metadata (the {@link
 * org.herald.core.model.Layer#TEXT} layer). Implementations are thread-safe, never throw on
 * malformed content, and refuse input that is not text with a {@link HeraldException}.
 */
public interface Extractor {
  Document extract(RawInput input);
}
