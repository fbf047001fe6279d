package org.w3id.kazaz.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The indicator vocabulary of ontology/extraction/figure-indicators.tsv on sentences written for it. */
class FigureIndicatorsTest {
  private static FigureIndicators.Reading read(String sentence, String amount, String unit, String counted) {
    int start = sentence.indexOf(amount);
    return FigureIndicators.read(sentence, start, start + amount.length(), unit, counted, "");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Bilateral trade turnover reached $1.2 billion.|$1.2 billion|USD|trade turnover",
    "Customs logged $90 million of trade with the neighbour.|$90 million|USD|trade turnover",
    "Local goods sold to the region were worth $12 million.|$12 million|USD|exports",
    "The pipeline can carry 3 million tons a year.|3 million tons a year|t/year|capacity",
    "The plant will have 200 MW.|200 MW|MW|capacity",
    "The terminal handled 9,000 TEU.|9,000 TEU|TEU|container volume handled",
    "The railway delivered 80,000 tonnes of barley in spring.|80,000 tonnes|t|cargo volume of barley delivered",
    "They bought timber worth $3 million.|$3 million|USD|value of timber",
    "The section runs for 120 km.|120 km|km|length",
  })
  void indicatorFromTheWordsAround(String sentence, String amount, String unit, String indicator) {
    assertEquals(indicator, read(sentence, amount, unit, null).indicator(), sentence);
  }

  @Test
  void qualifiersComeFromTheClause() {
    assertEquals("planned", read("The company plans to ship 2 million tons.", "2 million tons", "t", null).qualifier());
    assertEquals("planned cargo volume",
        read("The company plans to ship 2 million tons.", "2 million tons", "t", null).indicator());
    assertEquals("previously", read("Earlier, the trip took 30 days.", "30 days", "days", null).qualifier());
    assertEquals("planned", read("A second line would take capacity to 12 million tons.", "12 million tons", "t", null)
        .qualifier());
    assertNull(read("The trip took 30 days.", "30 days", "days", null).qualifier());
  }

  @Test
  void aGrowthOrDeclineByItsVerb() {
    assertEquals("exports decline", read("Exports fell 8% last year.", "8%", "percent", null).indicator());
    assertEquals("trade turnover growth", read("Turnover grew 3.5-fold.", "3.5-fold", "times", null).indicator());
  }
}
