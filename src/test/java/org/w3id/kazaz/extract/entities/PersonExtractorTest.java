package org.w3id.kazaz.extract.entities;

import org.w3id.kazaz.extract.Annotated;
import org.w3id.kazaz.extract.TestGazetteer;
import org.w3id.kazaz.extract.common.Mention;
import org.w3id.kazaz.gazetteer.EntityKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerEntry;

class PersonExtractorTest {
  private static Gazetteer gazetteer() {
    List<GazetteerEntry> es = new ArrayList<>(TestGazetteer.gazetteer().entries());
    es.add(new GazetteerEntry(TestGazetteer.ID + "person/shavkat-mirziyoyev", EntityKind.PERSON,
        "Shavkat Mirziyoyev", List.of("Mirziyoyev"), TestGazetteer.UZ, "President"));
    return new Gazetteer(es);
  }

  @Test
  void aRoleIntroducesANameAndTheSurnameIsMentionedLater() {
    Article a = TestGazetteer.article("2025-06-03",
        "TASHKENT – Kazakh economist Dana Serikova wrote on her blog that transit will double. "
            + "Serikova expects new rail links.\n\nPresident Shavkat Mirziyoyev met the delegation.");
    PersonExtractor.Result r = PersonExtractor.extract(Annotated.of(a, gazetteer()), gazetteer());
    assertEquals(1, r.people().size(), r.people().toString());
    PersonRecord p = r.people().get(0);
    assertEquals("Dana Serikova", p.person().label());
    assertEquals("economist", p.role());
    assertEquals(TestGazetteer.KZ, p.person().stateIri());
    assertTrue(p.evidence().text().startsWith("TASHKENT – Kazakh economist"), p.evidence().text());
    List<String> mentioned = r.mentions().stream().map(m -> m.span().text()).toList();
    assertEquals(List.of("Dana Serikova", "Serikova"), mentioned);
    for (Mention m : r.mentions()) {
      assertEquals(m.span().text(), a.text().substring(m.span().start(), m.span().end()));
    }
  }

  @Test
  void aStateAfterTheRoleAndNoState() {
    Article a = TestGazetteer.article("2025-06-03",
        "The ambassador of Azerbaijan Rauf Guliyev opened the exhibition. Independent analyst Timur Bekov disagreed.");
    PersonExtractor.Result r = PersonExtractor.extract(Annotated.of(a, gazetteer()), gazetteer());
    assertEquals(2, r.people().size(), r.people().toString());
    assertEquals("Rauf Guliyev", r.people().get(0).person().label());
    assertEquals("ambassador", r.people().get(0).role());
    assertEquals(TestGazetteer.AZ, r.people().get(0).person().stateIri());
    assertEquals("Timur Bekov", r.people().get(1).person().label());
    assertEquals("independent analyst", r.people().get(1).role());
    assertNull(r.people().get(1).person().stateIri());
  }

  @Test
  void knownPeopleAndNamesOfThingsAreNotNewPeople() {
    Article a = TestGazetteer.article("2025-06-03",
        "President Shavkat Mirziyoyev visited the Business Council. The head of Baku Port spoke.");
    assertTrue(PersonExtractor.extract(Annotated.of(a, gazetteer()), gazetteer()).people().isEmpty());
  }
}
