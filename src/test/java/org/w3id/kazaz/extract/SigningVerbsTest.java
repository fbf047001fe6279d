package org.w3id.kazaz.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.gazetteer.EntityKind;

/** The signing words of signing-verbs.tsv and the organisation head words of organisation-heads.tsv. */
class SigningVerbsTest {
  @Test
  void theSigningVerbsAreTheFilesVerbsAndNounsApart() {
    Pattern verb = Pattern.compile("(?i)\\b(?:" + SigningVerbs.VERBS + ")\\b");
    assertTrue(verb.matcher("a memorandum was inked on Friday").find());
    assertTrue(verb.matcher("The ministers signed a protocol").find());
    assertFalse(verb.matcher("the signing of a protocol").find());
    assertTrue(Pattern.compile("(?i)\\b(?:" + SigningVerbs.NOUNS + ")\\b").matcher("the signing  of a protocol").find());
  }

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
