/** Article extraction: raw bytes (HTML or plain text) to clean body text and metadata. */
@NullMarked
package org.herald.extract;

import org.jspecify.annotations.NullMarked;
