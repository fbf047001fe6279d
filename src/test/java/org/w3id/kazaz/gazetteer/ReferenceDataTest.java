package org.w3id.kazaz.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.vocab.KZ;

/** The reference data agrees with itself: places lie in their state, heads hold their office. */
class ReferenceDataTest {
  static final String IRI =
      "https://w3id\\.org/kazaz/id/(state|place|person|org|route|office)/[a-z0-9]+(-[a-z0-9]+)*";

  static Model ref;

  @BeforeAll
  static void read() {
    ref = GazetteerLoader.reference();
  }

  @Test
  void everyPlaceWithAStateLiesInIt() {
    for (Statement s : ref.listStatements(null, KZ.locatedIn, (Resource) null).toList()) {
      Resource place = s.getSubject();
      Resource state = place.getPropertyResourceValue(KZ.state);
      Set<Resource> seen = new HashSet<>();
      Resource at = place;
      while (at != null && !ref.contains(at, RDF.type, KZ.State) && seen.add(at)) {
        at = at.getPropertyResourceValue(KZ.locatedIn);
      }
      assertTrue(at != null && ref.contains(at, RDF.type, KZ.State), place + " reaches no state");
      assertEquals(state, at, place + " lies in another state than its kz:state");
    }
  }

  @Test
  void headsOfStateHoldTheirStatesOffice() {
    List<Statement> heads = ref.listStatements(null, KZ.headOfState, (Resource) null).toList();
    assertTrue(heads.size() >= 2);
    for (Statement s : heads) {
      Resource person = s.getResource();
      assertTrue(ref.contains(person, RDF.type, KZ.Person), person.getURI());
      assertEquals(s.getSubject(), person.getPropertyResourceValue(KZ.state), person.getURI());
      Resource office = person.getPropertyResourceValue(KZ.holdsOffice);
      assertTrue(office != null && ref.contains(office, RDF.type, KZ.Office), person.getURI());
      assertEquals(s.getSubject(), office.getPropertyResourceValue(KZ.state), office.getURI());
    }
  }

  @Test
  void identifiersAreLowerCaseSlugsOfKnownKinds() {
    for (Resource r : ref.listSubjects().toList()) {
      assertTrue(r.getURI().matches(IRI), r.getURI());
    }
  }
}
