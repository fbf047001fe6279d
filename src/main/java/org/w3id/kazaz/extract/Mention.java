package org.w3id.kazaz.extract;

/** A place in the text where an entity is named. */
public record Mention(EntityRef entity, Span span) {}
