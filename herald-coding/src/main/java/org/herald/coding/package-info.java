/** Coding stages: entity refinement, grouping and linking (later time, quotes and events). */
@NullMarked
package org.herald.coding;

import org.jspecify.annotations.NullMarked;
