package org.w3id.kazaz.store;

import org.w3id.kazaz.KazazException;

/**
 * The store or a remote endpoint cannot do what was asked: the message names the directory or the
 * URL and the graph, on one line, so the CLI can print it without a stack trace.
 */
public class StoreException extends KazazException {
  public StoreException(String code, String message) {
    super(code, message);
  }

  public StoreException(String code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
