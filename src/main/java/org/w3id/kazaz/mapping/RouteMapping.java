package org.w3id.kazaz.mapping;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.kazaz.extract.routes.RouteRecord;
import org.w3id.kazaz.vocab.KZ;

/**
 * Routes as RDF. A concrete line is named by its stops in order; a corridor is the reference
 * entity. Where several articles describe one route, the fullest description ({@code canon}) gives
 * its name, stops, length and duration, written in the graph of every article that reports the
 * route (so that each article graph describes whole what it names); each adds its own wording as
 * an alternative label, its source and its evidence.
 */
final class RouteMapping {
  private RouteMapping() {}

  /** The IRI of the route whose canonical record is {@code canon}, as {@link #add} names it. */
  static String iri(RouteRecord canon, Entities entities) {
    if (canon.stops().size() >= 2) {
      return Iris.fact("route", canon.name(),
          canon.stops().stream().map(entities::iri).collect(Collectors.joining("|")));
    } else if (canon.corridor() != null) {
      return entities.iri(canon.corridor());
    }
    return Iris.fact("route", canon.name(), canon.name().toLowerCase());
  }

  static Resource add(Model m, RouteRecord r, RouteRecord canon, Entities entities, Evidence ev) {
    Resource route;
    if (canon.stops().size() >= 2) {
      String key = canon.stops().stream().map(entities::iri).collect(Collectors.joining("|"));
      route = m.createResource(Iris.fact("route", canon.name(), key)).addProperty(RDF.type, KZ.Route);
      describeLine(m, route, canon, entities);
      if (r != canon && !r.name().equals(canon.name())) {
        route.addProperty(SKOS.altLabel, r.name(), "en");
      }
    } else if (r.corridor() != null) {
      route = entities.of(r.corridor());
    } else {
      // a route of its own name: one node over its spellings, named as the fuller record writes it
      route =
          m.createResource(Iris.fact("route", canon.name(), canon.name().toLowerCase()))
              .addProperty(RDF.type, KZ.Route)
              .addProperty(RDFS.label, canon.name());
      if (r != canon && !r.name().equals(canon.name())) {
        route.addProperty(SKOS.altLabel, r.name(), "en");
      }
    }
    for (String alias : r.aliases()) {
      route.addProperty(SKOS.altLabel, alias, "en");
    }
    if (r.carries() != null) {
      route.addProperty(KZ.carries, r.carries());
    }
    return route.addProperty(KZ.evidence, ev.sentence(r.evidence()));
  }

  private static void describeLine(Model m, Resource route, RouteRecord r, Entities entities) {
    route.addProperty(RDFS.label, r.name());
    if (r.corridor() != null) {
      route.addProperty(KZ.partOfRoute, entities.of(r.corridor()));
    }
    for (int i = 0; i < r.stops().size(); i++) {
      route.addProperty(
          KZ.hasStop,
          m.createResource(route.getURI() + "/stop/" + (i + 1))
              .addProperty(RDF.type, KZ.RouteStop)
              .addLiteral(KZ.stopIndex, m.createTypedLiteral(i + 1, XSDDatatype.XSDinteger))
              .addProperty(KZ.stopPlace, entities.of(r.stops().get(i))));
    }
    if (r.lengthKm() != null) {
      route.addLiteral(KZ.lengthKm, m.createTypedLiteral(BigDecimal.valueOf(r.lengthKm())));
    }
    if (r.durationDays() != null) {
      route.addLiteral(KZ.durationDays, m.createTypedLiteral(BigDecimal.valueOf(r.durationDays())));
    }
  }
}
