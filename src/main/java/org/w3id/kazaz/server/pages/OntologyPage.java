package org.w3id.kazaz.server.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.kazaz.store.QueryFiles;

/**
 * The ontology as a page: every class and property with its label, definition, alignments to other
 * vocabularies and an example from the data ({@code queries/lod/ontology-terms.rq}).
 */
public final class OntologyPage {
  public record Term(String anchor, String iri, String kind, String label, String definition,
      Group<Value> alignments, Value example) {}

  public record Model(List<Term> classes, List<Term> properties, List<Format> formats) {}

  public record Format(String name, String href) {}

  private OntologyPage() {}

  public static Model build(Dataset ds, Links links) {
    List<Term> classes = new ArrayList<>();
    List<Term> properties = new ArrayList<>();
    for (Map<String, RDFNode> r : QueryFiles.select(ds, "lod/ontology-terms", Map.of())) {
      String iri = r.get("term").asResource().getURI();
      List<Value> alignments = new ArrayList<>();
      RDFNode a = r.get("alignments");
      if (a != null) {
        for (String s : a.asLiteral().getLexicalForm().split(" ")) {
          if (!s.isBlank()) {
            alignments.add(new Value(org.w3id.kazaz.server.lod.Description.PREFIXES.shortForm(s), s, null));
          }
        }
      }
      RDFNode ex = r.get("example");
      Term t = new Term(iri.substring(iri.indexOf('#') + 1), iri, str(r.get("kind")), str(r.get("label")),
          str(r.get("definition")), Group.of(alignments), ex == null ? null : Value.of(ex, r.get("exampleLabel"), links));
      (t.kind().equals("class") ? classes : properties).add(t);
    }
    List<Format> formats = new ArrayList<>();
    for (String ext : List.of("ttl", "rdf", "jsonld", "nt", "trig")) {
      formats.add(new Format(ext, links.base() + "ontology." + ext));
    }
    return new Model(classes, properties, formats);
  }

  private static String str(RDFNode n) {
    return n == null ? "" : n.asLiteral().getLexicalForm();
  }
}
