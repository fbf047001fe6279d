package org.w3id.kazaz.server.pages;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

/**
 * A node as a page shows it: its text, and where it links (null for a literal).
 *
 * @param note the language of a literal, or a kind of value ("date"), or null
 */
public record Value(String text, String href, String note) {
  /** The node, with {@code label} as its text when it is an IRI that has one. */
  public static Value of(RDFNode n, RDFNode label, Links links) {
    if (n.isLiteral()) {
      Literal l = n.asLiteral();
      String note = !l.getLanguage().isEmpty() ? l.getLanguage()
          : l.getDatatypeURI() != null && l.getDatatypeURI().endsWith("#date") ? "date" : null;
      return new Value(l.getLexicalForm(), null, note);
    }
    if (n.isAnon()) {
      return new Value("(a blank node)", null, null);
    }
    String iri = n.asResource().getURI();
    String text = label != null && label.isLiteral() ? label.asLiteral().getLexicalForm() : shortName(iri);
    return new Value(text, links.href(iri), null);
  }

  /** The last part of an IRI: "kazakhstan" for .../state/kazakhstan, "State" for ...#State. */
  static String shortName(String iri) {
    int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
  }
}
