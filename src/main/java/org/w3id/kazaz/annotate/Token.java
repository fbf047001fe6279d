package org.w3id.kazaz.annotate;

/**
 * One token as CoreNLP read it.
 *
 * @param start offset into the article's text
 * @param end offset into the article's text, exclusive
 * @param word the token's text
 * @param pos its part of speech (Penn Treebank)
 * @param lemma its lemma
 * @param ner its named-entity tag ({@code O} for none)
 * @param normalized the normalised value of its entity (a SUTime value, a number), or null
 */
public record Token(int start, int end, String word, String pos, String lemma, String ner, String normalized) {}
