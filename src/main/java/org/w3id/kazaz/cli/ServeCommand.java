package org.w3id.kazaz.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.w3id.kazaz.build.BuildOperation;
import org.w3id.kazaz.server.KgServer;
import org.w3id.kazaz.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kazaz serve}: Fuseki with its UI over the store; builds from the seeds if it is empty. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the store with Fuseki: SPARQL at /kg/sparql, graphs at /kg/get, UI at /.")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE}).", defaultValue = "3030")
  int port;

  @Option(
      names = "--seeds",
      paramLabel = "DIR",
      description = "Articles to build from when the store is empty (default: ${DEFAULT-VALUE}).",
      defaultValue = "seeds")
  Path seeds;

  @Override
  public Integer call() {
    boolean empty;
    try (TdbStore s = TdbStore.open(store.store)) {
      empty = s.isEmpty();
    }
    if (empty) {
      spec.commandLine().getOut().println("store " + store.store + " is empty: building from " + seeds);
      BuildCommand.build(spec, store.store, List.of(seeds), BuildOperation.DEFAULT_BATCH);
    }
    TdbStore s = TdbStore.open(store.store);
    FusekiServer server = KgServer.start(s.dataset(), port);
    int actual = server.getHttpPort();
    spec.commandLine()
        .getOut()
        .printf(
            "serving %s%n  UI      http://localhost:%d/%n  SPARQL  http://localhost:%d/kg/sparql%n"
                + "  graphs  http://localhost:%d/kg/get%n",
            store.store, actual, actual, actual);
    spec.commandLine().getOut().flush();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      s.close();
    }));
    server.join();
    return 0;
  }
}
