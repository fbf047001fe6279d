package org.w3id.kazaz.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** NIF 2.0 core terms for evidence: a string's text and its offsets in the article. */
public final class NIF {
  public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

  // Classes
  public static final Resource Context = ResourceFactory.createResource(NS + "Context");
  public static final Resource Sentence = ResourceFactory.createResource(NS + "Sentence");
  public static final Resource Phrase = ResourceFactory.createResource(NS + "Phrase");
  public static final Resource OffsetBasedString =
      ResourceFactory.createResource(NS + "OffsetBasedString");

  // Properties
  public static final Property beginIndex = ResourceFactory.createProperty(NS + "beginIndex");
  public static final Property endIndex = ResourceFactory.createProperty(NS + "endIndex");
  public static final Property anchorOf = ResourceFactory.createProperty(NS + "anchorOf");
  public static final Property isString = ResourceFactory.createProperty(NS + "isString");
  public static final Property referenceContext =
      ResourceFactory.createProperty(NS + "referenceContext");

  private NIF() {}
}
