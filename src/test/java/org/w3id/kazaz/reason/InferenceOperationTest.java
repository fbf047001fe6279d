package org.w3id.kazaz.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.vocab.KZ;

/** Each group of rules on a small graph written for it; expected triples follow from the axioms. */
class InferenceOperationTest {
  static Resource id(String path) {
    return ResourceFactory.createResource(KZ.ID + path);
  }

  /** The rule whose inferred graph holds the triple, or null when it was not inferred. */
  static String ruleOf(InferenceOperation.Inferred inferred, Resource s, Property p, RDFNode o) {
    return inferred.ruleOf(org.apache.jena.graph.Triple.create(s.asNode(), p.asNode(), o.asNode()));
  }

  static void assertInferred(InferenceOperation.Inferred r, Resource s, Property p, RDFNode o, String rule) {
    assertTrue(r.model().contains(s, p, o), "inferred " + s + " " + p + " " + o);
    assertEquals(rule, ruleOf(r, s, p, o), "rule of " + s + " " + p + " " + o);
  }

  @Test
  void locatedInIsTransitive() {
    InferenceOperation.Inferred r = InferenceOperation.infer(Graphs.withOntology("""
        <place/pier-7> a kz:Port ; kz:locatedIn <place/harbour-town> .
        <place/harbour-town> a kz:City ; kz:locatedIn <place/coast-region> .
        <place/coast-region> a kz:Region .
        """));
    Model inf = r.model();
    assertInferred(r, id("place/pier-7"), KZ.locatedIn, id("place/coast-region"), "transitive");
    assertFalse(inf.contains(id("place/pier-7"), KZ.locatedIn, id("place/pier-7")));
  }

  @Test
  void subOrganisationsAreTransitiveAndInverseAndLendTheirState() {
    InferenceOperation.Inferred r = InferenceOperation.infer(Graphs.withOntology("""
        <org/seed-lab> a kz:Agency ; kz:subOrganisationOf <org/farm-institute> .
        <org/farm-institute> a kz:Agency ; kz:subOrganisationOf <org/ministry-of-farming> .
        <org/ministry-of-farming> a kz:GovernmentBody ; kz:state <state/ruritania> .
        <state/ruritania> a kz:State .
        """));
    Model inf = r.model();
    assertInferred(r, id("org/seed-lab"), KZ.subOrganisationOf, id("org/ministry-of-farming"),
        "transitive");
    assertTrue(inf.contains(id("org/ministry-of-farming"), KZ.hasSubOrganisation, id("org/seed-lab")));
    assertTrue(inf.contains(id("org/seed-lab"), KZ.state, id("state/ruritania")));
    assertInferred(r, id("org/farm-institute"), KZ.state, id("state/ruritania"),
        "state-suborganisation");
  }

  @Test
  void theParticipantsOfASigningEventSignedItsDocuments() {
    InferenceOperation.Inferred r = InferenceOperation.infer(Graphs.withOntology("""
        <agreement/water> a kz:Treaty ; kz:signedAt <event/talks-1> .
        <event/talks-1> a kz:Talks ; kz:participant <person/ann-lee> , <org/press-agency> .
        <person/ann-lee> a kz:Person .
        <org/press-agency> a kz:Agency .
        """));
    Model inf = r.model();
    assertInferred(r, id("person/ann-lee"), KZ.signedDocument, id("agreement/water"),
        "signing-event-participant");
    assertTrue(inf.contains(id("agreement/water"), KZ.signatory, id("person/ann-lee")));
    assertFalse(inf.contains(id("org/press-agency"), KZ.signedDocument, id("agreement/water")));
  }

  @Test
  void inversesHoldBothWays() {
    InferenceOperation.Inferred r = InferenceOperation.infer(Graphs.withOntology("""
        <route/ore-line> a kz:Route ; kz:hasStop <route/ore-line/stop/1> .
        <route/ore-line/stop/1> a kz:RouteStop ; kz:stopIndex 1 .
        <agreement/a1> a kz:Protocol ; kz:signatory <person/jane-roe> ; kz:party <org/guild> .
        <person/jane-roe> a kz:Person .
        <org/guild> a kz:Organisation .
        """));
    Model inf = r.model();
    assertInferred(r, id("route/ore-line/stop/1"), KZ.stopOf, id("route/ore-line"),
        "inverse-backward");
    assertTrue(inf.contains(id("person/jane-roe"), KZ.signedDocument, id("agreement/a1")));
    assertTrue(inf.contains(id("org/guild"), KZ.partyTo, id("agreement/a1")));
  }

  @Test
  void partnerOfIsSymmetric() {
    InferenceOperation.Inferred r = InferenceOperation.infer(Graphs.withOntology("""
        <org/north-mill> a kz:Company ; kz:partnerOf <org/south-mill> .
        <org/south-mill> a kz:Company .
        """));
    Model inf = r.model();
    assertInferred(r, id("org/south-mill"), KZ.partnerOf, id("org/north-mill"), "symmetric");
  }

  @Test
  void aMinistrysAgreementIsItsStatesAgreement() {
    InferenceOperation.Inferred r = InferenceOperation.infer(Graphs.withOntology("""
        <agreement/grain-deal> a kz:Memorandum ; kz:title "Memorandum on grain exports" ;
            kz:party <org/ministry-of-farming> , <org/river-ports-company> , <state/ruritania> .
        <org/ministry-of-farming> a kz:GovernmentBody ; kz:state <state/ruritania> .
        <org/river-ports-company> a kz:Company ; kz:state <state/borduria> .
        <state/ruritania> a kz:State .
        <state/borduria> a kz:State .
        """));
    Model inf = r.model();
    Resource deal = id("agreement/grain-deal");
    assertInferred(r, deal, KZ.stateParty, id("state/borduria"), "stateParty-chain");
    assertInferred(r, deal, KZ.stateParty, id("state/ruritania"), "stateParty-direct");
    assertEquals(2, inf.listObjectsOfProperty(deal, KZ.stateParty).toList().size());
    // and the two states are partners
    assertTrue(inf.contains(id("state/ruritania"), KZ.partnerOf, id("state/borduria")));
    assertTrue(inf.contains(id("state/borduria"), KZ.partnerOf, id("state/ruritania")));
  }

  @Test
  void aRouteCrossesTheStatesOfItsStops() {
    InferenceOperation.Inferred r = InferenceOperation.infer(Graphs.withOntology("""
        <route/amber-line> a kz:Route ; kz:partOfRoute <route/amber-corridor> ;
            kz:hasStop <route/amber-line/stop/1> , <route/amber-line/stop/2> .
        <route/amber-line/stop/1> a kz:RouteStop ; kz:stopIndex 1 ; kz:stopPlace <place/pier-7> .
        <route/amber-line/stop/2> a kz:RouteStop ; kz:stopIndex 2 ; kz:stopPlace <state/borduria> .
        <route/amber-corridor> a kz:Corridor .
        <place/pier-7> a kz:Port ; kz:locatedIn <place/harbour-town> .
        <place/harbour-town> a kz:City ; kz:locatedIn <state/ruritania> .
        <state/ruritania> a kz:State .
        <state/borduria> a kz:State .
        """));
    Model inf = r.model();
    Resource line = id("route/amber-line");
    assertTrue(inf.contains(line, KZ.crosses, id("state/ruritania")), "via port, city, state");
    assertInferred(r, line, KZ.crosses, id("state/borduria"), "crosses-stop-state");
    assertInferred(r, id("route/amber-corridor"), KZ.crosses, id("state/borduria"),
        "crosses-part");
    assertTrue(inf.contains(id("route/amber-corridor"), KZ.crosses, id("state/ruritania")));
    assertEquals(2, inf.listObjectsOfProperty(line, KZ.crosses).toList().size());
  }

  @Test
  void aPersonBelongsToTheStateOfTheirOffice() {
    InferenceOperation.Inferred r = InferenceOperation.infer(Graphs.withOntology("""
        <person/ann-example> a kz:Person ; kz:holdsOffice <office/chancellor-of-ruritania> .
        <office/chancellor-of-ruritania> a kz:Office ; kz:state <state/ruritania> .
        <state/ruritania> a kz:State .
        """));
    Model inf = r.model();
    assertInferred(r, id("person/ann-example"), KZ.state, id("state/ruritania"), "state-office");
  }

  @Test
  void sectorsComeFromKeywordsOfTitlesAndLabels() {
    InferenceOperation.Inferred r = InferenceOperation.infer(Graphs.withOntology("""
        <agreement/d1> a kz:Memorandum ; kz:title "Memorandum on railway freight and container terminals" .
        <agreement/d2> a kz:Protocol ; kz:title "Protocol on the exchange of doctoral students" .
        <agreement/d3> a kz:Agreement ; kz:title "Agreement on the supply of natural gas and crude oil" .
        <agreement/d4> a kz:Agreement ; kz:title "Agreement between the Ministry of Transport and a port" .
        <agreement/d5> a kz:Roadmap ; kz:title "Roadmap on satellite data and outer space research" .
        <event/e1> a kz:Conference ; rdfs:label "Forum of young entrepreneurs and investors" ;
            kz:participant <org/guild> .
        <org/guild> a kz:Organisation .
        """));
    Model inf = r.model();
    Property sector = KZ.sector;
    assertEquals(Set.of("transport"), sectors(inf, "agreement/d1"));
    assertEquals(Set.of("education"), sectors(inf, "agreement/d2"));
    assertEquals(Set.of("energy"), sectors(inf, "agreement/d3"));
    // "Transport" holds "sport" but not at a word start: no culture
    assertEquals(Set.of("transport"), sectors(inf, "agreement/d4"));
    assertEquals(Set.of("space", "science"), sectors(inf, "agreement/d5"));
    assertEquals(Set.of("business"), sectors(inf, "event/e1"));
    assertEquals("sector-agreement", ruleOf(r, id("agreement/d1"), sector, id("sector/transport")));
    assertEquals("sector-event", ruleOf(r, id("event/e1"), sector, id("sector/business")));
  }

  static Set<String> sectors(Model inf, String node) {
    return inf.listObjectsOfProperty(id(node), KZ.sector).toList().stream()
        .map(n -> n.asResource().getURI().substring((KZ.ID + "sector/").length()))
        .collect(Collectors.toSet());
  }

  @Test
  void partnersShareAnAgreementOrAnEventWithItsSector() {
    InferenceOperation.Inferred r = InferenceOperation.infer(Graphs.withOntology("""
        <agreement/pipe> a kz:CooperationAgreement ; kz:title "Agreement on oil pipeline transit" ;
            kz:party <org/north-oil> , <org/south-oil> .
        <org/north-oil> a kz:Company ; kz:state <state/ruritania> .
        <org/south-oil> a kz:Company ; kz:state <state/borduria> .
        <state/ruritania> a kz:State .
        <state/borduria> a kz:State .
        <event/talks> a kz:Talks ; rdfs:label "Talks on cultural heritage" ;
            kz:participant <person/ann> , <person/bob> .
        <person/ann> a kz:Person ; kz:state <state/ruritania> .
        <person/bob> a kz:Person ; kz:state <state/borduria> .
        """));
    Model inf = r.model();
    Resource orgs = ResourceFactory.createResource(
        KZ.ID + "partnership/org-north-oil--org-south-oil");
    assertTrue(inf.contains(orgs, RDF.type, KZ.Partnership));
    assertEquals(Set.of(id("org/north-oil"), id("org/south-oil")),
        Set.copyOf(inf.listObjectsOfProperty(orgs, KZ.partner).toList()));
    assertEquals(Set.of(id("sector/energy"), id("sector/transport")),
        Set.copyOf(inf.listObjectsOfProperty(orgs, KZ.sector).toList()));
    assertInferred(r, id("org/north-oil"), KZ.partnerOf, id("org/south-oil"), "partnerOf");
    Resource states = ResourceFactory.createResource(
        KZ.ID + "partnership/state-borduria--state-ruritania");
    assertEquals(Set.of(id("sector/energy"), id("sector/transport"), id("sector/culture")),
        Set.copyOf(inf.listObjectsOfProperty(states, KZ.sector).toList()),
        "the states cooperate through their companies' agreement and their leaders' talks");
    assertTrue(inf.contains(states, org.apache.jena.vocabulary.RDF.type, KZ.Partnership));
    // people are not partners; no blank node is left
    assertFalse(inf.contains(id("person/ann"), KZ.partnerOf, (RDFNode) null));
    assertTrue(inf.listStatements().toList().stream()
        .noneMatch(s -> s.getSubject().isAnon() || s.getObject().isAnon()));
  }

  @Test
  void everyInferredTripleNamesItsRuleAndPremises() {
    Model asserted = Graphs.withOntology("""
        <place/pier-7> a kz:Port ; kz:locatedIn <place/harbour-town> .
        <place/harbour-town> a kz:City ; kz:state <state/ruritania> .
        <state/ruritania> a kz:State .
        """);
    InferenceOperation.Inferred r = InferenceOperation.infer(asserted);
    List<Statement> facts = r.model().listStatements().toList();
    assertFalse(facts.isEmpty());
    for (Statement s : facts) {
      assertFalse(asserted.contains(s), "only what is new: " + s);
      assertTrue(ruleOf(r, s.getSubject(), s.getPredicate(), s.getObject()) != null, "rule for " + s);
    }
    // pier-7 kz:state ruritania: from pier-7 locatedIn harbour-town and harbour-town state ruritania
    org.apache.jena.graph.Triple t = org.apache.jena.graph.Triple.create(
        id("place/pier-7").asNode(), KZ.state.asNode(), id("state/ruritania").asNode());
    InferenceOperation.Derived d = InferenceOperation.derivations(asserted).stream()
        .filter(x -> x.triple().equals(t)).findFirst().orElseThrow();
    assertEquals("state-locatedIn", d.rule());
    assertEquals(2, d.premises().size());
    for (org.apache.jena.graph.Triple p : d.premises()) {
      assertTrue(asserted.getGraph().contains(p), "asserted premise " + p);
    }
  }

  @Test
  void theProvenanceIsOneGraphPerRuleAndArticleWithAFewTriplesOfItsOwn() {
    Model base = Graphs.withOntology("""
        <state/ruritania> a kz:State .
        """);
    Model article = Graphs.turtle("""
        <place/pier-7> a kz:Port ; kz:locatedIn <place/harbour-town> .
        <place/harbour-town> a kz:City ; kz:locatedIn <place/coast-region> ; kz:state <state/ruritania> .
        <place/coast-region> a kz:Region .
        """);
    String articleGraph = org.w3id.kazaz.mapping.Iris.articleGraph("pier-news");
    List<org.w3id.kazaz.store.NamedGraph> graphs = InferenceOperation.inferredGraphs(
        List.of(new org.w3id.kazaz.store.NamedGraph(org.w3id.kazaz.mapping.Iris.ONTOLOGY_GRAPH, base.getGraph())),
        List.of(new org.w3id.kazaz.store.NamedGraph(articleGraph, article.getGraph())));
    org.w3id.kazaz.store.NamedGraph transitive = graphs.stream()
        .filter(g -> g.iri().equals(org.w3id.kazaz.mapping.Iris.inferredGraph(articleGraph, "transitive")))
        .findFirst().orElseThrow();
    Model m = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(transitive.graph());
    Resource self = m.createResource(transitive.iri());
    assertTrue(m.contains(id("place/pier-7"), KZ.locatedIn, id("place/coast-region")));
    assertEquals("transitive", self.getProperty(KZ.rule).getString());
    assertTrue(self.hasProperty(RDF.type, KZ.Inference));
    assertTrue(self.hasProperty(org.w3id.kazaz.vocab.PROV.wasDerivedFrom, m.createResource(articleGraph)));
    // the graph's own description is three triples; no statement is reified
    assertEquals(3, m.listStatements(self, null, (RDFNode) null).toList().size());
    assertFalse(m.contains(null, RDF.subject, (RDFNode) null));
    assertEquals(1, m.listStatements(null, KZ.locatedIn, (RDFNode) null).toList().size(),
        "harbour-town lies in the coast region as stated; only pier-7's is derived");
    for (org.w3id.kazaz.store.NamedGraph g : graphs) {
      assertTrue(org.w3id.kazaz.mapping.Iris.isInferred(g.iri()), g.iri());
    }
  }
}
