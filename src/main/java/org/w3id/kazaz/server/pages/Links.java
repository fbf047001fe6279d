package org.w3id.kazaz.server.pages;

import org.w3id.kazaz.server.lod.Requested;

/**
 * Where a page links an IRI to: an IRI of the graph ({@code https://w3id.org/kazaz/...}) onto this
 * server, read against the public base ("/" by default, or {@code serve --base}); any other IRI as it
 * is.
 */
public record Links(String base) {
  public Links {
    base = base.endsWith("/") ? base : base + "/";
  }

  public String href(String iri) {
    return iri.startsWith(Requested.BASE) ? base + iri.substring(Requested.BASE.length()) : iri;
  }

  /** Whether the IRI is one of the graph's own. */
  public static boolean local(String iri) {
    return iri.startsWith(Requested.BASE);
  }
}
