/**
 * The document model: immutable records whose offsets are UTF-16 character offsets, Java
 * {@code String} style, into {@link org.herald.core.model.Document#text()}, end exclusive.
 */
@NullMarked
package org.herald.core.model;

import org.jspecify.annotations.NullMarked;
