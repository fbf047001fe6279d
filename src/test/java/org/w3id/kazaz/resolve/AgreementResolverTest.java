package org.w3id.kazaz.resolve;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.extract.agreements.AgreementRecord;
import org.w3id.kazaz.extract.agreements.AgreementType;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.common.PartialDate;
import org.w3id.kazaz.annotate.Span;
import org.w3id.kazaz.resolve.AgreementResolver.Sourced;

class AgreementResolverTest {
  private static final PartialDate JUNE_2 = PartialDate.parse("2025-06-02");
  private static final EntityRef TASHKENT = EntityRef.known("urn:x:tashkent", EntityKind.CITY, "Tashkent", null);

  private static AgreementRecord rec(AgreementType t, String title, PartialDate d, EntityRef... parties) {
    return new AgreementRecord(t, title, List.of(parties), d, TASHKENT, null, null, null, List.of(),
        new Span(0, title.length(), title));
  }

  private static EntityRef body(String name) {
    return EntityRef.found(EntityKind.AGENCY, name, null);
  }

  // A short list in one article...
  private final AgreementRecord shortExport =
      rec(AgreementType.Memorandum, "Memorandum of cooperation between export promotion agencies", JUNE_2);
  private final AgreementRecord shortTourism =
      rec(AgreementType.Memorandum, "memorandum on cooperation in tourism", JUNE_2);
  // ...and the full list of another.
  private final AgreementRecord longExport =
      rec(AgreementType.Memorandum,
          "Memorandum of Cooperation between the Export Promotion Agency “QazTrade” (Kazakhstan) and AZPROMO (Azerbaijan)",
          JUNE_2, body("Export Promotion Agency QazTrade"), body("AZPROMO"));
  private final AgreementRecord longTourism =
      rec(AgreementType.Memorandum,
          "Memorandum of Cooperation between the Tourism Committee of Kazakhstan and the State Tourism Agency of Azerbaijan",
          JUNE_2, body("Tourism Committee of Kazakhstan"), body("State Tourism Agency of Azerbaijan"));
  // The same words a year later are another document.
  private final AgreementRecord laterTourism =
      rec(AgreementType.Memorandum, "Memorandum on cooperation in tourism", PartialDate.parse("2026-06-02"));

  private List<Sourced> input() {
    return List.of(
        new Sourced("a.txt", shortExport), new Sourced("a.txt", shortTourism),
        new Sourced("b.txt", longExport), new Sourced("b.txt", longTourism),
        new Sourced("c.txt", laterTourism));
  }

  @Test
  void sameDocumentInOtherWordsIsOne() {
    Map<AgreementRecord, AgreementRecord> c = AgreementResolver.canonical(input());
    assertSame(longExport, c.get(shortExport));
    assertSame(longExport, c.get(longExport));
    assertSame(longTourism, c.get(shortTourism));
    assertSame(laterTourism, c.get(laterTourism));
    assertNotSame(c.get(shortExport), c.get(shortTourism));
  }

  @Test
  void twoDocumentsOfOneArticleStayTwo() {
    AgreementRecord other =
        rec(AgreementType.Memorandum, "Memorandum of cooperation between export promotion agencies and banks", JUNE_2);
    Map<AgreementRecord, AgreementRecord> c = AgreementResolver.canonical(List.of(
        new Sourced("a.txt", shortExport), new Sourced("a.txt", other)));
    assertSame(shortExport, c.get(shortExport));
    assertSame(other, c.get(other));
  }

  @Test
  void aDateKnownLessPreciselyIsTheSameDate() {
    AgreementRecord month = rec(AgreementType.Declaration,
        "Declaration on Water Use between Uzbekistan and Kyrgyzstan", PartialDate.parse("2019-05"));
    AgreementRecord year = rec(AgreementType.Declaration, "declaration on water use", PartialDate.parse("2019"));
    AgreementRecord otherYear = rec(AgreementType.Declaration, "declaration on water use", PartialDate.parse("2020"));
    Map<AgreementRecord, AgreementRecord> c = AgreementResolver.canonical(List.of(
        new Sourced("a.txt", month), new Sourced("b.txt", year), new Sourced("c.txt", otherYear)));
    assertSame(month, c.get(year)); // the more precise date stands for the document
    assertSame(otherYear, c.get(otherYear));
  }

  @Test
  void orderDoesNotMatter() {
    Map<AgreementRecord, AgreementRecord> expected = AgreementResolver.canonical(input());
    Random random = new Random(7);
    for (int i = 0; i < 10; i++) {
      List<Sourced> shuffled = new ArrayList<>(input());
      Collections.shuffle(shuffled, random);
      Map<AgreementRecord, AgreementRecord> got = AgreementResolver.canonical(shuffled);
      for (Sourced s : input()) {
        assertSame(expected.get(s.record()), got.get(s.record()));
      }
    }
  }
}
