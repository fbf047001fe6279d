package org.w3id.kazaz.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap use while it is open: a daemon thread reads {@code MemoryMXBean} heap usage every
 * {@code periodMillis}, and the heap pools' own peak counters (reset at the start) are summed at
 * the end. The sampled peak is what was live or not yet collected at a sample; the pools' sum is
 * an upper bound (pools peak at different moments).
 */
public final class HeapSampler implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peak;

  private HeapSampler(long periodMillis) {
    ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .forEach(MemoryPoolMXBean::resetPeakUsage);
    peak = memory.getHeapMemoryUsage().getUsed();
    thread =
        new Thread(
            () -> {
              while (running) {
                sample();
                try {
                  Thread.sleep(periodMillis);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  /** Starts sampling now. */
  public static HeapSampler start(long periodMillis) {
    return new HeapSampler(periodMillis);
  }

  private void sample() {
    long used = memory.getHeapMemoryUsage().getUsed();
    if (used > peak) {
      peak = used;
    }
  }

  /** The largest heap use sampled so far, in bytes. */
  public long sampledPeak() {
    sample();
    return peak;
  }

  /** The sum of the heap pools' peak usage since the start, in bytes. */
  public long poolPeak() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed())
        .sum();
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
