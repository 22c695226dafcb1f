/**
 * Language identification (Lingua) and the Stanford CoreNLP adapter. CoreNLP types never leave
 * this package: words, tags, entity tags and dependency arcs cross into Herald's own records.
 */
@NullMarked
package org.herald.nlp;

import org.jspecify.annotations.NullMarked;
