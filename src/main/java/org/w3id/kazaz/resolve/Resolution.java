package org.w3id.kazaz.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3id.kazaz.extract.agreements.AgreementRecord;
import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.events.EventRecord;
import org.w3id.kazaz.extract.figures.FigureRecord;
import org.w3id.kazaz.extract.routes.RouteRecord;
import org.w3id.kazaz.extract.Extraction;
import org.w3id.kazaz.extract.common.Mention;

/**
 * What the resolver decided across all the articles of a build: which agreement record stands for
 * each document, and which label names each organisation found by pattern.
 */
public record Resolution(
    Map<AgreementRecord, AgreementRecord> agreements,
    Map<AgreementRecord, AgreementRecord> referred,
    Map<EventRecord, EventRecord> events,
    Map<RouteRecord, RouteRecord> routes,
    Map<FigureRecord, FigureRecord> figures,
    Map<String, String> entityLabels,
    Map<String, String> stateLabels) {

  /** No resolution: every record stands for itself. */
  public static Resolution none() {
    return new Resolution(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
  }

  /** Resolves the extractions of one build; {@code stateLabels} maps state IRIs to their names. */
  public static Resolution of(List<Extraction> extractions, Map<String, String> stateLabels) {
    List<AgreementResolver.Sourced> sourced = new ArrayList<>();
    List<EntityRef> found = new ArrayList<>();
    List<EventResolver.Sourced> events = new ArrayList<>();
    List<RouteRecord> routes = new ArrayList<>();
    List<FigureRecord> figures = new ArrayList<>();
    for (Extraction x : extractions) {
      for (AgreementRecord r : x.agreements()) {
        sourced.add(new AgreementResolver.Sourced(x.article().fileName(), r));
        found.addAll(r.parties());
      }
      for (Mention m : x.mentions()) {
        found.add(m.entity());
      }
      for (EventRecord e : x.events()) {
        events.add(new EventResolver.Sourced(x.article().date(), e));
        found.addAll(e.participants());
      }
      x.figures().forEach(f -> found.addAll(f.subjects()));
      routes.addAll(x.routes());
      figures.addAll(x.figures());
      x.people().forEach(p -> found.add(p.person()));
    }
    Map<String, String> labels = new java.util.HashMap<>(EntityResolver.canonicalLabels(found, stateLabels));
    EntityResolver.resolveAcronyms(found, stateLabels, labels);
    EntityResolver.resolvePrefixes(found, stateLabels, labels);
    EntityResolver.resolveTails(labels);
    Map<AgreementRecord, AgreementRecord> canonical = AgreementResolver.canonical(sourced);
    return new Resolution(
        canonical,
        referred(extractions, canonical),
        EventResolver.canonical(events),
        RouteResolver.canonical(routes),
        FigureResolver.canonical(figures),
        labels,
        Map.copyOf(stateLabels));
  }

  /**
   * For each document that amends or implements another, the record of that other document: one
   * its own article lists, else the one that the same document, as another article reports it,
   * refers to ("the Agreement on Cooperation in Education" of a short list is the agreement "dated
   * April 3, 2017" of a full one).
   */
  private static Map<AgreementRecord, AgreementRecord> referred(
      List<Extraction> extractions, Map<AgreementRecord, AgreementRecord> canonical) {
    Map<AgreementRecord, AgreementRecord> direct = new java.util.IdentityHashMap<>();
    for (Extraction x : extractions) {
      for (AgreementRecord r : x.agreements()) {
        if (r.amends() != null) {
          List<AgreementRecord> others = x.agreements().stream().filter(o -> o != r).toList();
          AgreementRecord t = AgreementResolver.referredTo(r.amends(), others);
          if (t != null) {
            direct.put(r, t);
          }
        }
      }
    }
    Map<AgreementRecord, AgreementRecord> out = new java.util.IdentityHashMap<>(direct);
    for (Extraction x : extractions) {
      for (AgreementRecord r : x.agreements()) {
        if (r.amends() != null && !out.containsKey(r)) {
          AgreementRecord c = canonical.getOrDefault(r, r);
          for (Map.Entry<AgreementRecord, AgreementRecord> e : direct.entrySet()) {
            if (canonical.getOrDefault(e.getKey(), e.getKey()) == c) {
              out.put(r, e.getValue());
              break;
            }
          }
        }
      }
    }
    return out;
  }

  /** The record of the document {@code r} amends or implements, or null where none is known. */
  public AgreementRecord referred(AgreementRecord r) {
    AgreementRecord t = referred.get(r);
    return t == null ? null : canonical(t);
  }

  public AgreementRecord canonical(AgreementRecord r) {
    return agreements.getOrDefault(r, r);
  }

  public EventRecord canonical(EventRecord r) {
    return events.getOrDefault(r, r);
  }

  public RouteRecord canonical(RouteRecord r) {
    return routes.getOrDefault(r, r);
  }

  /**
   * The canonical record of the route the articles name {@code name} (ignoring case), or null: the
   * one with the most stops where spellings of one name resolve apart, then the first by its stops.
   */
  public RouteRecord routeNamed(String name) {
    RouteRecord best = null;
    for (RouteRecord r : routes.keySet()) {
      if (r.name().equalsIgnoreCase(name)) {
        RouteRecord c = canonical(r);
        if (best == null || c.stops().size() > best.stops().size()
            || c.stops().size() == best.stops().size() && c.toString().compareTo(best.toString()) < 0) {
          best = c;
        }
      }
    }
    return best;
  }

  public FigureRecord canonical(FigureRecord r) {
    return figures.getOrDefault(r, r);
  }

  /** The label that names this entity's node: its own, or the one its spellings share. */
  public String label(EntityRef ref) {
    if (ref.isKnown()) {
      return ref.label();
    }
    String k = EntityResolver.key(ref, stateLabels);
    return entityLabels.getOrDefault(k, ref.label());
  }
}
