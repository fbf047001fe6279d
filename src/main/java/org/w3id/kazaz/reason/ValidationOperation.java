package org.w3id.kazaz.reason;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.util.FmtUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.kazaz.gazetteer.OntologyResources;
import org.w3id.kazaz.store.NamedGraph;
import org.w3id.kazaz.vocab.KZ;

/**
 * Validates the knowledge graph against the kazaz SHACL shapes ({@code ontology/shapes/}, read from
 * the classpath). The data is the union of the named graphs (ontology, reference, articles) less
 * the inferred graph: shapes state what the converter must write, not what a reasoner adds.
 */
public final class ValidationOperation {
  private static final Logger log = LoggerFactory.getLogger(ValidationOperation.class);

  /** The shapes, as a classpath resource. */
  public static final String SHAPES = "ontology/shapes/kazaz-shapes.ttl";

  /** The graph of materialised inferences, left out of validation. */
  public static final String INFERRED_GRAPH = KZ.GRAPH + "inferred";

  private static volatile Shapes shapes;

  private ValidationOperation() {}

  /** The kazaz shapes, parsed once. */
  public static Shapes shapes() {
    if (shapes == null) {
      Model m = ModelFactory.createDefaultModel();
      OntologyResources.read(m, SHAPES);
      shapes = Shapes.parse(m.getGraph());
    }
    return shapes;
  }

  /** Validates {@code data} as it is (give the union with the ontology, for its subclasses). */
  public static ValidationReport validate(Graph data) {
    return ShaclValidator.get().validate(shapes(), data);
  }

  /**
   * Validates the union of the named graphs of {@code dsg} but the inferred one, and places each
   * result in the articles its focus node is described in. For a TDB2 dataset, call inside a read
   * transaction.
   */
  public static Validation validate(DatasetGraph dsg) {
    Graph union = GraphFactory.createDefaultGraph();
    dsg.listGraphNodes()
        .forEachRemaining(
            g -> {
              if (!g.isURI() || !org.w3id.kazaz.mapping.Iris.isInferred(g.getURI())) {
                dsg.getGraph(g).find().forEachRemaining(union::add);
              }
            });
    ValidationReport report = validate(union);
    List<Finding> findings = new ArrayList<>();
    for (ReportEntry e : report.getEntries()) {
      findings.add(finding(e, dsg));
    }
    Validation v = new Validation(report, findings);
    log.info("SHACL over {} triples: {}", union.size(), v.summary());
    return v;
  }

  /** Validates graphs held in memory (a build before it writes). */
  public static Validation validate(Collection<NamedGraph> graphs) {
    DatasetGraph dsg = DatasetGraphFactory.createGeneral();
    for (NamedGraph g : graphs) {
      dsg.addGraph(NodeFactory.createURI(g.iri()), g.graph());
    }
    return validate(dsg);
  }

  /**
   * Validates graphs held in memory and throws {@link ValidationException} (E-SHACL) when any
   * result is a violation; returns the validation, whose warnings the caller may report.
   */
  public static Validation check(Collection<NamedGraph> graphs) {
    Validation v = validate(graphs);
    if (!v.ok()) {
      throw new ValidationException(v);
    }
    return v;
  }

  /**
   * The named node shape a result comes from, in prefixed form ({@code kzsh:FigureShape}): a
   * property shape is a blank node, so its result is named by the node shape that holds it.
   */
  static String shapeName(Node source) {
    Graph g = shapes().getGraph();
    Node n = source;
    // property shapes nest at most a few levels (sh:property, sh:or lists are not walked)
    for (int depth = 0; n != null && !n.isURI() && depth < 8; depth++) {
      List<Triple> up = g.find(Node.ANY, SHACL.property, n).toList();
      n = up.isEmpty() ? null : up.get(0).getSubject();
    }
    if (n == null || !n.isURI()) {
      return source == null ? "-" : FmtUtils.stringForNode(source);
    }
    return g.getPrefixMapping().shortForm(n.getURI());
  }

  private static Finding finding(ReportEntry e, DatasetGraph dsg) {
    Path path = e.resultPath();
    return new Finding(
        e.severity().level().getLocalName(),
        FmtUtils.stringForNode(e.focusNode()),
        shapeName(e.source()),
        path == null ? null : path.toString(),
        e.message() == null ? String.valueOf(e.sourceConstraintComponent()) : e.message(),
        ArticleSources.of(e.focusNode(), dsg));
  }
}
