package org.w3id.kazaz.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.annotate.AnnotatedArticle;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.extract.Annotated;
import org.w3id.kazaz.extract.TestGazetteer;
import org.w3id.kazaz.extract.agreements.AgreementExtractor;
import org.w3id.kazaz.gazetteer.Gazetteer;

/** A signing reported as news is a ceremony; a document list, or a signing of years ago, is not. */
class SigningCeremoniesTest {
  private static final Gazetteer GAZ = TestGazetteer.gazetteer();

  private static List<EventRecord> ceremonies(String date, String body) {
    Article a = TestGazetteer.article(date, body);
    AnnotatedArticle doc = Annotated.of(a, GAZ);
    return EventExtractor.extract(doc, GAZ, new AgreementExtractor(GAZ).run(doc).agreements()).stream()
        .filter(e -> e.type() == EventType.Ceremony).toList();
  }

  @Test
  void aDocumentSignedThisWeekInBakuIsItsSigningCeremony() {
    List<EventRecord> cs = ceremonies("2026-10-09",
        "Two port operators on Wednesday signed in Baku an agreement on a joint container terminal.");
    assertEquals(1, cs.size(), cs.toString());
    assertEquals("2026-10-07", cs.get(0).start().toString());
    assertEquals(TestGazetteer.ID + "place/baku", cs.get(0).place().iri());
    assertTrue(cs.get(0).name().startsWith("Signing of the agreement on a joint container terminal"), cs.get(0).name());
  }

  @Test
  void aDocumentSignedYearsAgoIsHistoryNotACeremony() {
    assertEquals(List.of(), ceremonies("2026-10-09",
        "The two railways signed an agreement on a joint venture in Baku on 12 May 2019."));
  }

  @Test
  void twoDocumentsSignedTheSameDayAtTheSamePlaceAreOneSigning() {
    List<EventRecord> cs = ceremonies("2026-10-09",
        "On Thursday in Baku the ministers signed a protocol on customs data and a memorandum on green energy.");
    assertEquals(1, cs.size(), cs.toString());
  }

  @Test
  void documentsTheStatesSignAtTheirTalksBelongToTheTalksUnlessTheSigningIsAnOccasion() {
    String talks = "Kassym-Jomart Tokayev and Ilham Aliyev held talks in Baku on Wednesday. On Wednesday in Baku"
        + " Kazakhstan and Azerbaijan signed a protocol on customs data.";
    assertEquals(List.of(), ceremonies("2026-10-09", talks));
    assertEquals(1, ceremonies("2026-10-09", talks + " Aliyev called the signing a milestone.").size());
  }
}
