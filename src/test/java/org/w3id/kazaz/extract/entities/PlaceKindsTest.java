package org.w3id.kazaz.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.w3id.kazaz.gazetteer.EntityKind;

/** The kinds of place that ontology/extraction/place-kinds.tsv gives by head word. */
class PlaceKindsTest {
  @Test
  void theLastHeadWordDecides() {
    assertEquals(EntityKind.PORT, PlaceKinds.kind("Port of Kuryk"));
    assertEquals(EntityKind.FIELD, PlaceKinds.kind("Kashagan field"));
    assertEquals(EntityKind.TERMINAL, PlaceKinds.kind("Sangachal Terminal"));
    assertEquals(EntityKind.REGION, PlaceKinds.kind("Mangystau Region"));
    assertEquals(EntityKind.STREET, PlaceKinds.kind("Abay Avenue"));
    assertEquals(EntityKind.BUILDING, PlaceKinds.kind("Palace of Independence"));
  }

  @Test
  void aNameOfStopsJoinedByDashesIsAPipelineAndANameWithNoHeadIsAPlace() {
    assertEquals(EntityKind.PIPELINE, PlaceKinds.kind("Atyrau-Samara-Novorossiysk"));
    assertEquals(EntityKind.PLACE, PlaceKinds.kind("Shymkent"));
  }

  @Test
  void everyKindInTheFileIsAKindOfPlace() {
    assertFalse(PlaceKinds.load().isEmpty());
    PlaceKinds.load().values().forEach(k -> org.junit.jupiter.api.Assertions.assertTrue(k.isPlace(), k.name()));
  }
}
