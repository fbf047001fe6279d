package org.w3id.kazaz.mapping;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.common.Names;
import org.w3id.kazaz.resolve.Resolution;
import org.w3id.kazaz.vocab.KZ;

/**
 * Resources for entity references: a known entity is its reference IRI (described in the
 * reference graph); an entity found by pattern gets an IRI from its kind and normalised name and is
 * described in the article's graph (type, label, state).
 */
final class Entities {
  private final Model m;
  private final Resolution resolution;

  Entities(Model m, Resolution resolution) {
    this.m = m;
    this.resolution = resolution;
  }

  String iri(EntityRef ref) {
    if (ref.isKnown()) {
      return ref.iri();
    }
    if (ref.kind() == org.w3id.kazaz.gazetteer.EntityKind.ROUTE) {
      // a route named in a sentence (a figure's subject) is the route the articles describe
      org.w3id.kazaz.extract.routes.RouteRecord route = resolution.routeNamed(ref.label());
      if (route != null) {
        return RouteMapping.iri(route, this);
      }
    }
    return Iris.entity(Terms.iriKind(ref.kind()), Names.normalise(resolution.label(ref)));
  }

  Resource of(EntityRef ref) {
    Resource r = m.createResource(iri(ref));
    if (!ref.isKnown()) {
      r.addProperty(RDF.type, Terms.classOf(ref.kind()))
          .addProperty(RDFS.label, ref.label(), "en")
          .addProperty(SKOS.prefLabel, resolution.label(ref), "en");
      if (!resolution.label(ref).equals(ref.label())) {
        r.addProperty(SKOS.altLabel, ref.label(), "en");
      }
      if (ref.stateIri() != null) {
        r.addProperty(KZ.state, m.createResource(ref.stateIri()));
      }
    }
    return r;
  }
}
