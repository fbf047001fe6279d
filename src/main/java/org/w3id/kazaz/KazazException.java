package org.w3id.kazaz;

/**
 * Root of every error this project raises on purpose. Each stage has its own subclass, and every
 * message names the file, node or offset it is about, so that the CLI can print it on one line.
 */
public class KazazException extends RuntimeException {
  private final String code;

  public KazazException(String code, String message) {
    super(message);
    this.code = code;
  }

  public KazazException(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  /** A stable error code, such as {@code E-ARTICLE-DATE}, listed in docs/errors.md. */
  public String code() {
    return code;
  }
}
