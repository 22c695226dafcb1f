/** The {@code herald} command line. */
@NullMarked
package org.herald.app;

import org.jspecify.annotations.NullMarked;
