package org.w3id.kazaz.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/** Small graphs for the store and server tests. */
public final class Graphs {
  public static final String EX = "http://example.org/test/";

  private Graphs() {}

  /** A graph of {@code n} triples {@code ex:<prefix>i ex:p "value i"}. */
  public static Graph of(String prefix, int n) {
    Graph g = GraphFactory.createDefaultGraph();
    for (int i = 0; i < n; i++) {
      g.add(
          Triple.create(
              NodeFactory.createURI(EX + prefix + i),
              NodeFactory.createURI(EX + "p"),
              NodeFactory.createLiteralString("value " + i)));
    }
    return g;
  }

  public static NamedGraph named(String name, String prefix, int n) {
    return new NamedGraph(EX + "graph/" + name, of(prefix, n));
  }
}
