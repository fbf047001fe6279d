package org.w3id.kazaz.bench;

/**
 * One timed phase of the benchmark: its wall time in seconds, the heap peaks while it ran, and the
 * system load average (one minute) when it started and ended.
 */
public record Phase(double seconds, HeapSampler.Peaks heap, double loadBefore, double loadAfter) {
  /** Articles per second for {@code articles} articles. */
  public double perSecond(int articles) {
    return articles / seconds;
  }

  /** This phase's time over {@code reference}'s: 1.3 means 30% longer. */
  public double over(Phase reference) {
    return seconds / reference.seconds;
  }
}
