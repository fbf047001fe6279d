package org.w3id.kazaz.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.kazaz.KazazException;
import org.w3id.kazaz.build.BuildOperation;
import org.w3id.kazaz.store.EndpointLoader;
import org.w3id.kazaz.store.NamedGraph;
import org.w3id.kazaz.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kazaz load}: push the store's graphs into an existing Fuseki dataset over the GSP. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description =
        "Push every named graph of the store (built from --input first if it is empty) into an"
            + " existing Fuseki dataset with the SPARQL Graph Store Protocol.")
final class LoadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(
      names = "--endpoint",
      required = true,
      paramLabel = "URL",
      description = "The dataset URL, e.g. http://localhost:3030/kg")
  String endpoint;

  @Option(names = "--user", description = "User name for HTTP basic auth.")
  String user;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "File whose first line is the password for HTTP basic auth.")
  Path passwordFile;

  @Option(
      names = "--input",
      paramLabel = "PATH",
      split = ",",
      defaultValue = "seeds",
      description = "Articles to build from when the store is empty (default: seeds).")
  List<Path> inputs;

  @Override
  public Integer call() {
    String password = null;
    if (user != null) {
      if (passwordFile == null) {
        throw new KazazException("E-LOAD-AUTH", "--user needs --password-file");
      }
      try {
        password = Files.readAllLines(passwordFile).stream().findFirst().orElse("").strip();
      } catch (IOException e) {
        throw new KazazException("E-LOAD-AUTH", passwordFile + ": cannot be read: " + e.getMessage());
      }
    }
    boolean empty;
    try (TdbStore s = TdbStore.open(store.store)) {
      empty = s.isEmpty();
    }
    int code = 0;
    if (empty) {
      code = BuildCommand.build(spec, store.store, inputs, BuildOperation.DEFAULT_BATCH);
    }
    List<NamedGraph> graphs;
    try (TdbStore s = TdbStore.open(store.store)) {
      graphs = s.readAll();
    }
    EndpointLoader.load(endpoint, graphs, user, password);
    spec.commandLine().getOut().printf("loaded %d graphs into %s%n", graphs.size(), Shown.line(String.valueOf(endpoint)));
    spec.commandLine().getOut().flush();
    return code;
  }
}
