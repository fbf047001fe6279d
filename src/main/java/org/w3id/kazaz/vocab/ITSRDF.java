package org.w3id.kazaz.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The ITS 2.0 RDF term that links a mention's phrase to the entity it names (as NIF does). */
public final class ITSRDF {
  public static final String NS = "http://www.w3.org/2005/11/its/rdf#";

  // Properties
  public static final Property taIdentRef = ResourceFactory.createProperty(NS + "taIdentRef");

  private ITSRDF() {}
}
