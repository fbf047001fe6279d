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
    description = "Serve the store with Fuseki: every IRI of the graph at /id/... (a page or RDF, by content"
        + " negotiation), the ontology at /ontology, SPARQL at /kg/sparql, graphs at /kg/get, the UI at /index.html.")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE}).", defaultValue = "3030")
  int port;

  @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Stop a query still running after this many seconds (default: ${DEFAULT-VALUE}).")
  long queryTimeout;

  @Option(names = "--allow-service", description = "Let queries call other endpoints with SERVICE (off by default:"
      + " the server would fetch from any address a query names).")
  boolean allowService;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Where to listen: 127.0.0.1 (the default: this machine only) or 0.0.0.0 (every interface).")
  String host;

  @Option(names = "--cors", description = "Answer browsers' cross-origin requests (off by default).")
  boolean cors;

  @Option(names = "--base", paramLabel = "URL",
      description = "The public address the server is reached at behind a proxy (e.g. https://example.org/kazaz/):"
          + " pages link the graph's IRIs, https://w3id.org/kazaz/..., there. Default: this server.")
  String base;

  @Option(names = "--dumps", paramLabel = "DIR",
      description = "Serve under /dumps/ the dump set that export --dumps wrote into DIR (default: made from the store when asked).")
  Path dumps;

  @Option(names = "--watch", paramLabel = "DIR",
      description = "Add the articles that appear or change in DIR while serving (looked at every 2 s).")
  Path watch;

  @Option(names = "--post-password-file", paramLabel = "FILE",
      description = "Take articles sent with POST /articles?name=FILE.txt from the users of FILE (lines"
          + " 'user: password', HTTP basic authentication); no such endpoint without it.")
  Path postPasswords;

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
      spec.commandLine().getOut().println("store " + Shown.line(String.valueOf(store.store)) + " is empty: building from "
          + Shown.line(String.valueOf(seeds)));
      BuildCommand.build(spec, store.store, List.of(seeds), BuildOperation.DEFAULT_BATCH);
    }
    TdbStore s = TdbStore.open(store.store);
    boolean all = host.equals("0.0.0.0");
    if (!all && !host.equals("127.0.0.1") && !host.equals("localhost")) {
      s.close();
      throw new org.w3id.kazaz.KazazException("E-SERVE-HOST",
          "--host " + host + ": give 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)");
    }
    String linkBase = "/";
    if (base != null) {
      java.net.URI u;
      try {
        u = new java.net.URI(base);
      } catch (java.net.URISyntaxException e) {
        u = null;
      }
      if (u == null || u.getHost() == null || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))
          || u.getQuery() != null || u.getFragment() != null) {
        s.close();
        throw new org.w3id.kazaz.KazazException("E-SERVE-BASE",
            "--base " + Shown.line(base) + ": give an http or https address such as https://example.org/kazaz/");
      }
      linkBase = base.endsWith("/") ? base : base + "/";
    }
    Ingest ingest = new Ingest(s, spec.commandLine().getOut(), spec.commandLine().getErr());
    WatchFolder watcher = watch == null ? null
        : new WatchFolder(watch, ingest, spec.commandLine().getOut(), spec.commandLine().getErr());
    org.w3id.kazaz.server.ArticlePost post = postPasswords == null ? null
        : new org.w3id.kazaz.server.ArticlePost(postPasswords, ingest);
    FusekiServer server = KgServer.start(s.dataset(), port,
        new KgServer.Options(Math.max(1, queryTimeout) * 1000, allowService, all, cors, linkBase, dumps,
            s.lastWritten(), ingest::generation, post));
    if (watcher != null) {
      java.util.concurrent.ScheduledExecutorService every =
          java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kazaz-watch");
            t.setDaemon(true);
            return t;
          });
      every.scheduleWithFixedDelay(watcher::poll, 0, 2, java.util.concurrent.TimeUnit.SECONDS);
    }
    int actual = server.getHttpPort();
    spec.commandLine()
        .getOut()
        .printf(
            "serving %s%n  pages   http://localhost:%d/ (the IRIs https://w3id.org/kazaz/id/... at /id/...)%n"
                + "  UI      http://localhost:%d/index.html%n  SPARQL  http://localhost:%d/kg/sparql%n"
                + "  graphs  http://localhost:%d/kg/get%n",
            Shown.line(String.valueOf(store.store)), actual, actual, actual, actual);
    spec.commandLine().getOut().flush();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      s.close();
    }));
    server.join();
    return 0;
  }
}
