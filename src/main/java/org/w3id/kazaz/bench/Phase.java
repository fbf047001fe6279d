package org.w3id.kazaz.bench;

/**
 * One timed phase of the benchmark: its wall time and the process's CPU time in seconds (every
 * thread of the JVM, the collector's and the compiler's included), the heap peaks while it ran,
 * and the system load average (one minute) when it started and ended.
 */
public record Phase(
    double seconds, double cpuSeconds, HeapSampler.Peaks heap, double loadBefore, double loadAfter) {
  /** Articles per second for {@code articles} articles. */
  public double perSecond(int articles) {
    return articles / seconds;
  }

  /** This phase's wall time over {@code reference}'s: 1.3 means 30% longer. */
  public double over(Phase reference) {
    return seconds / reference.seconds;
  }

  /** This phase's CPU time over {@code reference}'s: less sensitive than wall time to other load. */
  public double cpuOver(Phase reference) {
    return cpuSeconds / reference.cpuSeconds;
  }

  /** The faster of two runs of the same phase (by wall time; the first when they tie). */
  public static Phase faster(Phase a, Phase b) {
    return b.seconds < a.seconds ? b : a;
  }
}
