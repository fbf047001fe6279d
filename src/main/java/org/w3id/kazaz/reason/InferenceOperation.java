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

  /**
   * The inferred graphs of a build, each made on its own, on every core: what the rules derive
   * from the {@code base} graphs (ontology, reference data) alone, named {@link
   * Iris#INFERRED_GRAPH}, then for each article graph what they derive from it beside the base
   * and the base's inferences, named {@link Iris#inferredGraph}. An article's inferences depend
   * only on its graph and the base, so an article added later leaves the others' as they are;
   * what an article derives that the base already gives is not repeated. Rules that would join
   * facts of two articles do not fire across them: each article graph describes whole what it
   * reports ({@code mapping/}), so that a fact and what it rests on come from one article.
   */
  public static List<NamedGraph> inferredGraphs(List<NamedGraph> base, List<NamedGraph> articles) {
    Model baseInferred = infer(ModelFactory.createModelForGraph(sortedUnion(base, List.of())));
    List<NamedGraph> out = new ArrayList<>();
    out.add(new NamedGraph(Iris.INFERRED_GRAPH, baseInferred.getGraph()));
    out.addAll(inferredOfArticles(base, baseInferred.getGraph(), articles));
    return out;
  }

  /** The inferred graphs of {@code articles} alone, given the base's inferred graph. */
  private static List<NamedGraph> inferredOfArticles(
      List<NamedGraph> base, Graph baseInferred, List<NamedGraph> articles) {
    // the base's derived triples (not their provenance nodes) count as given for every article
    Graph given = GraphFactory.createDefaultGraph();
    baseInferred.find(Node.ANY, Node.ANY, Node.ANY)
        .filterDrop(t -> t.getSubject().isURI() && t.getSubject().getURI().startsWith(STATEMENT))
        .forEachRemaining(given::add);
    List<NamedGraph> with = new ArrayList<>(base);
    with.add(new NamedGraph(Iris.INFERRED_GRAPH, given));
    return articles.parallelStream()
        .map(a -> {
          Model m = infer(ModelFactory.createModelForGraph(sortedUnion(with, List.of(a))), given);
          return new NamedGraph(Iris.inferredGraph(a.iri()), m.getGraph());
        })
        .toList();
  }

  private static final String STATEMENT = org.w3id.kazaz.vocab.KZ.ID + "statement/";

  /**
   * The triples of {@code graphs} and {@code more} (no inferred graph but the base's) in one
   * graph, added in one order (sorted): the engine logs the first derivation of a triple it
   * finds, and which one comes first depends on the order the triples reach it, so the same
   * graphs give the same provenance whatever order the articles were built in.
   */
  private static Graph sortedUnion(List<NamedGraph> graphs, List<NamedGraph> more) {
    java.util.TreeMap<String, Triple> sorted = new java.util.TreeMap<>();
    for (List<NamedGraph> list : List.of(graphs, more)) {
      for (NamedGraph g : list) {
        if (!Iris.isInferred(g.iri()) || g.iri().equals(Iris.INFERRED_GRAPH)) {
          g.graph().find().forEachRemaining(
              t -> sorted.put(org.apache.jena.riot.out.NodeFmtLib.str(t), t));
        }
      }
    }
    Graph union = GraphFactory.createDefaultGraph();
    sorted.values().forEach(union::add);
    return union;
  }

  /** The triples the kazaz rules derive from {@code asserted}, with their provenance. */
  public static Model infer(Model asserted) {
    return infer(asserted, KazazRules.rules());
  }

  /**
   * As {@link #infer(Model)}, where the triples of {@code inferredBefore} (part of {@code
   * asserted}) were themselves derived: as premises they are named inferences, not statements.
   */
  static Model infer(Model asserted, Graph inferredBefore) {
    return infer(asserted, KazazRules.rules(), inferredBefore);
  }

  /** The triples {@code rules} derive from {@code asserted}, with their provenance. */
  public static Model infer(Model asserted, List<Rule> rules) {
    return infer(asserted, rules, GraphFactory.createDefaultGraph());
  }

  private static Model infer(Model asserted, List<Rule> rules, Graph inferredBefore) {
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
    Provenance out = new Provenance(base, inferredBefore, names);
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

  /**
   * One derivation of {@code t}, the same whatever order the rules fired in: of all the rule
   * firings the engine logged for it, the least by rule name and then by its premises' N-Triples.
   */
  private static RuleDerivation derivation(InfModel inf, Triple t) {
    Iterator<Derivation> it = inf.getDerivation(inf.asStatement(t));
    RuleDerivation best = null;
    String bestKey = null;
    while (it.hasNext()) {
      if (it.next() instanceof RuleDerivation rd) {
        StringBuilder key = new StringBuilder(rd.getRule().getName()).append('\n');
        List<String> premises = new ArrayList<>();
        for (Triple m : rd.getMatches()) {
          premises.add(m == null ? "" : org.apache.jena.riot.out.NodeFmtLib.str(m));
        }
        premises.forEach(p -> key.append(p).append('\n'));
        String k = key.toString();
        if (bestKey == null || k.compareTo(bestKey) < 0) {
          best = rd;
          bestKey = k;
        }
      }
    }
    return best;
  }
}
