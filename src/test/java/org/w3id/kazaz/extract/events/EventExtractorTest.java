package org.w3id.kazaz.extract.events;

import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.common.PartialDate;
import org.w3id.kazaz.extract.Annotated;
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

class EventExtractorTest {
  private static final String ID = "https://w3id.org/kazaz/id/";
  private static final String KZ = ID + "state/kazakhstan";
  private static final String AZ = ID + "state/azerbaijan";
  private static final String UZ = ID + "state/uzbekistan";
  private static final String GE = ID + "state/georgia";
  private static final String ASTANA = ID + "place/astana";
  private static final String BAKU = ID + "place/baku";
  private static final String TASHKENT = ID + "place/tashkent";
  private static final String TOKAYEV = ID + "person/kassym-jomart-tokayev";
  private static final String ALIYEV = ID + "person/ilham-aliyev";
  private static final String MIRZIYOYEV = ID + "person/shavkat-mirziyoyev";

  private static final Gazetteer GAZ =
      new Gazetteer(
          List.of(
              e(KZ, EntityKind.STATE, "Kazakhstan", null, null, "Republic of Kazakhstan"),
              e(AZ, EntityKind.STATE, "Azerbaijan", null, null, "Republic of Azerbaijan"),
              e(UZ, EntityKind.STATE, "Uzbekistan", null, null),
              e(GE, EntityKind.STATE, "Georgia", null, null),
              e(ASTANA, EntityKind.CITY, "Astana", KZ, null),
              e(BAKU, EntityKind.CITY, "Baku", AZ, null),
              e(TASHKENT, EntityKind.CITY, "Tashkent", UZ, null),
              e(ID + "place/aktau", EntityKind.CITY, "Aktau", KZ, null),
              e(ID + "place/alat-station", EntityKind.STATION, "Alat station", AZ, null),
              e(TOKAYEV, EntityKind.PERSON, "Kassym-Jomart Tokayev", KZ, "President", "Tokayev"),
              e(ALIYEV, EntityKind.PERSON, "Ilham Aliyev", AZ, "President", "Aliyev"),
              e(MIRZIYOYEV, EntityKind.PERSON, "Shavkat Mirziyoyev", UZ, "President", "Mirziyoyev")));

  private static GazetteerEntry e(String iri, EntityKind k, String label, String state, String role,
      String... alts) {
    return new GazetteerEntry(iri, k, label, List.of(alts), state, role);
  }

  private static Article article(String date, String body) {
    String header = " date " + date + " ";
    return new Article("t.txt", LocalDate.parse(date), header + body, header.length());
  }

  private static List<EventRecord> run(String date, String body) {
    return EventExtractor.extract(Annotated.of(article(date, body), GAZ), GAZ);
  }

  private static List<EventRecord> of(List<EventRecord> rs, EventType t) {
    return rs.stream().filter(r -> r.type() == t).toList();
  }

  private static EventRecord one(List<EventRecord> rs, EventType t) {
    List<EventRecord> found = of(rs, t);
    assertEquals(1, found.size(), t + " in " + rs);
    return found.get(0);
  }

  private static Set<String> who(EventRecord r) {
    return r.participants().stream().map(p -> p.iri() != null ? p.iri() : p.label()).collect(Collectors.toSet());
  }

  private static String date(PartialDate d) {
    return d == null ? null : d.toString();
  }

  @Test
  void aPastVisitNamedWithoutPeopleIsNotLentTheArticlesPeople() {
    List<EventRecord> rs = run("2025-06-03",
        "President Kassym-Jomart Tokayev met President Ilham Aliyev in Astana on 2 June. The official visit"
            + " to Baku in 2019 opened a new stage of relations.");
    EventRecord past = rs.stream().filter(e -> e.type() == EventType.OfficialVisit).findFirst().orElseThrow();
    assertEquals("2019", date(past.start()));
    assertEquals(BAKU, past.place().iri());
    assertTrue(past.participants().isEmpty(), past.participants().toString());
  }

  @Test
  void aFestivalInAStateIsPlacedThere() {
    List<EventRecord> rs = run("2025-06-03",
        "The minister praised the Days of Uzbek Culture in Georgia, held earlier this spring.");
    EventRecord days = one(rs, EventType.Ceremony);
    assertEquals(GE, days.place().iri());
  }

  @Test
  void announcedOfficialVisitWithDateRangeAndTalksAsPartOfIt() {
    List<EventRecord> rs = run("2025-06-03",
        "ASTANA – President of Uzbekistan Shavkat Mirziyoyev will pay an official visit to Kazakhstan on June"
            + " 4-5, reported the Akorda press service.\n\nAs part of the visit, Mirziyoyev will hold talks with"
            + " Kassym-Jomart Tokayev in Astana.\n\nFollowing the talks in Astana, the presidents held a joint"
            + " press conference.");
    EventRecord visit = one(rs, EventType.OfficialVisit);
    assertEquals("2025-06-04", date(visit.start()));
    assertEquals("2025-06-05", date(visit.end()));
    assertEquals(KZ, visit.place().iri());
    assertEquals(Set.of(MIRZIYOYEV, TOKAYEV), who(visit));
    assertEquals("Official visit of Shavkat Mirziyoyev to Kazakhstan", visit.name());

    EventRecord talks = one(rs, EventType.Talks);
    assertEquals("2025-06-04", date(talks.start()));
    assertNull(talks.end());
    assertEquals(ASTANA, talks.place().iri());
    assertEquals(Set.of(MIRZIYOYEV, TOKAYEV), who(talks));

    EventRecord pc = one(rs, EventType.PressConference);
    assertEquals("2025-06-04", date(pc.start()));
    assertEquals(ASTANA, pc.place().iri());
    assertEquals(Set.of(MIRZIYOYEV, TOKAYEV), who(pc));
    assertTrue(pc.name().startsWith("Joint press conference"), pc.name());
  }

  @Test
  void talksMentionedManyTimesAreOneEventAndABriefingFollowingThemTakesTheirDate() {
    List<EventRecord> rs = run("2025-06-03",
        "During their talks in Baku on 2 June 2025, President Ilham Aliyev and President Kassym-Jomart Tokayev"
            + " discussed grain transit.\n\nThe talks covered energy and digital links. The sides praised the"
            + " results of the negotiations.\n\nAt a press briefing following the talks, Tokayev said the"
            + " railway would open next year.");
    EventRecord talks = one(rs, EventType.Talks);
    assertEquals("2025-06-02", date(talks.start()));
    assertEquals(BAKU, talks.place().iri());
    assertEquals(Set.of(ALIYEV, TOKAYEV), who(talks));
    assertTrue(talks.evidence().text().startsWith("During their talks in Baku"));
    assertEquals("Talks between Ilham Aliyev and Kassym-Jomart Tokayev in Baku", talks.name());

    EventRecord brief = one(rs, EventType.PressBriefing);
    assertEquals("2025-06-02", date(brief.start()));
    assertEquals(BAKU, brief.place().iri());
    assertEquals(Set.of(ALIYEV, TOKAYEV), who(brief));
  }

  @Test
  void stateVisitToACityByTheHeadOfAnotherStateNamedByOffice() {
    List<EventRecord> rs = run("2025-09-10",
        "The state visit of the President of Azerbaijan to Tashkent took place on 9 September. Shavkat"
            + " Mirziyoyev welcomed the guest.");
    EventRecord v = one(rs, EventType.StateVisit);
    assertEquals("2025-09-09", date(v.start()));
    assertEquals(TASHKENT, v.place().iri());
    assertEquals(Set.of(ALIYEV, MIRZIYOYEV), who(v));
    assertEquals("State visit of Ilham Aliyev to Tashkent", v.name());
  }

  @Test
  void ceremonyDuringAVisitIsNamedFromItsObjectAndDatedByTheVisitTalks() {
    List<EventRecord> rs = run("2025-06-03",
        "On 2 June, Kassym-Jomart Tokayev and Ilham Aliyev held talks in Baku.\n\n"
            + "The leaders attended the opening ceremony of the Friendship Park in Baku.");
    EventRecord c = one(rs, EventType.Ceremony);
    assertEquals("2025-06-02", date(c.start()));
    assertEquals(BAKU, c.place().iri());
    assertEquals(Set.of(ALIYEV, TOKAYEV), who(c));
    assertEquals("Opening ceremony of the Friendship Park in Baku", c.name());
  }

  @Test
  void interviewWithANewsAgencyHasThePersonAndTheAgency() {
    List<EventRecord> rs = run("2025-06-03",
        "In an interview with the Kazinform news agency on 1 June, Tokayev said the corridor would double its"
            + " capacity.");
    EventRecord i = one(rs, EventType.Interview);
    assertEquals("2025-06-01", date(i.start()));
    assertNull(i.place());
    EntityRef agency = i.participants().stream().filter(p -> p.kind() == EntityKind.AGENCY).findFirst()
        .orElseThrow();
    assertEquals("Kazinform", agency.label());
    assertNull(agency.iri());
    assertEquals(Set.of(TOKAYEV, "Kazinform"), who(i));
  }

  @Test
  void agencyTakesItsStateFromTheAdjectiveOrThePossessive() {
    EventRecord a = one(run("2025-06-03",
        "Mirziyoyev gave an interview to the Azerbaijani State Telegraph Agency (ASTA) on 30 May."),
        EventType.Interview);
    EntityRef asta = a.participants().stream().filter(p -> p.kind() == EntityKind.AGENCY).findFirst()
        .orElseThrow();
    assertEquals(AZ, asta.stateIri());
    assertEquals("2025-05-30", date(a.start()));

    EventRecord b = one(run("2025-06-03", "In a recent interview with Georgia’s Imedi channel, Aliyev spoke of"
        + " ports."), EventType.Interview);
    EntityRef imedi = b.participants().stream().filter(p -> !p.isKnown()).findFirst().orElseThrow();
    assertEquals("Imedi", imedi.label());
    assertEquals(GE, imedi.stateIri());
    assertNull(b.start(), "a recent interview has no date of its own");
  }

  @Test
  void shipmentsKeepTheirOwnDatesOnly() {
    List<EventRecord> rs = run("2025-06-03",
        "On 2 June, the presidents held talks in Astana. The second shipment of Kazakh oil was sent through"
            + " Georgia last year. A freight train with 50 containers arrived at Alat station.");
    List<EventRecord> ships = of(rs, EventType.Shipment);
    assertEquals(2, ships.size(), ships.toString());
    EventRecord oil = ships.get(0);
    assertEquals("2024", date(oil.start()));
    assertNull(oil.place());
    assertTrue(oil.participants().isEmpty());
    assertEquals("Second shipment of Kazakh oil sent through Georgia", oil.name());
    EventRecord train = ships.get(1);
    assertNull(train.start(), "an undated train arrival is not dated by the talks");
    assertEquals(ID + "place/alat-station", train.place().iri());
  }

  @Test
  void councilMeetingAndConferenceWithHostCity() {
    List<EventRecord> rs = run("2025-06-03",
        "Aktau will host the third meeting of the Intergovernmental Commission on Trade and Economic"
            + " Cooperation on 20 June. Astana is set to host the 5th Conference on Interaction in Central"
            + " Asia in October.");
    EventRecord m = one(rs, EventType.CouncilMeeting);
    assertEquals("2025-06-20", date(m.start()));
    assertEquals(ID + "place/aktau", m.place().iri());
    assertEquals("Third meeting of the Intergovernmental Commission on Trade and Economic Cooperation",
        m.name());
    EventRecord c = one(rs, EventType.Conference);
    assertEquals("2025-10", date(c.start()));
    assertEquals(ASTANA, c.place().iri());
  }

  @Test
  void pastVisitKeepsItsYearAndAnUpcomingVisitTakesNoDateFromContext() {
    List<EventRecord> rs = run("2025-06-03",
        "On 2 June, Tokayev and Aliyev held talks in Astana. Tokayev recalled his official visit to Baku in"
            + " 2022. Aliyev spoke ahead of his upcoming state visit to Tashkent.");
    EventRecord past = one(rs, EventType.OfficialVisit);
    assertEquals("2022", date(past.start()));
    assertEquals(BAKU, past.place().iri());
    EventRecord next = one(rs, EventType.StateVisit);
    assertNull(next.start());
    assertEquals(Set.of(ALIYEV), who(next), "the host is not named in the article");
  }

  @Test
  void genericWordsAreNoEvents() {
    List<EventRecord> rs = run("2025-06-03",
        "The forum was a meeting of minds. Events in the world may change trade, the minister said, and"
            + " the summit will show it. Exports of grain are talked about widely.");
    assertEquals(List.of(), rs);
  }

  @Test
  void aSurnameInsideAStreetNameIsNoParticipant() {
    List<EventRecord> rs = run("2025-06-03",
        "On 2 June, Tokayev and Mirziyoyev held talks in Tashkent. The presidents attended the opening"
            + " ceremony of Ilham Aliyev Street in Tashkent.");
    EventRecord c = one(rs, EventType.Ceremony);
    assertEquals(Set.of(TOKAYEV, MIRZIYOYEV), who(c));
  }

  @Test
  void aDateBeforeAClauseBreakBelongsToTheMainClausesEvent() {
    // Thursday 14 November 2024: Wednesday is the 13th, Tuesday the 12th
    List<EventRecord> rs = run("2024-11-14",
        "BAKU – Kassym-Jomart Tokayev held talks with Ilham Aliyev in Baku on Wednesday, on the margins of the"
            + " Caspian Energy Summit, which opened on Tuesday.");
    assertEquals("2024-11-13", date(one(rs, EventType.Talks).start()));
  }

  @Test
  void anInvitationOrAProposalIsNoEventButAVisitDueThisWeekIs() {
    List<EventRecord> rs = run("2026-05-04",
        "Aliyev invited Tokayev to pay a state visit to Azerbaijan next year. The sides proposed to hold a business"
            + " forum in Baku in the autumn.");
    assertEquals(List.of(), of(rs, EventType.StateVisit), rs.toString());
    rs = run("2026-05-04", "Kassym-Jomart Tokayev will pay a state visit to Azerbaijan on May 5-6, Akorda said.");
    assertEquals("2026-05-05", one(rs, EventType.StateVisit).start().toString());
  }

  @Test
  void theTwoLeadersAreThePresidentsTheArticleNames() {
    List<EventRecord> rs = run("2023-11-25", "BAKU – Kassym-Jomart Tokayev met Ilham Aliyev in Baku on Friday."
        + " Tokayev thanked Aliyev.\n\nIn April, the two leaders held talks on the sidelines of a summit in Astana.");
    EventRecord april = of(rs, EventType.Talks).stream().filter(r -> "2023-04".equals(date(r.start()))).findFirst()
        .orElseThrow(() -> new AssertionError(rs.toString()));
    assertEquals(Set.of(TOKAYEV, ALIYEV), who(april));
  }

  @Test
  void speakingToANewsOutletIsAnInterviewButSpeakingToAPersonIsNot() {
    Gazetteer g = new Gazetteer(java.util.stream.Stream.concat(GAZ.entries().stream(), java.util.stream.Stream.of(
        e(ID + "organisation/trend", EntityKind.ORGANISATION, "Trend News Agency", AZ, null, "Trend"))).toList());
    List<EventRecord> rs = EventExtractor.extract(org.w3id.kazaz.extract.Annotated.of(
        article("2026-07-04", "The minister spoke to Trend on Friday about oil transit."), g), g);
    assertEquals("2026-07-03", date(one(rs, EventType.Interview).start()));
    rs = EventExtractor.extract(org.w3id.kazaz.extract.Annotated.of(
        article("2026-07-04", "The minister spoke to Ilham Aliyev on Friday about oil transit."), g), g);
    assertEquals(List.of(), of(rs, EventType.Interview));
  }

  @Test
  void aVisitUnderWayIsOnTheDayOfTheTalksItsSentenceDates() {
    List<EventRecord> rs = run("2023-05-10", "ASTANA – President Kassym-Jomart Tokayev, who is on an official visit"
        + " to Azerbaijan, held talks with President Ilham Aliyev in Baku on Tuesday.");
    EventRecord visit = one(rs, EventType.OfficialVisit);
    assertEquals("2023-05-09", date(visit.start()));
    assertEquals(BAKU, visit.place().iri());
  }

  @Test
  void aSeasonDatesAnEventToItsYear() {
    List<EventRecord> rs = run("2024-12-20", "In the spring President Ilham Aliyev paid a state visit to Kazakhstan.");
    assertEquals("2024", date(one(rs, EventType.StateVisit).start()));
  }

  @Test
  void namedDaysAreAForumButCultureDaysACeremony() {
    List<EventRecord> rs = run("2024-06-10", "Tashkent hosted Central Asian Digital Days on June 3-5.");
    assertEquals("2024-06-03", date(one(rs, EventType.Forum).start()));
    rs = run("2024-06-10", "Uzbekistan, which chairs the group in 2024, hosted Digital Days in Tashkent from 3 to 5 June.");
    assertEquals("2024-06-03", date(one(rs, EventType.Forum).start()));
    rs = run("2024-06-10", "The Kazakh Culture Days opened in Baku on June 3.");
    assertEquals(List.of(), of(rs, EventType.Forum));
    assertEquals("2024-06-03", date(one(rs, EventType.Ceremony).start()));
  }

  @Test
  void anArticleInQuestionsAndAnswersIsAnInterviewOfThePersonItsLeadNames() {
    String body = "Ambassador: \"Our trade will double\"\n\nPresident Kassym-Jomart Tokayev met Ilham Aliyev in"
        + " May. Kazakhstan's Ambassador to Georgia, Serik Nurlanov, looks back at the year.\n\n"
        + "– Mr Ambassador, how was the year?\n\n– It was a good year for trade.\n\n"
        + "– What comes next?\n\n– More trade, and an interview I gave to a newspaper in May was about it.\n";
    org.w3id.kazaz.extract.Extraction x = new org.w3id.kazaz.extract.ArticleExtractor(GAZ).extract(article("2024-01-15", body));
    List<EventRecord> interviews = of(x.events(), EventType.Interview);
    assertEquals(2, interviews.size(), interviews.toString());
    assertNull(interviews.get(interviews.size() - 1).start());
    // the one "I gave in May" is his too
    assertEquals("2024-05", date(interviews.get(0).start()));
    interviews.forEach(i -> assertEquals(Set.of("Serik Nurlanov"), who(i)));
    // one question is no interview
    x = new org.w3id.kazaz.extract.ArticleExtractor(GAZ).extract(article("2024-01-15",
        "Serik Nurlanov looks back at the year.\n\n– How was the year?\n\n– It was a good year.\n"));
    assertEquals(List.of(), of(x.events(), EventType.Interview));
  }

  @Test
  void anUndatedVisitOfTheSameVisitorToTheSamePlaceIsTheDatedOne() {
    List<EventRecord> rs = run("2023-05-11", "On Wednesday Kassym-Jomart Tokayev paid an official visit to Baku."
        + "\n\nAnalysts said Kassym-Jomart Tokayev's working visit to Azerbaijan opened a new chapter.");
    assertEquals("2023-05-10", date(one(rs, EventType.OfficialVisit).start()));
    assertEquals(List.of(), of(rs, EventType.WorkingVisit), rs.toString());
  }

  @Test
  void talksOnTheSidelinesOfASummitTakeTheDateOfTheSummitTheirSentenceNames() {
    List<EventRecord> rs = run("2023-11-25", "Aliyev attended the summit of the Turkic Council in Astana on 3 November."
        + " Earlier, the two leaders held talks on the sidelines of the summit of the Caspian Forum in Baku in"
        + " October 2022.");
    assertTrue(of(rs, EventType.Talks).stream().anyMatch(t -> "2022-10".equals(date(t.start()))), rs.toString());
  }

  @Test
  void summitsOfDifferentNamesAreDifferentSummits() {
    List<EventRecord> rs = run("2023-11-25", "Tokayev and Aliyev joined the first summit of the Caspian Programme."
        + " On 3 November Aliyev attended the summit of the Organization of Turkic States in Astana."
        + " Friday's summit in Baku was the first.");
    List<EventRecord> summits = of(rs, EventType.Summit);
    assertEquals(2, summits.size(), rs.toString());
    assertTrue(summits.stream().anyMatch(e -> e.name().contains("Turkic") && "2023-11-03".equals(date(e.start()))));
    assertTrue(summits.stream().anyMatch(e -> e.name().contains("Caspian") && "2023-11-24".equals(date(e.start()))),
        summits.toString());
    assertTrue(EventDraft.nameShared("OTS summit", "Summit of the Organization of Turkic States"));
  }

  @Test
  void anAppositiveAfterAnEventStillDatesIt() {
    List<EventRecord> rs = run("2025-03-13", "Kazakhstan took part at the highest level in COP29, the UN climate"
        + " conference that Azerbaijan hosted last November.");
    assertEquals("2024-11", date(one(rs, EventType.Conference).start()));
  }

  @Test
  void anExpoCentreIsAVenueNotAForum() {
    List<EventRecord> rs = run("2024-09-25", "Meeting at the Aktau Expo Centre on Tuesday, the ministers took stock.");
    assertEquals(List.of(), of(rs, EventType.Forum), rs.toString());
    rs = run("2024-06-05", "The projects were launched at the opening of Baku Energy Week on Tuesday.");
    assertEquals("Baku Energy Week", one(rs, EventType.Forum).name());
  }

  @Test
  void anOpeningOfAVenueIsACeremonyButAnEmbassysOpeningIsHistory() {
    List<EventRecord> rs = run("2026-10-08", "Wednesday's programme featured the opening of the \"Silk Threads\""
        + " exhibition and a concert.");
    assertTrue(of(rs, EventType.Ceremony).stream().anyMatch(e -> e.name().startsWith("Opening of the \"Silk Threads\"")
        && "2026-10-07".equals(date(e.start()))), rs.toString());
    rs = run("2026-10-08", "A Kazakh Poetry Corner had been opened at the national library in Tashkent in 2019.");
    EventRecord corner = one(rs, EventType.Ceremony);
    assertEquals("2019", date(corner.start()));
    assertEquals("Opening of the Kazakh Poetry Corner in Tashkent", corner.name());
    rs = run("2026-10-08", "The Kazakh embassy in Baku opened on 9 January 1993.");
    assertEquals(List.of(), of(rs, EventType.Ceremony));
  }

  @Test
  void shipmentsNamedByTheirNounAndMovedByAVerbAfterIt() {
    List<EventRecord> rs = run("2026-04-09", "The first consignment, grain from the Kostanay region, was brought across"
        + " the Caspian by the ferry \"Aktau\" and was received at Alat station yesterday, April 8. The second cargo is"
        + " scheduled to be loaded in Aktau on Monday, April 13. Cargo transportation reached 5 million tonnes.");
    List<EventRecord> shipments = of(rs, EventType.Shipment);
    assertEquals(2, shipments.size(), rs.toString());
    assertEquals(Set.of("2026-04-08", "2026-04-13"), shipments.stream().map(e -> date(e.start())).collect(Collectors.toSet()));
    rs = run("2026-04-09", "In March, a Lianyungang – Aktau train of 40 forty-foot containers reached Aktau after 9 days."
        + " In early April, the operator dispatched three more trains from Aktau to Georgia.");
    shipments = of(rs, EventType.Shipment);
    assertEquals(2, shipments.size(), rs.toString());
  }

  @Test
  void whatHappensDuringAVisitDatesTheVisit() {
    List<EventRecord> rs = run("2024-09-01", "In March, a train of 61 containers arrived at Alat station during President"
        + " Kassym-Jomart Tokayev's state visit to Baku.");
    assertEquals("2024-03", date(one(rs, EventType.StateVisit).start()), rs.toString());
    assertEquals("2024-03", date(one(rs, EventType.Shipment).start()));
  }
}
