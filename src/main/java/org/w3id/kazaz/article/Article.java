package org.w3id.kazaz.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article: the file name it was read from, its publication date from the header, and its
 * text. {@code text} is the whole file as decoded (header included) so that character offsets of
 * evidence refer to the file itself; {@code bodyStart} is where the body begins in it.
 *
 * @param fileName the file's name without folders, e.g. {@code 001_x.txt}; it names the article
 * @param date the date in the header
 * @param text the whole decoded file
 * @param bodyStart the offset in {@code text} of the first character of the body
 */
public record Article(String fileName, LocalDate date, String text, int bodyStart) {
  public Article {
    Objects.requireNonNull(fileName);
    Objects.requireNonNull(date);
    Objects.requireNonNull(text);
    if (bodyStart < 0 || bodyStart > text.length()) {
      throw new IllegalArgumentException("bodyStart out of range");
    }
  }

  /** The body: the text after the header. */
  public String body() {
    return text.substring(bodyStart);
  }

  /** The file name without its extension, used in identifiers. */
  public String stem() {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
