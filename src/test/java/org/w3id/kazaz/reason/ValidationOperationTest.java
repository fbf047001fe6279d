package org.w3id.kazaz.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kazaz.build.BuildOperation;
import org.w3id.kazaz.store.NamedGraph;
import org.w3id.kazaz.store.TdbStore;
import org.w3id.kazaz.vocab.KZ;

class ValidationOperationTest {
  private static final String ARTICLE_GRAPH = KZ.GRAPH + "article/test-article";

  @Test
  void seedsGiveNoViolation(@TempDir Path tmp) {
    try (TdbStore store = TdbStore.open(tmp.resolve("tdb2"))) {
      BuildOperation.Result r =
          BuildOperation.run(List.of(Path.of("seeds")), store, 100, n -> {}, n -> {});
      assertTrue(r.ok(), r.rejected().toString());
      Validation v =
          Txn.calculateRead(
              store.dataset(),
              () -> ValidationOperation.validate(store.dataset().asDatasetGraph()));
      assertEquals(0, v.violations(), String.join("\n", v.lines()));
      assertEquals(v.warnings(), r.warnings().size(), "build reports the warnings validate finds");
    }
  }

  /** An article graph with a figure that has no subject, as a converter defect would write it. */
  private static NamedGraph articleWithFigureWithoutSubject() {
    Model m = ModelFactory.createDefaultModel();
    Resource article =
        m.createResource(KZ.ID + "article/test-article")
            .addProperty(RDF.type, KZ.NewsArticle)
            .addProperty(KZ.fileName, "test-article.txt");
    m.createResource(KZ.ID + "figure/growth")
        .addProperty(RDF.type, KZ.Figure)
        .addProperty(RDFS.label, "growth: 12 percent")
        .addLiteral(KZ.value, m.createTypedLiteral(new BigDecimal("12")))
        .addProperty(KZ.unit, "percent")
        .addProperty(KZ.source, article);
    return new NamedGraph(ARTICLE_GRAPH, m.getGraph());
  }

  @Test
  void aViolationRefusesTheGraphsAndNamesTheArticle() {
    List<NamedGraph> graphs = new ArrayList<>(BuildOperation.baseGraphs());
    graphs.add(articleWithFigureWithoutSubject());
    ValidationException e =
        assertThrows(ValidationException.class, () -> ValidationOperation.check(graphs));
    assertEquals("E-SHACL", e.code());
    assertEquals(1, e.validation().violations());
    Finding f = e.validation().findings().get(0);
    assertEquals("<" + KZ.ID + "figure/growth>", f.focusNode());
    assertEquals("<" + KZ.subject.getURI() + ">", f.path());
    assertEquals(List.of("test-article.txt"), f.articles());
    assertTrue(e.getMessage().contains("figure/growth"), e.getMessage());
    assertTrue(e.getMessage().contains("(article: test-article.txt)"), e.getMessage());
  }

  @Test
  void theInferredGraphIsNotValidated() {
    NamedGraph bad = articleWithFigureWithoutSubject();
    List<NamedGraph> graphs = new ArrayList<>(BuildOperation.baseGraphs());
    graphs.add(new NamedGraph(ValidationOperation.INFERRED_GRAPH, bad.graph()));
    Validation v = ValidationOperation.check(graphs);
    assertEquals(0, v.violations());
  }

  @Test
  void anAgreementWithoutPartiesIsOnlyAWarning() {
    Model m = ModelFactory.createDefaultModel();
    Resource article =
        m.createResource(KZ.ID + "article/test-article")
            .addProperty(RDF.type, KZ.NewsArticle)
            .addProperty(KZ.fileName, "test-article.txt");
    Resource sentence =
        m.createResource(KZ.ID + "article/test-article#char=0,20")
            .addProperty(RDF.type, KZ.Evidence);
    m.createResource(KZ.ID + "agreement/roadmap")
        .addProperty(RDF.type, KZ.Roadmap)
        .addProperty(KZ.title, "Roadmap for trade")
        .addProperty(KZ.source, article)
        .addProperty(KZ.evidence, sentence);
    List<NamedGraph> graphs = new ArrayList<>(BuildOperation.baseGraphs());
    graphs.add(new NamedGraph(ARTICLE_GRAPH, m.getGraph()));
    Validation v = ValidationOperation.validate(graphs);
    // the evidence node lacks its offsets: those are violations of the evidence shape, not of the
    // roadmap
    assertTrue(
        v.findings().stream()
            .noneMatch(f -> f.focusNode().contains("roadmap") && f.severity().equals("Violation")),
        String.join("\n", v.lines()));
    assertEquals(
        List.of("Warning"),
        v.findings().stream()
            .filter(f -> f.focusNode().contains("roadmap"))
            .map(Finding::severity)
            .toList());
  }
}
