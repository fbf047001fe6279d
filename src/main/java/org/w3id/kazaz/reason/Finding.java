package org.w3id.kazaz.reason;

import java.util.List;

/**
 * One result of a validation, ready to print: its severity ({@code Violation}, {@code Warning},
 * {@code Info}), focus node, the node shape it breaks ({@code kzsh:FigureShape}, also when one of
 * its property shapes reports it), path (or null), message and the article files the focus node is
 * described in ({@code reference} or {@code ontology} for the base graphs).
 */
public record Finding(
    String severity,
    String focusNode,
    String shape,
    String path,
    String message,
    List<String> articles) {

  /** {@code severity focus-node path message (article: file)} on one line. */
  public String line() {
    String where = articles.isEmpty() ? "unknown" : String.join(", ", articles);
    return severity
        + " "
        + focusNode
        + " "
        + (path == null ? "-" : path)
        + " "
        + message.replace('\n', ' ')
        + " (article: "
        + where
        + ")";
  }
}
