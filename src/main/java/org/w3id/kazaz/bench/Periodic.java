package org.w3id.kazaz.bench;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs a sample every few milliseconds on one daemon thread of its own until closed. */
final class Periodic implements AutoCloseable {
  private final ScheduledExecutorService executor;

  Periodic(String name, long periodMillis, Runnable sample) {
    executor = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
    executor.scheduleWithFixedDelay(sample, 0, periodMillis, TimeUnit.MILLISECONDS);
  }

  /** Stops sampling and waits (up to a second) for a sample under way. */
  @Override
  public void close() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
