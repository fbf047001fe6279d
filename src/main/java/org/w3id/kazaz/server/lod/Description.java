package org.w3id.kazaz.server.lod;

import org.w3id.kazaz.store.QueryFiles;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.kazaz.mapping.Iris;
import org.w3id.kazaz.store.QueryOperation;
import org.w3id.kazaz.vocab.ITSRDF;
import org.w3id.kazaz.vocab.KZ;

/**
 * The description of an IRI that the server answers with: the node's triples, the links to it and
 * the provenance of each (see {@code queries/lod/describe.rq}), each triple in the graph that holds
 * it; and the ontology, as it is stored.
 */
public final class Description {
  /** The prefixes the descriptions are written with. */
  public static final PrefixMapping PREFIXES =
      PrefixMapping.Factory.create()
          .setNsPrefixes(QueryOperation.PREFIXES)
          .setNsPrefix("schema", "https://schema.org/")
          .setNsPrefix("its", ITSRDF.NS)
          .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
          .setNsPrefix("org", "http://www.w3.org/ns/org#")
          .setNsPrefix("kzid", KZ.ID)
          .setNsPrefix("kzg", KZ.GRAPH)
          .lock();

  private Description() {}

  /** Whether the IRI is the subject or object of a triple of the store. */
  public static boolean exists(Dataset ds, String iri) {
    return QueryFiles.ask(ds, "lod/exists", Map.of("node", ResourceFactory.createResource(iri)));
  }

  /** The description of the node; empty when the store does not know it. */
  public static DatasetGraph of(Dataset ds, String iri) {
    DatasetGraph d = QueryFiles.constructQuads(ds, "lod/describe", Map.of("node", ResourceFactory.createResource(iri)));
    d.prefixes().putAll(PREFIXES);
    return d;
  }

  /** The ontology graph of the store, as a dataset of that one named graph. */
  public static DatasetGraph ontology(Dataset ds) {
    DatasetGraph d = DatasetGraphFactory.createGeneral();
    Txn.executeRead(ds, () -> {
      Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
      org.apache.jena.graph.GraphUtil.addInto(copy, ds.getNamedModel(Iris.ONTOLOGY_GRAPH).getGraph());
      d.addGraph(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH), copy);
    });
    d.prefixes().putAll(PREFIXES);
    return d;
  }

  /** An empty description with the prefixes: the body of a 404 in an RDF syntax. */
  public static DatasetGraph empty() {
    DatasetGraph d = DatasetGraphFactory.createGeneral();
    d.prefixes().putAll(PREFIXES);
    return d;
  }
}
