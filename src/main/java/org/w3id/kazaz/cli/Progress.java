package org.w3id.kazaz.cli;

import java.io.PrintWriter;
import java.util.function.IntConsumer;

/** Progress of a long build, on standard error: a line every so many articles. */
final class Progress {
  private static final int EVERY = 1000;
  private final PrintWriter err;
  private final long started = System.nanoTime();
  private boolean shown;

  Progress(PrintWriter err) {
    this.err = err;
  }

  IntConsumer reading() {
    return n -> {
      if (n % EVERY == 0) {
        show("converted " + n + " articles");
      }
    };
  }

  IntConsumer writing() {
    return n -> {
      if (shown || n >= EVERY) {
        show("stored " + n + " graphs");
      }
    };
  }

  private void show(String what) {
    shown = true;
    err.printf("  %s (%.1f s)%n", what, (System.nanoTime() - started) / 1e9);
    err.flush();
  }

  void done() {
    if (shown) {
      show("done");
    }
  }
}
