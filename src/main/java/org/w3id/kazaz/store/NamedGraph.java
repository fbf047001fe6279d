package org.w3id.kazaz.store;

import java.util.Objects;
import org.apache.jena.graph.Graph;

/** A graph and the name it is stored under: the unit that the store and the loaders replace. */
public record NamedGraph(String iri, Graph graph) {
  public NamedGraph {
    Objects.requireNonNull(iri);
    Objects.requireNonNull(graph);
  }
}
