package org.w3id.kazaz.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The event cues of ontology/extraction/event-cues.txt, on sentences written for the test. */
class EventCuesTest {
  private static List<EventType> types(String sentence) {
    return EventCues.find(sentence).stream().map(EventCues.Cue::type).toList();
  }

  @Test
  void theRulesLoad() {
    assertFalse(EventCues.load().isEmpty());
  }

  @Test
  void namedGatheringsAreForums() {
    assertEquals(List.of(EventType.Forum), types("The ministers spoke at the Caspian Logistics Forum in Aktau."));
    assertEquals(List.of(EventType.Forum), types("Delegates gathered for Shymkent Agro Week."));
    assertEquals(List.of(), types("The forum was a success."), "a forum without a name is not one event");
  }

  @Test
  void workingAndOfficialVisitsAreApart() {
    assertEquals(List.of(EventType.WorkingVisit), types("The premier paid a working visit to Aktobe."));
    assertEquals(List.of(EventType.OfficialVisit), types("The premier paid an official visit to Aktobe."));
  }

  @Test
  void callsRoundTablesAndConcerts() {
    assertEquals(List.of(EventType.Talks), types("The two prime ministers held a telephone conversation."));
    assertEquals(List.of(EventType.Conference), types("A round table on water use was held in Turkestan."));
    assertEquals(List.of(EventType.Ceremony), types("The evening ended with a gala concert."));
    assertEquals(List.of(EventType.Talks), types("The minister met Deputy Prime Minister Serik Abenov."));
    assertEquals(List.of(), types("The supply met the demand."));
    assertEquals(List.of(EventType.Talks), types("The minister met on Friday with his Georgian counterpart."));
  }

  @Test
  void receptionsCallsAndMeetingsWithSomeoneAreTalks() {
    assertEquals(List.of(EventType.Talks), types("The premier was also received by President Japarov."));
    assertEquals(List.of(EventType.Talks), types("The king received Prime Minister Olzhas Bektenov in Riyadh."));
    assertEquals(List.of(EventType.Talks), types("The next day the two premiers spoke by phone."));
    assertEquals(List.of(EventType.Talks), types("He said so at a meeting with Trade Minister Arman Shakkaliyev."));
    assertEquals(List.of(), types("The port received 40,000 tons of grain."));
    assertEquals(List.of(), types("The plan met with criticism from traders."));
  }

  @Test
  void tradeMissionsAndForumsOfAFieldAreForums() {
    assertEquals(List.of(EventType.Forum), types("A trade and economic mission of Uzbek exporters visited Aktau."));
    assertEquals(List.of(EventType.Forum), types("The Kazakh-Uzbek agricultural forum opened in Shymkent."));
    assertEquals(List.of(), types("The mission of the fund is to invest."));
  }
}
