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

  /**
   * An article written for this test: a memorandum the converter reads whole, then a visit dated
   * "16-14 September", a range that ends before it starts, which the converter writes as it reads it.
   */
  private static final String MOU_AND_OIL =
      " date 2025-09-14 On 12 September 2025 in Baku, the Ministry of Digital Development of"
          + " Kazakhstan and the Ministry of Digital Development and Transport of Azerbaijan signed a"
          + " Memorandum of Understanding on satellite communications.\n\n"
          + "On 16-14 September 2025, President of Kazakhstan Kassym-Jomart Tokayev paid a state visit to"
          + " Azerbaijan.\n";

  @Test
  void buildLeavesOutTheFactThatBreaksAShapeAndLoadsTheRestOfTheArticle() throws Exception {
    String store = dir.resolve("tdb2").toString();
    Path in = java.nio.file.Files.createDirectory(dir.resolve("in"));
    java.nio.file.Files.writeString(in.resolve("mou-oil.txt"), MOU_AND_OIL);
    String visits = "SELECT ?f WHERE { GRAPH <" + KZ.GRAPH + "article/mou-oil> { ?f a kz:StateVisit } }";
    String mou = "SELECT ?d WHERE { GRAPH <" + KZ.GRAPH + "article/mou-oil> {"
        + " ?d a kz:MemorandumOfUnderstanding ; kz:signedOn ?on } }";

    Cli.Run built = Cli.kazaz("build", "--store", store, "--input", in.toString());
    assertEquals(0, built.code(), built.out() + built.err());
    assertTrue(built.out().contains("1 article(s) loaded, 0 rejected, 1 fact(s) left out"), built.out());
    List<String> leftOut = built.err().lines().filter(l -> l.startsWith("left out")).toList();
    assertEquals(1, leftOut.size(), built.err());
    assertTrue(leftOut.get(0).startsWith("left out [E-SHACL]: mou-oil.txt: <" + KZ.ID + "event/"),
        leftOut.get(0));
    assertTrue(leftOut.get(0).contains("(kzsh:EventShape): the event ends"), leftOut.get(0));
    assertEquals(1, rows(store, mou), "the memorandum is loaded");
    assertEquals(0, rows(store, visits), "the visit is not");
    assertEquals(0, Cli.kazaz("validate", "--store", store).code());

    Cli.Run forced = Cli.kazaz("build", "--store", store, "--input", in.toString(), "--no-validate",
        "--allow-inconsistent");
    assertEquals(0, forced.code(), forced.out() + forced.err());
    assertTrue(forced.out().contains("0 fact(s) left out"), forced.out());
    assertEquals(1, rows(store, visits), "written when told");
    Cli.Run invalid = Cli.kazaz("validate", "--store", store);
    assertEquals(4, invalid.code());
    assertTrue(invalid.out().contains("the event ends"), invalid.out());
  }

  /** The number of result rows of {@code select} over the store. */
  private static long rows(String store, String select) {
    Cli.Run q = Cli.kazaz("query", "--store", store, "--format", "csv", select);
    assertEquals(0, q.code(), q.err());
    return q.out().lines().skip(1).filter(l -> !l.isBlank()).count();
  }
}
