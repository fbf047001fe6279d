package org.w3id.kazaz.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in the test's JVM and keeps what it printed. */
final class Cli {
  /** Exit code, standard output and standard error of one run. */
  record Run(int code, String out, String err) {}

  private Cli() {}

  static Run kazaz(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }
}
