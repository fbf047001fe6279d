package org.w3id.kazaz.extract.common;

/**
 * A date or date range found in a text, resolved against the article's date.
 *
 * @param start the date, or the first day of a range
 * @param end the last day of a range ("March 11-12"), or null for a single date
 * @param begin offset of the phrase in the text searched
 * @param finish offset just after the phrase
 * @param phrase the phrase as written
 */
public record DateMention(PartialDate start, PartialDate end, int begin, int finish, String phrase) {}
