package org.w3id.kazaz.extract.events;

import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.common.PartialDate;
import org.w3id.kazaz.annotate.Span;
import java.util.List;

/**
 * An event as one article reports it: a visit, talks, a meeting, a briefing, a ceremony, an
 * interview, a conference, a shipment.
 *
 * @param type its type
 * @param name a readable name made from the text ("State visit of Kassym-Jomart Tokayev to
 *     Azerbaijan")
 * @param start its (first) date at the precision given, or null
 * @param end its last date for a multi-day event ("March 11-12"), or null
 * @param place where it happens (city, station, or a state when only that is given), or null
 * @param participants people and organisations taking part (hosts and visitors alike)
 * @param evidence the sentence it comes from
 */
public record EventRecord(
    EventType type,
    String name,
    PartialDate start,
    PartialDate end,
    EntityRef place,
    List<EntityRef> participants,
    Span evidence) {
  public EventRecord {
    participants = List.copyOf(participants);
  }

  /**
   * Whether two events' names name one event: both have name words of their own ("COP29",
   * "Turkic") and share one, or one's initials spell a word of the other.
   */
  public static boolean namedAlike(String a, String b) {
    return EventDraft.namedAlike(a, b);
  }
}
