package org.w3id.kazaz.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.kazaz.KazazException;
import org.w3id.kazaz.store.QueryOperation;
import org.w3id.kazaz.store.TdbStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kazaz query}: a SPARQL query over the store, the union of all graphs as default graph. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = "Run a SPARQL query over the store (default graph = union of all graphs).")
final class QueryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  static final class Source {
    @Parameters(arity = "1", paramLabel = "SPARQL", description = "The query text.")
    String text;

    @Option(names = "--file", paramLabel = "FILE", description = "Read the query from a file.")
    Path file;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(
      names = "--format",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).",
      defaultValue = "table")
  QueryOperation.Format format;

  @Override
  public Integer call() {
    String q = source.text;
    if (source.file != null) {
      try {
        q = Files.readString(source.file);
      } catch (IOException e) {
        throw new KazazException("E-QUERY-FILE", source.file + ": cannot be read: " + e.getMessage());
      }
    }
    try (TdbStore s = TdbStore.open(store.store)) {
      String result = QueryOperation.run(s.dataset(), q, format);
      spec.commandLine().getOut().print(result);
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
