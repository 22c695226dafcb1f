/** Quality measurement against public gold data. */
@NullMarked
package org.herald.engine.eval;

import org.jspecify.annotations.NullMarked;
