package org.w3id.kazaz.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.build.BuildOperation;
import org.w3id.kazaz.gazetteer.GazetteerLoader;
import org.w3id.kazaz.mapping.Iris;
import org.w3id.kazaz.store.NamedGraph;
import org.w3id.kazaz.vocab.KZ;

/** Each check finds its problem in a small bad graph, with the node and the article it came from. */
class ConsistencyCheckTest {
  static NamedGraph article(String stem, String ttl) {
    return new NamedGraph(Iris.articleGraph(stem), Graphs.turtle(ttl).getGraph());
  }

  static List<ConsistencyCheck.Finding> check(NamedGraph... articles) {
    List<NamedGraph> all = new ArrayList<>();
    all.add(new NamedGraph(Iris.ONTOLOGY_GRAPH, GazetteerLoader.ontology().getGraph()));
    all.addAll(List.of(articles));
    return checkInStore(all);
  }

  /** The check as a build runs it: on a TDB2 store holding the graphs, its default graph their union. */
  static List<ConsistencyCheck.Finding> checkInStore(List<NamedGraph> graphs) {
    org.apache.jena.query.Dataset ds = org.apache.jena.tdb2.TDB2Factory.createDataset();
    org.apache.jena.system.Txn.executeWrite(ds, () -> graphs.forEach(g -> ds.asDatasetGraph()
        .addGraph(org.apache.jena.graph.NodeFactory.createURI(g.iri()), g.graph())));
    return org.apache.jena.system.Txn.calculateRead(ds,
        () -> ConsistencyCheck.checkStore(ds.asDatasetGraph()));
  }

  static void assertOne(List<ConsistencyCheck.Finding> found, String check, String node,
      String... stems) {
    assertEquals(1, found.size(), found.toString());
    ConsistencyCheck.Finding f = found.get(0);
    assertEquals(check, f.check());
    assertEquals(KZ.ID + node, f.node());
    for (String stem : stems) {
      assertTrue(f.graphs().contains(Iris.articleGraph(stem)), f.line());
    }
    assertTrue(f.line().contains(node), f.line());
  }

  @Test
  void aNodeOfTwoDisjointClasses() {
    assertOne(check(
            article("a-1", "<person/ruritania> a kz:Person ; rdfs:label \"Ruritania\" ."),
            article("a-2", "<person/ruritania> a kz:State .")),
        "disjoint-classes", "person/ruritania", "a-1", "a-2");
  }

  @Test
  void disjointnessFollowsSubclasses() {
    assertOne(check(article("b-1", "<place/old-mill> a kz:City , kz:Company .")),
        "disjoint-classes", "place/old-mill", "b-1");
  }

  @Test
  void anOrganisationInTwoStates() {
    assertOne(check(
            article("c-1", "<org/salt-board> a kz:GovernmentBody ; kz:state <state/ruritania> ."),
            article("c-2", "<org/salt-board> kz:state <state/borduria> .")),
        "organisation-states", "org/salt-board", "c-1", "c-2");
  }

  @Test
  void anEventThatEndsBeforeItStarts() {
    assertOne(check(article("d-1", """
            <event/fair> a kz:Conference ;
                kz:startDate "2024-05-14"^^xsd:date ; kz:endDate "2024-05-12"^^xsd:date .
            <event/expo> a kz:Conference ;
                kz:startDate "2024-05-14"^^xsd:date ; kz:endDate "2024-05"^^xsd:gYearMonth .
            <event/summit> a kz:Summit ;
                kz:startDate "2023-12-30"^^xsd:date ; kz:endDate "2024"^^xsd:gYear .
            """)),
        "event-dates", "event/fair", "d-1");
  }

  @Test
  void aRouteStopThatIsNotAPlace() {
    assertOne(check(article("e-1", """
            <route/salt-road> a kz:Route ; kz:hasStop <route/salt-road/stop/1> ,
                <route/salt-road/stop/2> , <route/salt-road/stop/3> .
            <route/salt-road/stop/1> a kz:RouteStop ; kz:stopPlace <org/salt-board> .
            <route/salt-road/stop/2> a kz:RouteStop ; kz:stopPlace <place/pier-7> .
            <route/salt-road/stop/3> a kz:RouteStop ; kz:stopPlace <state/ruritania> .
            <org/salt-board> a kz:GovernmentBody .
            <place/pier-7> a kz:Port .
            <state/ruritania> a kz:State .
            """)),
        "route-stop-place", "route/salt-road/stop/1", "e-1");
  }

  @Test
  void aCleanGraphHasNoFinding() {
    assertEquals(List.of(), check(article("f-1", """
        <org/salt-board> a kz:GovernmentBody ; kz:state <state/ruritania> .
        <state/ruritania> a kz:State .
        <person/ann> a kz:Person ; kz:state <state/ruritania> .
        <event/fair> a kz:Conference ; kz:participant <person/ann> ;
            kz:startDate "2024-05-12"^^xsd:date ; kz:endDate "2024-05-14"^^xsd:date .
        <route/salt-road> a kz:Route ; kz:hasStop <route/salt-road/stop/1> .
        <route/salt-road/stop/1> a kz:RouteStop ; kz:stopPlace <place/pier-7> .
        <place/pier-7> a kz:Port ; kz:locatedIn <state/ruritania> .
        """)));
  }

  @Test
  void theSeedsAreConsistent() {
    BuildOperation.Conversion c = BuildOperation.convert(List.of(Path.of("seeds")), List.of(),
        GazetteerLoader.load(GazetteerLoader.reference()), n -> {});
    List<NamedGraph> base = BuildOperation.baseGraphs();
    List<NamedGraph> all = new ArrayList<>(base);
    all.addAll(c.graphs());
    all.addAll(InferenceOperation.inferredGraphs(base, c.graphs()));
    assertTrue(c.graphs().size() >= 5);
    assertEquals(List.of(), checkInStore(all));
  }
}
