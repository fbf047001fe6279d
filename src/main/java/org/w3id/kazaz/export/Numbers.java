package org.w3id.kazaz.export;

import org.w3id.kazaz.store.QueryFiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The dataset in numbers, for the home page and the VoID description: triples, graphs, links to
 * Wikidata and the nodes of each main class. Counted once: the store does not change while served.
 */
public record Numbers(long triples, long graphs, long wikidataLinks, List<ClassCount> classes) {
  public record ClassCount(String what, String classIri, long count) {}

  public static Numbers count(Dataset ds) {
    Map<String, RDFNode> size = QueryFiles.select(ds, "dataset/size", Map.of()).get(0);
    List<ClassCount> classes = new ArrayList<>();
    for (Map<String, RDFNode> r : QueryFiles.select(ds, "dataset/numbers", Map.of())) {
      classes.add(new ClassCount(r.get("what").asLiteral().getLexicalForm(),
          r.get("class").asResource().getURI(), r.get("n").asLiteral().getLong()));
    }
    return new Numbers(size.get("quads").asLiteral().getLong(), size.get("graphs").asLiteral().getLong(),
        size.get("wikidata").asLiteral().getLong(), List.copyOf(classes));
  }
}
