package org.w3id.kazaz.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Adjectives of nationality: the regular endings, and the irregular ones of demonyms.tsv. */
class DemonymsTest {
  private static final Gazetteer GAZ = GazetteerLoader.load(GazetteerLoader.reference());

  private static String state(String adjective) {
    GazetteerEntry e = Demonyms.state(adjective, GAZ);
    return e == null ? null : e.prefLabel();
  }

  @Test
  void regularEndingsComeFromTheStatesLabels() {
    assertEquals("Kazakhstan", state("Kazakh"));
    assertEquals("Azerbaijan", state("Azerbaijani"));
    assertEquals("Georgia", state("Georgian"));
    assertEquals("Ukraine", state("Ukrainian"));
    assertEquals("Hungary", state("Hungarian"));
  }

  @Test
  void irregularOnesComeFromTheDataFile() {
    assertEquals("Saudi Arabia", state("Saudi"));
    assertEquals("China", state("Chinese"));
    assertEquals("Türkiye", state("Turkish"));
    assertNull(state("Caspian"));
  }

  @Test
  void everyStateTheFileNamesIsInTheReferenceData() {
    Demonyms.load().forEach((adjective, labels) ->
        assertNotNull(labels.stream().map(GAZ::byLabel).flatMap(java.util.Optional::stream)
            .filter(e -> e.kind() == EntityKind.STATE).findFirst().orElse(null), adjective + " " + labels));
  }
}
