package org.w3id.kazaz.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.kazaz.KazazException;
import org.w3id.kazaz.export.DatasetDescription;
import org.w3id.kazaz.export.DumpSet;
import org.w3id.kazaz.export.ExportOperation;
import org.w3id.kazaz.export.Numbers;
import org.w3id.kazaz.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kazaz export}: the whole store, or one graph, in a standard RDF syntax. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Export the store: trig and nquads keep the named graphs; turtle, jsonld and rdfxml write"
            + " the union of all graphs (or --graph); --dumps DIR writes all of them and their VoID description.")
final class ExportCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(
      names = "--format",
      description = "trig, nquads, turtle, jsonld or rdfxml (default: ${DEFAULT-VALUE}).",
      defaultValue = "trig")
  ExportOperation.Format format;

  @Option(names = "--graph", paramLabel = "IRI", description = "Export only this named graph.")
  String graph;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here (default: stdout).")
  Path output;

  @Option(names = "--dumps", paramLabel = "DIR", description = "Write the dump set into DIR: kazaz.trig,"
      + " kazaz.nq, kazaz.jsonld (with the graphs), kazaz.ttl (their union) and void.ttl (VoID and DCAT).")
  Path dumps;

  @Option(names = "--base", paramLabel = "URL", defaultValue = "https://w3id.org/kazaz/",
      description = "With --dumps: where the dumps and the SPARQL endpoint are published (default: ${DEFAULT-VALUE}).")
  String base;

  @Override
  public Integer call() {
    try (TdbStore s = TdbStore.open(store.store)) {
      if (dumps != null) {
        if (output != null || graph != null) {
          throw new KazazException("E-EXPORT-DUMPS", "--dumps writes the whole store in every syntax:"
              + " give it without -o and --graph");
        }
        writeDumps(s);
      } else if (output == null) {
        ExportOperation.write(s.dataset(), format, graph, System.out);
        System.out.flush();
      } else {
        atomically(output, out -> ExportOperation.write(s.dataset(), format, graph, out));
      }
    }
    return 0;
  }

  private void writeDumps(TdbStore s) {
    try {
      Files.createDirectories(dumps);
    } catch (IOException e) {
      throw new KazazException("E-EXPORT-IO", dumps + ": cannot be made: " + e.getMessage());
    }
    for (DumpSet d : DumpSet.values()) {
      atomically(dumps.resolve(d.fileName()), out -> ExportOperation.write(s.dataset(), d.format(), null, out));
    }
    String b = base.endsWith("/") ? base : base + "/";
    org.apache.jena.rdf.model.Model description =
        DatasetDescription.describe(Numbers.count(s.dataset()), b, s.lastWritten(), true);
    atomically(dumps.resolve(DumpSet.DESCRIPTION),
        out -> org.apache.jena.riot.RDFDataMgr.write(out, description, org.apache.jena.riot.RDFFormat.TURTLE_PRETTY));
  }

  /**
   * Writes beside {@code target} and moves the file over it when complete: a failed export leaves no
   * truncated file (and an older export stays as it was).
   */
  private static void atomically(Path target, java.util.function.Consumer<OutputStream> write) {
    Path dir = target.toAbsolutePath().getParent();
    Path partial = null;
    try {
      partial = Files.createTempFile(dir, "." + target.getFileName() + ".", ".partial");
      try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(partial))) {
        write.accept(out);
      }
      Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      partial = null;
    } catch (IOException e) {
      throw new KazazException("E-EXPORT-IO", target + ": cannot be written: " + e.getMessage());
    } finally {
      if (partial != null) {
        try {
          Files.deleteIfExists(partial);
        } catch (IOException ignored) {
          // nothing more can be done for a file that cannot be removed
        }
      }
    }
  }
}
