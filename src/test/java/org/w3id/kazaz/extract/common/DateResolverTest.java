package org.w3id.kazaz.extract.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateResolverTest {
  private static final LocalDate REF = LocalDate.of(2025, 6, 3);

  private static DateMention first(String text) {
    return DateResolver.first(text, REF);
  }

  private static String start(String text) {
    DateMention d = first(text);
    return d == null ? null : d.start().toString();
  }

  @Test
  void dayAndMonthWithoutYearTakeTheArticleYear() {
    assertEquals("2025-06-02", start("The ministers met on 2 June in Tashkent."));
    assertEquals("2025-11-14", start("The forum opens on November 14 in Aktau."));
    assertEquals("2024-11-14", start("A communiqué was adopted in Aktau on November 14 last year."));
    assertEquals("2024-03-02", start("The line opened on 2 March last year."));
  }

  @Test
  void rangesGiveStartAndEnd() {
    DateMention d = first("The exhibition runs June 2-4 at the expo centre.");
    assertEquals("2025-06-02", d.start().toString());
    assertEquals("2025-06-04", d.end().toString());
    DateMention e = first("Talks are planned for 11–12 September 2026 in Ganja.");
    assertEquals("2026-09-11", e.start().toString());
    assertEquals("2026-09-12", e.end().toString());
    DateMention f = first("Tashkent hosted the fair from 20 to 24 November.");
    assertEquals("2025-11-20", f.start().toString());
    assertEquals("2025-11-24", f.end().toString());
  }

  @Test
  void fullDatesInBothOrders() {
    assertEquals("2017-04-03", start("the agreement on air services dated April 3, 2017 is amended"));
    assertEquals("2024-03-11", start("On 11 March 2024, the delegations met."));
  }

  @Test
  void relativeYearsAndMonths() {
    assertEquals("2024-08", start("The declaration was signed in August last year."));
    assertEquals("2024", start("By the end of last year, turnover approached $500 million."));
    assertEquals("2025", start("Exports grew this year."));
    assertEquals("2026", start("A new terminal opens next year."));
    assertEquals("2025-11", start("The summit will take place in November."));
    assertEquals("2023-02", start("Deliveries began in February 2023."));
  }

  @Test
  void todayYesterdayTomorrow() {
    assertEquals("2025-06-03", start("The leaders met today in Astana."));
    assertEquals("2025-06-02", start("The train left yesterday."));
    assertEquals("2025-06-04", start("The minister arrives tomorrow."));
  }

  @Test
  void yearsOnlyAfterACue() {
    assertEquals("2020", start("Since 2020, trade has grown fivefold."));
    assertEquals("2022", start("The official visit to Tashkent in 2022 was a milestone."));
    assertNull(first("an action plan for 2024-2026"));
    assertNull(first("the roadmap for 2022–2027 is under way"));
    assertNull(first("some 2024 figures"));
  }

  @Test
  void monthWordsThatAreNotDates() {
    assertNull(first("The Caspian Sea may be our only divide."));
    assertNull(first("May the partnership grow."));
    assertNull(first("In Decisions of the council, members voted."));
    assertNull(first("The forces march on."));
  }

  @Test
  void impossibleDatesAreSkipped() {
    assertNull(first("on 31 February the committee met"));
  }

  @Test
  void allDatesInOrderWithOffsets() {
    String text = "After the visit on 2 June, the sides meet again in November.";
    List<DateMention> all = DateResolver.findAll(text, REF);
    assertEquals(2, all.size());
    assertEquals("2 June", all.get(0).phrase());
    assertEquals(text.indexOf("2 June"), all.get(0).begin());
    assertEquals("2025-11", all.get(1).start().toString());
    assertTrue(all.get(1).begin() > all.get(0).finish());
  }
}
