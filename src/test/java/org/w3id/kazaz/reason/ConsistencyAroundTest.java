package org.w3id.kazaz.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.gazetteer.GazetteerLoader;
import org.w3id.kazaz.mapping.Iris;
import org.w3id.kazaz.store.NamedGraph;

/**
 * The check around a change finds, on a store that was consistent before it, what the check of
 * the whole store finds after it: nodes typed anew, facts about a node stated in an untouched
 * article, a place whose only type goes with a removed article while a stop elsewhere still
 * points at it.
 */
class ConsistencyAroundTest {
  private static final Node ONTOLOGY = NodeFactory.createURI(Iris.ONTOLOGY_GRAPH);

  /** Articles a-1 to a-3, consistent together. */
  private static final List<NamedGraph> BEFORE = List.of(
      ConsistencyCheckTest.article("a-1", """
          <person/ann> a kz:Person ; kz:state <state/ruritania> .
          <org/salt-board> a kz:GovernmentBody ; kz:state <state/ruritania> .
          <state/ruritania> a kz:State .
          """),
      ConsistencyCheckTest.article("a-2", """
          <place/pier-7> a kz:Port ; kz:locatedIn <state/ruritania> .
          """),
      ConsistencyCheckTest.article("a-3", """
          <route/salt-road> a kz:Route ; kz:hasStop <route/salt-road/stop/1> .
          <route/salt-road/stop/1> a kz:RouteStop ; kz:stopPlace <place/pier-7> .
          <event/fair> a kz:Conference ; kz:startDate "2024-05-12"^^xsd:date .
          """));

  /** Both checks after writing {@code written} and removing {@code removed}; asserts they agree. */
  private static List<ConsistencyCheck.Finding> afterChange(List<NamedGraph> written,
      List<String> removed) {
    Dataset ds = TDB2Factory.createDataset();
    DatasetGraph dsg = ds.asDatasetGraph();
    List<NamedGraph> all = new ArrayList<>();
    all.add(new NamedGraph(Iris.ONTOLOGY_GRAPH, GazetteerLoader.ontology().getGraph()));
    all.addAll(BEFORE);
    Txn.executeWrite(ds, () -> all.forEach(g -> dsg.addGraph(NodeFactory.createURI(g.iri()), g.graph())));
    assertEquals(List.of(), Txn.calculateRead(ds, () -> ConsistencyCheck.checkStore(dsg)),
        "the store before the change is consistent");
    Set<Node> touched = Txn.calculateRead(ds, () -> ConsistencyCheck.touchedBy(dsg, written, removed));
    return Txn.calculateWrite(ds, () -> {
      removed.forEach(g -> dsg.deleteAny(NodeFactory.createURI(g), Node.ANY, Node.ANY, Node.ANY));
      for (NamedGraph g : written) {
        Node name = NodeFactory.createURI(g.iri());
        dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        g.graph().find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
      }
      List<ConsistencyCheck.Finding> whole = ConsistencyCheck.checkStore(dsg);
      List<ConsistencyCheck.Finding> around = ConsistencyCheck.checkAround(dsg, touched, ONTOLOGY);
      assertEquals(whole, around);
      return around;
    });
  }

  @Test
  void aNodeTypedAnewAgainstAnUntouchedArticle() {
    List<ConsistencyCheck.Finding> found = afterChange(List.of(ConsistencyCheckTest.article("b-1",
        "<person/ann> a kz:Company .")), List.of());
    ConsistencyCheckTest.assertOne(found, "disjoint-classes", "person/ann", "a-1", "b-1");
  }

  @Test
  void aSecondStateForAnOrganisationTypedElsewhere() {
    List<ConsistencyCheck.Finding> found = afterChange(List.of(ConsistencyCheckTest.article("b-2",
        "<org/salt-board> kz:state <state/borduria> .")), List.of());
    ConsistencyCheckTest.assertOne(found, "organisation-states", "org/salt-board", "a-1", "b-2");
  }

  @Test
  void anEndDateBeforeAStartStatedElsewhere() {
    List<ConsistencyCheck.Finding> found = afterChange(List.of(ConsistencyCheckTest.article("b-3",
        "<event/fair> kz:endDate \"2024-05-10\"^^xsd:date .")), List.of());
    ConsistencyCheckTest.assertOne(found, "event-dates", "event/fair", "b-3");
  }

  @Test
  void aPlaceWhoseTypeLeavesWithARemovedArticle() {
    List<ConsistencyCheck.Finding> found = afterChange(List.of(), List.of(Iris.articleGraph("a-2")));
    ConsistencyCheckTest.assertOne(found, "route-stop-place", "route/salt-road/stop/1", "a-3");
  }

  @Test
  void aNewStopAtANodeTypedAsAnOrganisationElsewhere() {
    List<ConsistencyCheck.Finding> found = afterChange(List.of(ConsistencyCheckTest.article("b-4", """
        <route/salt-road> kz:hasStop <route/salt-road/stop/2> .
        <route/salt-road/stop/2> a kz:RouteStop ; kz:stopPlace <org/salt-board> .
        """)), List.of());
    ConsistencyCheckTest.assertOne(found, "route-stop-place", "route/salt-road/stop/2", "b-4");
  }

  @Test
  void aChangeThatBreaksNothing() {
    assertEquals(List.of(), afterChange(List.of(ConsistencyCheckTest.article("a-3", """
        <route/salt-road> a kz:Route ; kz:hasStop <route/salt-road/stop/1> .
        <route/salt-road/stop/1> a kz:RouteStop ; kz:stopPlace <state/ruritania> .
        <event/fair> a kz:Conference ; kz:startDate "2024-05-12"^^xsd:date ;
            kz:endDate "2024-05-13"^^xsd:date .
        """)), List.of(Iris.articleGraph("a-2"))));
  }

  @Test
  void theQueriesSayWhatTheyFollow() {
    assertEquals(List.of(NodeFactory.createURI("https://w3id.org/kazaz/ontology#stopPlace")),
        ConsistencyCheck.follows("route-stop-place"));
    assertEquals(List.of(), ConsistencyCheck.follows("disjoint-classes"));
  }
}
