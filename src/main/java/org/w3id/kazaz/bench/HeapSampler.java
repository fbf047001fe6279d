package org.w3id.kazaz.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap use while it is open, three ways. A daemon thread reads {@code MemoryMXBean} heap usage
 * every {@code periodMillis} and keeps the largest (what was live or not yet collected at a
 * sample: it grows with {@code -Xmx}); the heap pools' own peak counters, reset at the start, are
 * summed at the end (an upper bound: pools peak at different moments); and a listener on every
 * garbage collector's notifications keeps the largest heap use just after a collection (the
 * live set and what the collection left, the figure least tied to {@code -Xmx}).
 */
public final class HeapSampler implements AutoCloseable {
  /** The three peaks in bytes, and how many collections the third was taken over. */
  public record Peaks(long sampled, long pools, long afterGc, long collections) {}

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Set<String> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .map(MemoryPoolMXBean::getName)
          .collect(Collectors.toSet());
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::collected;
  private final AtomicLong afterGc = new AtomicLong();
  private final AtomicLong collections = new AtomicLong();
  private final Periodic sampler;
  private volatile long peak;

  private HeapSampler(long periodMillis) {
    ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .forEach(MemoryPoolMXBean::resetPeakUsage);
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter e) {
        e.addNotificationListener(listener, null, null);
        emitters.add(e);
      }
    }
    peak = memory.getHeapMemoryUsage().getUsed();
    sampler = new Periodic("heap-sampler", periodMillis, this::sample);
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

  private void collected(Notification n, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    long used = 0;
    for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (heapPools.contains(e.getKey())) {
        MemoryUsage u = e.getValue();
        used += u.getUsed();
      }
    }
    collections.incrementAndGet();
    afterGc.accumulateAndGet(used, Math::max);
  }

  /** The three peaks so far. */
  public Peaks peaks() {
    sample();
    long pools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .mapToLong(p -> p.getPeakUsage().getUsed())
            .sum();
    return new Peaks(peak, pools, afterGc.get(), collections.get());
  }

  @Override
  public void close() {
    sampler.close();
    for (NotificationEmitter e : emitters) {
      try {
        e.removeNotificationListener(listener);
      } catch (ListenerNotFoundException ignored) {
        // already gone: nothing to undo
      }
    }
  }
}
