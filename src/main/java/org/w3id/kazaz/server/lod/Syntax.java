package org.w3id.kazaz.server.lod;

import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/**
 * What a description of an IRI can be answered in: a page, or one of Jena's RDF syntaxes. Each has
 * its media type, the extension of its document ({@code /id/state/kazakhstan.ttl}) and the value of
 * {@code ?format=} that names it. The quads syntaxes keep each triple in the graph it was stated in.
 */
public enum Syntax {
  HTML("text/html", "html", null),
  TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_BLOCKS),
  JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD11),
  NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES),
  RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PLAIN),
  TRIG("application/trig", "trig", RDFFormat.TRIG_BLOCKS);

  private final String mediaType;
  private final String extension;
  private final RDFFormat rdfFormat;

  Syntax(String mediaType, String extension, RDFFormat rdfFormat) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.rdfFormat = rdfFormat;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** Jena's writer for this syntax; null for HTML. */
  public RDFFormat rdfFormat() {
    return rdfFormat;
  }

  /** Whether the syntax keeps named graphs (TriG, JSON-LD). */
  public boolean quads() {
    return rdfFormat != null && rdfFormat.getLang().getLabel() != null
        && org.apache.jena.riot.RDFLanguages.isQuads(rdfFormat.getLang());
  }

  /** The syntax whose extension (or {@code ?format=} value) is {@code ext}, in any case. */
  public static Optional<Syntax> byExtension(String ext) {
    String e = ext.toLowerCase(Locale.ROOT);
    for (Syntax s : values()) {
      if (s.extension.equals(e)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The syntax of a media type, exactly as listed here. */
  public static Optional<Syntax> byMediaType(String type) {
    for (Syntax s : values()) {
      if (s.mediaType.equals(type)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
