package org.w3id.kazaz.annotate;

/**
 * A stretch of an article's text, by character offsets into {@code Article.text()} (UTF-16 code
 * units, end exclusive), with the text it covers.
 */
public record Span(int start, int end, String text) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
