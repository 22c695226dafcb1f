/** Herald's stage and pipeline API and the errors it reports. */
@NullMarked
package org.herald.core;

import org.jspecify.annotations.NullMarked;
