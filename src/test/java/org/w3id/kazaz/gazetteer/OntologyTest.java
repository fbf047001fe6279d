package org.w3id.kazaz.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.vocab.KZ;

class OntologyTest {
  /** The entities of /work/shared/wikidata.md by Q-id, each with the one IRI that may carry it. */
  static final Map<String, String> ALLOWED_WIKIDATA =
      Map.ofEntries(
          Map.entry("Q232", KZ.ID + "state/kazakhstan"),
          Map.entry("Q227", KZ.ID + "state/azerbaijan"),
          Map.entry("Q200881", KZ.ID + "person/kassym-jomart-tokayev"),
          Map.entry("Q1520", KZ.ID + "place/astana"),
          Map.entry("Q9248", KZ.ID + "place/baku"),
          Map.entry("Q5826", KZ.ID + "place/xian"),
          Map.entry("Q5484", KZ.ID + "place/caspian-sea"),
          Map.entry("Q596850", KZ.ID + "org/organization-of-turkic-states"),
          Map.entry("Q81299", KZ.ID + "org/osce"),
          Map.entry("Q1065", KZ.ID + "org/united-nations"),
          Map.entry("Q238931", KZ.ID + "place/mangystau-region"),
          Map.entry("Q427658", KZ.ID + "place/atyrau-region"),
          Map.entry("Q5256775", KZ.ID + "office/president-of-kazakhstan"));

  /** The classes of the same list, for alignment of ontology classes. */
  static final Set<String> ALLOWED_WIKIDATA_CLASSES =
      Set.of("Q131569", "Q15221623", "Q6256", "Q484652");

  static final String WIKIDATA = "http://www.wikidata.org/entity/";

  static Model onto;
  static Model ref;

  @BeforeAll
  static void read() {
    onto = GazetteerLoader.ontology();
    ref = GazetteerLoader.reference();
  }

  @Test
  void exactlyOneOntologyWithItsVersionIri() {
    List<Resource> ontologies = onto.listSubjectsWithProperty(RDF.type, OWL.Ontology).toList();
    assertEquals(1, ontologies.size());
    Resource o = ontologies.get(0);
    assertEquals("https://w3id.org/kazaz/ontology", o.getURI());
    List<RDFNode> versions = onto.listObjectsOfProperty(o, OWL2.versionIRI).toList();
    assertEquals(1, versions.size());
    assertTrue(versions.get(0).isURIResource());
    assertTrue(versions.get(0).asResource().getURI().startsWith(o.getURI() + "/"));
    assertTrue(o.hasProperty(OWL.versionInfo));
  }

  @Test
  void everyConstantOfKzIsDeclared() throws IllegalAccessException {
    List<String> missing = new ArrayList<>();
    int n = 0;
    for (Field f : KZ.class.getFields()) {
      if (!Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      Object v = f.get(null);
      if (v instanceof Property p) {
        n++;
        if (!onto.contains(p, RDF.type, OWL.ObjectProperty)
            && !onto.contains(p, RDF.type, OWL.DatatypeProperty)) {
          missing.add(f.getName() + " (property)");
        }
      } else if (v instanceof Resource r) {
        n++;
        if (!onto.contains(r, RDF.type, OWL.Class)) {
          missing.add(f.getName() + " (class)");
        }
      }
    }
    assertTrue(n > 80, "reflection found the constants");
    assertEquals(List.of(), missing);
  }

  @Test
  void literalValuedPropertiesAreDatatypeProperties() {
    List<Property> literal =
        List.of(KZ.signedOn, KZ.startDate, KZ.endDate, KZ.date, KZ.published, KZ.validFrom,
            KZ.validUntil, KZ.value, KZ.unit, KZ.stopIndex, KZ.title, KZ.indicator, KZ.role,
            KZ.qualifier, KZ.fileName, KZ.lengthKm, KZ.durationDays, KZ.carries);
    for (Property p : literal) {
      assertTrue(onto.contains(p, RDF.type, OWL.DatatypeProperty), p.getLocalName());
      assertFalse(onto.contains(p, RDF.type, OWL.ObjectProperty), p.getLocalName());
    }
    List<Property> linking =
        List.of(KZ.party, KZ.signatory, KZ.signedIn, KZ.participant, KZ.place, KZ.headOfState,
            KZ.holdsOffice, KZ.state, KZ.locatedIn, KZ.hasStop, KZ.stopPlace, KZ.partOfRoute,
            KZ.subject, KZ.mentions, KZ.source, KZ.evidence, KZ.amends, KZ.implementsDocument);
    for (Property p : linking) {
      assertTrue(onto.contains(p, RDF.type, OWL.ObjectProperty), p.getLocalName());
    }
    Resource xsd = ResourceFactory.createResource("http://www.w3.org/2001/XMLSchema#gYear");
    assertTrue(onto.contains(KZ.validFrom, RDFS.range, xsd));
  }

  @Test
  void everyTermHasAnEnglishLabelAndDefinition() {
    Set<Resource> terms = kzTerms(onto);
    assertTrue(terms.size() > 80);
    for (Resource t : terms) {
      assertTrue(hasEnglish(t, RDFS.label), t + " has no @en rdfs:label");
      assertTrue(hasEnglish(t, SKOS.definition), t + " has no @en skos:definition");
    }
  }

  @Test
  void classHierarchyAsDesigned() {
    assertTrue(onto.contains(KZ.MemorandumOfUnderstanding, RDFS.subClassOf, KZ.Memorandum));
    assertTrue(onto.contains(KZ.Corridor, RDFS.subClassOf, KZ.Route));
    assertTrue(onto.contains(KZ.Port, RDFS.subClassOf, KZ.Place));
    assertTrue(onto.contains(KZ.Fund, RDFS.subClassOf, KZ.Organisation));
    assertTrue(onto.contains(KZ.Shipment, RDFS.subClassOf, KZ.Event));
    assertTrue(onto.contains(KZ.CooperationAgreement, RDFS.subClassOf, KZ.Agreement));
  }

  @Test
  void referenceUsesOnlyDeclaredTerms() {
    Set<Resource> declared = kzTerms(onto);
    Set<String> undeclared = new TreeSet<>();
    for (Statement s : ref.listStatements().toList()) {
      if (s.getPredicate().getURI().startsWith(KZ.NS) && !declared.contains(s.getPredicate())) {
        undeclared.add(s.getPredicate().getURI());
      }
      RDFNode o = s.getObject();
      if (o.isURIResource() && o.asResource().getURI().startsWith(KZ.NS)
          && !declared.contains(o.asResource())) {
        undeclared.add(o.asResource().getURI());
      }
    }
    assertEquals(Set.of(), undeclared);
  }

  @Test
  void wikidataLinksOnlyFromTheCheckedList() {
    int links = 0;
    for (Statement s : ref.listStatements().toList()) {
      String q = wikidataId(s);
      if (q != null) {
        assertEquals(OWL.sameAs, s.getPredicate(), "Wikidata link by owl:sameAs: " + s);
        assertEquals(ALLOWED_WIKIDATA.get(q), s.getSubject().getURI(), "not allowed: " + s);
        links++;
      }
    }
    assertEquals(ALLOWED_WIKIDATA.size(), links, "every checked identifier is used once");
    for (Statement s : onto.listStatements().toList()) {
      String q = wikidataId(s);
      if (q != null) {
        assertTrue(ALLOWED_WIKIDATA_CLASSES.contains(q), "not an allowed class: " + s);
      }
    }
  }

  @Test
  void sectorsAreTenConceptsOfOneScheme() {
    Resource scheme = onto.createResource(KZ.ID + "sector");
    assertTrue(onto.contains(scheme, RDF.type, SKOS.ConceptScheme));
    List<Resource> concepts = onto.listSubjectsWithProperty(SKOS.inScheme, scheme).toList();
    Set<String> names = new TreeSet<>();
    for (Resource c : concepts) {
      assertTrue(c.hasProperty(RDF.type, SKOS.Concept));
      assertTrue(hasEnglish(c, SKOS.prefLabel), c.getURI());
      names.add(c.getURI().substring((KZ.ID + "sector/").length()));
    }
    assertEquals(
        new TreeSet<>(List.of("transport", "energy", "digital", "culture", "education", "space",
            "security", "business", "media", "science")),
        names);
  }

  /** The Q-id of a statement's object if it is a Wikidata entity, else null. */
  private static String wikidataId(Statement s) {
    RDFNode o = s.getObject();
    if (o.isURIResource() && o.asResource().getURI().startsWith(WIKIDATA)) {
      return o.asResource().getURI().substring(WIKIDATA.length());
    }
    return null;
  }

  private static Set<Resource> kzTerms(Model m) {
    Set<Resource> out = new HashSet<>();
    m.listSubjects()
        .forEachRemaining(
            r -> {
              if (r.isURIResource() && r.getURI().startsWith(KZ.NS)) {
                out.add(r);
              }
            });
    return out;
  }

  private static boolean hasEnglish(Resource r, Property p) {
    return r.listProperties(p)
        .toList()
        .stream()
        .anyMatch(s -> s.getObject().isLiteral() && "en".equals(s.getLiteral().getLanguage()));
  }
}
