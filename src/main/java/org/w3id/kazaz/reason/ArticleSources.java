package org.w3id.kazaz.reason;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.w3id.kazaz.vocab.KZ;

/**
 * Where a node comes from: the file names of the articles whose graphs describe it (the node is the
 * subject of a triple there), or the short name of another graph ({@code reference}, {@code
 * ontology}).
 */
final class ArticleSources {
  private ArticleSources() {}

  static List<String> of(Node node, DatasetGraph dsg) {
    Set<String> out = new TreeSet<>();
    Iter.asStream(dsg.find(Node.ANY, node, Node.ANY, Node.ANY))
        .map(Quad::getGraph)
        .distinct()
        .forEach(g -> out.add(name(g, dsg)));
    return List.copyOf(out);
  }

  private static String name(Node graph, DatasetGraph dsg) {
    if (!graph.isURI()) {
      return "default graph";
    }
    List<Quad> articles =
        Iter.toList(dsg.find(graph, Node.ANY, RDF.Nodes.type, KZ.NewsArticle.asNode()));
    for (Quad a : articles) {
      List<Quad> names =
          Iter.toList(dsg.find(graph, a.getSubject(), KZ.fileName.asNode(), Node.ANY));
      if (!names.isEmpty() && names.get(0).getObject().isLiteral()) {
        return names.get(0).getObject().getLiteralLexicalForm();
      }
    }
    String iri = graph.getURI();
    return iri.startsWith(KZ.GRAPH) ? iri.substring(KZ.GRAPH.length()) : iri;
  }
}
