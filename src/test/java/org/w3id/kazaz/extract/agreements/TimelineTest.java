package org.w3id.kazaz.extract.agreements;

import org.w3id.kazaz.extract.Annotated;
import org.w3id.kazaz.extract.TestGazetteer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.gazetteer.Gazetteer;

/** A chronology of documents, dates and cities before a colon: written for the test. */
class TimelineTest {
  private static final Gazetteer GAZ = TestGazetteer.gazetteer();

  @Test
  void eachTitleOfAnItemIsADocumentOfItsDateAndCity() {
    String body = "Milestones of the partnership:\n\n"
        + "- 12 June 2001: Treaty on Friendship and Cooperation\n"
        + "- 5 May 2019, Baku: Protocol on Water Resources; Memorandum on Tourism\n"
        + "- 2021: the sides met twice\n";
    List<AgreementRecord> rs =
        new AgreementExtractor(GAZ).run(Annotated.of(TestGazetteer.article("2025-04-10", body), GAZ)).agreements();
    assertEquals(3, rs.size(), rs.toString());
    assertEquals(AgreementType.Treaty, rs.get(0).type(), rs.toString());
    assertEquals("2001-06-12", String.valueOf(rs.get(0).date()), rs.toString());
    assertEquals(AgreementType.Protocol, rs.get(1).type());
    assertEquals("Protocol on Water Resources", rs.get(1).title());
    assertEquals("2019-05-05", String.valueOf(rs.get(1).date()), rs.toString());
    assertEquals("Baku", rs.get(1).place().label());
    assertEquals("Memorandum on Tourism", rs.get(2).title());
    assertEquals("2019-05-05", String.valueOf(rs.get(2).date()), rs.toString());
  }
}
