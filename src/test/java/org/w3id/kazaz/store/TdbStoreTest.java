package org.w3id.kazaz.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdbStoreTest {
  @TempDir Path tmp;

  @Test
  void newStoreIsEmpty() {
    try (TdbStore store = TdbStore.open(tmp.resolve("tdb2"))) {
      assertTrue(store.isEmpty());
      assertTrue(store.graphNames().isEmpty());
      assertEquals(0, store.size(Graphs.EX + "graph/none"));
    }
  }

  @Test
  void replacingTheSameGraphTwiceAddsNoDuplicates() {
    NamedGraph a = Graphs.named("a", "s", 5);
    try (TdbStore store = TdbStore.open(tmp.resolve("tdb2"))) {
      store.replace(List.of(a), 10, n -> {});
      assertEquals(5, store.size(a.iri()));
      store.replace(List.of(a), 10, n -> {});
      assertEquals(5, store.size(a.iri()));
      assertEquals(Set.of(a.iri()), store.graphNames());
      assertFalse(store.isEmpty());
    }
  }

  @Test
  void replacingWithNewContentDropsTheOldTriples() {
    String iri = Graphs.EX + "graph/a";
    try (TdbStore store = TdbStore.open(tmp.resolve("tdb2"))) {
      store.replace(List.of(new NamedGraph(iri, Graphs.of("old", 4))), 10, n -> {});
      store.replace(List.of(new NamedGraph(iri, Graphs.of("new", 2))), 10, n -> {});
      assertEquals(2, store.size(iri));
      Graph stored = store.readAll().get(0).graph();
      assertTrue(stored.isIsomorphicWith(Graphs.of("new", 2)));
    }
  }

  @Test
  void batchesReportProgressAndWriteEverything() {
    List<NamedGraph> graphs = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      graphs.add(Graphs.named(String.format("g%02d", i), "s" + i + "-", 3));
    }
    List<Integer> progress = new ArrayList<>();
    try (TdbStore store = TdbStore.open(tmp.resolve("tdb2"))) {
      store.replace(graphs, 10, progress::add);
      assertEquals(List.of(10, 20, 25), progress);
      assertEquals(25, store.graphNames().size());
      for (NamedGraph g : graphs) {
        assertEquals(3, store.size(g.iri()), g.iri());
      }
    }
  }

  @Test
  void aFailingGraphLeavesTheStoreAsItWas() {
    NamedGraph a = Graphs.named("a", "a", 2);
    NamedGraph a2 = Graphs.named("a", "z", 5);
    NamedGraph b = Graphs.named("b", "b", 2);
    NamedGraph c = Graphs.named("c", "c", 2);
    NamedGraph bad = new NamedGraph(Graphs.EX + "graph/bad", failingAfterOne(Graphs.of("x", 3)));
    try (TdbStore store = TdbStore.open(tmp.resolve("tdb2"))) {
      store.replace(List.of(a), 1, n -> {});
      StoreException e =
          assertThrows(
              StoreException.class, () -> store.replace(List.of(a2, b, c, bad), 2, n -> {}));
      assertTrue(e.getMessage().contains(bad.iri()), e.getMessage());
      // one transaction: neither the graphs written before the failure nor the new a are kept
      assertEquals(Set.of(a.iri()), store.graphNames());
      assertEquals(2, store.size(a.iri()));
    }
  }

  @Test
  void replaceAllRemovesAndReplacesInOneGo() {
    NamedGraph a = Graphs.named("a", "a", 2);
    NamedGraph b = Graphs.named("b", "b", 3);
    NamedGraph inferred = Graphs.named("inferred", "i", 4);
    try (TdbStore store = TdbStore.open(tmp.resolve("tdb2"))) {
      store.replace(List.of(a, b, inferred), 10, n -> {});
      NamedGraph inferred2 = Graphs.named("inferred", "j", 1);
      store.replaceAll(List.of(inferred2), List.of(b.iri()));
      assertEquals(Set.of(a.iri(), inferred.iri()), store.graphNames());
      assertEquals(1, store.size(inferred.iri()));
    }
  }

  @Test
  void dataSurvivesCloseAndReopen() {
    Path dir = tmp.resolve("tdb2");
    NamedGraph a = Graphs.named("a", "s", 7);
    try (TdbStore store = TdbStore.open(dir)) {
      store.replace(List.of(a), 1, n -> {});
    }
    try (TdbStore store = TdbStore.open(dir)) {
      assertEquals(Set.of(a.iri()), store.graphNames());
      assertEquals(7, store.size(a.iri()));
    }
  }

  @Test
  void aRegularFileIsNotAStore() throws Exception {
    Path file = Files.writeString(tmp.resolve("not-a-store.txt"), "hello");
    StoreException e = assertThrows(StoreException.class, () -> TdbStore.open(file));
    assertEquals("E-STORE-OPEN", e.code());
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void aStoreHeldByAnotherProcessIsRefusedWithItsName() throws Exception {
    Path dir = tmp.resolve("tdb2");
    try (TdbStore store = TdbStore.open(dir)) {
      store.replace(List.of(Graphs.named("a", "s", 1)), 1, n -> {});
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process other =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                HoldStore.class.getName(),
                dir.toString())
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = out.readLine()) != null && !line.equals("held")) {
        // skip anything the other JVM logs before it holds the store
      }
      assertEquals("held", line, "the second process did not open the store");
      StoreException e = assertThrows(StoreException.class, () -> TdbStore.open(dir));
      assertEquals("E-STORE-LOCK", e.code(), e.getMessage());
      assertTrue(e.getMessage().startsWith(dir.toString()), e.getMessage());
    } finally {
      other.getOutputStream().close();
      if (!other.waitFor(30, TimeUnit.SECONDS)) {
        other.destroyForcibly();
      }
    }
    // Once the other process has let go, the store opens again.
    try (TdbStore store = TdbStore.open(dir)) {
      assertEquals(1, store.graphNames().size());
    }
  }

  /** A graph whose triples cannot all be read: the second one throws. */
  private static Graph failingAfterOne(Graph g) {
    return new GraphWrapper(g) {
      @Override
      public ExtendedIterator<Triple> find() {
        List<Triple> one = g.find().toList().subList(0, 1);
        ExtendedIterator<Triple> fail =
            WrappedIterator.create(
                new java.util.Iterator<Triple>() {
                  @Override
                  public boolean hasNext() {
                    return true;
                  }

                  @Override
                  public Triple next() {
                    throw new IllegalStateException("unreadable triple");
                  }
                });
        return WrappedIterator.create(one.iterator()).andThen(fail);
      }

      @Override
      public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        return find();
      }
    };
  }
}
