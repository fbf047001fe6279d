package org.w3id.kazaz.extract.entities;

import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.annotate.Span;
/**
 * A person the gazetteer does not know, named with a role ("political expert Gaziz Abishev").
 *
 * @param person the person, found by pattern
 * @param role the role as written, lower case ("political expert")
 * @param evidence the sentence that names the role
 */
public record PersonRecord(EntityRef person, String role, Span evidence) {}
