package org.w3id.kazaz.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.extract.ArticleExtractor;
import org.w3id.kazaz.extract.Extraction;
import org.w3id.kazaz.extract.TestGazetteer;
import org.w3id.kazaz.extract.common.Mention;

/** "The company", "the Kazakh side": what they refer to, on sentences written for the test. */
class ReferentsTest {
  private static List<Mention> mentions(String body) {
    Extraction x = new ArticleExtractor(TestGazetteer.gazetteer()).extract(TestGazetteer.article("2025-05-20", body));
    return x.mentions();
  }

  private static List<String> referredBy(List<Mention> ms, String phrase) {
    return ms.stream().filter(m -> m.span().text().equalsIgnoreCase(phrase)).map(m -> m.entity().label()).toList();
  }

  @Test
  void theCompanyIsTheOneCompanyNamedJustBefore() {
    List<Mention> ms = mentions("Steppe Rail Company dispatched three trains to Baku in May. The company quotes"
        + " delivery times of 12 days.");
    assertEquals(List.of("Steppe Rail Company"), referredBy(ms, "The company"), ms.toString());
  }

  @Test
  void whereTwoCompaniesCouldBeMeantNeitherIs() {
    List<Mention> ms = mentions("Steppe Rail Company and Caspian Shipping Company signed a deal in May. The company"
        + " expects growth.");
    assertTrue(referredBy(ms, "The company").isEmpty(), ms.toString());
  }

  @Test
  void theKazakhSideIsKazakhstan() {
    List<Mention> ms = mentions("The talks went well, and the Kazakh side put the total at ten documents.");
    assertEquals(List.of("Kazakhstan"), referredBy(ms, "the Kazakh side"), ms.toString());
    assertFalse(referredBy(mentions("The other side disagreed."), "The other side").contains("Kazakhstan"));
  }
}
