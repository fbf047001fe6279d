package org.w3id.kazaz.extract.common;

import org.w3id.kazaz.extract.Annotated;
import org.w3id.kazaz.extract.TestGazetteer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.annotate.AnnotatedArticle;

/** Dates as SUTime resolves them against the article's date (a Thursday, 30 January 2025). */
class SutimeDatesTest {
  private static List<String> dates(String body) {
    AnnotatedArticle doc = Annotated.of(TestGazetteer.article("2025-01-30", body), TestGazetteer.gazetteer());
    return SutimeDates.written(doc, doc.article().bodyStart(), doc.text().length()).stream()
        .map(d -> d.start().toString())
        .toList();
  }

  @Test
  void relativeDaysAndWeekdays() {
    assertEquals(List.of("2025-01-30"), dates("The documents were signed today in Baku."));
    assertEquals(List.of("2025-01-29"), dates("The documents were signed yesterday in Baku."));
    assertEquals(List.of("2025-01-28"), dates("The protocol was signed on Tuesday."));
  }

  @Test
  void monthsAndYearsAtThePrecisionWritten() {
    assertEquals(List.of("2024-08"), dates("Talks were held in August last year."));
    assertEquals(List.of("2022-11"), dates("The roadmap was adopted in November 2022."));
    assertEquals(List.of("2022-08-24"), dates("It was signed on August 24, 2022."));
  }

  @Test
  void aBareDayInAPastSentenceIsNotNextYear() {
    assertEquals(List.of("2025-01-27"), dates("The ministers met on January 27 in Aktau."));
    assertEquals(List.of("2024-03-11"), dates("The ministers met on March 11 in Aktau."));
  }

  @Test
  void aWeekdayWithItsAppositionIsTheWeekday() {
    // 2025-01-30 is a Thursday
    assertEquals(List.of("2025-01-29"), dates("The libraries signed a memorandum on Wednesday, the second day of the fair."));
  }

  @Test
  void aSeasonIsItsYear() {
    assertEquals("2025", SutimeDates.coarse("2025-FA").toString());
  }

  @Test
  void aRangeKeepsItsReadingAsOneDate() {
    assertEquals(List.of("2024-03-11"), dates("The visit took place on March 11-12, 2024."));
  }

  @Test
  void aPublicationTimestampIsNoDateOfAnything() {
    assertEquals(List.of("2025-01-29"), dates("Ministers meet in Aktau\n29 January 2025, 14:05\nThe ministers met yesterday."));
  }

  @Test
  void aWeekOrAQuarterIsNoMorePreciseThanItIs() {
    assertEquals("2022-08", SutimeDates.coarse("2022-W34").toString(), "22-28 August 2022");
    assertEquals("2022", SutimeDates.coarse("2022-W35").toString(), "29 August - 4 September 2022");
    assertEquals("2024", SutimeDates.coarse("2024-Q1").toString());
    assertEquals(null, SutimeDates.coarse("PRESENT_REF"));
    assertEquals(List.of("2025"), dates("The council met in Aktau this week."), "27 January - 2 February 2025");
  }

  @Test
  void aDayWithoutItsYearTakesTheYearWrittenBesideIt() {
    assertEquals(List.of("2022-10-09", "2022-10-03"),
        dates("In an interview published on October 9, 2022 – days after the congress closed on October 3 – he praised it."));
    assertEquals(List.of("2025-03-11"), dates("The fair opens on March 11 in Almaty."));
  }

  @Test
  void theDayIsTheDayWrittenBefore() {
    assertEquals(List.of("2025-01-28", "2025-01-28"),
        dates("The ministers met on Tuesday. He said the day's meeting was a success."));
  }
}
