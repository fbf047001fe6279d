package org.w3id.kazaz.annotate;

import java.util.List;

/**
 * One sentence (or list item) of an article as CoreNLP split it.
 *
 * @param span where it stands in the article
 * @param tokens its tokens
 */
public record Sentence(Span span, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  public String text() {
    return span.text();
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }
}
