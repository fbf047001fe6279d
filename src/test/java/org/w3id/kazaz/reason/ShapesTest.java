package org.w3id.kazaz.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.kazaz.gazetteer.GazetteerLoader;

/**
 * Every example under {@code ontology/shapes/examples/}, validated with the ontology as the build
 * does: a {@code -valid} file gives no result at all; an {@code -invalid-NN} file gives exactly the
 * results its {@code # expect:} comment lines state (focus node, path, constraint component,
 * severity), so it fails for the stated reason and no other.
 */
class ShapesTest {
  private static final Path EXAMPLES = Path.of("ontology/shapes/examples");

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      return s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList().stream();
    }
  }

  private static ValidationReport validate(Model example) {
    Graph data = GraphFactory.createDefaultGraph();
    GazetteerLoader.ontology().getGraph().find().forEachRemaining(data::add);
    example.getGraph().find().forEachRemaining(data::add);
    return ValidationOperation.validate(data);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void exampleFailsOnlyForItsStatedReason(Path file) throws IOException {
    Model m = RDFDataMgr.loadModel(file.toString());
    ValidationReport report = validate(m);
    Set<String> actual = new TreeSet<>();
    for (ReportEntry e : report.getEntries()) {
      actual.add(key(m, e));
    }
    Set<String> expected = new TreeSet<>(expectations(file, m));
    if (file.getFileName().toString().contains("-valid")) {
      assertTrue(expected.isEmpty(), file + ": a valid example states no expectation");
      assertTrue(report.conforms(), file + " should conform, gives " + actual);
    } else {
      assertFalse(expected.isEmpty(), file + ": an invalid example must state why (# expect:)");
      assertFalse(report.conforms(), file + " should not conform");
      assertEquals(expected, actual, file + ": results differ from the stated reason");
    }
  }

  /** Every shape of the shapes file has a valid and at least one invalid example. */
  @Test
  void everyShapeHasAValidAndAnInvalidExample() throws IOException {
    Model shapes = RDFDataMgr.loadModel("ontology/shapes/kazaz-shapes.ttl");
    List<String> names = new ArrayList<>();
    shapes
        .listSubjectsWithProperty(
            org.apache.jena.vocabulary.RDF.type,
            shapes.createResource("http://www.w3.org/ns/shacl#NodeShape"))
        .forEachRemaining(r -> names.add(r.getLocalName()));
    assertFalse(names.isEmpty());
    for (String n : names) {
      assertTrue(Files.exists(EXAMPLES.resolve(n + "-valid.ttl")), n + "-valid.ttl missing");
      assertTrue(
          Files.exists(EXAMPLES.resolve(n + "-invalid-01.ttl")), n + "-invalid-01.ttl missing");
    }
  }

  /** {@code focus path component severity}, with IRIs written in full. */
  private static String key(Model m, ReportEntry e) {
    String path = e.resultPath() == null ? "-" : e.resultPath().toString();
    return String.join(
        " ",
        "<" + e.focusNode().getURI() + ">",
        path,
        "<" + e.sourceConstraintComponent().getURI() + ">",
        "<" + e.severity().level().getURI() + ">");
  }

  /**
   * The {@code # expect: focus=.. path=.. component=.. severity=..} lines, prefixed names expanded.
   */
  private static List<String> expectations(Path file, Model m) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.startsWith("# expect:")) {
        continue;
      }
      Map<String, String> kv = new HashMap<>();
      for (String token : line.substring("# expect:".length()).trim().split("\\s+")) {
        String[] p = token.split("=", 2);
        kv.put(p[0], p[1]);
      }
      String path = kv.get("path");
      out.add(
          String.join(
              " ",
              iri(m, kv.get("focus")),
              path.equals("-") ? "-" : iri(m, path),
              iri(m, kv.get("component")),
              iri(m, kv.get("severity"))));
    }
    return out;
  }

  private static String iri(Model m, String prefixed) {
    String full = m.expandPrefix(prefixed);
    assertFalse(full.equals(prefixed), "unknown prefix in " + prefixed);
    return "<" + full + ">";
  }
}
