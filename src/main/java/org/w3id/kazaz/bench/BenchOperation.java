package org.w3id.kazaz.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.kazaz.KazazException;
import org.w3id.kazaz.build.BuildOperation;
import org.w3id.kazaz.export.ExportOperation;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerLoader;
import org.w3id.kazaz.store.TdbStore;

/**
 * Times, on one corpus: conversion alone (no store), the whole build into a fresh TDB2 store, the
 * export of that store as N-Quads, and Jena's parallel bulk loader (what {@code tdb2.tdbloader
 * --loader=parallel} runs) loading that export into another fresh store. Stores and the export
 * are written under {@code work}, which must not hold them already.
 */
public final class BenchOperation {
  private static final Logger log = LoggerFactory.getLogger(BenchOperation.class);
  private static final long SAMPLE_MILLIS = 20;

  /** What was measured; times in seconds, memory in bytes. */
  public record Result(
      int articles,
      int converted,
      long quads,
      double convertSeconds,
      long convertPeakSampled,
      long convertPeakPools,
      double buildSeconds,
      long buildPeakSampled,
      double exportSeconds,
      long exportedQuads,
      double bulkSeconds,
      long bulkQuads) {
    /** Build time over bulk-load time: the issue aims at under 1.5. */
    public double ratio() {
      return buildSeconds / bulkSeconds;
    }
  }

  private BenchOperation() {}

  /** Runs the four measurements on the articles in {@code corpus}; {@code batch} as for build. */
  public static Result run(Path corpus, Path work, int batch, IntConsumer progress) {
    List<Path> inputs = List.of(corpus);
    int articles;
    try (Stream<Path> files = Files.list(corpus)) {
      articles = (int) files.count();
    } catch (IOException e) {
      throw new KazazException("E-BENCH-IO", corpus + ": cannot be listed: " + e.getMessage());
    }

    // (a) conversion alone, the gazetteer loaded first and not timed
    Gazetteer gazetteer = GazetteerLoader.load(GazetteerLoader.reference());
    settle();
    BuildOperation.Conversion c;
    double convertSeconds;
    long peakSampled;
    long peakPools;
    try (HeapSampler heap = HeapSampler.start(SAMPLE_MILLIS)) {
      long t0 = System.nanoTime();
      c = BuildOperation.convert(inputs, List.of(), gazetteer, progress);
      convertSeconds = seconds(t0);
      peakSampled = heap.sampledPeak();
      peakPools = heap.poolPeak();
    }
    long quads = c.graphs().stream().mapToLong(g -> g.graph().size()).sum();
    int converted = c.graphs().size();
    log.info("converted {} articles into {} quads in {} s", converted, quads, convertSeconds);
    c = null;
    settle();

    // (b) the whole build into a fresh store
    Path buildStore = fresh(work.resolve("build-tdb2"));
    double buildSeconds;
    long buildPeak;
    Path nquads = work.resolve("export.nq");
    double exportSeconds;
    try (TdbStore store = TdbStore.open(buildStore);
        HeapSampler heap = HeapSampler.start(SAMPLE_MILLIS)) {
      long t0 = System.nanoTime();
      BuildOperation.run(inputs, store, batch, n -> {}, n -> {});
      buildSeconds = seconds(t0);
      buildPeak = heap.sampledPeak();
      log.info("built {} in {} s", buildStore, buildSeconds);
      // (c) the same quads as N-Quads
      t0 = System.nanoTime();
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nquads), 1 << 16)) {
        ExportOperation.write(store.dataset(), ExportOperation.Format.nquads, null, out);
      } catch (IOException e) {
        throw new KazazException("E-BENCH-IO", nquads + ": cannot be written: " + e.getMessage());
      }
      exportSeconds = seconds(t0);
    }
    long exported = lines(nquads);
    settle();

    // (d) Jena's parallel bulk loader into another fresh store
    Path bulkStore = fresh(work.resolve("bulk-tdb2"));
    DatasetGraph dsg = TDB2Factory.connectDataset(bulkStore.toString()).asDatasetGraph();
    double bulkSeconds;
    long bulkQuads;
    try {
      DataLoader loader = LoaderFactory.parallelLoader(dsg, (fmt, args) -> log.debug(String.format(fmt, args)));
      long t0 = System.nanoTime();
      loader.startBulk();
      try {
        loader.load(nquads.toString());
        loader.finishBulk();
      } catch (RuntimeException e) {
        loader.finishException(e);
        throw e;
      }
      bulkSeconds = seconds(t0);
      bulkQuads = loader.countQuads() + loader.countTriples();
    } finally {
      TDBInternal.expel(dsg);
    }
    log.info("bulk-loaded {} quads in {} s", bulkQuads, bulkSeconds);
    return new Result(articles, converted, quads, convertSeconds, peakSampled, peakPools,
        buildSeconds, buildPeak, exportSeconds, exported, bulkSeconds, bulkQuads);
  }

  private static Path fresh(Path dir) {
    if (Files.exists(dir)) {
      throw new KazazException("E-BENCH-WORK", dir + ": already exists; give an empty --work folder");
    }
    return dir;
  }

  private static long lines(Path file) {
    try (Stream<String> s = Files.lines(file)) {
      return s.count();
    } catch (IOException e) {
      throw new KazazException("E-BENCH-IO", file + ": cannot be read: " + e.getMessage());
    }
  }

  /** Asks for a full collection so that a phase starts without the garbage of the one before. */
  private static void settle() {
    System.gc();
    System.gc();
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
