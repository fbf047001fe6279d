package org.w3id.kazaz.ontology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

/**
 * The ontology is OWL 2 DL: the OWL API's profile check (the one ROBOT's {@code validate-profile
 * --profile DL} runs) finds no violation in {@code ontology/kazaz.ttl}, nor in the SKOS scheme of
 * the sectors beside it.
 */
class OwlProfileTest {
  static List<OWLProfileViolation> violations(String file) throws Exception {
    OWLOntologyManager m = OWLManager.createOWLOntologyManager();
    OWLOntology o = m.loadOntologyFromOntologyDocument(new File(file));
    assertTrue(o.getAxiomCount() > 500, file + " read as " + o.getAxiomCount() + " axioms");
    OWLProfileReport report = new OWL2DLProfile().checkOntology(o);
    return report.getViolations();
  }

  @Test
  void theOntologyIsOwl2Dl() throws Exception {
    for (String file : List.of("ontology/kazaz.ttl")) {
      List<OWLProfileViolation> v = violations(file);
      assertTrue(v.isEmpty(), file + ": " + v.size() + " violation(s) of OWL 2 DL:\n"
          + v.stream().map(Object::toString).collect(Collectors.joining("\n")));
    }
  }

  static final String NS = "https://w3id.org/kazaz/ontology#";
  static final String ONTOLOGY = "https://w3id.org/kazaz/ontology";

  @Test
  void everyTermIsDefinedByTheOntologyWhichSaysWhoMadeItWhenAndUnderWhichLicence() {
    org.apache.jena.rdf.model.Model m = org.apache.jena.riot.RDFDataMgr.loadModel("ontology/kazaz.ttl");
    org.apache.jena.rdf.model.Resource o = m.createResource(ONTOLOGY);
    for (String p : List.of("http://purl.org/dc/terms/creator", "http://purl.org/dc/terms/publisher",
        "http://purl.org/dc/terms/modified", "http://purl.org/dc/terms/license", "http://purl.org/dc/terms/title",
        "http://purl.org/vocab/vann/preferredNamespacePrefix", "http://purl.org/vocab/vann/preferredNamespaceUri")) {
      assertTrue(o.hasProperty(m.createProperty(p)), "the ontology has " + p);
    }
    int terms = 0;
    for (var it = m.listSubjects(); it.hasNext(); ) {
      org.apache.jena.rdf.model.Resource t = it.next();
      if (t.isURIResource() && t.getURI().startsWith(NS)) {
        terms++;
        assertTrue(t.hasProperty(org.apache.jena.vocabulary.RDFS.isDefinedBy, o), t + " has rdfs:isDefinedBy");
      }
    }
    assertTrue(terms > 100, terms + " terms");
  }

  @Test
  void theAlignmentsSayOnlyWhatIsTrue() {
    org.apache.jena.rdf.model.Model m = org.apache.jena.riot.RDFDataMgr.loadModel("ontology/kazaz.ttl");
    org.apache.jena.rdf.model.Property sub = org.apache.jena.vocabulary.RDFS.subPropertyOf;
    // a transitive property under ORG's transitive relation, not its direct one
    assertTrue(m.contains(m.createResource(NS + "subOrganisationOf"), sub,
        m.createResource("http://www.w3.org/ns/org#transitiveSubOrganizationOf")));
    assertTrue(!m.contains(m.createResource(NS + "subOrganisationOf"), sub,
        m.createResource("http://www.w3.org/ns/org#subOrganizationOf")));
    // a visit is not derived from the article that reports it
    assertTrue(!m.contains(m.createResource(NS + "source"), sub, m.createResource("http://www.w3.org/ns/prov#wasDerivedFrom")));
    // no punning of the ontology's own title
    assertTrue(!m.contains(m.createResource(NS + "title"), sub, m.createResource("http://purl.org/dc/terms/title")));
    assertTrue(!m.contains(null, org.apache.jena.vocabulary.RDFS.subClassOf, org.apache.jena.vocabulary.RDF.Statement));
  }
}
