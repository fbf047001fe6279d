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
  void aClauseWithNoCommonNounGivesItsNamedSubjectAndVerb() {
    assertEquals("Kazakhstan exported", measured("Kazakhstan exported 5 million tons.", "5000000"));
    assertNull(measured("It was 5 million tons.", "5000000"));
  }

  @Test
  void whatACountedNounDidSaysWhatIsCounted() {
    assertEquals("people travelled from Georgia to Azerbaijan",
        measured("In 2024, almost 45,000 people travelled from Georgia to Azerbaijan, an increase of 20%.", "45000"));
  }

  @Test
  void anAmountWhoseClauseSaysNothingMeasuresWhatTheAmountBeforeItDoes() {
    assertEquals("assistance worth", measured("In 2023 we provided assistance worth $12.5 million; in 2022 it was"
        + " more than $11 million.", "11000000"));
  }

  @Test
  void whoDidWhatWithTheAmountAndWhereSaysWhatItIs() {
    assertEquals("Georgian investors had put into Armenia's mining sector", measured("The minister said that Georgian"
        + " investors had put more than $150 million into Armenia's mining sector.", "150000000"));
    assertEquals("Georgia has given in aid", measured("Over the last ten years Georgia has given around $80 million in aid.",
        "80000000"));
  }

  @Test
  void inAListOfAmountsEachIsOfTheNounBeforeIt() {
    assertEquals("mineral fertilisers", measured("Exports included grain $7.1 million, cotton $4.3 million and mineral"
        + " fertilisers $2.4 million.", "2400000"));
  }

  @Test
  void theLastPhraseOfTheParagraphCarriesOverButNotIntoTheNext() {
    String body = "In 2023 we provided assistance worth $12.5 million. In 2022 it was $11 million.\n\nIt is $9 million now.";
    assertEquals("assistance worth", measured(body, "11000000"));
    assertNull(measured(body, "9000000"));
  }
}
