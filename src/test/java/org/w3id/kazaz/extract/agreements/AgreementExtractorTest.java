package org.w3id.kazaz.extract.agreements;

import org.w3id.kazaz.extract.Annotated;
import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.common.Mention;
import org.w3id.kazaz.extract.common.PartialDate;
import org.w3id.kazaz.gazetteer.EntityKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerEntry;

class AgreementExtractorTest {
  private static final String ID = "https://w3id.org/kazaz/id/";
  private static final String KZ = ID + "state/kazakhstan";
  private static final String AZ = ID + "state/azerbaijan";

  private static final Gazetteer GAZ =
      new Gazetteer(
          List.of(
              new GazetteerEntry(KZ, EntityKind.STATE, "Kazakhstan", List.of("Republic of Kazakhstan"), null, null),
              new GazetteerEntry(AZ, EntityKind.STATE, "Azerbaijan", List.of("Republic of Azerbaijan"), null, null),
              new GazetteerEntry(ID + "city/baku", EntityKind.CITY, "Baku", List.of(), AZ, null),
              new GazetteerEntry(ID + "city/ganja", EntityKind.CITY, "Ganja", List.of(), AZ, null),
              new GazetteerEntry(ID + "city/astana", EntityKind.CITY, "Astana", List.of(), KZ, null),
              new GazetteerEntry(ID + "city/almaty", EntityKind.CITY, "Almaty", List.of(), KZ, null),
              new GazetteerEntry(ID + "organisation/socar", EntityKind.COMPANY, "SOCAR",
                  List.of("State Oil Company of Azerbaijan Republic"), AZ, null),
              new GazetteerEntry(ID + "person/tokayev", EntityKind.PERSON, "Kassym-Jomart Tokayev",
                  List.of("Tokayev"), KZ, "President"),
              new GazetteerEntry(ID + "person/aliyev", EntityKind.PERSON, "Ilham Aliyev",
                  List.of("Aliyev"), AZ, "President")));

  private static Article article(String date, String body) {
    String text = " date " + date + " " + body;
    return new Article("t.txt", LocalDate.parse(date), text, 17);
  }

  private static AgreementExtraction run(Article a) {
    return new AgreementExtractor(GAZ).run(Annotated.of(a, GAZ));
  }

  private static List<String> labels(AgreementRecord r) {
    return r.parties().stream().map(EntityRef::label).toList();
  }

  private static AgreementRecord titled(List<AgreementRecord> rs, String start) {
    return rs.stream().filter(r -> r.title().startsWith(start)).findFirst().orElseThrow(
        () -> new AssertionError("no title starting " + start + " in " + rs));
  }

  @Test
  void numberedListUnderTalksWithOddSpacingAndLineBreaks() {
    Article a =
        article(
            "2025-06-03",
            "ASTANA – During their talks in Astana on 2 June 2025, the prime ministers discussed grain exports.\n\n"
                + "Signed documents:\n\n"
                + "Following the talks, the following documents were signed:\n\n"
                + "1.Agreement between the Ministry of Agriculture of Kazakhstan and the Ministry of Agriculture"
                + " of Azerbaijan on phytosanitary control;\n\n"
                + "2)Memorandum of Understanding between JSC “Kazakh Invest” (Kazakhstan) and the Export and"
                + " Investment Promotion Agency of Azerbaijan (AZPROMO);\n\n"
                + "3. Action plan between the Ministry of Tourism and Sports of Kazakhstan and the State Tourism"
                + " Agency of\nAzerbaijan for 2025-2027;\n\n"
                + "4. Protocol on amendments to the Agreement between the Government of Kazakhstan and the"
                + " Government of Azerbaijan on air services dated May 5, 2019 regarding additional flights."
                + " ///Trend, 3 June 2025 [photo credit – Akorda]");
    AgreementExtraction x = run(a);
    List<AgreementRecord> rs = x.agreements();
    assertEquals(5, rs.size(), rs.toString());

    AgreementRecord agr = rs.get(0);
    assertEquals(AgreementType.Agreement, agr.type());
    assertEquals("Agreement between the Ministry of Agriculture of Kazakhstan and the Ministry of Agriculture"
        + " of Azerbaijan on phytosanitary control", agr.title());
    assertEquals(List.of("Ministry of Agriculture of Kazakhstan", "Ministry of Agriculture of Azerbaijan"),
        labels(agr));
    assertEquals(EntityKind.GOVERNMENT_BODY, agr.parties().get(0).kind());
    assertEquals(KZ, agr.parties().get(0).stateIri());
    assertEquals(AZ, agr.parties().get(1).stateIri());
    assertEquals(PartialDate.parse("2025-06-02"), agr.date());
    assertEquals("Astana", agr.place().label());
    assertEquals(a.text().substring(agr.evidence().start(), agr.evidence().end()), agr.evidence().text());
    assertTrue(agr.evidence().text().startsWith("1.Agreement"));

    AgreementRecord mou = rs.get(1);
    assertEquals(AgreementType.MemorandumOfUnderstanding, mou.type());
    assertEquals(List.of("Kazakh Invest", "Export and Investment Promotion Agency of Azerbaijan"), labels(mou));
    assertEquals(EntityKind.COMPANY, mou.parties().get(0).kind());
    assertEquals(KZ, mou.parties().get(0).stateIri());
    assertEquals(EntityKind.AGENCY, mou.parties().get(1).kind());

    AgreementRecord plan = rs.get(2);
    assertEquals(AgreementType.ActionPlan, plan.type());
    assertEquals(List.of("Ministry of Tourism and Sports of Kazakhstan", "State Tourism Agency of Azerbaijan"),
        labels(plan));
    assertEquals(2025, plan.validFrom());
    assertEquals(2027, plan.validTo());
    assertTrue(plan.title().endsWith("State Tourism Agency of Azerbaijan for 2025-2027"), plan.title());

    AgreementRecord protocol = rs.get(3);
    assertEquals(AgreementType.Protocol, protocol.type());
    assertEquals("Protocol on amendments to the Agreement between the Government of Kazakhstan and the"
        + " Government of Azerbaijan on air services dated May 5, 2019 regarding additional flights", protocol.title());
    assertEquals(PartialDate.parse("2025-06-02"), protocol.date());
    assertEquals("Agreement between the Government of Kazakhstan and the Government of Azerbaijan on air services",
        protocol.amends());

    AgreementRecord amended = rs.get(4);
    assertEquals(AgreementType.Agreement, amended.type());
    assertEquals(protocol.amends(), amended.title());
    assertEquals(PartialDate.parse("2019-05-05"), amended.date());
    assertNull(amended.place());

    Set<String> found = x.newOrganisations().stream().map(m -> m.entity().label()).collect(Collectors.toSet());
    assertTrue(found.contains("Ministry of Agriculture of Kazakhstan"), found.toString());
    for (Mention m : x.newOrganisations()) {
      assertEquals(a.text().substring(m.span().start(), m.span().end()), m.span().text());
    }
  }

  @Test
  void semicolonListSignedByThePresidents() {
    Article a =
        article(
            "2025-08-20",
            "BAKU – President Ilham Aliyev and President Kassym-Jomart Tokayev held talks in Baku on August 19.\n\n"
                + "After the talks, the presidents signed 3 agreements: treaty on allied relations; decision of the"
                + " second meeting of the Supreme Interstate Council of Azerbaijan and Kazakhstan; memorandum on"
                + " green energy between SOCAR and KazTransOil JSC.");
    List<AgreementRecord> rs = run(a).agreements();
    assertEquals(3, rs.size(), rs.toString());
    AgreementRecord treaty = rs.get(0);
    assertEquals(AgreementType.Treaty, treaty.type());
    assertEquals("treaty on allied relations", treaty.title());
    assertEquals(Set.of("Kazakhstan", "Azerbaijan"), Set.copyOf(labels(treaty)));
    assertEquals(Set.of("Kassym-Jomart Tokayev", "Ilham Aliyev"),
        treaty.signatories().stream().map(EntityRef::label).collect(Collectors.toSet()));
    assertEquals(PartialDate.parse("2025-08-19"), treaty.date());
    assertEquals("Baku", treaty.place().label());
    assertEquals(AgreementType.Decision, rs.get(1).type());
    AgreementRecord memo = rs.get(2);
    assertEquals(AgreementType.Memorandum, memo.type());
    assertEquals(List.of("SOCAR", "KazTransOil"), labels(memo));
    assertTrue(memo.parties().get(0).isKnown());
    assertEquals(EntityKind.COMPANY, memo.parties().get(1).kind());
    assertEquals(KZ, memo.parties().get(1).stateIri()); // from the national prefix "Kaz"
    // the presidents signed it too, though the item names the companies as its parties
    assertEquals(Set.of("Kassym-Jomart Tokayev", "Ilham Aliyev"),
        memo.signatories().stream().map(EntityRef::label).collect(Collectors.toSet()));
  }

  @Test
  void theAdoptionOfADocumentInProse() {
    Article a =
        article(
            "2021-02-01",
            "The working visit to Ganja in 2019 ended with the adoption of a comprehensive declaration on"
                + " water use in the Kura basin. Grain trade was discussed too.");
    List<AgreementRecord> rs = run(a).agreements();
    assertEquals(1, rs.size(), rs.toString());
    AgreementRecord d = rs.get(0);
    assertEquals(AgreementType.Declaration, d.type());
    assertTrue(d.title().startsWith("comprehensive declaration on water use"), d.title());
    assertEquals(PartialDate.parse("2019"), d.date());
    assertEquals("Ganja", d.place().label());
  }

  @Test
  void documentsInRunningProse() {
    Article a =
        article(
            "2025-06-04",
            "Kazakhstan, Azerbaijan Sign Energy Agreement\n\n"
                + "On 3 June 2025, President Kassym-Jomart Tokayev held talks with Ilham Aliyev in Ganja.\n\n"
                + "The Ministry of Energy of Kazakhstan and the Ministry of Energy of Azerbaijan signed an agreement"
                + " on electricity transit in Baku on 2 June 2025. A Memorandum was also signed between SOCAR and"
                + " KazTransOil JSC on 5 May. Following the talks, Presidents Kassym-Jomart Tokayev and Ilham"
                + " Aliyev signed a Treaty on Strategic Partnership and issued a Joint declaration. The Programme"
                + " on Cultural Cooperation between Kazakhstan and Azerbaijan, signed in August last year, is being"
                + " implemented. The parties agreed to sign a memorandum on tourism next year. Thanks to earlier"
                + " agreements, trade grew.");
    List<AgreementRecord> rs = run(a).agreements();
    assertEquals(5, rs.size(), rs.toString());

    AgreementRecord energy = titled(rs, "agreement on electricity transit");
    assertEquals("agreement on electricity transit", energy.title());
    assertEquals(List.of("Ministry of Energy of Kazakhstan", "Ministry of Energy of Azerbaijan"), labels(energy));
    assertEquals(PartialDate.parse("2025-06-02"), energy.date());
    assertEquals("Baku", energy.place().label());

    AgreementRecord memo = titled(rs, "Memorandum");
    assertEquals(AgreementType.Memorandum, memo.type());
    assertEquals(List.of("SOCAR", "KazTransOil"), labels(memo));
    assertEquals(PartialDate.parse("2025-05-05"), memo.date());
    assertNull(memo.place());

    AgreementRecord treaty = titled(rs, "Treaty on Strategic Partnership");
    assertEquals("Treaty on Strategic Partnership", treaty.title());
    assertEquals(Set.of("Kazakhstan", "Azerbaijan"), Set.copyOf(labels(treaty)));
    assertEquals(2, treaty.signatories().size());
    assertEquals(PartialDate.parse("2025-06-03"), treaty.date()); // the talks it follows
    assertEquals("Ganja", treaty.place().label());

    AgreementRecord joint = titled(rs, "Joint declaration");
    assertEquals(AgreementType.Declaration, joint.type()); // the gold rules: a joint declaration is a Declaration
    assertEquals(Set.of("Kazakhstan", "Azerbaijan"), Set.copyOf(labels(joint)));

    AgreementRecord programme = titled(rs, "Programme on Cultural Cooperation");
    assertEquals(AgreementType.Programme, programme.type());
    assertEquals("Programme on Cultural Cooperation between Kazakhstan and Azerbaijan", programme.title());
    assertEquals(PartialDate.parse("2024-08"), programme.date());
    assertNull(programme.place());
  }

  @Test
  void quotedNamesUnderABodyAndLowerCaseHeads() {
    Article a =
        article(
            "2025-02-11",
            "The following documents were signed in Almaty today:\n\n"
                + "- memorandum of cooperation between the Republican State Institution “Kazakh Tourism Service”"
                + " under the Ministry of Tourism of Kazakhstan and the Legal Entity of Public Law “Ganja"
                + " Development Fund” (Azerbaijan);\n"
                + "- road map between Azerbaijani Railways and the governorate of Almaty for 2025-2026;\n"
                + "- memorandum between communication services.\n\n"
                + "The weather was fine.");
    List<AgreementRecord> rs = run(a).agreements();
    assertEquals(3, rs.size(), rs.toString());
    AgreementRecord first = rs.get(0);
    assertEquals(List.of("Kazakh Tourism Service under the Ministry of Tourism of Kazakhstan", "Ganja Development Fund"),
        labels(first));
    assertEquals(EntityKind.GOVERNMENT_BODY, first.parties().get(0).kind());
    assertEquals(KZ, first.parties().get(0).stateIri());
    assertEquals(EntityKind.FUND, first.parties().get(1).kind());
    assertEquals(AZ, first.parties().get(1).stateIri());
    assertEquals(PartialDate.parse("2025-02-11"), first.date()); // "today"
    assertEquals("Almaty", first.place().label());

    AgreementRecord map = rs.get(1);
    assertEquals(AgreementType.Roadmap, map.type());
    assertEquals(List.of("Azerbaijani Railways", "Governorate of Almaty"), labels(map));
    assertEquals(AZ, map.parties().get(0).stateIri());
    assertEquals(EntityKind.COMPANY, map.parties().get(0).kind());
    assertEquals(KZ, map.parties().get(1).stateIri()); // a city of Kazakhstan in the name
    assertEquals(2025, map.validFrom());
    assertEquals(2026, map.validTo());

    assertTrue(rs.get(2).parties().isEmpty()); // "communication services" names no body
  }

  @Test
  void noSigningNoDate() {
    Article a = article("2025-02-11", "Energy ministers met in Baku. A memorandum was signed between the sides.");
    List<AgreementRecord> rs = run(a).agreements();
    assertEquals(1, rs.size(), rs.toString());
    assertNull(rs.get(0).date());
    assertTrue(rs.get(0).parties().isEmpty());
  }
}
