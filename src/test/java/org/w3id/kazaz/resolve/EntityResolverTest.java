package org.w3id.kazaz.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.extract.common.EntityRef;

class EntityResolverTest {
  private static final String KZ = "https://w3id.org/kazaz/id/state/kazakhstan";
  private static final String UZ = "https://w3id.org/kazaz/id/state/uzbekistan";
  private static final Map<String, String> STATES = Map.of(KZ, "Kazakhstan", UZ, "Uzbekistan");

  @Test
  void romanisationsOfOnePersonShareAKeyButNamesakesDoNot() {
    EntityRef a = EntityRef.found(EntityKind.PERSON, "Yermek Baimukhanov", KZ);
    EntityRef b = EntityRef.found(EntityKind.PERSON, "Ermek Baimukhanov", null);
    EntityRef c = EntityRef.found(EntityKind.PERSON, "Nurbek Tashiyev", null);
    EntityRef d = EntityRef.found(EntityKind.PERSON, "Nurbek Tashiev", null);
    EntityRef e = EntityRef.found(EntityKind.PERSON, "Gülnara Assanova", null);
    EntityRef f = EntityRef.found(EntityKind.PERSON, "Gulnara Asanova", null);
    EntityRef other = EntityRef.found(EntityKind.PERSON, "Dana Baimukhanov", null);
    assertEquals(EntityResolver.key(a, STATES), EntityResolver.key(b, STATES));
    assertEquals(EntityResolver.key(c, STATES), EntityResolver.key(d, STATES));
    assertEquals(EntityResolver.key(e, STATES), EntityResolver.key(f, STATES));
    assertNotEquals(EntityResolver.key(a, STATES), EntityResolver.key(other, STATES));
  }

  @Test
  void spellingsOfOneBodyShareAKeyAndALabel() {
    EntityRef a = EntityRef.found(EntityKind.AGENCY, "Agency for the Promotion of Exports", UZ);
    EntityRef b = EntityRef.found(EntityKind.AGENCY, "Export Promotion Agency of Uzbekistan", UZ);
    EntityRef c = EntityRef.found(EntityKind.AGENCY, "Agency for the Promotion of Exports of Uzbekistan", UZ);
    // word order, a plural and the state written in the name differ: one body
    assertEquals(EntityResolver.key(a, STATES), EntityResolver.key(c, STATES));
    assertEquals(EntityResolver.key(b, STATES), EntityResolver.key(c, STATES));
    Map<String, String> labels = EntityResolver.canonicalLabels(List.of(b, a, c), STATES);
    assertEquals("Agency for the Promotion of Exports of Uzbekistan", labels.get(EntityResolver.key(a, STATES)));
    assertEquals(labels, EntityResolver.canonicalLabels(List.of(c, b, a), STATES));
  }

  @Test
  void aPossessiveStateIsTheBodysState() {
    EntityRef a = EntityRef.found(EntityKind.GOVERNMENT_BODY, "Kazakhstan's Ministry of Energy", KZ);
    EntityRef b = EntityRef.found(EntityKind.GOVERNMENT_BODY, "Ministry of Energy of Kazakhstan", KZ);
    assertEquals(EntityResolver.key(a, STATES), EntityResolver.key(b, STATES));
  }

  @Test
  void aBodyNamedWithoutItsStateIsTheOneBodyOfThatNameWithAState() {
    EntityRef bare = EntityRef.found(EntityKind.GOVERNMENT_BODY, "State Grain Inspectorate", null);
    EntityRef kz = EntityRef.found(EntityKind.GOVERNMENT_BODY, "State Grain Inspectorate of Kazakhstan", KZ);
    Map<String, String> labels = EntityResolver.canonicalLabels(List.of(bare, kz), STATES);
    assertEquals("State Grain Inspectorate of Kazakhstan", labels.get(EntityResolver.key(bare, STATES)));
    // with one in each of two states, the bare name stays its own
    EntityRef uz = EntityRef.found(EntityKind.GOVERNMENT_BODY, "State Grain Inspectorate of Uzbekistan", UZ);
    labels = EntityResolver.canonicalLabels(List.of(bare, kz, uz), STATES);
    assertEquals("State Grain Inspectorate", labels.get(EntityResolver.key(bare, STATES)));
  }

  @Test
  void sameNameInAnotherStateIsAnotherBody() {
    EntityRef kz = EntityRef.found(EntityKind.GOVERNMENT_BODY, "Ministry of Energy of Kazakhstan", KZ);
    EntityRef uz = EntityRef.found(EntityKind.GOVERNMENT_BODY, "Ministry of Energy of Uzbekistan", UZ);
    assertNotEquals(EntityResolver.key(kz, STATES), EntityResolver.key(uz, STATES));
  }

  @Test
  void otherWordsAreAnotherBody() {
    EntityRef a = EntityRef.found(EntityKind.GOVERNMENT_BODY, "Ministry of Energy of Kazakhstan", KZ);
    EntityRef b = EntityRef.found(EntityKind.GOVERNMENT_BODY, "Ministry of Energy and Mining of Kazakhstan", KZ);
    assertNotEquals(EntityResolver.key(a, STATES), EntityResolver.key(b, STATES));
  }

  @Test
  void anAcronymIsTheBodyWhoseNameItAbbreviates() {
    EntityRef full = EntityRef.found(EntityKind.AGENCY, "National Information Agency", UZ);
    EntityRef acronym = EntityRef.found(EntityKind.AGENCY, "NIA", UZ);
    EntityRef elsewhere = EntityRef.found(EntityKind.AGENCY, "NIA", KZ);
    List<EntityRef> refs = List.of(acronym, full, elsewhere);
    Map<String, String> labels = new java.util.HashMap<>(EntityResolver.canonicalLabels(refs, STATES));
    EntityResolver.resolveAcronyms(refs, STATES, labels);
    assertEquals("National Information Agency", labels.get(EntityResolver.key(acronym, STATES)));
    assertEquals("NIA", labels.get(EntityResolver.key(elsewhere, STATES)));
  }

  @Test
  void aOneWordNameThatBeginsOneLongerBodysNameIsThatBody() {
    EntityRef longer = EntityRef.found(EntityKind.COMPANY, "Steppe Logistics Holding", KZ);
    EntityRef shortName = EntityRef.found(EntityKind.ORGANISATION, "Steppe", null);
    Map<String, String> labels = new java.util.HashMap<>(EntityResolver.canonicalLabels(List.of(longer, shortName), STATES));
    EntityResolver.resolvePrefixes(List.of(longer, shortName), STATES, labels);
    assertEquals("Steppe Logistics Holding", labels.get(EntityResolver.key(shortName, STATES)));
    EntityRef other = EntityRef.found(EntityKind.COMPANY, "Steppe Grain Company", KZ);
    labels = new java.util.HashMap<>(EntityResolver.canonicalLabels(List.of(longer, other, shortName), STATES));
    EntityResolver.resolvePrefixes(List.of(longer, other, shortName), STATES, labels);
    assertEquals("Steppe", labels.get(EntityResolver.key(shortName, STATES)), "two bodies begin with it: none");
  }

  @Test
  void theTailOfOneLongerNameIsThatBodyButOfTwoNeither() {
    EntityRef longer = EntityRef.found(EntityKind.ORGANISATION, "Georgian-Armenian Business Council", null);
    EntityRef tail = EntityRef.found(EntityKind.ORGANISATION, "Business Council", null);
    Map<String, String> labels = new java.util.HashMap<>(EntityResolver.canonicalLabels(List.of(longer, tail), STATES));
    EntityResolver.resolveTails(labels);
    assertEquals("Georgian-Armenian Business Council", labels.get(EntityResolver.key(tail, STATES)));
    EntityRef other = EntityRef.found(EntityKind.ORGANISATION, "Turkish-Georgian Business Council", null);
    labels = new java.util.HashMap<>(EntityResolver.canonicalLabels(List.of(longer, other, tail), STATES));
    EntityResolver.resolveTails(labels);
    assertEquals("Business Council", labels.get(EntityResolver.key(tail, STATES)), "two councils end so: neither");
    // a longer name with another last word is another body
    EntityRef plan = EntityRef.found(EntityKind.ORGANISATION, "Business Council Secretariat", null);
    labels = new java.util.HashMap<>(EntityResolver.canonicalLabels(List.of(plan, tail), STATES));
    EntityResolver.resolveTails(labels);
    assertEquals("Business Council", labels.get(EntityResolver.key(tail, STATES)));
  }
}
