package org.w3id.kazaz.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TDB2 dataset on disk that holds one named graph per article, the ontology and the reference
 * data. Writes go through TDB2 write transactions; a graph is always replaced whole, so that
 * loading the same graph twice leaves the store as it was.
 */
public final class TdbStore implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TdbStore.class);

  private final Path dir;
  private final Dataset dataset;

  private TdbStore(Path dir, Dataset dataset) {
    this.dir = dir;
    this.dataset = dataset;
  }

  /** Opens (creating if needed) the TDB2 store in {@code dir}. */
  public static TdbStore open(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new StoreException("E-STORE-OPEN", dir + ": not a directory, cannot hold a TDB2 store");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException("E-STORE-OPEN", dir + ": cannot create the store directory: " + e);
    }
    try {
      Dataset ds = TDB2Factory.connectDataset(dir.toString());
      log.debug("opened TDB2 store {}", dir);
      return new TdbStore(dir, ds);
    } catch (RuntimeException e) {
      // TDB2 says "held by process N" (another JVM) with a DBOpEnvException, AlreadyLocked in this one.
      if (e instanceof AlreadyLocked || String.valueOf(e.getMessage()).contains("get a lock")) {
        throw new StoreException(
            "E-STORE-LOCK",
            dir + ": the store is in use by another process; stop it first (" + e.getMessage() + ")",
            e);
      }
      throw new StoreException(
          "E-STORE-OPEN", dir + ": not a usable TDB2 store: " + e.getMessage(), e);
    }
  }

  public Path dir() {
    return dir;
  }

  public Dataset dataset() {
    return dataset;
  }

  /** The names of all named graphs, sorted. */
  public Set<String> graphNames() {
    return Txn.calculateRead(
        dataset,
        () -> {
          Set<String> names = new TreeSet<>();
          dataset.asDatasetGraph().listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
          return names;
        });
  }

  /**
   * When the store was last written (the newest of its files), as the date of its build; null when
   * that cannot be read. A store is written only by a build, so this is when the build committed.
   */
  public java.time.Instant lastWritten() {
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(dir)) {
      return files.filter(java.nio.file.Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().endsWith(".lock"))
          .map(f -> {
            try {
              return java.nio.file.Files.getLastModifiedTime(f).toInstant();
            } catch (java.io.IOException e) {
              return java.time.Instant.EPOCH;
            }
          })
          .max(java.util.Comparator.naturalOrder())
          .map(i -> i.truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
          .orElse(null);
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      return null;
    }
  }

  /** True when the store holds no quad at all, in any graph. */
  public boolean isEmpty() {
    return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().isEmpty());
  }

  /** The number of triples in the named graph {@code graphIri} (0 if it is absent). */
  public long size(String graphIri) {
    return Txn.calculateRead(
        dataset, () -> dataset.asDatasetGraph().getGraph(node(graphIri)).size());
  }

  /** A copy, held in memory, of every named graph, in the order of their names. */
  public List<NamedGraph> readAll() {
    return Txn.calculateRead(
        dataset,
        () -> {
          DatasetGraph dsg = dataset.asDatasetGraph();
          List<NamedGraph> out = new ArrayList<>();
          Set<String> names = new TreeSet<>();
          dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
          for (String name : names) {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(node(name)).find().forEachRemaining(copy::add);
            out.add(new NamedGraph(name, copy));
          }
          return out;
        });
  }

  /**
   * Replaces each graph whose content differs from the stored one (clear, then add its triples),
   * all in one write transaction: a build is committed whole or not at all, so a failure, or the
   * process killed at any moment, leaves the store as it was (TDB2 replays only committed
   * transactions from its journal when it opens). A graph the store already holds as it is, is not
   * written again, and when no graph changed no transaction is opened: loading the same graphs
   * twice changes neither the store's content nor its size. {@code progress} is told how many
   * graphs are done after every {@code batchSize} of them and at the end (not yet committed).
   *
   * @return the number of graphs written
   */
  public int replace(List<NamedGraph> graphs, int batchSize, IntConsumer progress) {
    return replace(graphs, batchSize, progress, dsg -> true);
  }

  /**
   * As {@link #replace(List, int, IntConsumer)}, asking {@code commitIf}, once every graph is
   * written and before the commit, whether to commit: it sees the store as the transaction
   * left it; when it answers false, the transaction is aborted and -1 returned (nothing written).
   */
  public int replace(List<NamedGraph> graphs, int batchSize, IntConsumer progress,
      java.util.function.Predicate<DatasetGraph> commitIf) {
    return replace(graphs, List.of(), batchSize, progress, commitIf);
  }

  /**
   * As {@link #replace(List, int, IntConsumer, java.util.function.Predicate)}, removing in the same
   * transaction the graphs named {@code remove} (none of {@code graphs}); those the store does
   * not hold are ignored. The count returned includes the graphs removed.
   */
  public int replace(List<NamedGraph> graphs, Collection<String> remove, int batchSize,
      IntConsumer progress, java.util.function.Predicate<DatasetGraph> commitIf) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1: " + batchSize);
    }
    Set<NamedGraph> changed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<String> removed = new ArrayList<>();
    Txn.executeRead(dataset, () -> {
      graphs.stream().filter(g -> !holds(g)).forEach(changed::add);
      remove.stream().filter(g -> dataset.asDatasetGraph().containsGraph(node(g))).forEach(removed::add);
    });
    log.debug("{}: {} of {} graphs changed, {} removed", dir, changed.size(), graphs.size(), removed.size());
    if (changed.isEmpty() && removed.isEmpty()) {
      progress.accept(graphs.size());
      return 0;
    }
    try {
      Txn.executeWrite(
          dataset,
          () -> {
            for (String g : removed) {
              dataset.asDatasetGraph().deleteAny(node(g), Node.ANY, Node.ANY, Node.ANY);
            }
            int done = 0;
            for (NamedGraph g : graphs) {
              if (changed.contains(g)) {
                put(g);
              }
              done++;
              if (done % batchSize == 0 || done == graphs.size()) {
                log.debug("{}: {} of {} graphs written", dir, done, graphs.size());
                progress.accept(done);
              }
            }
            if (!commitIf.test(dataset.asDatasetGraph())) {
              throw new NotCommitted();
            }
          });
    } catch (NotCommitted e) { // Txn aborted the transaction on the way out
      return -1;
    }
    return changed.size() + removed.size();
  }

  /** The IRIs of those of {@code graphs} that the store holds exactly as they are. */
  public Set<String> holding(List<NamedGraph> graphs) {
    Set<String> out = new TreeSet<>();
    Txn.executeRead(dataset, () -> graphs.stream().filter(this::holds).forEach(g -> out.add(g.iri())));
    return out;
  }

  /** Thrown out of a write transaction that is not to be committed. */
  private static final class NotCommitted extends RuntimeException {
    NotCommitted() {
      super(null, null, false, false);
    }
  }

  /** Whether the store holds {@code g} as it is (inside a transaction). */
  private boolean holds(NamedGraph g) {
    Graph stored = dataset.asDatasetGraph().getGraph(node(g.iri()));
    Graph given = g.graph();
    if (stored.size() != given.size()) {
      return false;
    }
    boolean blank = given.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank())
        .hasNext();
    if (blank) {
      return stored.isIsomorphicWith(given); // blank nodes are renamed by the store
    }
    return !given.find().filterDrop(stored::contains).hasNext();
  }

  /** In one write transaction: removes the graphs {@code removeGraphs}, then replaces {@code graphs}. */
  public void replaceAll(List<NamedGraph> graphs, Collection<String> removeGraphs) {
    Txn.executeWrite(
        dataset,
        () -> {
          DatasetGraph dsg = dataset.asDatasetGraph();
          removeGraphs.forEach(g -> dsg.getGraph(node(g)).clear());
          graphs.forEach(this::put);
        });
  }

  // Inside a write transaction.
  private void put(NamedGraph g) {
    DatasetGraph dsg = dataset.asDatasetGraph();
    Node name = node(g.iri());
    dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
    try {
      g.graph()
          .find()
          .forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    } catch (RuntimeException e) {
      // Thrown out of the transaction, which Txn then aborts.
      throw new StoreException(
          "E-STORE-WRITE", dir + ": graph <" + g.iri() + "> cannot be written: " + e.getMessage(), e);
    }
  }

  private static Node node(String iri) {
    return NodeFactory.createURI(iri);
  }

  /** Releases the dataset, its files and its lock, so the directory can be opened again. */
  @Override
  public void close() {
    TDBInternal.expel(dataset.asDatasetGraph());
    log.debug("closed TDB2 store {}", dir);
  }
}
