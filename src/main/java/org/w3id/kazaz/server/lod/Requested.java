package org.w3id.kazaz.server.lod;

import java.util.Optional;
import org.apache.jena.irix.IRIs;

/**
 * What a request under {@code /id/}, {@code /ontology} or {@code /.well-known/void} asks for: the
 * IRI (the path read against the base {@code https://w3id.org/kazaz/}) and the syntax, from the
 * path's extension, else {@code ?format=}, else the {@code Accept} header ({@code negotiated}: the
 * answer then varies with it).
 *
 * @param iri the IRI named, or null when the path names none (not a legal IRI)
 * @param syntax the syntax, or null when none offered is acceptable
 * @param negotiated whether the syntax came from the {@code Accept} header
 * @param documentPath the path without its extension (the generic document)
 */
public record Requested(String iri, Syntax syntax, boolean negotiated, String documentPath) {
  /** The public base of every identifier of the graph. */
  public static final String BASE = "https://w3id.org/kazaz/";

  /**
   * @param rawPath the request's path as sent, still percent-encoded, starting with "/"
   * @param format the {@code format} parameter, or null
   * @param accept the {@code Accept} header, or null
   */
  public static Requested of(String rawPath, String format, String accept) {
    String path = rawPath;
    Syntax syntax = null;
    boolean negotiated = false;
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    if (dot > slash + 1) {
      Optional<Syntax> byExt = Syntax.byExtension(path.substring(dot + 1));
      if (byExt.isPresent()) {
        syntax = byExt.get();
        path = path.substring(0, dot);
      }
    }
    if (syntax == null && format != null) {
      syntax = Syntax.byExtension(format).orElse(null);
    } else if (syntax == null) {
      syntax = Negotiation.choose(accept).orElse(null);
      negotiated = true;
    }
    String iri = BASE + path.substring(1);
    return new Requested(IRIs.check(iri) ? iri : null, syntax, negotiated, path);
  }
}
