package org.herald.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** The source or target of an event: an entity with its CAMEO actor code on the event's date. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventActor(
    @Nullable String entity, @Nullable String actor, @Nullable String country,
    @Nullable String org, @Nullable String name) {}
