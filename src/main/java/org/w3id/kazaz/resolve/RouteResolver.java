package org.w3id.kazaz.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.common.Names;
import org.w3id.kazaz.extract.routes.RouteRecord;
import org.w3id.kazaz.gazetteer.EntityKind;

/**
 * One node per concrete route. Routes with the same stops in order (and both flights or neither)
 * are one; so are the two directions of a corridor or link between two places ("A-B corridor",
 * "B-A corridor"). A rough description that names a state for some of its stops ("from Xi'an
 * through Kazakhstan to Azerbaijan") is the route of another article ("Xi'an – Aktau port – Baku
 * port – Absheron station") when they start at the same place and every stop of the shorter is, in
 * order, a stop of the longer or the state one of its stops lies in; two routes written with their
 * places ("A – B – C", "A – B – D – C") stay two. A route of its own name without stops is one
 * over spellings that differ only in vowels ("Zangezur", "Zangazur"). The fuller description stands
 * for the route.
 */
public final class RouteResolver {
  private RouteResolver() {}

  public static Map<RouteRecord, RouteRecord> canonical(List<RouteRecord> all) {
    Comparator<RouteRecord> fuller = Comparator.comparingInt((RouteRecord r) -> -r.stops().size())
        .thenComparingInt(r -> -r.name().length()).thenComparing(RouteRecord::name);
    List<RouteRecord> sorted = all.stream().sorted(fuller).toList();
    Map<String, RouteRecord> byKey = new HashMap<>();
    Map<String, List<RouteRecord>> byStart = new HashMap<>();
    for (RouteRecord r : sorted) { // the fullest first: it stands for the others
      for (String k : keys(r)) {
        byKey.putIfAbsent(k, r);
      }
      if (r.stops().size() >= 2) {
        byStart.computeIfAbsent(key(r.stops().get(0)), k -> new ArrayList<>()).add(r);
      }
    }
    Map<RouteRecord, RouteRecord> out = new IdentityHashMap<>();
    for (RouteRecord r : all) {
      List<String> keys = keys(r);
      RouteRecord canon = keys.isEmpty() ? r : byKey.get(keys.get(0));
      if (r.stops().size() >= 2 && rough(r)) {
        for (RouteRecord longer : byStart.get(key(r.stops().get(0)))) {
          if (longer.stops().size() > r.stops().size() && covers(longer.stops(), r.stops())) {
            canon = longer;
            break;
          }
        }
      }
      out.put(r, canon);
    }
    // one level: a route whose stand-in stands in turn for another takes that one
    out.replaceAll((r, c) -> out.getOrDefault(c, c));
    return out;
  }

  /** The keys under which {@code r} is one with others: its stops (both ways for a link), or its name. */
  private static List<String> keys(RouteRecord r) {
    String air = r.flies() ? "air" : "";
    if (r.stops().size() >= 2) {
      List<String> stops = r.stops().stream().map(RouteResolver::key).toList();
      String forward = air + "|" + String.join("|", stops);
      if (stops.size() == 2 && r.undirected()) {
        String backward = air + "|" + stops.get(1) + "|" + stops.get(0);
        return List.of(forward.compareTo(backward) <= 0 ? forward : backward);
      }
      return List.of(forward);
    }
    if (r.corridor() != null) {
      return List.of();
    }
    return List.of("name|" + Names.normalise(r.name()).replaceAll("[aeiouy]+", "a"));
  }

  /** Whether a route names a state for some of its stops. */
  private static boolean rough(RouteRecord r) {
    return r.stops().stream().anyMatch(s -> s.kind() == EntityKind.STATE);
  }

  private static String key(EntityRef e) {
    return e.isKnown() ? e.iri() : Names.normalise(e.label()).toLowerCase(Locale.ROOT);
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
