package org.w3id.kazaz.report;

import org.w3id.kazaz.KazazException;

/** The report could not be made or scored: a query is missing or a gold file is malformed. */
public class ReportException extends KazazException {
  public ReportException(String code, String message) {
    super(code, message);
  }

  public ReportException(String code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
