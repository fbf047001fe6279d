package org.w3id.kazaz.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.kazaz.build.BuildOperation;
import org.w3id.kazaz.reason.BrokenFacts;
import org.w3id.kazaz.reason.ConsistencyCheck;
import org.w3id.kazaz.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kazaz build}: articles into the TDB2 store. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = "Convert articles and load them, the ontology and the reference data into the store.")
final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(
      names = "--input",
      paramLabel = "PATH",
      split = ",",
      description = "Article files or folders (default: seeds).",
      defaultValue = "seeds")
  List<Path> inputs;

  @Option(
      names = "--batch",
      description =
          "Graphs written between two progress lines (default: ${DEFAULT-VALUE}); the whole build"
              + " is one write transaction.",
      defaultValue = "" + BuildOperation.DEFAULT_BATCH)
  int batch;

  @Option(
      names = "--no-validate",
      description =
          "Write every fact even if it breaks the SHACL shapes (see kazaz validate); by default a"
              + " fact that breaks one is left out of its article.")
  boolean noValidate;

  @Option(
      names = "--allow-inconsistent",
      description = "Publish the graph even if the consistency check finds problems.")
  boolean allowInconsistent;

  @Override
  public Integer call() {
    return build(spec, store.store, inputs, batch,
        new BuildOperation.Options(!noValidate, allowInconsistent));
  }

  /** Shared with {@code serve}, which builds an empty store from the seeds first. */
  static int build(CommandSpec spec, Path storeDir, List<Path> inputs, int batch) {
    return build(spec, storeDir, inputs, batch, BuildOperation.Options.DEFAULT);
  }

  static int build(
      CommandSpec spec, Path storeDir, List<Path> inputs, int batch, BuildOperation.Options options) {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    Progress progress = new Progress(err);
    BuildOperation.Result r;
    try (TdbStore store = TdbStore.open(storeDir)) {
      r = BuildOperation.run(
          inputs, store, batch, progress.reading(), progress.writing(), options);
    }
    progress.done();
    for (String w : r.warnings()) {
      err.println("shacl: " + Shown.line(w));
    }
    for (BrokenFacts.LeftOut f : r.leftOut()) {
      err.println(Shown.coded("left out", "E-SHACL", f.line()));
    }
    for (BuildOperation.Rejected rej : r.rejected()) {
      err.println(Shown.coded("rejected", rej.code(), rej.problem()));
    }
    for (ConsistencyCheck.Finding f : r.inconsistencies()) {
      err.println("inconsistent: " + Shown.line(f.line()));
    }
    if (!r.published()) {
      err.println(
          Shown.coded("error", "E-INCONSISTENT", r.inconsistencies().size()
              + " consistency problem(s); nothing written (use --allow-inconsistent to publish)"));
      err.flush();
      return Main.EXIT_INCONSISTENT;
    }
    out.printf(
        "built %s: %d article(s) loaded, %d rejected, %d fact(s) left out%n",
        Shown.line(String.valueOf(storeDir)), r.loaded().size(), r.rejected().size(), r.leftOut().size());
    BuildOperation.Work w = r.work();
    if (w.converterChanged()) {
      err.println("note: the converter or its reference data changed since the last build;"
          + " the stored articles were extracted again");
    }
    out.printf("  %d article(s) extracted, %d taken from earlier builds; %d graph(s) written%n",
        w.extracted(), w.reused(), w.graphsWritten());
    out.flush();
    return r.ok() ? 0 : Main.EXIT_REJECTED;
  }
}
