package org.w3id.kazaz.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kazaz.KazazException;
import org.w3id.kazaz.build.BuildOperation;
import org.w3id.kazaz.store.TdbStore;

/**
 * What adding one article costs (issue 9, point 2): new articles, each a corpus article published
 * a day later under another name (so their extraction is new work, as a day's news is), are added
 * one at a time to a store of the corpus's first {@link #SMALL} articles and to the store of the
 * whole corpus, in this JVM (the pipeline already built); then one more is added to the small store
 * by {@code kazaz add} in a JVM of its own, whose time less the in-process median is the start-up.
 */
public final class AddTimes {
  /** The articles in the small store. */
  public static final int SMALL = 5;

  private static final Pattern HEADER = Pattern.compile("\\A date (\\d{4}-\\d{2}-\\d{2})");

  /** Seconds of each add to the small and the large store, and of the add in its own JVM. */
  public record Result(int smallArticles, int largeArticles, List<Double> small, List<Double> large,
      double ownJvmSeconds) {
    public double smallMedian() {
      return median(small);
    }

    public double largeMedian() {
      return median(large);
    }

    /** Adding to the large store over adding to the small one (the issue aims at about 1). */
    public double ratio() {
      return largeMedian() / smallMedian();
    }

    /** Start-up of {@code kazaz add} (JVM, CoreNLP's pipeline), shown apart from the add itself. */
    public double startUpSeconds() {
      return ownJvmSeconds - smallMedian();
    }
  }

  private AddTimes() {}

  /** {@code corpus}: the corpus files in order; {@code largeStore}: the store built from all of them. */
  public static Result measure(List<Path> corpus, Path largeStore, Path work, int adds) {
    try {
      Path dir = Files.createDirectories(work.resolve("adds"));
      List<Path> extra = new ArrayList<>();
      for (int i = 0; i <= adds; i++) {
        Path from = corpus.get(corpus.size() - 1 - i % corpus.size());
        extra.add(Files.writeString(dir.resolve("next-day-" + i + ".txt"), nextDay(Files.readString(from)),
            StandardCharsets.UTF_8));
      }
      Path smallStore = work.resolve("small-tdb2");
      List<Double> small = new ArrayList<>();
      List<Double> large = new ArrayList<>();
      try (TdbStore s = TdbStore.open(smallStore)) {
        BuildOperation.run(corpus.subList(0, SMALL), s, BuildOperation.DEFAULT_BATCH, x -> {}, x -> {});
        for (Path p : extra.subList(0, adds)) {
          small.add(add(s, p));
        }
      }
      try (TdbStore s = TdbStore.open(largeStore)) {
        for (Path p : extra.subList(0, adds)) {
          large.add(add(s, p));
        }
      }
      double own = ownJvm(smallStore, extra.get(adds));
      return new Result(SMALL, corpus.size(), small, large, own);
    } catch (IOException e) {
      throw new KazazException("E-BENCH-IO", work + ": cannot write the added articles: " + e.getMessage());
    }
  }

  private static double add(TdbStore s, Path article) {
    long t0 = System.nanoTime();
    BuildOperation.run(List.of(article), s, BuildOperation.DEFAULT_BATCH, x -> {}, x -> {});
    return (System.nanoTime() - t0) / 1e9;
  }

  private static double ownJvm(Path store, Path article) {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        "org.w3id.kazaz.cli.Main", "add", "--store", store.toString(), article.toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    long t0 = System.nanoTime();
    try {
      Process p = pb.start();
      if (p.waitFor() != 0) {
        throw new KazazException("E-BENCH-IO", "kazaz add in its own JVM ended with " + p.exitValue());
      }
    } catch (IOException e) {
      throw new KazazException("E-BENCH-IO", "kazaz add cannot be started: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KazazException("E-BENCH-IO", "interrupted");
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /** The article as published a day later: its header's date moved on by one day. */
  static String nextDay(String text) {
    Matcher m = HEADER.matcher(text);
    if (!m.find()) {
      throw new IllegalArgumentException("no date header");
    }
    return " date " + LocalDate.parse(m.group(1)).plusDays(1) + text.substring(m.end());
  }

  /** The nearest-rank median, as the other latencies of the benchmark are read. */
  static double median(List<Double> xs) {
    return PageLatency.pct(xs.stream().mapToDouble(Double::doubleValue).sorted().toArray(), 50);
  }
}
