package org.w3id.kazaz.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kazaz.store.NamedGraph;
import org.w3id.kazaz.store.TdbStore;

/**
 * A build is atomic: a child JVM building into a store is killed (SIGKILL) as it converts, validates,
 * infers and writes (inside the open write transaction), and each time the store opens with exactly
 * its old content; killed once the build has committed, it holds the new content; and the next
 * build after the kills gives the same graph as a build from scratch.
 */
class AtomicBuildTest {
  @TempDir Path dir;

  private static final String OLD =
      " date 2025-03-04\n"
          + "Kazakhstan and Azerbaijan agree on grain transit\n\n"
          + "ASTANA, March 4. The Ministry of Agriculture of Kazakhstan and the Ministry of"
          + " Agriculture of Azerbaijan signed a memorandum on grain transit through the port of"
          + " Baku in Astana on March 3.\n";

  private static final String NEW =
      " date 2025-05-20\n"
          + "Ferry line opens between Aktau and Alat\n\n"
          + "BAKU, May 20. Kazakhstan Temir Zholy and Azerbaijan Railways signed an agreement on a"
          + " ferry line between the port of Aktau and the port of Alat in Baku on May 19. Trade"
          + " between the two countries reached 500 million US dollars in 2024.\n";

  @Test
  void aKilledBuildLeavesTheOldContentAndTheNextBuildTheNew() throws Exception {
    Path oldArticle = Files.writeString(dir.resolve("grain-transit.txt"), OLD);
    Path newArticle = Files.writeString(dir.resolve("ferry-line.txt"), NEW);
    Path store = dir.resolve("tdb2");
    build(store, List.of(oldArticle));
    Map<String, Graph> before = snapshot(store);
    assertTrue(before.size() > 3, "the old build wrote its graphs: " + before.keySet());

    for (BuildOperation.Stage stage :
        List.of(
            BuildOperation.Stage.CONVERTING,
            BuildOperation.Stage.VALIDATING,
            BuildOperation.Stage.INFERRING,
            BuildOperation.Stage.WRITING)) {
      killAt(stage, store, List.of(oldArticle, newArticle));
      assertSame(before, snapshot(store), "killed while " + stage);
    }

    Path fresh = dir.resolve("fresh");
    build(fresh, List.of(oldArticle, newArticle));
    Map<String, Graph> expected = snapshot(fresh);
    assertNotEquals(before.keySet(), expected.keySet(), "the new article adds a graph");

    killAt(BuildOperation.Stage.COMMITTED, store, List.of(oldArticle, newArticle));
    assertSame(expected, snapshot(store), "killed once committed");

    build(store, List.of(oldArticle, newArticle));
    assertSame(expected, snapshot(store), "built again after the kills");
  }

  private static void build(Path store, List<Path> inputs) {
    try (TdbStore s = TdbStore.open(store)) {
      BuildOperation.Result r = BuildOperation.run(inputs, s, 10, n -> {}, n -> {});
      assertTrue(r.ok(), r.rejected().toString());
    }
  }

  /** Every named graph of the store, copied into memory, by name. */
  private static Map<String, Graph> snapshot(Path store) {
    Map<String, Graph> out = new TreeMap<>();
    try (TdbStore s = TdbStore.open(store)) {
      for (NamedGraph g : s.readAll()) {
        out.put(g.iri(), g.graph());
      }
    }
    return out;
  }

  private static void assertSame(Map<String, Graph> expected, Map<String, Graph> actual, String when) {
    assertEquals(expected.keySet(), actual.keySet(), when + ": graph names");
    for (String name : expected.keySet()) {
      assertEquals(expected.get(name).size(), actual.get(name).size(), when + ": size of " + name);
      assertTrue(
          expected.get(name).isIsomorphicWith(actual.get(name)), when + ": content of " + name);
    }
  }

  /** Starts the build in a child JVM, waits until it reports {@code stage}, and kills it. */
  private static void killAt(BuildOperation.Stage stage, Path store, List<Path> inputs)
      throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> cmd = new ArrayList<>(List.of(java.toString(), "-cp",
        System.getProperty("java.class.path"), KilledBuild.class.getName(), store.toString(),
        stage.name()));
    inputs.forEach(p -> cmd.add(p.toString()));
    Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      String line;
      List<String> seen = new ArrayList<>();
      while ((line = out.readLine()) != null && !line.equals("at " + stage)) {
        seen.add(line); // anything the child logs before it gets there
      }
      assertEquals("at " + stage, line, "the child build never reached " + stage + ": " + seen);
    } finally {
      child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally, no close of the store
      assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child did not die");
    }
    assertNotEquals(0, child.exitValue(), "the child was killed, not finished");
  }
}
