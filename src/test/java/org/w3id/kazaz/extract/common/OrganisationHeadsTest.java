package org.w3id.kazaz.extract.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.w3id.kazaz.gazetteer.EntityKind;

/** The head words of organisations' names in organisation-heads.tsv and the kinds they make. */
class OrganisationHeadsTest {
  @Test
  void theLastHeadWordOfABodysNameGivesItsKind() {
    assertEquals(EntityKind.AGENCY, Organisations.kind("Agency for Strategic Planning", "Agency for Strategic Planning"));
    assertEquals(EntityKind.FUND, Organisations.kind("Caspian Investment Fund", "Caspian Investment Fund"));
    assertEquals(EntityKind.COMPANY, Organisations.kind("Steppe Railways", "Steppe Railways"));
    assertEquals(EntityKind.GOVERNMENT_BODY, Organisations.kind("State Revenue Committee", "State Revenue Committee"));
    assertEquals(EntityKind.COMPANY, Organisations.kind("Qazaq Trans JSC", "Qazaq Trans"));
    assertEquals(EntityKind.ORGANISATION, Organisations.kind("Silk Way Museum", "Silk Way Museum"));
  }

  @Test
  void everyKindInTheHeadsFileIsAKindOfOrganisation() {
    assertFalse(Organisations.loadHeads().isEmpty());
    Organisations.loadHeads().forEach(h -> assertTrue(h.kind().isOrganisation(), h.toString()));
  }
}
