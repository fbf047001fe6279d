package org.w3id.kazaz.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3id.kazaz.extract.AgreementRecord;
import org.w3id.kazaz.extract.EntityRef;
import org.w3id.kazaz.extract.EventRecord;
import org.w3id.kazaz.extract.FigureRecord;
import org.w3id.kazaz.extract.RouteRecord;
import org.w3id.kazaz.extract.Extraction;
import org.w3id.kazaz.extract.Mention;

/**
 * What the resolver decided across all the articles of a build: which agreement record stands for
 * each document, and which label names each organisation found by pattern.
 */
public record Resolution(
    Map<AgreementRecord, AgreementRecord> agreements,
    Map<EventRecord, EventRecord> events,
    Map<RouteRecord, RouteRecord> routes,
    Map<FigureRecord, FigureRecord> figures,
    Map<String, String> entityLabels,
    Map<String, String> stateLabels) {

  /** No resolution: every record stands for itself. */
  public static Resolution none() {
    return new Resolution(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
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
    return new Resolution(
        AgreementResolver.canonical(sourced),
        EventResolver.canonical(events),
        RouteResolver.canonical(routes),
        FigureResolver.canonical(figures),
        labels,
        Map.copyOf(stateLabels));
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
