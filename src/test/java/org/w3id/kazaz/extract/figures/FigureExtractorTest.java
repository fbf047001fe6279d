package org.w3id.kazaz.extract.figures;

import org.w3id.kazaz.extract.Annotated;
import org.w3id.kazaz.extract.TestGazetteer;
import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.common.PartialDate;
import org.w3id.kazaz.gazetteer.EntityKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.article.Article;

class FigureExtractorTest {
  private static List<FigureRecord> figures(String date, String body) {
    return FigureExtractor.extract(Annotated.of(TestGazetteer.article(date, body), TestGazetteer.gazetteer()), TestGazetteer.gazetteer());
  }

  private static FigureRecord find(List<FigureRecord> all, String value, String unit) {
    return all.stream()
        .filter(f -> f.unit().equals(unit) && f.value().compareTo(new BigDecimal(value)) == 0)
        .findFirst()
        .orElseGet(() -> fail("no " + value + " " + unit + " in " + all));
  }

  private static List<String> iris(FigureRecord f) {
    return f.subjects().stream().map(EntityRef::iri).toList();
  }

  @Test
  void tradeLevelAndGrowthBetweenTwoStates() {
    List<FigureRecord> all =
        figures("2025-02-10", "Trade between Kazakhstan and Uzbekistan reached $4.1 billion last year, up 12%.");
    assertEquals(2, all.size(), all.toString());
    FigureRecord level = find(all, "4100000000", "USD");
    assertEquals("trade turnover", level.indicator());
    assertEquals(PartialDate.ofYear(2024), level.date());
    assertEquals(List.of(TestGazetteer.KZ, TestGazetteer.UZ), iris(level));
    FigureRecord growth = find(all, "12", "percent");
    assertEquals("trade turnover growth", growth.indicator());
  }

  @Test
  void routeCargoWithYear() {
    List<FigureRecord> all =
        figures("2025-01-15", "The ferry line Kuryk port – Alat port – Poti port carried 120,000 tons in 2024.");
    FigureRecord f = find(all, "120000", "t");
    assertEquals("cargo volume carried", f.indicator());
    assertEquals(PartialDate.ofYear(2024), f.date());
  }

  @Test
  void blockTrainContainersDistanceAndTime() {
    String body = "A block train of 50 containers covered 5,200 km from Lianyungang to Baku in 14 days.";
    List<FigureRecord> all = figures("2025-04-02", body);
    assertEquals(3, all.size(), all.toString());
    assertEquals("containers on train", find(all, "50", "containers").indicator());
    assertEquals("distance travelled", find(all, "5200", "km").indicator());
    FigureRecord days = find(all, "14", "days");
    assertEquals("travel time", days.indicator());
    assertEquals(EntityKind.ROUTE, days.subjects().get(0).kind());
    assertEquals("Lianyungang – Baku", days.subjects().get(0).label());
  }

  @Test
  void multiplierSinceABaseYearHasNoDate() {
    List<FigureRecord> all =
        figures("2025-03-01", "Kazakhstan and Turkmenistan are close partners. Turnover grew threefold since 2019.");
    FigureRecord f = find(all, "3", "times");
    assertEquals("trade turnover growth", f.indicator());
    assertNull(f.date());
    assertEquals(List.of(TestGazetteer.KZ, TestGazetteer.TM), iris(f));
  }

  @Test
  void targetAlongTheCorridor() {
    String body = "The Middle Corridor keeps growing. Ministers confirmed the target of 15 million tons per year"
        + " by 2030 along the route.";
    FigureRecord f = find(figures("2025-05-05", body), "15000000", "t/year");
    assertEquals("cargo volume target", f.indicator());
    assertEquals("target", f.qualifier());
    assertEquals(PartialDate.ofYear(2030), f.date());
    assertTrue(iris(f).contains(TestGazetteer.CORRIDOR), f.toString());
  }

  @Test
  void halfBillionTakesTheArticlesDollars() {
    String body = "By the end of last year, trade between the countries approached the half-billion mark. "
        + "The sides want to reach $800 million.";
    List<FigureRecord> all = figures("2024-06-01", body);
    FigureRecord f = find(all, "500000000", "USD");
    assertEquals("approached", f.qualifier());
    assertEquals(PartialDate.ofYear(2023), f.date());
  }

  @Test
  void previouslyAndNowOfDeliveryTime() {
    String body = "The Middle Corridor cut delivery times. Earlier, cargo from China needed 40 days to reach"
        + " Poti port. Now, the trip takes only 15 days.";
    List<FigureRecord> all = figures("2025-07-20", body);
    FigureRecord before = find(all, "40", "days");
    assertEquals("delivery time", before.indicator());
    assertEquals("previously", before.qualifier());
    FigureRecord now = find(all, "15", "days");
    assertEquals("now", now.qualifier());
    assertEquals(PartialDate.ofMonth(2025, 7), now.date());
    assertEquals(List.of(TestGazetteer.CORRIDOR), iris(now));
  }

  @Test
  void organisationThatPlans() {
    String body = "The Eurasian Rail Logistics Center of Kazakhstan plans to send 6 container trains per week to Baku.";
    FigureRecord f = find(figures("2025-02-02", body), "6", "trains/week");
    assertEquals("planned container trains", f.indicator());
    assertEquals(1, f.subjects().size());
    assertEquals("Eurasian Rail Logistics Center of Kazakhstan", f.subjects().get(0).label());
    assertEquals(TestGazetteer.KZ, f.subjects().get(0).stateIri());
  }

  @Test
  void documentsSignedAndYearsOfRelations() {
    String body = "Kazakhstan and Azerbaijan met in Baku. The ministers signed nine documents in 2023, "
        + "marking 33 years of diplomatic relations.";
    List<FigureRecord> all = figures("2025-02-02", body);
    assertEquals("documents signed", find(all, "9", "count").indicator());
    assertEquals("years of diplomatic relations", find(all, "33", "years").indicator());
  }

  @Test
  void noFiguresFromDatesOrdinalsListsOrTitles() {
    String body = "The 29th meeting was held on 3 May 2024. Documents signed:\n"
        + "1.Agreement on the supply of 2 million tons of grain;\n"
        + "2.Protocol on trade for 2024-2026.\n"
        + "The first shipment left in 2023.";
    Article a = TestGazetteer.article("2024-05-04", body);
    assertEquals(List.of(), FigureExtractor.extract(Annotated.of(a, TestGazetteer.gazetteer()), TestGazetteer.gazetteer()));
  }

  @Test
  void evidenceIsTheSentenceInTheWholeText() {
    Article a = TestGazetteer.article("2025-01-01", "Ports were busy. Exports rose 7% in 2024.");
    FigureRecord f = FigureExtractor.extract(Annotated.of(a, TestGazetteer.gazetteer()), TestGazetteer.gazetteer()).get(0);
    assertEquals("Exports rose 7% in 2024.", f.evidence().text());
    assertEquals(f.evidence().text(), a.text().substring(f.evidence().start(), f.evidence().end()));
    assertEquals("exports growth", f.indicator());
  }

  @Test
  void anAmountOfMoneyThatNamesNoMeasureContinuesTheParagraphs() {
    List<FigureRecord> all = figures("2025-02-10", "Trade between Kazakhstan and Uzbekistan reached $4.1 billion last"
        + " year. In June the half-year figure had stood at $1.9 billion.");
    assertEquals("trade turnover", find(all, "1900000000", "USD").indicator());
    all = figures("2025-02-10", "The new terminal cost $40 million.");
    assertTrue(!find(all, "40000000", "USD").indicator().startsWith("trade"), all.toString());
  }

  @Test
  void aGoalInAnotherClauseIsNotTheTurnoversQualifier() {
    List<FigureRecord> all = figures("2025-04-10", "Trade turnover, which reached 420.5 million US dollars in 2024, is"
        + " four times what it was, and the ministers confirmed that the next goal is 1 billion dollars.");
    assertEquals("trade turnover", find(all, "420500000", "USD").indicator());
    assertEquals("trade turnover target", find(all, "1000000000", "USD").indicator());
    all = figures("2022-08-24", "Tokayev urged the two governments to lift it to $2bn in the near future.");
    assertEquals("target", find(all, "2000000000", "USD").qualifier());
  }

  @Test
  void aPartOfAYearWithoutItsYearTakesTheYearOfItsParagraph() {
    List<FigureRecord> all = figures("2025-06-01", "In 2021 trade took off. Turnover in the first half rose 2.5 times"
        + " to $150.2 million.");
    assertEquals("2021", find(all, "150200000", "USD").date().toString());
    all = figures("2022-08-25", "Turnover reached $150.2 million in January-June 2022, 2.5 times the figure for the first"
        + " half of 2021.");
    assertEquals("2022", find(all, "2.5", "times").date().toString());
  }
}
