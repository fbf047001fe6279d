package org.w3id.kazaz.gazetteer;

import org.w3id.kazaz.KazazException;

/**
 * The ontology or the reference data cannot be used: a resource is missing from the classpath,
 * does not parse, or describes an entity the gazetteer cannot take. The message names the resource
 * or node.
 */
public class OntologyException extends KazazException {
  public static final String CODE = "E-ONTOLOGY";

  public OntologyException(String message) {
    super(CODE, message);
  }

  public OntologyException(String message, Throwable cause) {
    super(CODE, message, cause);
  }
}
