package org.w3id.kazaz.reason;

import java.io.StringReader;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.w3id.kazaz.gazetteer.GazetteerLoader;

/** Small test graphs written in Turtle, with the usual prefixes. */
final class Graphs {
  static final String PREFIXES =
      """
      @prefix kz: <https://w3id.org/kazaz/ontology#> .
      @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
      @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
      @prefix prov: <http://www.w3.org/ns/prov#> .
      @base <https://w3id.org/kazaz/id/> .
      @prefix sector: <https://w3id.org/kazaz/id/sector/> .
      """;

  private Graphs() {}

  static Model turtle(String ttl) {
    Model m = ModelFactory.createDefaultModel();
    m.read(new StringReader(PREFIXES + ttl), null, "TTL");
    return m;
  }

  /** The ontology (with the sector scheme) plus {@code ttl}. */
  static Model withOntology(String ttl) {
    Model m = GazetteerLoader.ontology();
    m.add(turtle(ttl));
    return m;
  }
}
