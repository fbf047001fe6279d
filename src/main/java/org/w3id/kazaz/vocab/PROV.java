package org.w3id.kazaz.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The few PROV-O terms used here (Jena has no PROV class). */
public final class PROV {
  public static final String NS = "http://www.w3.org/ns/prov#";

  // Classes
  public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
  public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");

  // Properties
  public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
  public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS + "wasGeneratedBy");
  public static final Property used = ResourceFactory.createProperty(NS + "used");
  public static final Property startedAtTime = ResourceFactory.createProperty(NS + "startedAtTime");

  private PROV() {}
}
