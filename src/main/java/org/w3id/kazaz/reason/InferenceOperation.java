package org.w3id.kazaz.reason;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.reasoner.Derivation;
import org.apache.jena.reasoner.rulesys.GenericRuleReasoner;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.reasoner.rulesys.RuleDerivation;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.kazaz.mapping.Iris;
import org.w3id.kazaz.store.NamedGraph;

/**
 * Materialises what follows from the graph: runs the rules of {@code ontology/rules/kazaz.rules}
 * (a {@link GenericRuleReasoner}, forward RETE, derivation logging on) over the asserted triples
 * and returns only what they add, each new triple with a {@code kz:Inference} node that names the
 * rule and the premises (see {@link Provenance}).
 */
public final class InferenceOperation {
  private static final Logger log = LoggerFactory.getLogger(InferenceOperation.class);

  private InferenceOperation() {}

  /** The inferred graph of the union of {@code graphs}, named {@link Iris#INFERRED_GRAPH}. */
  public static NamedGraph inferredGraph(List<NamedGraph> graphs) {
    Graph union = GraphFactory.createDefaultGraph();
    for (NamedGraph g : graphs) {
      if (!g.iri().equals(Iris.INFERRED_GRAPH)) {
        g.graph().find().forEachRemaining(union::add);
      }
    }
    Model inferred = infer(ModelFactory.createModelForGraph(union));
    return new NamedGraph(Iris.INFERRED_GRAPH, inferred.getGraph());
  }

  /** The triples the kazaz rules derive from {@code asserted}, with their provenance. */
  public static Model infer(Model asserted) {
    return infer(asserted, KazazRules.rules());
  }

  /** The triples {@code rules} derive from {@code asserted}, with their provenance. */
  public static Model infer(Model asserted, List<Rule> rules) {
    GenericRuleReasoner reasoner = new GenericRuleReasoner(rules);
    reasoner.setMode(GenericRuleReasoner.FORWARD_RETE);
    reasoner.setDerivationLogging(true);
    InfModel inf = ModelFactory.createInfModel(reasoner, asserted);
    inf.prepare();
    Graph base = asserted.getGraph();
    List<Triple> derived = new ArrayList<>();
    inf.getDeductionsModel()
        .getGraph()
        .find()
        .forEachRemaining(
            t -> {
              if (!base.contains(t)) {
                derived.add(t);
              }
            });
    Map<Node, Node> names = Skolems.names(derived);
    Provenance out = new Provenance(base, names);
    int dropped = 0;
    for (Triple t : derived) {
      if (!out.addDerived(t, derivation(inf, t))) {
        dropped++;
      }
    }
    log.info("inferred {} triples ({} with anonymous nodes left out)", derived.size() - dropped,
        dropped);
    return out.model();
  }

  private static RuleDerivation derivation(InfModel inf, Triple t) {
    Iterator<Derivation> it = inf.getDerivation(inf.asStatement(t));
    while (it.hasNext()) {
      if (it.next() instanceof RuleDerivation rd) {
        return rd;
      }
    }
    return null;
  }
}
