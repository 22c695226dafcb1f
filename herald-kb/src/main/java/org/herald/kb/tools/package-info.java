/** Generators that turn public data sets into Herald's knowledge files; run by developers. */
@NullMarked
package org.herald.kb.tools;

import org.jspecify.annotations.NullMarked;
