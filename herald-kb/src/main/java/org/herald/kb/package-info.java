/** Herald's knowledge base: countries, capitals and known names, loaded once from data files. */
@NullMarked
package org.herald.kb;

import org.jspecify.annotations.NullMarked;
