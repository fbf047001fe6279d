package org.w3id.kazaz.extract.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void legalFormsQuotesAndCaseFoldAway() {
    assertEquals("kazakh invest", Names.normalise("JSC “Kazakh Invest”"));
    assertEquals("kazakh invest", Names.normalise("the Joint-Stock Company \"Kazakh Invest\""));
    assertEquals("kazakh invest", Names.normalise("Kazakh Invest Joint Stock Company"));
    assertEquals("qazaq gaz", Names.normalise("Non-profit Joint Stock Company «QazaqGaz»".replace("QazaqGaz", "Qazaq Gaz")));
    assertEquals("astana trade house", Names.normalise("Astana Trade House LLP"));
  }

  @Test
  void ofTheRepublicFoldsToOf() {
    assertEquals(Names.normalise("State Grain Company of Azerbaijan"),
        Names.normalise("the State Grain Company of the Republic of Azerbaijan"));
    assertEquals("kazakhstan", Names.normalise("Republic of Kazakhstan"));
  }

  @Test
  void slugIsAsciiHyphenatedAndBounded() {
    assertEquals("azerbaycan-dovlet-neft-sirketi", Names.slug("Azərbaycan Dövlət Neft Şirkəti"));
    assertEquals("xian-terminal", Names.slug("Xi’an terminal"));
    String longName = "Ministry of Digital Development, Innovation and Aerospace Industry of the Republic of"
        + " Kazakhstan and its Committee";
    String slug = Names.slug(longName);
    assertTrue(slug.length() <= 80, slug);
    assertTrue(slug.matches("[a-z0-9]+(?:-[a-z0-9]+)*"), slug);
    assertEquals(slug, Names.slug(longName));
    assertEquals("x", Names.slug("“”"));
  }
}
