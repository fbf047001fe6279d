/**
 * From one annotated article to its facts. {@link org.w3id.kazaz.extract.ArticleExtractor} is the
 * public face: it annotates an article once (or takes an {@link org.w3id.kazaz.annotate.AnnotatedArticle})
 * and runs the extractors of the sub-packages over it, each of which reads that one object:
 * {@code entities} (people, organisations, places), {@code agreements}, {@code events}, {@code routes}
 * and {@code figures}, with what they share (dates, state cues, bodies' names, rule files) in
 * {@code common}. What each matches lives in the rule files of {@code ontology/extraction/}.
 */
package org.w3id.kazaz.extract;
