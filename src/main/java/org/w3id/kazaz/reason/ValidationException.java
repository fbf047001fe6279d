package org.w3id.kazaz.reason;

import org.w3id.kazaz.KazazException;

/**
 * The graph breaks a SHACL shape: code {@code E-SHACL}. The message gives one line per violation,
 * naming the focus node, the path and the article the node comes from.
 */
public class ValidationException extends KazazException {
  private final Validation validation;

  public ValidationException(Validation validation) {
    super(
        "E-SHACL",
        validation.violations()
            + " SHACL violation(s); nothing was written:\n  "
            + String.join("\n  ", validation.lines(Validation.Level.VIOLATION)));
    this.validation = validation;
  }

  public Validation validation() {
    return validation;
  }
}
