package org.w3id.kazaz.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.kazaz.KazazException;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.article.ArticleReader;
import org.w3id.kazaz.bench.BenchOperation;
import org.w3id.kazaz.bench.CorpusGenerator;
import org.w3id.kazaz.build.BuildOperation;
import org.w3id.kazaz.build.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kazaz bench}: a corpus made from the seeds, converted, built and bulk-loaded, timed. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Benchmark: make a corpus from the seed articles, then time conversion alone, the whole"
            + " build, and Jena's parallel bulk loader on the same quads.")
final class BenchCommand implements Callable<Integer> {
  private static final double MIB = 1024.0 * 1024.0;

  @Spec CommandSpec spec;

  @Option(names = "--articles", description = "Corpus size (default: ${DEFAULT-VALUE}).", defaultValue = "10000")
  int articles;

  @Option(names = "--seeds", paramLabel = "PATH", description = "Articles to copy (default: ${DEFAULT-VALUE}).",
      defaultValue = "seeds")
  Path seeds;

  @Option(names = "--work", paramLabel = "DIR", description = "An empty or new folder for corpus and stores"
      + " (default: a new temporary folder).")
  Path work;

  @Option(names = "--random-seed", description = "Seed of the corpus generator (default: ${DEFAULT-VALUE}).",
      defaultValue = "42")
  long randomSeed;

  @Option(names = "--batch", description = "Article graphs per write transaction in the build"
      + " (default: ${DEFAULT-VALUE}).", defaultValue = "" + BuildOperation.DEFAULT_BATCH)
  int batch;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Article> from = new ArrayList<>();
    for (Path p : Inputs.expand(List.of(seeds))) {
      from.add(ArticleReader.read(p));
    }
    Path dir;
    Path corpus;
    try {
      dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("kazaz-bench");
      corpus = dir.resolve("corpus");
      if (Files.exists(corpus)) {
        throw new KazazException("E-BENCH-WORK", corpus + ": already exists; give an empty --work folder");
      }
      Files.createDirectories(corpus);
      for (CorpusGenerator.Generated g : CorpusGenerator.generate(from, articles, randomSeed)) {
        Files.writeString(corpus.resolve(g.fileName()), g.text(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new KazazException("E-BENCH-IO", (work == null ? "temporary folder" : work)
          + ": cannot write the corpus: " + e.getMessage());
    }
    err.printf("corpus: %d articles from %d seeds in %s%n", articles, from.size(), corpus);
    err.flush();
    BenchOperation.Result r = BenchOperation.run(corpus, dir, batch, new Progress(err).reading());
    Runtime rt = Runtime.getRuntime();
    out.printf("machine: %d processors, max heap %.0f MiB, %s %s, %s%n", rt.availableProcessors(),
        rt.maxMemory() / MIB, System.getProperty("java.vm.name"), System.getProperty("java.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    out.printf("corpus: %d articles (%d converted), %d quads in the article graphs%n",
        r.articles(), r.converted(), r.quads());
    out.printf("(a) convert: %.1f s, %.0f articles/s, peak heap %.0f MiB sampled, %.0f MiB pools%n",
        r.convertSeconds(), r.articles() / r.convertSeconds(), r.convertPeakSampled() / MIB,
        r.convertPeakPools() / MIB);
    out.printf("(b) build (batch %d): %.1f s, %.0f articles/s, peak heap %.0f MiB sampled%n", batch,
        r.buildSeconds(), r.articles() / r.buildSeconds(), r.buildPeakSampled() / MIB);
    out.printf("(c) export: %d quads as N-Quads in %.1f s%n", r.exportedQuads(), r.exportSeconds());
    out.printf("(d) bulk load (parallel): %d quads in %.1f s, %.0f quads/s%n", r.bulkQuads(),
        r.bulkSeconds(), r.bulkQuads() / r.bulkSeconds());
    out.printf("ratio build / bulk load: %.2f (aim: under 1.5)%n", r.ratio());
    out.printf("work folder: %s%n", dir);
    out.flush();
    return 0;
  }
}
