package org.w3id.kazaz.resolve;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.extract.EntityRef;
import org.w3id.kazaz.extract.RouteRecord;

/**
 * One node per concrete route: "from Xi'an through Kazakhstan to Azerbaijan" in one article and
 * "Xi'an – Aktau port – Baku port – Absheron station" in another are one route when they start at
 * the same place and every stop of the shorter is, in order, a stop of the longer or the state one
 * of its stops lies in. The longer description stands for the route.
 */
public final class RouteResolver {
  private RouteResolver() {}

  public static Map<RouteRecord, RouteRecord> canonical(List<RouteRecord> all) {
    // a route can only be another one that starts at the same place: compare within those
    Map<String, List<RouteRecord>> byStart = new java.util.HashMap<>();
    for (RouteRecord r : all) {
      if (r.stops().size() >= 2) {
        byStart.computeIfAbsent(key(r.stops().get(0)), k -> new java.util.ArrayList<>()).add(r);
      }
    }
    byStart.replaceAll((k, v) -> v.stream()
        .sorted(Comparator.comparingInt((RouteRecord r) -> -r.stops().size()).thenComparing(RouteRecord::name))
        .toList());
    Map<RouteRecord, RouteRecord> out = new IdentityHashMap<>();
    for (RouteRecord r : all) {
      out.put(r, r);
      if (r.stops().size() < 2) {
        continue;
      }
      for (RouteRecord longer : byStart.get(key(r.stops().get(0)))) {
        if (longer.stops().size() > r.stops().size() && covers(longer.stops(), r.stops())) {
          out.put(r, longer);
          break;
        }
      }
    }
    return out;
  }

  private static String key(EntityRef e) {
    return e.isKnown() ? e.iri() : e.label().toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether {@code shorter} starts where {@code longer} starts and follows it in order. */
  static boolean covers(List<EntityRef> longer, List<EntityRef> shorter) {
    if (!same(longer.get(0), shorter.get(0))) {
      return false;
    }
    int i = 1;
    for (int j = 1; j < shorter.size(); j++) {
      EntityRef want = shorter.get(j);
      while (i < longer.size() && !same(longer.get(i), want) && !inState(longer.get(i), want)) {
        i++;
      }
      if (i == longer.size()) {
        return false;
      }
      // a state may stand for several stops in a row: stay on it for the next one
    }
    return true;
  }

  private static boolean inState(EntityRef stop, EntityRef state) {
    return state.kind() == EntityKind.STATE && state.iri() != null && state.iri().equals(stop.stateIri());
  }

  private static boolean same(EntityRef a, EntityRef b) {
    return a.isKnown() ? Objects.equals(a.iri(), b.iri()) : a.label().equalsIgnoreCase(b.label());
  }
}
