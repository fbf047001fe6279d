package org.w3id.kazaz.resolve;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.events.EventRecord;
import org.w3id.kazaz.extract.events.EventType;
import org.w3id.kazaz.extract.common.PartialDate;
import org.w3id.kazaz.annotate.Span;

class EventResolverTest {
  private static final EntityRef MIRZIYOYEV =
      EntityRef.known("urn:x:mirziyoyev", EntityKind.PERSON, "Shavkat Mirziyoyev", null);
  private static final EntityRef PUTIN = EntityRef.known("urn:x:putin", EntityKind.PERSON, "Vladimir Putin", null);
  private static final EntityRef ASTANA = EntityRef.known("urn:x:astana", EntityKind.CITY, "Astana", null);

  private static EventRecord event(EventType t, String start, EntityRef place, EntityRef... who) {
    return new EventRecord(t, t + " " + start, start == null ? null : PartialDate.parse(start), null,
        place, List.of(who), new Span(0, 1, "x"));
  }

  @Test
  void anUndatedVisitTakesTheDateAnotherArticleGives() {
    EventRecord announced = event(EventType.OfficialVisit, null, ASTANA, MIRZIYOYEV);
    EventRecord dated = event(EventType.OfficialVisit, "2025-06-04", ASTANA, MIRZIYOYEV);
    EventRecord other = event(EventType.OfficialVisit, "2025-06-20", null, PUTIN);
    Map<EventRecord, EventRecord> c = EventResolver.canonical(List.of(
        new EventResolver.Sourced(LocalDate.of(2025, 6, 1), announced),
        new EventResolver.Sourced(LocalDate.of(2025, 6, 5), dated),
        new EventResolver.Sourced(LocalDate.of(2025, 6, 21), other)));
    assertSame(dated, c.get(announced));
    assertSame(other, c.get(other));
  }

  @Test
  void twoCandidatesOrNoneLeaveItUndated() {
    EventRecord undated = event(EventType.Talks, null, ASTANA, MIRZIYOYEV);
    EventRecord first = event(EventType.Talks, "2025-06-04", ASTANA, MIRZIYOYEV);
    EventRecord second = event(EventType.Talks, "2025-06-12", ASTANA);
    EventRecord farAway = event(EventType.Talks, "2024-01-10", ASTANA, MIRZIYOYEV);
    LocalDate published = LocalDate.of(2025, 6, 8);
    assertSame(undated, EventResolver.canonical(List.of(new EventResolver.Sourced(published, undated),
        new EventResolver.Sourced(published, first), new EventResolver.Sourced(published, second))).get(undated));
    assertSame(undated, EventResolver.canonical(List.of(new EventResolver.Sourced(published, undated),
        new EventResolver.Sourced(published, farAway))).get(undated));
  }

  @Test
  void aConferenceNamedAlikeOnALaterDayIsTheOneOpenedEarlier() {
    EventRecord opened = new EventRecord(EventType.Conference, "Caspian Water Congress (CWC3)", PartialDate.parse("2025-06-02"),
        null, ASTANA, List.of(), null);
    EventRecord later = new EventRecord(EventType.Conference, "CWC3", PartialDate.parse("2025-06-04"), null, null,
        List.of(), null);
    EventRecord other = new EventRecord(EventType.Conference, "Steppe Energy Conference", PartialDate.parse("2025-06-04"),
        null, null, List.of(), null);
    LocalDate published = LocalDate.of(2025, 6, 5);
    Map<EventRecord, EventRecord> c = EventResolver.canonical(List.of(new EventResolver.Sourced(published, later),
        new EventResolver.Sourced(published, opened), new EventResolver.Sourced(published, other)));
    assertSame(opened, c.get(later));
    assertSame(other, c.get(other));
  }
}
