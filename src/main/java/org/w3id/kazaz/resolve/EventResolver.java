package org.w3id.kazaz.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.events.EventRecord;
import org.w3id.kazaz.extract.events.EventType;

/**
 * Gives an undated event its date from another article: "ahead of his state visit to Baku" in one
 * article is the state visit of March 11-12 that another reports, when that is the only event of
 * the type within a month of the article's date that shares a participant or the place with it.
 * Dated events are one node per type and start date already (their identifier says so).
 */
public final class EventResolver {
  static final long WINDOW_DAYS = 31;

  /** An event together with the publication date of the article that reports it. */
  public record Sourced(LocalDate published, EventRecord record) {}

  private EventResolver() {}

  /** For each undated event that another article dates, the dated record; others map to themselves. */
  public static Map<EventRecord, EventRecord> canonical(List<Sourced> all) {
    // dated events by type and start day, to look only at those within the window
    Map<EventType, java.util.TreeMap<LocalDate, List<EventRecord>>> dated = new java.util.EnumMap<>(EventType.class);
    for (Sourced s : all) {
      EventRecord c = s.record();
      if (c.start() != null && c.start().isFullDate()) {
        LocalDate d = LocalDate.of(c.start().year(), c.start().month(), c.start().day());
        dated.computeIfAbsent(c.type(), t -> new java.util.TreeMap<>())
            .computeIfAbsent(d, k -> new ArrayList<>()).add(c);
      }
    }
    Map<EventRecord, EventRecord> out = new IdentityHashMap<>();
    for (Sourced s : all) {
      EventRecord r = s.record();
      out.put(r, r);
      EventRecord opened = openedEarlier(r, dated);
      if (opened != null) {
        out.put(r, opened);
        continue;
      }
      if (r.start() != null || !dated.containsKey(r.type())) {
        continue;
      }
      List<EventRecord> candidates = new ArrayList<>();
      dated.get(r.type())
          .subMap(s.published().minusDays(WINDOW_DAYS), true, s.published().plusDays(WINDOW_DAYS), true)
          .values()
          .forEach(list -> list.stream()
              .filter(c -> sharesParticipant(r, c) || samePlace(r, c))
              .forEach(candidates::add));
      Set<String> starts =
          candidates.stream().map(c -> c.start().toString()).collect(Collectors.toSet());
      if (starts.size() == 1) {
        out.put(r, candidates.get(0));
      }
    }
    return out;
  }

  private static final Set<EventType> RUNNING = java.util.EnumSet.of(EventType.Conference, EventType.Forum,
      EventType.Summit);
  /** How long a conference, forum or summit can run: a mention on a later day is a day of it. */
  static final long RUNNING_DAYS = 14;

  /**
   * "COP29 opened in Baku on Monday" in one article, "on the sidelines of COP29 on Wednesday" in
   * another: a conference, forum or summit of one name dated within two weeks after the day another
   * article gives it is that event, opened on the earliest day; null where no earlier one is named
   * alike.
   */
  private static EventRecord openedEarlier(EventRecord r, Map<EventType, java.util.TreeMap<LocalDate, List<EventRecord>>> dated) {
    if (!RUNNING.contains(r.type()) || r.start() == null || !r.start().isFullDate() || !dated.containsKey(r.type())) {
      return null;
    }
    LocalDate d = LocalDate.of(r.start().year(), r.start().month(), r.start().day());
    for (List<EventRecord> day : dated.get(r.type()).subMap(d.minusDays(RUNNING_DAYS), true, d, false).values()) {
      for (EventRecord c : day) {
        if (EventRecord.namedAlike(c.name(), r.name())) {
          return c; // the TreeMap is in day order: the first found is the earliest
        }
      }
    }
    return null;
  }

  private static boolean sharesParticipant(EventRecord a, EventRecord b) {
    for (EntityRef x : a.participants()) {
      for (EntityRef y : b.participants()) {
        if (same(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean samePlace(EventRecord a, EventRecord b) {
    return a.place() != null && b.place() != null && same(a.place(), b.place());
  }

  private static boolean same(EntityRef x, EntityRef y) {
    return x.isKnown()
        ? Objects.equals(x.iri(), y.iri())
        : !y.isKnown() && x.label().equalsIgnoreCase(y.label());
  }
}
