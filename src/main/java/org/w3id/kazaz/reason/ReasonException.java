package org.w3id.kazaz.reason;

import org.w3id.kazaz.KazazException;

/** An error of the reasoning stage: rules that cannot be read, a graph that cannot be checked. */
public class ReasonException extends KazazException {
  public ReasonException(String code, String message) {
    super(code, message);
  }

  public ReasonException(String code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
