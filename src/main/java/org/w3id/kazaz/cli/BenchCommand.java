package org.w3id.kazaz.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.w3id.kazaz.KazazException;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.article.ArticleReader;
import org.w3id.kazaz.bench.AddTimes;
import org.w3id.kazaz.bench.BenchOperation;
import org.w3id.kazaz.bench.CorpusGenerator;
import org.w3id.kazaz.bench.HeapSampler;
import org.w3id.kazaz.bench.Phase;
import org.w3id.kazaz.build.BuildOperation;
import org.w3id.kazaz.build.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kazaz bench}: a corpus made from the seeds and dev articles, annotated, converted, built, timed. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Benchmark: make a corpus from the seed and dev articles, then time CoreNLP alone, the whole"
            + " conversion, the build, and Jena's parallel bulk loader, on the same corpus.")
final class BenchCommand implements Callable<Integer> {
  private static final double MIB = 1024.0 * 1024.0;

  @Spec CommandSpec spec;

  @Option(names = "--articles", description = "Corpus size (default: ${DEFAULT-VALUE}).", defaultValue = "300")
  int articles;

  @Option(names = "--seeds", paramLabel = "PATH", description = "Seed articles to copy (default: ${DEFAULT-VALUE}).",
      defaultValue = "seeds")
  Path seeds;

  @Option(names = "--dev", paramLabel = "PATH", description = "Development articles to copy as well, read"
      + " from where they are (e.g. ../shared/dev/articles; default: none).")
  Path dev;

  @Option(names = "--work", paramLabel = "DIR", description = "An empty or new folder for corpus and stores"
      + " (default: a new temporary folder).")
  Path work;

  @Option(names = "--random-seed", description = "Seed of the corpus generator (default: ${DEFAULT-VALUE}).",
      defaultValue = "42")
  long randomSeed;

  @Option(names = "--repeat", description = "Runs of (a) and (b), one after the other; the faster of each"
      + " is reported (default: ${DEFAULT-VALUE}).", defaultValue = "1")
  int repeat;

  @Option(names = "--batch", description = "Graphs written between two progress lines in the build"
      + " (default: ${DEFAULT-VALUE}).", defaultValue = "" + BuildOperation.DEFAULT_BATCH)
  int batch;

  @Option(names = "--pages", description = "Instead: time the entity page and the Turtle description over HTTP"
      + " on the store of --store (p50, p99, max).")
  boolean pages;

  @Option(names = "--store", paramLabel = "DIR", description = "With --pages: the store (default: ${DEFAULT-VALUE}).",
      defaultValue = "data/tdb2")
  Path store;

  @Option(names = "--requests", description = "With --pages: requests of each kind (default: ${DEFAULT-VALUE}).",
      defaultValue = "1000")
  int requests;

  @Option(names = "--queries", description = "Instead: time the competency questions over HTTP on the store of"
      + " --store, one client (p50, p99, rows), then --clients clients at once for --seconds seconds.")
  boolean queries;

  @Option(names = "--cq", paramLabel = "DIR", description = "With --queries: the questions (default: ${DEFAULT-VALUE}).",
      defaultValue = "queries/cq")
  Path cq;

  @Option(names = "--runs", description = "With --queries: timed runs of each question (default: ${DEFAULT-VALUE}).",
      defaultValue = "20")
  int runs;

  @Option(names = "--clients", description = "With --queries: clients at once (default: ${DEFAULT-VALUE}).",
      defaultValue = "64")
  int clients;

  @Option(names = "--seconds", description = "With --queries: how long the clients ask (default: ${DEFAULT-VALUE}).",
      defaultValue = "60")
  int seconds;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (queries) {
      if (runs < 1 || clients < 1 || seconds < 1) {
        throw new ParameterException(spec.commandLine(), "--runs, --clients and --seconds must be at least 1");
      }
      try (org.w3id.kazaz.store.TdbStore s = org.w3id.kazaz.store.TdbStore.open(store)) {
        org.w3id.kazaz.bench.QueryLatency.Result r =
            org.w3id.kazaz.bench.QueryLatency.run(s.dataset(), cq, runs, clients, seconds);
        out.printf("competency questions on %s over HTTP, one client, %d runs each (aim: p50 at most 100 ms,"
            + " none over 1 s):%n", Shown.line(String.valueOf(store)), runs);
        for (org.w3id.kazaz.bench.QueryLatency.Question q : r.questions()) {
          out.printf("  %-48s %6d rows  p50 %8.1f ms  p99 %8.1f ms%n", q.name(), q.rows(), q.p50(), q.p99());
        }
        out.printf("%d clients for %d s: %d requests, %d errors, p50 %.1f ms, p99 %.1f ms (aim: 0 errors,"
            + " p99 at most 1 s)%n", r.clients(), r.seconds(), r.requests(), r.errors(), r.concurrentP50(),
            r.concurrentP99());
        out.printf("point lookups (SELECT ?p ?o { <node> ?p ?o }), %d nodes once each: p50 %.1f ms, p99 %.1f ms"
            + " (aim: p50 at most 10 ms)%n", r.lookups(), r.lookupP50(), r.lookupP99());
      }
      out.flush();
      return 0;
    }
    if (pages) {
      if (requests < 1) {
        throw new ParameterException(spec.commandLine(), "--requests must be at least 1");
      }
      try (org.w3id.kazaz.store.TdbStore s = org.w3id.kazaz.store.TdbStore.open(store)) {
        org.w3id.kazaz.bench.PageLatency.Result r = org.w3id.kazaz.bench.PageLatency.run(s.dataset(), requests);
        out.printf("pages: %d requests of each kind over %d nodes of %s, one client%n", r.requests(), r.nodes(),
            Shown.line(String.valueOf(store)));
        out.printf("  entity page (text/html):  p50 %.1f ms, p99 %.1f ms, max %.1f ms (aim: p50 at most 50 ms)%n",
            r.pageP50(), r.pageP99(), r.pageMax());
        out.printf("  description (text/turtle): p50 %.1f ms, p99 %.1f ms, max %.1f ms (aim: p50 at most 20 ms)%n",
            r.turtleP50(), r.turtleP99(), r.turtleMax());
      }
      return 0;
    }
    if (repeat < 1 || articles < 1) {
      throw new ParameterException(spec.commandLine(), "--articles and --repeat must be at least 1");
    }
    List<Article> fromSeeds = read(seeds);
    List<Article> fromDev = dev == null ? List.of() : read(dev);
    Path dir;
    Path corpus;
    try {
      dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("kazaz-bench");
      corpus = dir.resolve("corpus");
      if (Files.exists(corpus)) {
        throw new KazazException("E-BENCH-WORK", corpus + ": already exists; give an empty --work folder");
      }
      Files.createDirectories(corpus);
      for (CorpusGenerator.Generated g : CorpusGenerator.generate(fromSeeds, fromDev, articles, randomSeed)) {
        Files.writeString(corpus.resolve(g.fileName()), g.text(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new KazazException("E-BENCH-IO", (work == null ? "temporary folder" : work)
          + ": cannot write the corpus: " + e.getMessage());
    }
    int sources = fromSeeds.size() + fromDev.size();
    err.printf("corpus: %d articles from %d seeds and %d dev articles in %s%n", articles, fromSeeds.size(),
        fromDev.size(), corpus);
    err.flush();
    BenchOperation.Result r = BenchOperation.run(corpus, dir, batch, repeat, new Progress(err).reading());
    int n = r.articles();
    Runtime rt = Runtime.getRuntime();
    out.printf("machine: %d processors, max heap %.0f MiB, %s %s, %s%n", rt.availableProcessors(),
        rt.maxMemory() / MIB, System.getProperty("java.vm.name"), System.getProperty("java.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    out.printf("corpus: %d articles (%d converted) from %d seeds and %d dev articles, copies 0-%d, random"
        + " seed %d; %d tokens; %d quads in the article graphs%n", n, r.converted(), fromSeeds.size(),
        fromDev.size(), (articles - 1) / Math.max(1, sources), randomSeed, r.tokens(), r.quads());
    out.printf("threads annotating and extracting: %d (common fork-join pool and its caller, as the build)%n",
        r.threads());
    String best = r.repeat() > 1 ? ", faster of " + r.repeat() + " runs" : "";
    line(out, "(a) CoreNLP alone" + best, r.nlp(), n);
    line(out, "(b) whole conversion" + best, r.conversion(), n);
    out.printf("ratio (b)/(a): %.2f by wall time, %.2f by CPU time (aim: at most 1.30)%n", r.conversionRatio(),
        r.conversionCpuRatio());
    out.printf("annotations counted by the Annotator: %d in (a), %d in (b) (%d runs), %d in (c), for %d"
        + " articles%s%n", r.annotatedNlp(), r.annotatedConversion(), r.repeat(), r.annotatedBuild(), n,
        r.annotatedNlp() == 0 && r.annotatedConversion() == (long) n * r.repeat() && r.annotatedBuild() == n
            ? ": once per article per build" : ": NOT once per article");
    line(out, "(c) whole build (batch " + batch + ")", r.build(), n);
    out.printf("    export: %d quads as N-Quads in %.1f s%n", r.exportedQuads(), r.exportSeconds());
    out.printf("(d) bulk load (parallel): %d quads in %.1f s, %.0f quads/s%n", r.bulkQuads(),
        r.bulkSeconds(), r.bulkQuads() / r.bulkSeconds());
    out.printf("ratio (c)/(d): %.2f (issue 3 aimed at under 1.5)%n", r.buildRatio());
    long total = r.stages().values().stream().mapToLong(Long::longValue).sum();
    out.printf("profile of (c): %d stack samples of running project threads, every 10 ms%n", total);
    for (Map.Entry<String, Long> e : r.stages().entrySet()) {
      out.printf("    %-36s %6d  %5.1f%%%n", e.getKey(), e.getValue(), 100.0 * e.getValue() / total);
    }
    AddTimes.Result ad = r.adds();
    out.printf("(e) add one article, %d times, in this JVM: to a %d-article store median %.2f s (max %.2f s);"
        + " to the %d-article store of (c) median %.2f s (max %.2f s); ratio %.2f (aim: about 1)%n",
        ad.small().size(), ad.smallArticles(), ad.smallMedian(), java.util.Collections.max(ad.small()),
        ad.largeArticles(), ad.largeMedian(), java.util.Collections.max(ad.large()), ad.ratio());
    out.printf("    kazaz add in its own JVM (small store): %.1f s, of which start-up (JVM, CoreNLP"
        + " pipeline) %.1f s%n", ad.ownJvmSeconds(), ad.startUpSeconds());
    out.printf("work folder: %s%n", dir);
    out.flush();
    return 0;
  }

  private static List<Article> read(Path in) {
    List<Article> out = new ArrayList<>();
    for (Path p : Inputs.expand(List.of(in))) {
      out.add(ArticleReader.read(p));
    }
    return out;
  }

  private static void line(PrintWriter out, String name, Phase p, int articles) {
    HeapSampler.Peaks h = p.heap();
    out.printf("%s: %.1f s (CPU %.1f s), %.2f articles/s; peak heap %.0f MiB sampled, %.0f MiB pools, %.0f MiB after"
        + " GC (%d collections); load %.2f -> %.2f%n", name, p.seconds(), p.cpuSeconds(), p.perSecond(articles),
        h.sampled() / MIB, h.pools() / MIB, h.afterGc() / MIB, h.collections(), p.loadBefore(), p.loadAfter());
  }
}
