package org.w3id.kazaz.annotate;

import java.util.List;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.gazetteer.Gazetteer;

/**
 * An article annotated once: CoreNLP's sentences, tokens and entity mentions (with SUTime's and the
 * number normaliser's values), and the gazetteer's matches as one more layer. Every extractor
 * reads this; all offsets are offsets into {@link Article#text()}, the same as the NIF offsets of
 * the evidence.
 *
 * @param article the article
 * @param sentences its body's sentences and list items, in order
 * @param entities CoreNLP's entity mentions, in order
 * @param hits the gazetteer's matches in the body, in order
 */
public record AnnotatedArticle(
    Article article, List<Sentence> sentences, List<NamedEntity> entities, List<Gazetteer.Hit> hits) {
  public AnnotatedArticle {
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    hits = List.copyOf(hits);
  }

  public String text() {
    return article.text();
  }

  /** The sentence spans, as the extractors cite them. */
  public List<Span> spans() {
    return sentences.stream().map(Sentence::span).toList();
  }

  /** The sentences that lie within {@code [from, to)}. */
  public List<Span> spans(int from, int to) {
    return sentences.stream().map(Sentence::span).filter(s -> s.start() >= from && s.end() <= to).toList();
  }

  /** The entity mentions within {@code [from, to)}. */
  public List<NamedEntity> entities(int from, int to) {
    return entities.stream().filter(e -> e.span().start() >= from && e.span().end() <= to).toList();
  }

  /**
   * The gazetteer's matches that lie within {@code [from, to)} of the article's text, their offsets
   * made relative to {@code from}: what a search of that stretch alone finds, read from the one
   * search made when the article was annotated.
   */
  public List<Gazetteer.Hit> hits(int from, int to) {
    return hits.stream()
        .filter(h -> h.start() >= from && h.end() <= to)
        .map(h -> new Gazetteer.Hit(h.entry(), h.start() - from, h.end() - from, h.text()))
        .toList();
  }

  /** The gazetteer's matches in sentence {@code s}, offsets relative to its start. */
  public List<Gazetteer.Hit> hits(Span s) {
    return hits(s.start(), s.end());
  }

  /** The sentence that holds offset {@code at}, or null. */
  public Sentence sentenceAt(int at) {
    for (Sentence s : sentences) {
      if (s.start() <= at && at < s.end()) {
        return s;
      }
    }
    return null;
  }
}
