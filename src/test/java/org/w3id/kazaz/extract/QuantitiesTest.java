package org.w3id.kazaz.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QuantitiesTest {
  private static Quantities.Amount only(String text) {
    List<Quantities.Amount> all = Quantities.findAll(text);
    assertEquals(1, all.size(), text + " -> " + all);
    return all.get(0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Exports reached $529 million last year.|529000000|USD",
    "to bring the turnover to US $ 1 billion|1000000000|USD",
    "investments of USD 2.5 billion|2500000000|USD",
    "a contract worth 3.2 billion US dollars|3200000000|USD",
    "a loan of 40 billion tenge|40000000000|KZT",
    "the port handled 540,000 tons of grain|540000|t",
    "up to 10 million tons per year|10000000|t/year",
    "to 15 million tons of cargo annually|15000000|t/year",
    "a 25% increase|25|percent",
    "grew by 12 percent|12|percent",
    "trade increased five times since 2019|5|times",
    "turnover grew fourfold|4|times",
    "a threefold rise|3|times",
    "volumes doubled in a year|2|times",
    "a 5,200 km journey|5200|km",
    "traveled 7,000 kilometers|7000|km",
    "in just 11 days|11|days",
    "took 53 days|53|days",
    "marking 30 years of cooperation|30|years",
    "a block train of 61 containers|61|containers",
    "10 container trains per month|10|trains/month",
    "three freight trains a week|3|trains/week",
    "the ministers signed 14 agreements|14|count",
    "a package of twelve new documents|12|count",
    "throughput of 200,000 TEU|200000|TEU",
  })
  void normalises(String text, String value, String unit) {
    Quantities.Amount a = only(text);
    assertEquals(0, new BigDecimal(value).compareTo(a.value()), text);
    assertEquals(unit, a.unit(), text);
  }

  @Test
  void offsetsPointAtTheAmount() {
    String t = "Trade reached $4.1 billion in 2024.";
    Quantities.Amount a = only(t);
    assertEquals("$4.1 billion", t.substring(a.start(), a.end()));
  }

  @Test
  void halfBillionHasNoWrittenCurrency() {
    Quantities.Amount a = only("turnover approached the half-billion mark");
    assertEquals(0, new BigDecimal("500000000").compareTo(a.value()));
    assertNull(a.unit());
  }

  @Test
  void yearsOrdinalsAndListNumbersAreNoAmounts() {
    assertTrue(Quantities.findAll("In 2024, the 29th session met; 3.Protocol on trade for 2024-2026").isEmpty());
    assertTrue(Quantities.findAll("three times a week the ministers met").isEmpty());
  }

  @Test
  void impliedCurrencyFollowsTheArticle() {
    String article = "Trade approached the half-billion mark. The aim is US $ 1 billion.";
    assertEquals("USD", Quantities.impliedCurrency("Trade approached the half-billion mark.", article));
    assertNull(Quantities.impliedCurrency("a half-billion mark", "It cost $5 million and 20 million euros."));
    assertNull(Quantities.impliedCurrency("a half-billion mark", "No other amounts."));
    assertEquals("USD", Quantities.impliedCurrency("half a billion dollars", ""));
  }
}
