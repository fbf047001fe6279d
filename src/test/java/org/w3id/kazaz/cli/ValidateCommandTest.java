package org.w3id.kazaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kazaz.store.NamedGraph;
import org.w3id.kazaz.store.TdbStore;
import org.w3id.kazaz.vocab.KZ;

/**
 * {@code kazaz validate}: summary, one line per result, exit 0 or 4, the SHACL report as Turtle.
 */
class ValidateCommandTest {
  @TempDir Path dir;


  @Test
  void seedsValidateAndABrokenGraphExitsWithFour() {
    String store = dir.resolve("tdb2").toString();
    assertEquals(0, Cli.kazaz("build", "--store", store).code());
    Cli.Run ok = Cli.kazaz("validate", "--store", store);
    assertEquals(0, ok.code(), ok.out() + ok.err());
    assertTrue(ok.out().startsWith("0 violation(s)"), ok.out());

    // an article graph with a figure that has no unit: a violation, placed in its article
    Model m = ModelFactory.createDefaultModel();
    Resource article =
        m.createResource(KZ.ID + "article/broken")
            .addProperty(RDF.type, KZ.NewsArticle)
            .addProperty(KZ.fileName, "broken.txt");
    m.createResource(KZ.ID + "figure/broken")
        .addProperty(RDF.type, KZ.Figure)
        .addLiteral(KZ.value, m.createTypedLiteral(new BigDecimal("3")))
        .addProperty(KZ.subject, m.createResource(KZ.ID + "state/kazakhstan"))
        .addProperty(KZ.source, article);
    try (TdbStore s = TdbStore.open(Path.of(store))) {
      s.replace(List.of(new NamedGraph(KZ.GRAPH + "article/broken", m.getGraph())), 10, n -> {});
    }
    Cli.Run bad = Cli.kazaz("validate", "--store", store);
    assertEquals(4, bad.code(), bad.out() + bad.err());
    assertTrue(bad.out().startsWith("1 violation(s)"), bad.out());
    assertTrue(
        bad.out().contains("Violation <" + KZ.ID + "figure/broken> <" + KZ.unit.getURI() + ">"),
        bad.out());
    assertTrue(bad.out().contains("(article: broken.txt)"), bad.out());

    Cli.Run turtle = Cli.kazaz("validate", "--store", store, "--format", "turtle");
    assertEquals(4, turtle.code());
    assertTrue(turtle.out().contains("sh:ValidationReport"), turtle.out());
    assertTrue(turtle.out().contains("sh:MinCountConstraintComponent"), turtle.out());
  }

  /** A port's cargo with no state anywhere in the article: the figure has no subject. */
  private static final String NO_SUBJECT =
      " date 2025-06-03 ASTANA – The port handled 5 million tons of cargo in 2024, officials said.";

  @Test
  void buildRejectsTheArticleThatBreaksAShapeAndLoadsTheRest() throws Exception {
    String store = dir.resolve("tdb2").toString();
    assertEquals(0, Cli.kazaz("build", "--store", store).code());
    Path in = java.nio.file.Files.createDirectory(dir.resolve("in"));
    java.nio.file.Files.writeString(in.resolve("port.txt"), NO_SUBJECT);
    java.nio.file.Files.writeString(in.resolve("good.txt"),
        " date 2025-06-03 On 2 June 2025 in Astana, the Ministry of Energy of Kazakhstan and the"
            + " Ministry of Energy of Azerbaijan signed a Memorandum of Understanding on renewable energy.");

    Cli.Run refused = Cli.kazaz("build", "--store", store, "--input", in.toString());
    assertEquals(Main.EXIT_REJECTED, refused.code(), refused.out() + refused.err());
    assertTrue(refused.err().contains("rejected [E-SHACL]: port.txt: "), refused.err());
    assertTrue(refused.err().contains(KZ.subject.getURI()), refused.err());
    assertEquals(1, refused.err().lines().filter(l -> l.startsWith("rejected")).count(), refused.err());
    try (TdbStore s = TdbStore.open(Path.of(store))) {
      assertEquals(0, s.size(KZ.GRAPH + "article/port"), "the breaking article is not written");
      assertTrue(s.size(KZ.GRAPH + "article/good") > 0, "the other article is");
    }

    Cli.Run forced = Cli.kazaz("build", "--store", store, "--input", in.toString(), "--no-validate");
    assertEquals(0, forced.code(), forced.out() + forced.err());
    try (TdbStore s = TdbStore.open(Path.of(store))) {
      assertTrue(s.size(KZ.GRAPH + "article/port") > 0, "written when told");
    }
    assertEquals(4, Cli.kazaz("validate", "--store", store).code());
  }
}
