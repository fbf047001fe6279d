/** People, organisations and places as a reader finds them: gazetteer matches, CoreNLP's named entities with the kinds their head words give, and the people with their titles. Public face: NamedEntities, PersonExtractor, ReferenceMentions. */
package org.w3id.kazaz.extract.entities;
