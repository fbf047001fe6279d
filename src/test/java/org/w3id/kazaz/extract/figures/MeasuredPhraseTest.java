package org.w3id.kazaz.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.extract.Annotated;
import org.w3id.kazaz.extract.TestGazetteer;

/** What an amount is of, in the sentence's own words, on sentences written for the test. */
class MeasuredPhraseTest {
  private static String measured(String body, String value) {
    List<FigureRecord> all = FigureExtractor.extract(
        Annotated.of(TestGazetteer.article("2025-05-20", body), TestGazetteer.gazetteer()), TestGazetteer.gazetteer());
    return all.stream().filter(f -> f.value().compareTo(new BigDecimal(value)) == 0).findFirst()
        .orElseThrow(() -> new AssertionError("no " + value + " in " + all)).measured();
  }

  @Test
  void theSubjectBeforeTheVerbSaysWhatTheAmountIs() {
    assertEquals("grain shipments from Kuryk port",
        measured("Last year, grain shipments from Kuryk port rose from 40,000 tons to 65,000 tons.", "65000"));
    assertEquals("grain shipments from Kuryk port",
        measured("Last year, grain shipments from Kuryk port rose from 40,000 tons to 65,000 tons.", "40000"));
  }

  @Test
  void anObjectBetweenTheVerbAndTheAmountWins() {
    assertEquals("volume of cotton shipped through Poti port",
        measured("Officials put the volume of cotton shipped through Poti port since 2021 at 52,000 tons.", "52000"));
  }

  @Test
  void whatTheAmountIsOfComesAfterIt() {
    assertEquals("barley", measured("Kazakhstan delivered 30,000 tons of barley to Baku in April.", "30000"));
  }

  @Test
  void aClauseWithNoCommonNounGivesNone() {
    assertNull(measured("Kazakhstan exported 5 million tons.", "5000000"));
  }
}
