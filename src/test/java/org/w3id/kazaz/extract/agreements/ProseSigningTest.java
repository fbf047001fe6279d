package org.w3id.kazaz.extract.agreements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.extract.Annotated;
import org.w3id.kazaz.extract.TestGazetteer;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerEntry;

/** Documents signed in running prose: where the title starts and ends, and its day and city. */
class ProseSigningTest {
  private static final String BAKU = TestGazetteer.ID + "place/baku";
  private static final Gazetteer GAZ = withCapital();

  private static Gazetteer withCapital() {
    List<GazetteerEntry> es = new java.util.ArrayList<>(TestGazetteer.gazetteer().entries());
    es.add(new GazetteerEntry(TestGazetteer.ID + "place/aktau", EntityKind.CITY, "Aktau", List.of(), TestGazetteer.KZ, null));
    return new Gazetteer(es, Map.of(BAKU, TestGazetteer.AZ));
  }

  private static List<AgreementRecord> read(String date, String body) {
    Article a = TestGazetteer.article(date, body);
    return new AgreementExtractor(GAZ).run(Annotated.of(a, GAZ)).agreements();
  }

  private static AgreementRecord only(List<AgreementRecord> rs) {
    assertEquals(1, rs.size(), rs.toString());
    return rs.get(0);
  }

  @Test
  void aPlaceAndADayBetweenTheVerbAndTheTitleDateAndPlaceIt() {
    AgreementRecord r = only(read("2026-05-08",
        "Earlier this week, the two grid operators signed in Baku on May 5 an agreement approving the statute of"
            + " their joint venture, the energy ministry said."));
    assertEquals("2026-05-05", r.date().toString());
    assertEquals(BAKU, r.place().iri());
    assertTrue(r.title().startsWith("agreement approving the statute"), r.title());
  }

  @Test
  void lowerCaseModifiersBeforeTheHeadAreTheTitlesOwn() {
    AgreementRecord r = only(read("2026-02-13",
        "Three railway companies on Friday signed a founding agreement to set up a ferry operator."));
    assertEquals(AgreementType.Agreement, r.type());
    assertTrue(r.title().startsWith("founding agreement"), r.title());
    assertEquals("2026-02-13", r.date().toString());
  }

  @Test
  void theCapitalNamedByItsStatesAdjectiveIsTheCityAndEndsTheTitle() {
    AgreementRecord r = only(read("2026-06-12",
        "Two universities signed a memorandum of cooperation in the Azerbaijani capital on Thursday."));
    assertEquals("memorandum of cooperation", r.title());
    assertEquals(BAKU, r.place().iri());
    assertEquals("2026-06-11", r.date().toString());
  }

  @Test
  void theSameDayIsTheDayWrittenBefore() {
    AgreementRecord r = only(read("2026-03-20",
        "The prime ministers met in Aktau on 3 March. On the same day, in the presence of both prime ministers,"
            + " two telecom operators signed an agreement to lay a subsea cable."));
    assertEquals("2026-03-03", r.date().toString());
  }

  @Test
  void aNumberedListEndsAtTheFirstParagraphWithoutANumber() {
    List<AgreementRecord> rs = read("2026-04-02",
        "The following documents were signed in Baku on April 1:\n\n"
            + "1. Agreement on grain transit – signed by the two ministers;\n\n"
            + "2. Programme of cooperation in tourism for 2026-2028.\n\n"
            + "The programme sets out joint tours and fairs in both countries.");
    assertEquals(2, rs.size(), rs.toString());
    assertEquals("Agreement on grain transit", rs.get(0).title());
    assertNotNull(rs.get(1).date());
  }

  @Test
  void aSigningToldAsThePastOfThePastIsNotNews() {
    assertTrue(AgreementExtractor.reportsSigning("The ministers signed a protocol in Baku on Monday."));
    assertFalse(AgreementExtractor.reportsSigning("The companies had signed the venture's founding agreement in May."));
    assertFalse(AgreementExtractor.reportsSigning("A memorandum is expected to be signed next month."));
  }

  @Test
  void aYearBeforeTheTitleIsTheYearItWasSigned() {
    AgreementRecord r = only(read("2026-05-08",
        "In 2026 the two states marked the anniversary of the 2006 Treaty on Friendship and Good Neighbourliness."));
    assertEquals("2006", r.date().toString());
    assertEquals("Treaty on Friendship and Good Neighbourliness", r.title());
  }

  @Test
  void theDocumentSignedOnADayIsTheOneNamedBeforeAndSinceGivesNoDay() {
    AgreementRecord r = only(read("2026-10-09",
        "Two ferry operators have signed an agreement to create a joint company, a step shippers have awaited since"
            + " last year. The document was signed on Thursday in Baku, the operators said."));
    assertEquals("2026-10-08", r.date().toString());
    assertEquals(BAKU, r.place().iri());
  }

  @Test
  void theRoadmapItselfIsTheRoadmapAnEarlierDocumentAmends() {
    List<AgreementRecord> rs = read("2026-10-09",
        "The following documents were signed in Baku on Monday:\n\n"
            + "1. Protocol on amendments to the Roadmap for the development of ferry lines for 2024-2026.\n\n"
            + "The roadmap itself was signed in Aktau on May 5, 2023.");
    AgreementRecord roadmap = rs.stream().filter(x -> x.type() == AgreementType.Roadmap).findFirst()
        .orElseThrow(() -> new AssertionError(rs.toString()));
    assertEquals("2023-05-05", roadmap.date().toString());
    assertTrue(roadmap.title().startsWith("Roadmap for the development of ferry lines"), roadmap.title());
  }

  @Test
  void aChronologysRemarkAfterTheTitleIsNotTheTitle() {
    List<AgreementRecord> rs = read("2026-10-09",
        "Milestones:\n\n- March 2024: KTZ–Steppe transit agreement, 2 million tons a year via Aktau\n");
    assertEquals("KTZ–Steppe transit agreement", only(rs).title());
    assertEquals("2024-03", only(rs).date().toString());
  }

  @Test
  void thePluralMinistriesOfSeveralStatesAreOneMinistryOfEachAndGovernmentsAreTheirStates() {
    List<AgreementRecord> rs = read("2026-04-02",
        "The following documents were signed in Baku on April 1:\n\n"
            + "1. Memorandum between the Ministries of Agriculture of Kazakhstan, Uzbekistan and Georgia on seed exchange;\n\n"
            + "2. Agreement between the Governments of the Republic of Kazakhstan and the Republic of Azerbaijan on ferry links.");
    assertEquals(List.of("Ministry of Agriculture of Kazakhstan", "Ministry of Agriculture of Uzbekistan",
        "Ministry of Agriculture of Georgia"), rs.get(0).parties().stream().map(p -> p.label()).toList());
    assertEquals(List.of(TestGazetteer.KZ, TestGazetteer.AZ), rs.get(1).parties().stream().map(p -> p.iri()).toList());
  }

  @Test
  void aStatesPossessiveBeginsTheNextParty() {
    AgreementRecord r = only(read("2026-04-02", "The following documents were signed in Baku on April 1:\n\n"
        + "1. Memorandum between Kazakhstan's Ministry of Digital Development, Innovation and Aerospace Industry and"
        + " Georgia's Ministry of Economy on e-commerce."));
    assertEquals(2, r.parties().size(), r.parties().toString());
  }

  @Test
  void aClauseOfTheTitlesOwnSubjectStaysInTheTitle() {
    AgreementRecord r = only(read("2026-04-02",
        "Last month the carriers signed an agreement on liability when wagons are damaged in transit, officials said."));
    assertEquals("agreement on liability when wagons are damaged in transit", r.title());
  }

  @Test
  void theDocumentJustAnnouncedIsDatedByTheSentenceThatAnnouncedIt() {
    AgreementRecord r = only(read("2026-04-16",
        "The state archives of the two countries formalised their partnership in Baku on Wednesday.\n\n"
            + "The memorandum of cooperation was signed by the directors of both archives."));
    assertEquals("2026-04-15", r.date().toString());
    // a document named with "a" is not the one just announced
    r = only(read("2026-04-16", "The archives met in Baku on Wednesday.\n\nA memorandum of cooperation was"
        + " signed by the two archives."));
    assertEquals(null, r.date());
  }

  @Test
  void aSecondVerbAfterAndEndsTheTitle() {
    AgreementRecord r = only(read("2026-03-20", "The two ministers signed an action plan between their ministries for"
        + " 2026-2027 and restated the goal of $2 billion in annual trade."));
    assertEquals("action plan between their ministries for 2026-2027", r.title());
  }

  @Test
  void anAppositiveOfAPartyIsNoPartOfTheTitle() {
    AgreementRecord r = only(read("2026-03-20", "Officials signed a memorandum of cooperation between Steppe Trade,"
        + " the Aktobe-based export promotion centre, and the Sumgait Chamber of Commerce on Friday."));
    assertEquals("memorandum of cooperation between Steppe Trade and the Sumgait Chamber of Commerce", r.title());
  }

  @Test
  void theDayOfAReportIsNotTheDayOfTheSigning() {
    AgreementRecord r = only(read("2026-03-24", "The two aid agencies have signed a memorandum of understanding, the"
        + " foreign ministry said on Monday."));
    assertEquals(null, r.date());
  }

  @Test
  void theBodiesBeforeTheVerbAreThePartiesAfterLeadClausesADatelineOrAPresidentInAName() {
    AgreementRecord r = only(read("2026-03-04", "On the same day, in the presence of both prime ministers, Steppe Telecom Company"
        + " and Caspian Cable Company signed the agreement to lay a fibre line."));
    assertEquals(List.of("Steppe Telecom Company", "Caspian Cable Company"), r.parties().stream().map(p -> p.label()).toList());
    r = only(read("2026-03-04", "President Ilham Aliyev met President Kassym-Jomart Tokayev.\n\nBAKU – The Museum of"
        + " the First President and the Caspian Art Centre signed a memorandum of cooperation on Tuesday."));
    assertEquals(List.of("Museum of the First President", "Caspian Art Centre"),
        r.parties().stream().map(p -> p.label()).toList());
  }

  @Test
  void theMemorandumSignedByItsDirectorsIsTheOneItsBodiesSigned() {
    List<AgreementRecord> rs = read("2026-03-04", "The Museum of Caspian Art and the Steppe Archive Centre signed a"
        + " memorandum of cooperation on Tuesday.\n\nThe memorandum was signed by the directors of both institutions.");
    AgreementRecord r = only(rs);
    assertEquals("2026-03-03", r.date().toString());
    assertEquals(2, r.parties().size(), r.toString());
  }

  @Test
  void peopleNamedWithTheirTitlesSignForTheirBodies() {
    AgreementRecord r = only(read("2026-03-04", "On Tuesday, Aidos Serikov, director general of Aktau Sea Port Company,"
        + " and Rauf Mammadli, chairman of the board of Caspian Shipping Company, signed an agreement on a joint ferry"
        + " line."));
    assertEquals(List.of("Aktau Sea Port Company", "Caspian Shipping Company"),
        r.parties().stream().map(p -> p.label()).toList());
  }
}
