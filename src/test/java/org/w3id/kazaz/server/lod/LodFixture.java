package org.w3id.kazaz.server.lod;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.kazaz.gazetteer.OntologyResources;
import org.w3id.kazaz.mapping.Iris;
import org.w3id.kazaz.store.NamedGraph;
import org.w3id.kazaz.store.TdbStore;

/**
 * A store of {@code src/test/resources/lod/fixture.trig} (a graph written by hand, with sentences
 * written for the test) and the real ontology; and the HTTP client of the tests.
 */
final class LodFixture {
  static final String ID = "https://w3id.org/kazaz/id/";
  static final String AGREEMENT = ID + "agreement/2030-01-01-memorandum-on-testing-the-pages";
  static final String MINISTRY = ID + "org/ministry-of-tests";
  static final String ROUTE = ID + "route/test-line";

  static final HttpClient HTTP = HttpClient.newHttpClient();

  private LodFixture() {}

  static TdbStore store(Path dir) {
    return store(dir, false);
  }

  /** The fixture's store served on a free port; {@link #close} stops the server, then the store. */
  record Served(TdbStore store, org.apache.jena.fuseki.main.FusekiServer server, String base)
      implements AutoCloseable {
    @Override
    public void close() {
      try {
        server.stop();
      } finally {
        store.close();
      }
    }
  }

  /** {@link #store} served by {@code KgServer} on a free port. */
  static Served serve(Path dir, boolean reference) {
    TdbStore store = store(dir, reference);
    org.apache.jena.fuseki.main.FusekiServer server = org.w3id.kazaz.server.KgServer.start(store.dataset(), 0);
    return new Served(store, server, "http://localhost:" + server.getHttpPort());
  }

  /** The fixture; with {@code reference}, the project's reference data added to its reference graph. */
  static TdbStore store(Path dir, boolean reference) {
    Dataset fixture = DatasetFactory.create();
    RDFDataMgr.read(fixture, "lod/fixture.trig");
    if (reference) {
      fixture.getNamedModel(Iris.REFERENCE_GRAPH).add(OntologyResources.read(OntologyResources.REFERENCE));
    }
    List<NamedGraph> graphs = new ArrayList<>();
    fixture.asDatasetGraph().listGraphNodes().forEachRemaining((Node g) ->
        graphs.add(new NamedGraph(g.getURI(), fixture.asDatasetGraph().getGraph(g))));
    graphs.add(new NamedGraph(Iris.ONTOLOGY_GRAPH, OntologyResources.read(OntologyResources.ONTOLOGY).getGraph()));
    TdbStore store = TdbStore.open(dir);
    store.replace(graphs, 100, n -> {});
    return store;
  }

  static HttpResponse<String> get(String url, String accept) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
    if (accept != null) {
      b.header("Accept", accept);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> send(HttpRequest r) throws Exception {
    return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
  }
}
