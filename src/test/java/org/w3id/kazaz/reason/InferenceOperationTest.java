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

  /** The rule named on the kz:Inference node of the triple, or null when it was not inferred. */
  static String ruleOf(Model inferred, Resource s, Property p, RDFNode o) {
    for (Resource i : inferred.listSubjectsWithProperty(RDF.type, KZ.Inference).toList()) {
      if (i.hasProperty(RDF.subject, s) && i.hasProperty(RDF.predicate, p)
          && i.hasProperty(RDF.object, o)) {
        return i.getProperty(KZ.rule).getString();
      }
    }
    return null;
  }

  static void assertInferred(Model inf, Resource s, Property p, RDFNode o, String rule) {
    assertTrue(inf.contains(s, p, o), "inferred " + s + " " + p + " " + o);
    assertEquals(rule, ruleOf(inf, s, p, o), "rule of " + s + " " + p + " " + o);
  }

  @Test
  void locatedInIsTransitive() {
    Model inf = InferenceOperation.infer(Graphs.withOntology("""
        <place/pier-7> a kz:Port ; kz:locatedIn <place/harbour-town> .
        <place/harbour-town> a kz:City ; kz:locatedIn <place/coast-region> .
        <place/coast-region> a kz:Region .
        """));
    assertInferred(inf, id("place/pier-7"), KZ.locatedIn, id("place/coast-region"), "transitive");
    assertFalse(inf.contains(id("place/pier-7"), KZ.locatedIn, id("place/pier-7")));
  }

  @Test
  void subOrganisationsAreTransitiveAndInverseAndLendTheirState() {
    Model inf = InferenceOperation.infer(Graphs.withOntology("""
        <org/seed-lab> a kz:Agency ; kz:subOrganisationOf <org/farm-institute> .
        <org/farm-institute> a kz:Agency ; kz:subOrganisationOf <org/ministry-of-farming> .
        <org/ministry-of-farming> a kz:GovernmentBody ; kz:state <state/ruritania> .
        <state/ruritania> a kz:State .
        """));
    assertInferred(inf, id("org/seed-lab"), KZ.subOrganisationOf, id("org/ministry-of-farming"),
        "transitive");
    assertTrue(inf.contains(id("org/ministry-of-farming"), KZ.hasSubOrganisation, id("org/seed-lab")));
    assertTrue(inf.contains(id("org/seed-lab"), KZ.state, id("state/ruritania")));
    assertInferred(inf, id("org/farm-institute"), KZ.state, id("state/ruritania"),
        "state-suborganisation");
  }

  @Test
  void theParticipantsOfASigningEventSignedItsDocuments() {
    Model inf = InferenceOperation.infer(Graphs.withOntology("""
        <agreement/water> a kz:Treaty ; kz:signedAt <event/talks-1> .
        <event/talks-1> a kz:Talks ; kz:participant <person/ann-lee> , <org/press-agency> .
        <person/ann-lee> a kz:Person .
        <org/press-agency> a kz:Agency .
        """));
    assertInferred(inf, id("person/ann-lee"), KZ.signedDocument, id("agreement/water"),
        "signing-event-participant");
    assertTrue(inf.contains(id("agreement/water"), KZ.signatory, id("person/ann-lee")));
    assertFalse(inf.contains(id("org/press-agency"), KZ.signedDocument, id("agreement/water")));
  }

  @Test
  void inversesHoldBothWays() {
    Model inf = InferenceOperation.infer(Graphs.withOntology("""
        <route/ore-line> a kz:Route ; kz:hasStop <route/ore-line/stop/1> .
        <route/ore-line/stop/1> a kz:RouteStop ; kz:stopIndex 1 .
        <agreement/a1> a kz:Protocol ; kz:signatory <person/jane-roe> ; kz:party <org/guild> .
        <person/jane-roe> a kz:Person .
        <org/guild> a kz:Organisation .
        """));
    assertInferred(inf, id("route/ore-line/stop/1"), KZ.stopOf, id("route/ore-line"),
        "inverse-backward");
    assertTrue(inf.contains(id("person/jane-roe"), KZ.signedDocument, id("agreement/a1")));
    assertTrue(inf.contains(id("org/guild"), KZ.partyTo, id("agreement/a1")));
  }

  @Test
  void partnerOfIsSymmetric() {
    Model inf = InferenceOperation.infer(Graphs.withOntology("""
        <org/north-mill> a kz:Company ; kz:partnerOf <org/south-mill> .
        <org/south-mill> a kz:Company .
        """));
    assertInferred(inf, id("org/south-mill"), KZ.partnerOf, id("org/north-mill"), "symmetric");
  }

  @Test
  void aMinistrysAgreementIsItsStatesAgreement() {
    Model inf = InferenceOperation.infer(Graphs.withOntology("""
        <agreement/grain-deal> a kz:Memorandum ; kz:title "Memorandum on grain exports" ;
            kz:party <org/ministry-of-farming> , <org/river-ports-company> , <state/ruritania> .
        <org/ministry-of-farming> a kz:GovernmentBody ; kz:state <state/ruritania> .
        <org/river-ports-company> a kz:Company ; kz:state <state/borduria> .
        <state/ruritania> a kz:State .
        <state/borduria> a kz:State .
        """));
    Resource deal = id("agreement/grain-deal");
    assertInferred(inf, deal, KZ.stateParty, id("state/borduria"), "stateParty-chain");
    assertInferred(inf, deal, KZ.stateParty, id("state/ruritania"), "stateParty-direct");
    assertEquals(2, inf.listObjectsOfProperty(deal, KZ.stateParty).toList().size());
    // and the two states are partners
    assertTrue(inf.contains(id("state/ruritania"), KZ.partnerOf, id("state/borduria")));
    assertTrue(inf.contains(id("state/borduria"), KZ.partnerOf, id("state/ruritania")));
  }

  @Test
  void aRouteCrossesTheStatesOfItsStops() {
    Model inf = InferenceOperation.infer(Graphs.withOntology("""
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
    Resource line = id("route/amber-line");
    assertTrue(inf.contains(line, KZ.crosses, id("state/ruritania")), "via port, city, state");
    assertInferred(inf, line, KZ.crosses, id("state/borduria"), "crosses-stop-state");
    assertInferred(inf, id("route/amber-corridor"), KZ.crosses, id("state/borduria"),
        "crosses-part");
    assertTrue(inf.contains(id("route/amber-corridor"), KZ.crosses, id("state/ruritania")));
    assertEquals(2, inf.listObjectsOfProperty(line, KZ.crosses).toList().size());
  }

  @Test
  void aPersonBelongsToTheStateOfTheirOffice() {
    Model inf = InferenceOperation.infer(Graphs.withOntology("""
        <person/ann-example> a kz:Person ; kz:holdsOffice <office/chancellor-of-ruritania> .
        <office/chancellor-of-ruritania> a kz:Office ; kz:state <state/ruritania> .
        <state/ruritania> a kz:State .
        """));
    assertInferred(inf, id("person/ann-example"), KZ.state, id("state/ruritania"), "state-office");
  }

  @Test
  void sectorsComeFromKeywordsOfTitlesAndLabels() {
    Model inf = InferenceOperation.infer(Graphs.withOntology("""
        <agreement/d1> a kz:Memorandum ; kz:title "Memorandum on railway freight and container terminals" .
        <agreement/d2> a kz:Protocol ; kz:title "Protocol on the exchange of doctoral students" .
        <agreement/d3> a kz:Agreement ; kz:title "Agreement on the supply of natural gas and crude oil" .
        <agreement/d4> a kz:Agreement ; kz:title "Agreement between the Ministry of Transport and a port" .
        <agreement/d5> a kz:Roadmap ; kz:title "Roadmap on satellite data and outer space research" .
        <event/e1> a kz:Conference ; rdfs:label "Forum of young entrepreneurs and investors" ;
            kz:participant <org/guild> .
        <org/guild> a kz:Organisation .
        """));
    Property sector = KZ.sector;
    assertEquals(Set.of("transport"), sectors(inf, "agreement/d1"));
    assertEquals(Set.of("education"), sectors(inf, "agreement/d2"));
    assertEquals(Set.of("energy"), sectors(inf, "agreement/d3"));
    // "Transport" holds "sport" but not at a word start: no culture
    assertEquals(Set.of("transport"), sectors(inf, "agreement/d4"));
    assertEquals(Set.of("space", "science"), sectors(inf, "agreement/d5"));
    assertEquals(Set.of("business"), sectors(inf, "event/e1"));
    assertEquals("sector-agreement", ruleOf(inf, id("agreement/d1"), sector, id("sector/transport")));
    assertEquals("sector-event", ruleOf(inf, id("event/e1"), sector, id("sector/business")));
  }

  static Set<String> sectors(Model inf, String node) {
    return inf.listObjectsOfProperty(id(node), KZ.sector).toList().stream()
        .map(n -> n.asResource().getURI().substring((KZ.ID + "sector/").length()))
        .collect(Collectors.toSet());
  }

  @Test
  void partnersShareAnAgreementOrAnEventWithItsSector() {
    Model inf = InferenceOperation.infer(Graphs.withOntology("""
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
    Resource orgs = ResourceFactory.createResource(
        KZ.ID + "partnership/org-north-oil--org-south-oil");
    assertTrue(inf.contains(orgs, RDF.type, KZ.Partnership));
    assertEquals(Set.of(id("org/north-oil"), id("org/south-oil")),
        Set.copyOf(inf.listObjectsOfProperty(orgs, KZ.partner).toList()));
    assertEquals(Set.of(id("sector/energy"), id("sector/transport")),
        Set.copyOf(inf.listObjectsOfProperty(orgs, KZ.sector).toList()));
    assertInferred(inf, id("org/north-oil"), KZ.partnerOf, id("org/south-oil"), "partnerOf");
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
    Model inf = InferenceOperation.infer(asserted);
    List<Statement> facts = inf.listStatements().toList().stream()
        .filter(s -> !s.getSubject().getURI().startsWith(KZ.ID + "statement/"))
        .toList();
    assertFalse(facts.isEmpty());
    for (Statement s : facts) {
      assertFalse(asserted.contains(s), "only what is new: " + s);
      assertTrue(ruleOf(inf, s.getSubject(), s.getPredicate(), s.getObject()) != null,
          "rule for " + s);
    }
    // pier-7 kz:state ruritania: from pier-7 locatedIn harbour-town and harbour-town state ruritania
    Resource i = inf.listSubjectsWithProperty(RDF.object, id("state/ruritania")).toList().stream()
        .filter(r -> r.hasProperty(RDF.subject, id("place/pier-7"))
            && r.hasProperty(RDF.predicate, KZ.state))
        .findFirst().orElseThrow();
    assertEquals("state-locatedIn", i.getProperty(KZ.rule).getString());
    List<Resource> premises = i.listProperties(KZ.premise).mapWith(Statement::getResource).toList();
    assertEquals(2, premises.size());
    for (Resource p : premises) {
      assertTrue(p.hasProperty(RDF.type, RDF.Statement), "asserted premise " + p);
      assertTrue(asserted.contains(p.getPropertyResourceValue(RDF.subject),
          ResourceFactory.createProperty(p.getPropertyResourceValue(RDF.predicate).getURI()),
          p.getProperty(RDF.object).getObject()));
    }
  }
}
