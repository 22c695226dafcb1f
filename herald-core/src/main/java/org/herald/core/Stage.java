package org.herald.core;

import java.util.Set;
import org.herald.core.model.Document;
import org.herald.core.model.Layer;

/**
 * One step of analysis. A stage takes a document that has at least the layers it {@link
 * #requires()} and returns a new document with the layers it {@link #produces()} added; it never
 * changes its input. Stages are immutable and thread-safe and keep no per-document state.
 */
public interface Stage {
  /** A short name for timings and error messages. */
  String name();

  Set<Layer> requires();

  Set<Layer> produces();

  /**
   * Adds this stage's layers.
   *
   * @throws HeraldException where the document cannot be analysed (for example its language is
   *     not supported); the caller reports it and goes on with the next document
   */
  Document apply(Document document);
}
