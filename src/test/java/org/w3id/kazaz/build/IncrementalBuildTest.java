package org.w3id.kazaz.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kazaz.store.NamedGraph;
import org.w3id.kazaz.store.TdbStore;

/**
 * Adding articles to a store one by one, in any order, gives the graph that building them all at
 * once gives; only new articles are extracted, the others come from the extraction cache; and
 * adding an article the store already holds changes neither its content nor its size.
 */
class IncrementalBuildTest {
  @TempDir Path dir;
  Path a;
  Path b;
  Path c;

  @BeforeEach
  void articles() throws IOException {
    a = Files.writeString(dir.resolve("energy-memorandum.txt"),
        " date 2025-02-11\nEnergy ministries sign a memorandum\n\n"
            + "ASTANA, Feb. 11. The Ministry of Energy of Kazakhstan and the Ministry of Energy of"
            + " Azerbaijan signed a memorandum of understanding on cooperation in the field of wind"
            + " power in Astana on February 10.\n");
    b = Files.writeString(dir.resolve("minister-visit.txt"),
        " date 2025-04-02\nAzerbaijani minister visits Astana\n\n"
            + "ASTANA, April 2. Azerbaijani Minister of Energy Parviz Shahbazov arrived in Astana on"
            + " April 1 for talks at the Ministry of Energy of Kazakhstan on oil transit through the"
            + " port of Baku.\n");
    c = Files.writeString(dir.resolve("trade-figures.txt"),
        " date 2025-01-20\nTrade grows\n\n"
            + "BAKU, Jan. 20. Trade turnover between Kazakhstan and Azerbaijan reached 610 million US"
            + " dollars in 2024, the State Customs Committee of Azerbaijan said.\n");
  }

  @Test
  void addingOneByOneInAnyOrderGivesTheGraphOfOneBuild() {
    Path full = dir.resolve("full");
    BuildOperation.Result all = build(full, List.of(a, b, c));
    assertEquals(new BuildOperation.Work(3, 0, false, all.work().graphsWritten()), all.work());
    Map<String, Graph> expected = snapshot(full);

    Path one = dir.resolve("one-by-one");
    build(one, List.of(a));
    BuildOperation.Result second = build(one, List.of(b));
    assertEquals(1, second.work().extracted(), "only the new article is extracted");
    assertEquals(1, second.work().reused(), "the stored one comes from the cache");
    BuildOperation.Result third = build(one, List.of(c));
    assertEquals(1, third.work().extracted());
    assertEquals(2, third.work().reused());
    assertSameGraphs(expected, snapshot(one), "a, then b, then c");

    Path other = dir.resolve("other-order");
    build(other, List.of(c));
    build(other, List.of(b, a));
    assertSameGraphs(expected, snapshot(other), "c, then b and a");
  }

  @Test
  void aChangedArticleLeavesNoInferredGraphOfARuleThatNoLongerFires() throws IOException {
    Path store = dir.resolve("changed");
    build(store, List.of(a, b));
    String memorandum = org.w3id.kazaz.mapping.Iris.inferredGraph(
        org.w3id.kazaz.mapping.Iris.articleGraph("energy-memorandum"), "stateParty-chain");
    assertTrue(snapshot(store).containsKey(memorandum), "the memorandum binds the two states");
    // the same file, now without any document: nothing for the document rules to derive
    Path changed = Files.writeString(
        Files.createDirectories(dir.resolve("later")).resolve("energy-memorandum.txt"),
        " date 2025-02-11\nEnergy ministers meet\n\n"
            + "ASTANA, Feb. 11. The Minister of Energy of Kazakhstan met the Minister of Energy of"
            + " Azerbaijan in Astana on February 10.\n");
    build(store, List.of(changed));
    Map<String, Graph> after = snapshot(store);
    assertFalse(after.containsKey(memorandum), after.keySet().toString());
    Path full = dir.resolve("changed-full");
    build(full, List.of(changed, b));
    assertSameGraphs(snapshot(full), after, "a changed article, then a build of both from scratch");
  }

  @Test
  void addingAnArticleTheStoreHoldsChangesNothing() throws IOException {
    Path store = dir.resolve("store");
    build(store, List.of(a, b));
    Map<String, Graph> before = snapshot(store);
    Map<String, Long> files = files(store);
    BuildOperation.Result again = build(store, List.of(b));
    assertEquals(new BuildOperation.Work(0, 2, false, 0), again.work());
    assertEquals(files, files(store), "no file of the store changed in size");
    assertSameGraphs(before, snapshot(store), "b added twice");
  }

  private static BuildOperation.Result build(Path store, List<Path> inputs) {
    try (TdbStore s = TdbStore.open(store)) {
      BuildOperation.Result r = BuildOperation.run(inputs, s, 10, n -> {}, n -> {});
      assertTrue(r.ok(), r.rejected().toString());
      return r;
    }
  }

  /** Every file of the store directory (the TDB2 files and the cache) with its size. */
  private static Map<String, Long> files(Path store) throws IOException {
    Map<String, Long> out = new TreeMap<>();
    try (Stream<Path> all = Files.walk(store)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        if (!p.getFileName().toString().equals("tdb.lock")) { // holds the pid of the last opener
          out.put(store.relativize(p).toString(), Files.size(p));
        }
      }
    }
    return out;
  }

  static Map<String, Graph> snapshot(Path store) {
    Map<String, Graph> out = new TreeMap<>();
    try (TdbStore s = TdbStore.open(store)) {
      for (NamedGraph g : s.readAll()) {
        out.put(g.iri(), g.graph());
      }
    }
    return out;
  }

  static void assertSameGraphs(Map<String, Graph> expected, Map<String, Graph> actual, String when) {
    assertEquals(expected.keySet(), actual.keySet(), when + ": graph names");
    for (String name : expected.keySet()) {
      assertEquals(expected.get(name).size(), actual.get(name).size(), when + ": size of " + name);
      assertTrue(expected.get(name).isIsomorphicWith(actual.get(name)), when + ": content of " + name);
    }
    assertFalse(expected.isEmpty());
  }
}
