package org.w3id.kazaz.annotate;

/**
 * An entity mention found by CoreNLP's NER: a person, organisation, location, or a date, duration,
 * number, money or percent amount with its normalised value.
 *
 * @param span where it stands in the article
 * @param type the NER type ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code DATE}, ...)
 * @param normalized SUTime's or the number normaliser's value ({@code 2024-03-11}, {@code 2022-08},
 *     {@code 2024-Q1}, {@code PAST_REF}, {@code $5.29E8}), or null
 * @param sentence the index of its sentence in {@link AnnotatedArticle#sentences()}
 */
public record NamedEntity(Span span, String type, String normalized, int sentence) {
  public boolean isTime() {
    return type.equals("DATE") || type.equals("TIME") || type.equals("DURATION") || type.equals("SET");
  }
}
