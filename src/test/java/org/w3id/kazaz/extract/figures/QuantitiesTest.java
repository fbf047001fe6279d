package org.w3id.kazaz.extract.figures;

import org.w3id.kazaz.extract.Annotated;
import org.w3id.kazaz.extract.TestGazetteer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.kazaz.annotate.AnnotatedArticle;
import org.w3id.kazaz.annotate.Sentence;

class QuantitiesTest {
  /** The amounts of every sentence of {@code text}, as the figure reader sees them. */
  static List<Quantities.Amount> annotated(String text) {
    AnnotatedArticle doc = Annotated.of(TestGazetteer.article("2025-02-10", text), TestGazetteer.gazetteer());
    List<Quantities.Amount> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      out.addAll(Quantities.findAll(s, doc.entities(s.start(), s.end())));
    }
    return out;
  }

  private static Quantities.Amount only(String text) {
    List<Quantities.Amount> all = annotated(text);
    assertEquals(1, all.size(), text + " -> " + all);
    return all.get(0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Exports reached $529 million last year.|529000000|USD",
    "They want to bring the turnover to US $ 1 billion.|1000000000|USD",
    "It drew investments of USD 2.5 billion.|2500000000|USD",
    "It is a contract worth 3.2 billion US dollars.|3200000000|USD",
    "The bank gave a loan of 40 billion tenge.|40000000000|KZT",
    "The fund lent 12 million euros.|12000000|EUR",
    "The state spent 300 million manats.|300000000|AZN",
    "Sales of rails rose by $7.5 mln.|7500000|USD",
    "Trade reached 2 bln dollars.|2000000000|USD",
    "The port handled 540,000 tons of grain.|540000|t",
    "It can take up to 10 million tons per year.|10000000|t/year",
    "They ship 15 million tons of cargo annually.|15000000|t/year",
    "Freight was 190,000 tonnes a year before.|190000|t",
    "Delivery takes 12 to 15 days.|12|days",
    "Exports may reach from 5 to 6 million tons.|5000000|t",
    "The line carried 1.3 mln tons.|1300000|t",
    "The pipeline carried 1,800 tonnes of oil.|1800|t",
    "Exports saw a 25% increase.|25|percent",
    "Turnover grew by 12 percent.|12|percent",
    "Handling grew by 33.3 per cent.|33.3|percent",
    "Trade increased five times since 2019.|5|times",
    "Turnover grew fourfold.|4|times",
    "Shipments grew 3.1-fold.|3.1|times",
    "Volumes doubled in a year.|2|times",
    "Trade jumped by half.|50|percent",
    "They made a 5,200 km journey.|5200|km",
    "The train traveled 7,000 kilometers.|7000|km",
    "The train came in just 11 days.|11|days",
    "The trip takes 36 hours.|36|hours",
    "They are marking 30 years of cooperation.|30|years",
    "It came as a block train of 61 containers.|61|containers",
    "They run 10 container trains per month.|10|trains/month",
    "They run three freight trains a week.|3|trains/week",
    "The ministers signed 14 agreements.|14|count",
    "They signed a package of twelve new documents.|12|count",
    "The terminal reached a throughput of 200,000 TEU.|200000|TEU",
    "The wind farm will have 1 GW.|1|GW",
    "The solar plant has 445 MW.|445|MW",
    "The field gives 10 billion cubic meters of gas per year.|10|bcm/year",
    "Prices will grow to 7-8 million tons.|7000000|t",
  })
  void normalises(String text, String value, String unit) {
    Quantities.Amount a = only(text);
    assertEquals(0, new BigDecimal(value).compareTo(a.value()), text + " -> " + a);
    assertEquals(unit, a.unit(), text);
  }

  @Test
  void offsetsPointAtTheAmount() {
    String t = "Trade reached $4.1 billion in 2024.";
    Quantities.Amount a = only(t);
    assertEquals("$4.1 billion", a.text());
  }

  @Test
  void countsNameTheirNoun() {
    assertEquals("delegates", only("The forum drew 2,000 delegates.").counted());
    assertEquals("agreements", only("The ministers signed 14 new bilateral agreements.").counted());
  }

  @Test
  void halfBillionHasNoWrittenCurrency() {
    Quantities.Amount a = only("Turnover approached the half-billion mark.");
    assertEquals(0, new BigDecimal("500000000").compareTo(a.value()));
    assertNull(a.unit());
    Quantities.Amount dollars = only("They spent half a billion dollars.");
    assertEquals(0, new BigDecimal("500000000").compareTo(dollars.value()), dollars.toString());
    assertEquals("USD", dollars.unit());
  }

  @Test
  void yearsOrdinalsReferencesAndListNumbersAreNoAmounts() {
    assertTrue(annotated("In 2024, the 29th session met. 3.Protocol on trade for 2024-2026").isEmpty(),
        annotated("In 2024, the 29th session met. 3.Protocol on trade for 2024-2026").toString());
    assertTrue(annotated("Three times a week the ministers met.").isEmpty());
    assertTrue(annotated("The two countries agreed on a year of culture.").isEmpty(), annotated("The two countries agreed on a year of culture.").toString());
  }

  @Test
  void plainTextReadsUnitsForTheRouteReader() {
    List<Quantities.Amount> all = Quantities.findAll("The 7,000 kilometers were covered in eleven days, 36 hours less.");
    assertEquals(List.of("km", "days", "hours"), all.stream().map(Quantities.Amount::unit).toList());
    assertEquals(0, new BigDecimal("7000").compareTo(all.get(0).value()));
    assertEquals(0, new BigDecimal("11").compareTo(all.get(1).value()));
    assertEquals("USD", Quantities.findAll("investments of USD 2.5 billion").get(0).unit());
  }

  @Test
  void impliedCurrencyFollowsTheArticle() {
    String article = "Trade approached the half-billion mark. The aim is US $ 1 billion.";
    assertEquals("USD", Quantities.impliedCurrency("Trade approached the half-billion mark.", annotated(article)));
    assertNull(Quantities.impliedCurrency("a half-billion mark", annotated("It cost $5 million and 20 million euros.")));
    assertNull(Quantities.impliedCurrency("a half-billion mark", annotated("No other amounts.")));
    assertEquals("USD", Quantities.impliedCurrency("half a billion dollars", List.of()));
  }
}
