/** Following news feeds: RSS, Atom and sitemaps, polled politely, their articles ingested. */
@NullMarked
package org.herald.feeds;

import org.jspecify.annotations.NullMarked;
