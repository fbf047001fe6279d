package org.w3id.kazaz.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.annotate.Span;

/** The other names a sentence gives a found body: as written, and the abbreviation it defines. */
class WrittenNamesTest {
  private static List<String> names(String text, String written, String label) {
    int at = text.indexOf(written);
    return WrittenNames.of(text, new Span(at, at + written.length(), written), label);
  }

  @Test
  void theWrittenFormAndTheDefinedAbbreviationAreAliases() {
    String text = "Georgia's National Tourism Agency (GNTA) and the Armenian Tourism Board signed it.";
    assertEquals(List.of("National Tourism Agency", "GNTA"),
        names(text, "National Tourism Agency", "National Tourism Agency of Georgia"));
  }

  @Test
  void theLabelItselfIsNoAliasNorIsABracketThatIsNoAbbreviationOfIt() {
    String text = "The Caspian Ferry Company (2019) opened a line.";
    assertEquals(List.of(), names(text, "Caspian Ferry Company", "Caspian Ferry Company"));
  }

  @Test
  void initialsInOrderEitherWay() {
    assertTrue(WrittenNames.initialsAgree("TSMU", "Tbilisi State Medical University"));
    assertTrue(WrittenNames.initialsAgree("GNTA", "National Tourism Agency"));
    assertFalse(WrittenNames.initialsAgree("UN", "Caspian Ferry Company"));
  }
}
