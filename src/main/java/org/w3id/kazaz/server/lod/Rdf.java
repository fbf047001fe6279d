package org.w3id.kazaz.server.lod;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/** Writes a description with Jena's writers: the quads syntaxes by graph, the others their union. */
public final class Rdf {
  private Rdf() {}

  public static void write(DatasetGraph description, Syntax syntax, OutputStream out) {
    if (syntax.rdfFormat() == null) {
      throw new IllegalArgumentException(syntax + " is not an RDF syntax");
    }
    if (syntax.quads()) {
      RDFWriter.source(description).format(syntax.rdfFormat()).output(out);
    } else {
      Graph union = GraphFactory.createDefaultGraph();
      GraphUtil.addInto(union, description.getDefaultGraph());
      description.listGraphNodes().forEachRemaining(g -> GraphUtil.addInto(union, description.getGraph(g)));
      union.getPrefixMapping().setNsPrefixes(Description.PREFIXES);
      RDFWriter.source(union).format(syntax.rdfFormat()).output(out);
    }
  }
}
