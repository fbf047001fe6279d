package org.w3id.kazaz.reason;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.kazaz.mapping.Iris;
import org.w3id.kazaz.store.NamedGraph;

/**
 * Materialises what follows from the graph: runs the rules of {@code ontology/rules/kazaz.rules}
 * (a {@link GenericRuleReasoner}, forward RETE, derivation logging on) over the asserted triples
 * and returns only what they add, grouped by the rule that made each triple; the provenance is
 * the graph a rule's triples are kept in ({@link Provenance}).
 */
public final class InferenceOperation {
  private static final Logger log = LoggerFactory.getLogger(InferenceOperation.class);

  private InferenceOperation() {}

  /** One derived triple: the rule that made it and the triples it matched (blank nodes named). */
  public record Derived(Triple triple, String rule, List<Triple> premises) {}

  /** What the rules derived from one graph: for each rule that added something, its triples. */
  public record Inferred(Map<String, Graph> byRule) {
    /** Every derived triple, whatever rule made it. */
    public Model model() {
      Model m = ModelFactory.createDefaultModel();
      byRule.values().forEach(g -> org.apache.jena.graph.GraphUtil.addInto(m.getGraph(), g));
      return m;
    }

    /** The rule that made {@code t}, or null when it was not derived. */
    public String ruleOf(Triple t) {
      return byRule.entrySet().stream().filter(e -> e.getValue().contains(t)).map(Map.Entry::getKey)
          .findFirst().orElse(null);
    }
  }

  /**
   * The inferred graphs of a build, each made on its own, on every core: for each rule, what it
   * derives from the {@code base} graphs (ontology, reference data, rules) alone, named {@link
   * Iris#baseInferredGraph}; then for each article graph and rule, what the rule derives from it
   * beside the base and the base's inferences, named {@link Iris#inferredGraph}. An article's
   * inferences depend only on its graph and the base, so an article added later leaves the
   * others' as they are; what an article derives that the base already gives is not repeated.
   * Rules that would join facts of two articles do not fire across them: each article graph
   * describes whole what it reports ({@code mapping/}), so that a fact and what it rests on come
   * from one article.
   */
  public static List<NamedGraph> inferredGraphs(List<NamedGraph> base, List<NamedGraph> articles) {
    List<Graph> baseGraphs = base.stream().map(NamedGraph::graph).toList();
    List<String> baseIris = base.stream().map(NamedGraph::iri).toList();
    Inferred baseInferred = infer(ModelFactory.createModelForGraph(sortedUnion(baseGraphs)));
    List<NamedGraph> out = new ArrayList<>();
    baseInferred.byRule().forEach((rule, g) -> {
      String iri = Iris.baseInferredGraph(rule);
      out.add(new NamedGraph(iri, Provenance.describe(g, iri, rule, baseIris)));
    });
    // the base's derived triples count as given for every article
    Graph given = baseInferred.model().getGraph();
    List<Graph> with = new ArrayList<>(baseGraphs);
    with.add(given);
    articles.parallelStream()
        .map(a -> {
          List<Graph> all = new ArrayList<>(with);
          all.add(a.graph());
          Inferred inf = infer(ModelFactory.createModelForGraph(sortedUnion(all)));
          List<NamedGraph> gs = new ArrayList<>();
          inf.byRule().forEach((rule, g) -> {
            String iri = Iris.inferredGraph(a.iri(), rule);
            gs.add(new NamedGraph(iri, Provenance.describe(g, iri, rule, List.of(a.iri()))));
          });
          return gs;
        })
        .forEachOrdered(out::addAll);
    return out;
  }

  /**
   * The triples of {@code graphs} in one graph, added in one order (sorted): the engine logs the
   * first derivation of a triple it finds, and which one comes first depends on the order the
   * triples reach it, so the same graphs give the same provenance whatever order the articles
   * were built in.
   */
  static Graph sortedUnion(List<Graph> graphs) {
    TreeMap<String, Triple> sorted = new TreeMap<>();
    for (Graph g : graphs) {
      g.find().forEachRemaining(t -> sorted.put(NodeFmtLib.str(t), t));
    }
    Graph union = GraphFactory.createDefaultGraph();
    sorted.values().forEach(union::add);
    return union;
  }

  /** The triples the kazaz rules derive from {@code asserted}, by rule. */
  public static Inferred infer(Model asserted) {
    return infer(asserted, KazazRules.rules());
  }

  /** The triples {@code rules} derive from {@code asserted}, by rule. */
  public static Inferred infer(Model asserted, List<Rule> rules) {
    Map<String, Graph> byRule = new TreeMap<>();
    for (Derived d : derivations(asserted, rules)) {
      byRule.computeIfAbsent(d.rule(), r -> GraphFactory.createDefaultGraph()).add(d.triple());
    }
    return new Inferred(byRule);
  }

  /**
   * Every triple the kazaz rules derive from {@code asserted} and is not in it, with one
   * derivation each; a triple that keeps an anonymous node (one the rules make and no name is
   * given to, see {@link Skolems}) is left out.
   */
  public static List<Derived> derivations(Model asserted) {
    return derivations(asserted, KazazRules.rules());
  }

  private static List<Derived> derivations(Model asserted, List<Rule> rules) {
    GenericRuleReasoner reasoner = new GenericRuleReasoner(rules);
    reasoner.setMode(GenericRuleReasoner.FORWARD_RETE);
    reasoner.setDerivationLogging(true);
    InfModel inf = ModelFactory.createInfModel(reasoner, asserted);
    inf.prepare();
    Graph base = asserted.getGraph();
    List<Triple> derived = new ArrayList<>();
    inf.getDeductionsModel().getGraph().find().forEachRemaining(t -> {
      if (!base.contains(t)) {
        derived.add(t);
      }
    });
    Map<Node, Node> names = Skolems.names(derived);
    List<Derived> out = new ArrayList<>();
    for (Triple t : derived) {
      Triple named = Provenance.rename(t, names);
      RuleDerivation d = derivation(inf, t);
      if (named != null) {
        out.add(d == null ? new Derived(named, "unknown", List.of())
            : new Derived(named, d.getRule().getName(), Provenance.premises(d.getMatches(), names)));
      }
    }
    log.debug("inferred {} triples ({} with anonymous nodes left out)", out.size(),
        derived.size() - out.size());
    return out;
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
        for (Triple m : rd.getMatches()) {
          key.append(m == null ? "" : NodeFmtLib.str(m)).append('\n');
        }
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
