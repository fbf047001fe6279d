package org.w3id.kazaz.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.gazetteer.GazetteerLoader;
import org.w3id.kazaz.mapping.Iris;
import org.w3id.kazaz.store.NamedGraph;
import org.w3id.kazaz.vocab.KZ;

/** Explain tells a stated triple (article file, sentence) from an inferred one (rule, premises). */
class ExplainOperationTest {
  static final String ARTICLE = """
      <article/n-1> a kz:NewsArticle ; kz:fileName "n_1.txt" .
      <agreement/salt-deal> a kz:Memorandum ; kz:title "Memorandum on salt trade" ;
          kz:party <org/salt-board> ; kz:source <article/n-1> ; kz:evidence <article/n-1#char=0,40> .
      <article/n-1#char=0,40> a kz:Evidence ;
          <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf>
          "The salt board signed a memorandum on salt trade." .
      """;
  static final String REFERENCE = """
      <org/salt-board> a kz:GovernmentBody ; kz:state <state/ruritania> .
      <state/ruritania> a kz:State .
      """;

  static Dataset store() {
    List<NamedGraph> graphs = new ArrayList<>();
    graphs.add(new NamedGraph(Iris.ONTOLOGY_GRAPH, GazetteerLoader.ontology().getGraph()));
    graphs.add(new NamedGraph(Iris.REFERENCE_GRAPH, Graphs.turtle(REFERENCE).getGraph()));
    graphs.add(new NamedGraph(Iris.articleGraph("n-1"), Graphs.turtle(ARTICLE).getGraph()));
    // as a build makes them: the base's inferences, then the article's in a graph of its own
    graphs.addAll(InferenceOperation.inferredGraphs(
        List.copyOf(graphs.subList(0, 2)), List.copyOf(graphs.subList(2, 3))));
    Dataset ds = TDB2Factory.createDataset();
    Txn.executeWrite(ds, () -> graphs.forEach(g -> ds.asDatasetGraph()
        .addGraph(NodeFactory.createURI(g.iri()), g.graph())));
    return ds;
  }

  @Test
  void statedAndInferredFactsOfAnAgreement() {
    List<ExplainOperation.Fact> facts = ExplainOperation.explain(store(), "agreement/salt-deal");
    ExplainOperation.Fact party = facts.stream()
        .filter(f -> f.predicate().equals(KZ.party.getURI())).findFirst().orElseThrow();
    assertFalse(party.inferred());
    assertEquals("n_1.txt", party.source());
    assertEquals("The salt board signed a memorandum on salt trade.", party.sentence());
    ExplainOperation.Fact state = facts.stream()
        .filter(f -> f.predicate().equals(KZ.stateParty.getURI())).findFirst().orElseThrow();
    assertTrue(state.inferred());
    assertEquals(KZ.ID + "state/ruritania", state.object());
    assertEquals("stateParty-chain", state.rule());
    assertTrue(state.premises().contains(KZ.ID + "org/salt-board " + KZ.state.getURI()
        + " " + KZ.ID + "state/ruritania [stated]"), state.premises());
    assertTrue(facts.stream().anyMatch(f -> f.predicate().equals(KZ.sector.getURI())
        && f.object().equals(KZ.ID + "sector/business") && f.inferred()));
  }

  @Test
  void anUnknownNodeHasNoFacts() {
    assertEquals(List.of(), ExplainOperation.explain(store(), KZ.ID + "agreement/none"));
  }

  @Test
  void iriRelativeToTheIdBaseOrAbsolute() {
    assertEquals(KZ.ID + "org/x", ExplainOperation.absolute("org/x"));
    assertEquals(KZ.ID + "org/x", ExplainOperation.absolute("<" + KZ.ID + "org/x>"));
  }
}
