package org.w3id.kazaz.extract.common;

import org.w3id.kazaz.annotate.Span;
/** A place in the text where an entity is named. */
public record Mention(EntityRef entity, Span span) {}
