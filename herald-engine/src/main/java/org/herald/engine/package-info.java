/** The one place that assembles Herald's default pipeline from configuration. */
@NullMarked
package org.herald.engine;

import org.jspecify.annotations.NullMarked;
