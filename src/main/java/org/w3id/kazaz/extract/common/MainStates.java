package org.w3id.kazaz.extract.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerEntry;

/** The two states an article is about: those it names most ("both countries", "the two sides"). */
public final class MainStates {
  private MainStates() {}

  /** The two states the article names most often, most frequent first. */
  public static List<EntityRef> of(List<Gazetteer.Hit> hits) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, GazetteerEntry> entries = new LinkedHashMap<>();
    for (Gazetteer.Hit h : hits) {
      if (h.entry().kind() == EntityKind.STATE) {
        counts.merge(h.entry().iri(), 1, Integer::sum);
        entries.putIfAbsent(h.entry().iri(), h.entry());
      }
    }
    List<String> order = new ArrayList<>(counts.keySet());
    order.sort(Comparator.comparing((String iri) -> -counts.get(iri)));
    List<EntityRef> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String iri : order.subList(0, Math.min(2, order.size()))) {
      GazetteerEntry e = entries.get(iri);
      if (seen.add(iri)) {
        out.add(EntityRef.known(e.iri(), e.kind(), e.prefLabel(), e.stateIri()));
      }
    }
    return out.size() == 2 ? out : List.of();
  }

}
