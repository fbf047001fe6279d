package org.w3id.kazaz.extract.entities;

import org.w3id.kazaz.extract.TestGazetteer;
import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.common.Mention;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.annotate.Span;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.w3id.kazaz.extract.Annotated;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerEntry;

class ReferenceMentionsTest {
  private static Gazetteer gazetteer() {
    List<GazetteerEntry> es = new ArrayList<>(TestGazetteer.gazetteer().entries());
    es.add(new GazetteerEntry(TestGazetteer.ID + "person/shavkat-mirziyoyev", EntityKind.PERSON,
        "Shavkat Mirziyoyev", List.of("Mirziyoyev"), TestGazetteer.UZ, "President"));
    return new Gazetteer(es);
  }

  private static List<String> mentioned(Article a, List<Mention> orgs) {
    return ReferenceMentions.find(Annotated.of(a, gazetteer()), gazetteer(), orgs).stream()
        .map(m -> m.entity().label() + "@" + m.span().text()).toList();
  }

  @Test
  void datelineCityIsAMention() {
    Article a = TestGazetteer.article("2025-06-03", "BAKU – Talks were held.");
    assertEquals(List.of("Baku@BAKU"), mentioned(a, List.of()));
  }

  @Test
  void aPlaceInsideTheNameOfABodyIsNotAMentionOfThePlace() {
    String body = "The Baku Institute of Oil and Kazakhstan signed a memorandum.";
    Article a = TestGazetteer.article("2025-06-03", body);
    int start = a.bodyStart() + body.indexOf("Baku Institute");
    Mention org = new Mention(EntityRef.found(EntityKind.ORGANISATION, "Baku Institute of Oil", null),
        new Span(start, start + "Baku Institute of Oil".length(), "Baku Institute of Oil"));
    assertEquals(List.of("Kazakhstan@Kazakhstan"), mentioned(a, List.of(org)));
  }

  @Test
  void aSurnameInAnotherNameIsNotThePerson() {
    Article a = TestGazetteer.article("2025-06-03",
        "They walked along Islam Mirziyoyev Avenue. Later Timur Mirziyoyev spoke, and President Mirziyoyev replied.");
    assertEquals(List.of("Shavkat Mirziyoyev@Mirziyoyev"), mentioned(a, List.of()));
  }
}
