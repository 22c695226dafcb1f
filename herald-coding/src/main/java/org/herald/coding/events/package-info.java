/**
 * The CAMEO event coder: {@link org.herald.coding.events.EventStage} over verbs ({@code
 * VerbEvents}, {@code VerbRoles}) and nouns ({@code NounEvents}); actors ({@code Actors}, {@code
 * ActingFor}), modality ({@code Modality}), dates ({@code Dating}), places and weapons ({@code
 * Places}), the dictionary's patterns ({@code Patterns}) and the precision rules ({@code
 * EventFilter}). A language is a {@code Grammar} subclass and a {@code words-LANG.tsv} file read
 * by {@link org.herald.coding.events.Lexicon}.
 */
@NullMarked
package org.herald.coding.events;

import org.jspecify.annotations.NullMarked;
