package org.w3id.kazaz.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.kazaz.KazazException;
import org.w3id.kazaz.export.ExportOperation;
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
            + " the union of all graphs (or --graph).")
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

  @Override
  public Integer call() {
    try (TdbStore s = TdbStore.open(store.store)) {
      if (output == null) {
        ExportOperation.write(s.dataset(), format, graph, System.out);
        System.out.flush();
      } else {
        // written beside the output and moved over it when complete: a failed export leaves no
        // truncated file (and an older export stays as it was)
        Path dir = output.toAbsolutePath().getParent();
        Path partial = null;
        try {
          partial = Files.createTempFile(dir, "." + output.getFileName() + ".", ".partial");
          try (OutputStream out = Files.newOutputStream(partial)) {
            ExportOperation.write(s.dataset(), format, graph, out);
          }
          Files.move(partial, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
              java.nio.file.StandardCopyOption.ATOMIC_MOVE);
          partial = null;
        } catch (IOException e) {
          throw new KazazException("E-EXPORT-IO", output + ": cannot be written: " + e.getMessage());
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
    return 0;
  }
}
