package org.w3id.kazaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kazaz.mapping.Iris;
import org.w3id.kazaz.store.TdbStore;

/** {@code build} refuses an inconsistent graph unless allowed; {@code explain} tells why. */
class ReasonCommandsTest {
  @TempDir Path dir;


  /** A visit dated "14-12 May": a range that ends before it starts. */
  private static final String BACKWARDS =
      " date 2024-05-20 On 14-12 May 2024, President of Kazakhstan Kassym-Jomart Tokayev paid a"
          + " state visit to Azerbaijan at the invitation of President of Azerbaijan Ilham Aliyev.";

  /** The one problem a refused build reports: the event of {@link #BACKWARDS}, from its article. */
  private static void assertOneBackwardsEvent(Cli.Run refused) {
    List<String> problems =
        Arrays.stream(refused.err().split("\n")).filter(l -> l.startsWith("inconsistent:")).toList();
    assertEquals(1, problems.size(), refused.err());
    assertTrue(problems.get(0).contains("event-dates"), problems.get(0));
    assertTrue(problems.get(0).contains(Iris.articleGraph("backwards")), problems.get(0));
  }

  @Test
  void anInconsistentArticleIsNotPublishedUnlessAllowed() throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.writeString(in.resolve("backwards.txt"), BACKWARDS, StandardCharsets.UTF_8);
    Path store = dir.resolve("tdb2");

    // the SHACL shapes catch the event first and leave it out of its article, which loads
    Cli.Run shacl = Cli.kazaz("build", "--input", in.toString(), "--store", dir.resolve("validated").toString());
    assertEquals(0, shacl.code(), shacl.err());
    assertTrue(shacl.err().contains("left out [E-SHACL]: backwards.txt: "), shacl.err());
    assertTrue(shacl.err().contains("(kzsh:EventShape): the event ends"), shacl.err());
    assertTrue(shacl.out().contains("1 article(s) loaded, 0 rejected, 1 fact(s) left out"), shacl.out());

    // without them, the consistency check refuses to publish the graph
    Cli.Run refused = Cli.kazaz("build", "--input", in.toString(), "--store", store.toString(), "--no-validate");
    assertEquals(Main.EXIT_INCONSISTENT, refused.code(), refused.err());
    assertOneBackwardsEvent(refused);
    assertTrue(refused.err().contains("error [E-INCONSISTENT]"), refused.err());
    try (TdbStore s = TdbStore.open(store)) {
      assertTrue(s.isEmpty(), "nothing written");
    }

    Cli.Run allowed = Cli.kazaz("build", "--input", in.toString(), "--store", store.toString(),
        "--no-validate", "--allow-inconsistent");
    assertEquals(0, allowed.code(), allowed.err());
    try (TdbStore s = TdbStore.open(store)) {
      String inferred = Iris.inferredGraph(Iris.articleGraph("backwards"), "subclass-type");
      assertTrue(s.graphNames().contains(inferred), s.graphNames().toString());
      assertTrue(s.size(inferred) > 3, "derived triples beside the graph's own description");
    }
  }

  @Test
  void anInconsistentArticleAddedToAStoreIsRefusedToo() throws Exception {
    // one article beside the five stored: the check looks only around what the article changes,
    // and still finds the event that ends before it starts
    Path store = dir.resolve("seeds-then-backwards");
    Cli.Run seeds = Cli.kazaz("build", "--input", "seeds", "--store", store.toString(), "--no-validate");
    assertEquals(0, seeds.code(), seeds.err());
    java.util.Set<String> before;
    try (TdbStore s = TdbStore.open(store)) {
      before = s.graphNames();
    }
    Path in = Files.createDirectory(dir.resolve("later"));
    Files.writeString(in.resolve("backwards.txt"), BACKWARDS, StandardCharsets.UTF_8);
    Cli.Run refused = Cli.kazaz("build", "--input", in.toString(), "--store", store.toString(), "--no-validate");
    assertEquals(Main.EXIT_INCONSISTENT, refused.code(), refused.err());
    assertOneBackwardsEvent(refused);
    try (TdbStore s = TdbStore.open(store)) {
      assertEquals(before, s.graphNames(), "the store as it was");
    }
  }

  @Test
  void explainShowsStatedAndInferredFacts() {
    Path store = dir.resolve("seeds-tdb2");
    Cli.Run built = Cli.kazaz("build", "--input", "seeds", "--store", store.toString());
    assertEquals(0, built.code(), built.err());
    // The seeds' route from the inland port of Xi'an: its stops are stated, its states inferred.
    Cli.Run q = Cli.kazaz("query", "--store", store.toString(), "--format", "csv",
        "SELECT ?r WHERE { ?r kz:hasStop/kz:stopPlace <https://w3id.org/kazaz/id/place/port-of-aktau> }");
    String route = q.out().lines().skip(1).findFirst().orElseThrow().strip();
    Cli.Run r = Cli.kazaz("explain", "--store", store.toString(), route);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("ontology#hasStop"), r.out());
    assertTrue(r.out().contains("stated in 001_c7490afb84931c40.txt"), r.out());
    assertTrue(r.out().contains("ontology#crosses https://w3id.org/kazaz/id/state/azerbaijan\n"
        + "  inferred by rule crosses-stop"), r.out());
    assertTrue(r.out().contains("[stated]"), r.out());

    Cli.Run none = Cli.kazaz("explain", "--store", store.toString(), "agreement/no-such-thing");
    assertEquals(Main.EXIT_REJECTED, none.code());
  }
}
