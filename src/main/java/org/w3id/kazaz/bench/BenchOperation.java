package org.w3id.kazaz.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.kazaz.KazazException;
import org.w3id.kazaz.annotate.Annotator;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.article.ArticleReader;
import org.w3id.kazaz.build.BuildOperation;
import org.w3id.kazaz.build.Inputs;
import org.w3id.kazaz.export.ExportOperation;
import org.w3id.kazaz.extract.ArticleExtractor;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerLoader;
import org.w3id.kazaz.store.TdbStore;

/**
 * Times, on one corpus and in one JVM: (a) CoreNLP alone over the texts the build gives it
 * ({@link NlpAlone}); (b) the whole conversion as the build does it (annotation, every extractor,
 * resolution, mapping; no store); (c) the whole build into a fresh TDB2 store, profiled by stage
 * ({@link StageSampler}); its export as N-Quads; and (d) Jena's parallel bulk loader (what {@code
 * tdb2.tdbloader --loader=parallel} runs) loading that export into another fresh store. A few
 * articles are converted first, untimed, so that neither (a) nor (b) pays for building the
 * pipeline or for a cold JIT. (a) and (b) may be run {@code repeat} times, one after the
 * other, and the faster run of each is kept: other load on the machine only ever slows a run down.
 * Stores and the export go under {@code work}, which must not hold them already.
 */
public final class BenchOperation {
  private static final Logger log = LoggerFactory.getLogger(BenchOperation.class);
  private static final long HEAP_MILLIS = 20;
  private static final long STACK_MILLIS = 10;
  private static final int WARM_UP = 10;
  /** Articles added one at a time in (e). */
  private static final int ADDS = 5;

  /**
   * What was measured. {@code threads} is how many threads annotate and extract (the common
   * pool's and the caller). {@code annotated*} are the Annotator's calls during each phase, all
   * runs of it together: none in (a), one per article read per run of (b), and in the build.
   * {@code stages} are stack samples of the build by stage.
   */
  public record Result(
      int articles,
      int converted,
      long quads,
      long tokens,
      int threads,
      int repeat,
      Phase nlp,
      Phase conversion,
      Phase build,
      long annotatedNlp,
      long annotatedConversion,
      long annotatedBuild,
      double exportSeconds,
      long exportedQuads,
      double bulkSeconds,
      long bulkQuads,
      Map<String, Long> stages,
      AddTimes.Result adds) {
    /** The whole conversion over CoreNLP alone: the issue aims at 1.3 or less. */
    public double conversionRatio() {
      return conversion.over(nlp);
    }

    /** The same by CPU time of the whole process. */
    public double conversionCpuRatio() {
      return conversion.cpuOver(nlp);
    }

    /** Build time over bulk-load time (issue 3 aimed at under 1.5). */
    public double buildRatio() {
      return build.seconds() / bulkSeconds;
    }
  }

  private BenchOperation() {}

  /** Runs the measurements on the articles in {@code corpus}; {@code batch} as for build. */
  public static Result run(Path corpus, Path work, int batch, int repeat, IntConsumer progress) {
    if (repeat < 1) {
      throw new IllegalArgumentException("repeat " + repeat + ": (a) and (b) run at least once");
    }
    List<Path> inputs = List.of(corpus);
    List<Article> articles = new ArrayList<>();
    for (Path p : Inputs.expand(inputs)) {
      articles.add(ArticleReader.read(p));
    }
    int n = articles.size();
    Gazetteer gazetteer = GazetteerLoader.load(GazetteerLoader.reference());
    ArticleExtractor warm = new ArticleExtractor(gazetteer);
    articles.stream().limit(WARM_UP).parallel().forEach(warm::extract);
    List<NlpAlone.Input> texts = articles.stream().map(NlpAlone::input).toList();
    articles = null;
    int threads = ForkJoinPool.getCommonPoolParallelism() + 1;

    Phase nlp = null;
    Phase conversion = null;
    long annotatedNlp = 0;
    long annotatedConversion = 0;
    long[] tokens = new long[1];
    long quads = 0;
    int converted = 0;
    for (int run = 1; run <= repeat; run++) {
      // (a) CoreNLP alone
      long before = Annotator.annotated();
      Phase a = timed(() -> tokens[0] = NlpAlone.annotate(texts));
      annotatedNlp += Annotator.annotated() - before;
      log.info("run {}: CoreNLP alone: {} articles, {} tokens in {} s", run, n, tokens[0], a.seconds());
      nlp = nlp == null ? a : Phase.faster(nlp, a);

      // (b) the whole conversion, as the build does it, without the store
      before = Annotator.annotated();
      BuildOperation.Conversion[] c = new BuildOperation.Conversion[1];
      Phase b = timed(() -> c[0] = BuildOperation.convert(inputs, List.of(), gazetteer, progress));
      annotatedConversion += Annotator.annotated() - before;
      quads = c[0].graphs().stream().mapToLong(g -> g.graph().size()).sum();
      converted = c[0].graphs().size();
      c[0] = null;
      log.info("run {}: converted {} articles into {} quads in {} s", run, converted, quads, b.seconds());
      conversion = conversion == null ? b : Phase.faster(conversion, b);
    }

    // (c) the whole build into a fresh store, profiled by stage, then its export
    Path buildStore = fresh(work.resolve("build-tdb2"));
    Path nquads = work.resolve("export.nq");
    long before = Annotator.annotated();
    Map<String, Long> stages;
    Phase build;
    double exportSeconds;
    try (TdbStore store = TdbStore.open(buildStore)) {
      try (StageSampler sampler = StageSampler.start(STACK_MILLIS)) {
        build = timed(() -> BuildOperation.run(inputs, store, batch, x -> {}, x -> {}));
        stages = sampler.counts();
      }
      log.info("built {} in {} s", buildStore, build.seconds());
      long t0 = System.nanoTime();
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nquads), 1 << 16)) {
        ExportOperation.write(store.dataset(), ExportOperation.Format.nquads, null, out);
      } catch (IOException e) {
        throw new KazazException("E-BENCH-IO", nquads + ": cannot be written: " + e.getMessage());
      }
      exportSeconds = seconds(t0);
    }
    long annotatedBuild = Annotator.annotated() - before;
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

    // (e) adding one article at a time to a small store and to the store of (c)
    AddTimes.Result adds = AddTimes.measure(Inputs.expand(inputs), buildStore, work, ADDS);
    log.info("added one article in {} s (small store), {} s (large store)", adds.smallMedian(),
        adds.largeMedian());
    return new Result(n, converted, quads, tokens[0], threads, repeat, nlp, conversion, build, annotatedNlp,
        annotatedConversion, annotatedBuild, exportSeconds, exported, bulkSeconds, bulkQuads, stages, adds);
  }

  /** Runs {@code work} after a full collection, timing it and sampling the heap meanwhile. */
  private static Phase timed(Supplier<?> work) {
    settle();
    double loadBefore = load();
    try (HeapSampler heap = HeapSampler.start(HEAP_MILLIS)) {
      long cpu0 = cpuNanos();
      long t0 = System.nanoTime();
      work.get();
      double s = seconds(t0);
      double cpu = (cpuNanos() - cpu0) / 1e9;
      return new Phase(s, cpu, heap.peaks(), loadBefore, load());
    }
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** CPU time of the whole process so far (every thread), or 0 where the JVM does not tell. */
  private static long cpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
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
