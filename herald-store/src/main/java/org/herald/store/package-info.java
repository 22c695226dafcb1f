/** The event database: SQL store, text index, merging of events across documents, export. */
@NullMarked
package org.herald.store;

import org.jspecify.annotations.NullMarked;
