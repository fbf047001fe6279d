package org.w3id.kazaz.reason;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.reasoner.rulesys.Rule;
import org.w3id.kazaz.mapping.Iris;
import org.w3id.kazaz.vocab.KZ;
import org.w3id.kazaz.vocab.PROV;

/**
 * The compact provenance of inferred triples: what one rule derives from one graph is a named
 * graph of its own, and that graph's IRI is the one node that says where its triples come from
 * ({@code a kz:Inference ; kz:rule "name" ; prov:wasDerivedFrom <graph>}, inside the graph). A
 * triple is not reified and its premises are not stored: {@code kazaz explain} runs the rule
 * again over the graph it names to find them (see {@link InferenceOperation#derivations}). The
 * rules themselves are described in the graph {@link Iris#RULES_GRAPH}, so that changing a rule
 * changes a graph every build compares, and every article is reasoned over again.
 */
public final class Provenance {
  /** The class of a rule's description, and the property that gives its text. */
  private static final Resource RULE = org.apache.jena.rdf.model.ResourceFactory.createResource(KZ.NS + "Rule");

  private static final org.apache.jena.rdf.model.Property RULE_TEXT =
      org.apache.jena.rdf.model.ResourceFactory.createProperty(KZ.NS + "ruleText");

  private Provenance() {}

  /**
   * {@code derived} (triples one rule added) with the description of their graph {@code graph}:
   * derived by {@code rule} from the graphs {@code from}.
   */
  static Graph describe(Graph derived, String graph, String rule, List<String> from) {
    Model m = ModelFactory.createDefaultModel();
    org.apache.jena.graph.GraphUtil.addInto(m.getGraph(), derived);
    Resource g = m.createResource(graph).addProperty(RDF.type, KZ.Inference).addLiteral(KZ.rule, rule);
    for (String f : from) {
      g.addProperty(PROV.wasDerivedFrom, m.createResource(f));
    }
    return m.getGraph();
  }

  /** Whether {@code t} is a triple of an inferred graph's own description (not a derived fact). */
  static boolean isDescription(Triple t) {
    return t.getSubject().isURI() && Iris.isInferred(t.getSubject().getURI());
  }

  /** The rules graph: for each rule, its IRI ({@link Iris#rule}), type, name and text. */
  public static Graph rules(List<Rule> rules) {
    Model m = ModelFactory.createDefaultModel();
    for (Rule r : rules) {
      m.createResource(Iris.rule(r.getName()))
          .addProperty(RDF.type, RULE)
          .addProperty(RDFS.label, r.getName())
          .addProperty(RULE_TEXT, r.toString());
    }
    return m.getGraph();
  }

  /** {@code t} with the rules' blank nodes replaced by their names, or null if one has none. */
  static Triple rename(Triple t, Map<Node, Node> names) {
    Node s = name(t.getSubject(), names);
    Node o = name(t.getObject(), names);
    return s == null || o == null ? null : Triple.create(s, t.getPredicate(), o);
  }

  private static Node name(Node n, Map<Node, Node> names) {
    return n.isBlank() ? names.get(n) : n;
  }

  /** The premises of {@code matches} that have names, renamed. */
  static List<Triple> premises(List<Triple> matches, Map<Node, Node> names) {
    List<Triple> out = new ArrayList<>();
    for (Triple m : matches) {
      Triple p = m == null ? null : rename(m, names);
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }
}
