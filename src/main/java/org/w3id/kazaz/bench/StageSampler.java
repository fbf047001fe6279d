package org.w3id.kazaz.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A simple profiler by stage: while it is open, a daemon thread takes every thread's stack every
 * {@code periodMillis} ({@code ThreadMXBean.dumpAllThreads}) and counts each running thread that
 * is doing the project's work under the stage it is in ({@link #stage}). The JVM takes stacks at
 * safepoints, so a sample may fall a little after where the time went; at the grain of a stage
 * (which extractor, resolver or phase is on the stack) that bias is small.
 */
public final class StageSampler implements AutoCloseable {
  private static final String KAZAZ = "org.w3id.kazaz.";
  private static final String EXTRACTOR = KAZAZ + "extract.ArticleExtractor";
  private static final String ANNOTATOR = KAZAZ + "annotate.Annotator";

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final Map<String, Long> counts = new TreeMap<>();
  private final Periodic sampler;

  private StageSampler(long periodMillis) {
    sampler = new Periodic("stage-sampler", periodMillis, this::sample);
  }

  /** Starts sampling now. */
  public static StageSampler start(long periodMillis) {
    return new StageSampler(periodMillis);
  }

  private void sample() {
    long self = Thread.currentThread().getId();
    for (ThreadInfo t : threads.dumpAllThreads(false, false)) {
      if (t.getThreadId() == self || t.getThreadState() != Thread.State.RUNNABLE) {
        continue;
      }
      String stage = stage(t.getStackTrace());
      if (stage != null) {
        synchronized (counts) {
          counts.merge(stage, 1L, Long::sum);
        }
      }
    }
  }

  /**
   * The stage a stack (innermost frame first) is in, or null when no frame is the project's.
   * Under {@code ArticleExtractor} it is the project class it called: {@code annotate: CoreNLP},
   * {@code annotate: gazetteer} or {@code annotate: layout and tokens} inside the Annotator, else
   * {@code extract: <Class>}; outside it {@code resolve: <Class>}, {@code mapping}, {@code
   * validation}, {@code consistency}, {@code inference}, {@code store}, {@code read}, {@code other}.
   */
  static String stage(StackTraceElement[] stack) {
    int k = -1;
    for (int i = 0; i < stack.length && k < 0; i++) {
      if (outer(stack[i]).equals(EXTRACTOR)) {
        k = i;
      }
    }
    if (k >= 0) {
      String callee = nearestInside(stack, k, KAZAZ);
      if (callee == null) {
        return "extract: ArticleExtractor";
      }
      if (callee.equals(ANNOTATOR)) {
        if (nearestInside(stack, k, "edu.stanford.nlp.") != null) {
          return "annotate: CoreNLP";
        }
        if (nearestInside(stack, k, KAZAZ + "gazetteer.") != null) {
          return "annotate: gazetteer";
        }
        return "annotate: layout and tokens";
      }
      return "extract: " + simple(callee);
    }
    String stage = null;
    for (int i = stack.length - 1; i >= 0 && stage == null; i--) {
      String c = outer(stack[i]);
      if (c.startsWith(KAZAZ + "resolve.") && !c.endsWith(".Resolution")) {
        stage = "resolve: " + simple(c);
      } else if (c.startsWith(KAZAZ + "mapping.")) {
        stage = "mapping";
      } else if (c.startsWith(KAZAZ + "reason.BrokenFacts") || c.startsWith(KAZAZ + "reason.Validation")) {
        stage = "validation";
      } else if (c.startsWith(KAZAZ + "reason.ConsistencyCheck")) {
        stage = "consistency";
      } else if (c.startsWith(KAZAZ + "reason.InferenceOperation")) {
        stage = "inference";
      } else if (c.startsWith(KAZAZ + "store.")) {
        stage = "store";
      } else if (c.startsWith(KAZAZ + "article.")) {
        stage = "read";
      }
    }
    if (stage != null) {
      return stage;
    }
    for (StackTraceElement f : stack) {
      String c = outer(f);
      if (c.startsWith(KAZAZ) && !c.startsWith(KAZAZ + "bench.")) {
        return c.endsWith(".Resolution") ? "resolve: Resolution" : "other";
      }
    }
    return null;
  }

  /** The frame nearest inside frame {@code k} (towards index 0) whose class starts with {@code prefix}. */
  private static String nearestInside(StackTraceElement[] stack, int k, String prefix) {
    for (int i = k - 1; i >= 0; i--) {
      String c = outer(stack[i]);
      if (c.startsWith(prefix) && !c.equals(EXTRACTOR)) {
        return c;
      }
    }
    return null;
  }

  private static String outer(StackTraceElement f) {
    String c = f.getClassName();
    int dollar = c.indexOf('$');
    return dollar < 0 ? c : c.substring(0, dollar);
  }

  private static String simple(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  /** Samples per stage so far, the most sampled first. */
  public Map<String, Long> counts() {
    Map<String, Long> out = new LinkedHashMap<>();
    synchronized (counts) {
      counts.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .forEach(e -> out.put(e.getKey(), e.getValue()));
    }
    return out;
  }

  @Override
  public void close() {
    sampler.close();
  }
}
