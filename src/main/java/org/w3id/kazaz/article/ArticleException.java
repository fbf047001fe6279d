package org.w3id.kazaz.article;

import org.w3id.kazaz.KazazException;

/** An article file that cannot be read as an article: names the file and the problem. */
public class ArticleException extends KazazException {
  private final String file;

  public ArticleException(String code, String file, String problem) {
    super(code, file + ": " + problem);
    this.file = file;
  }

  public String file() {
    return file;
  }
}
