package org.w3id.kazaz.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.vocab.KZ;

class GazetteerLoaderTest {
  static final String KAZAKHSTAN = KZ.ID + "state/kazakhstan";
  static final String AZERBAIJAN = KZ.ID + "state/azerbaijan";

  static Gazetteer g;

  @BeforeAll
  static void load() {
    g = GazetteerLoader.load(GazetteerLoader.reference());
  }

  private static GazetteerEntry by(String label) {
    return g.byLabel(label).orElseThrow(() -> new AssertionError("no entry for " + label));
  }

  @Test
  void spellingsOfOneCompanyGiveOneEntry() {
    GazetteerEntry kmg = by("KazMunaiGas");
    assertEquals(kmg, by("KazMunayGas"));
    assertEquals(kmg, by("National Company KazMunayGas"));
    assertEquals(KZ.ID + "org/kazmunaygas", kmg.iri());
    assertEquals(EntityKind.COMPANY, kmg.kind());
    assertEquals(KAZAKHSTAN, kmg.stateIri());
  }

  @Test
  void apostrophesOfXianGiveOneEntry() {
    GazetteerEntry xian = by("Xi'an");
    assertEquals(xian, by("Xian"));
    assertEquals(xian, by("Xi’an"));
    assertEquals(KZ.ID + "place/xian", xian.iri());
    assertEquals(EntityKind.CITY, xian.kind());
    assertEquals(KZ.ID + "state/china", xian.stateIri());
  }

  @Test
  void absheronAndApsheronAreOneStation() {
    GazetteerEntry station = by("Absheron station");
    assertEquals(station, by("Apsheron station"));
    assertEquals(EntityKind.STATION, station.kind());
    assertEquals(AZERBAIJAN, station.stateIri());
  }

  @Test
  void findsActorsAtTheirOffsets() {
    String text =
        "Talks in Astana and Baku were held by Tokayev and Aliyev; SOCAR shipped oil via the"
            + " Middle Corridor.";
    List<Gazetteer.Hit> hits = g.findAll(text);
    assertEquals(
        List.of(
            new Gazetteer.Hit(g.byIri(KZ.ID + "place/astana").orElseThrow(), 9, 15, "Astana"),
            new Gazetteer.Hit(g.byIri(KZ.ID + "place/baku").orElseThrow(), 20, 24, "Baku"),
            new Gazetteer.Hit(
                g.byIri(KZ.ID + "person/kassym-jomart-tokayev").orElseThrow(), 38, 45, "Tokayev"),
            new Gazetteer.Hit(
                g.byIri(KZ.ID + "person/ilham-aliyev").orElseThrow(), 50, 56, "Aliyev"),
            new Gazetteer.Hit(g.byIri(KZ.ID + "org/socar").orElseThrow(), 58, 63, "SOCAR"),
            new Gazetteer.Hit(
                g.byIri(KZ.ID + "route/trans-caspian-international-transport-route").orElseThrow(),
                84,
                99,
                "Middle Corridor")),
        hits);
  }

  @Test
  void longerNamesWinOverTheNamesInside() {
    String text =
        "Grain from the Atyrau Region reached the Port of Aktau and crossed the Trans–Caspian"
            + " International Transport Route to Baku port.";
    List<String> iris = g.findAll(text).stream().map(h -> h.entry().iri()).toList();
    assertEquals(
        List.of(
            KZ.ID + "place/atyrau-region",
            KZ.ID + "place/port-of-aktau",
            KZ.ID + "route/trans-caspian-international-transport-route",
            KZ.ID + "place/port-of-baku"),
        iris);
  }

  @Test
  void organisationsPeopleAndStatesCarryTheirState() {
    assertEquals(AZERBAIJAN, by("SOCAR").stateIri());
    assertEquals(EntityKind.FUND, by("Samruk Kazyna Sovereign Wealth Fund").kind());
    assertEquals(KAZAKHSTAN, by("Samruk-Kazyna").stateIri());
    assertEquals(EntityKind.GOVERNMENT_BODY, by("Akorda press service").kind());
    assertEquals(KAZAKHSTAN, by("Kazakhstan").stateIri());
    assertEquals(by("Kazakhstan"), by("Republic of Kazakhstan"));
    assertEquals(EntityKind.STATE, by("Türkiye").kind());
    assertEquals(by("Türkiye"), by("Turkey"));
    GazetteerEntry tokayev = by("Kassym-Jomart Tokayev");
    assertEquals(EntityKind.PERSON, tokayev.kind());
    assertEquals("President", tokayev.role());
    assertEquals(KAZAKHSTAN, tokayev.stateIri());
    GazetteerEntry council = by("Kazakh-Azerbaijani Supreme Interstate Council");
    assertEquals(EntityKind.INTERGOVERNMENTAL_COUNCIL, council.kind());
    assertEquals(council, by("Supreme Interstate Council"));
    assertNull(council.stateIri());
    assertEquals(EntityKind.INTERNATIONAL_ORGANISATION, by("UNFCCC").kind());
    assertNull(by("United Nations").stateIri());
  }

  @Test
  void entriesAreSortedAndOfficesLeftOut() {
    List<String> iris = g.entries().stream().map(GazetteerEntry::iri).toList();
    assertEquals(iris.stream().sorted().toList(), iris);
    assertTrue(iris.stream().noneMatch(i -> i.startsWith(KZ.ID + "office/")));
    assertTrue(g.byLabel("President of Kazakhstan").isEmpty());
  }

  @Test
  void noLabelNamesTwoEntries() {
    Map<String, String> owner = new HashMap<>();
    for (GazetteerEntry e : g.entries()) {
      List<String> labels = new ArrayList<>(e.altLabels());
      labels.add(e.prefLabel());
      for (String l : labels) {
        String key = Gazetteer.fold(l);
        String before = owner.putIfAbsent(key, e.iri());
        assertTrue(before == null || before.equals(e.iri()), l + ": " + before + " and " + e.iri());
      }
    }
  }

  @Test
  void theMostSpecificKindWins() {
    Model m = ModelFactory.createDefaultModel();
    m.createResource(KZ.ID + "org/acme")
        .addProperty(RDF.type, KZ.Organisation)
        .addProperty(RDF.type, KZ.Company)
        .addProperty(SKOS.prefLabel, "Acme Cargo", "en")
        .addProperty(SKOS.altLabel, "Acme", "en")
        .addProperty(SKOS.altLabel, "Акме", "ru")
        .addProperty(KZ.state, m.createResource(AZERBAIJAN));
    GazetteerEntry e = GazetteerLoader.load(m).entries().get(0);
    assertEquals(EntityKind.COMPANY, e.kind());
    assertEquals(List.of("Acme"), e.altLabels());
    assertEquals(AZERBAIJAN, e.stateIri());
  }

  @Test
  void badReferenceDataIsRefusedNamingTheNode() {
    Model unlabelled = ModelFactory.createDefaultModel();
    unlabelled.createResource(KZ.ID + "place/nowhere").addProperty(RDF.type, KZ.City);
    OntologyException e1 =
        assertThrows(OntologyException.class, () -> GazetteerLoader.load(unlabelled));
    assertTrue(e1.getMessage().contains("place/nowhere"), e1.getMessage());
    assertEquals("E-ONTOLOGY", e1.code());

    Model twoKinds = ModelFactory.createDefaultModel();
    Resource r = twoKinds.createResource(KZ.ID + "place/both");
    r.addProperty(RDF.type, KZ.City).addProperty(RDF.type, KZ.Person);
    r.addProperty(SKOS.prefLabel, "Both", "en");
    OntologyException e2 =
        assertThrows(OntologyException.class, () -> GazetteerLoader.load(twoKinds));
    assertTrue(e2.getMessage().contains("place/both"), e2.getMessage());
  }

  @Test
  void missingOrBrokenResourcesAreNamed() {
    OntologyException missing =
        assertThrows(
            OntologyException.class,
            () -> OntologyResources.read(List.of("ontology/reference/no-such-file.ttl")));
    assertTrue(missing.getMessage().contains("no-such-file.ttl"), missing.getMessage());
    assertEquals("E-ONTOLOGY", missing.code());
    OntologyException broken =
        assertThrows(
            OntologyException.class, () -> OntologyResources.read(List.of("gazetteer/broken.ttl")));
    assertTrue(broken.getMessage().contains("gazetteer/broken.ttl"), broken.getMessage());
  }
}
