package org.w3id.kazaz.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.kazaz.store.Graphs;
import org.w3id.kazaz.store.NamedGraph;
import org.w3id.kazaz.store.TdbStore;

/** Every assembler file in fuseki-config/ parses and serves a filled store as the README says. */
class FusekiConfigTest {
  private static final Property LOCATION =
      ResourceFactory.createProperty("http://jena.apache.org/2016/tdb#", "location");

  @TempDir Path tmp;

  static Stream<Path> configFiles() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("fuseki-config"))) {
      files = s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no .ttl in fuseki-config/");
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("configFiles")
  void startsAndServesTheStoreReadOnly(Path config) throws Exception {
    Model model = RDFDataMgr.loadModel(config.toString());
    List<Statement> locations = model.listStatements(null, LOCATION, (String) null).toList();
    assertEquals(
        List.of("data/tdb2"),
        locations.stream().map(Statement::getString).toList(),
        config + " serves data/tdb2");

    // The same file, pointed at a temporary store with two graphs in it.
    Path dir = tmp.resolve("tdb2");
    NamedGraph a = Graphs.named("a", "a", 2);
    NamedGraph b = Graphs.named("b", "b", 1);
    try (TdbStore store = TdbStore.open(dir)) {
      store.replace(List.of(a, b), 10, n -> {});
    }
    for (Statement s : locations) {
      s.changeObject(dir.toAbsolutePath().toString());
    }

    FusekiServer server = FusekiServer.create().port(0).parseConfig(model).build().start();
    DataAccessPoint kg = server.getDataAccessPointRegistry().get("/kg");
    try {
      assertNotNull(kg, config + " serves /kg");
      String base = "http://localhost:" + server.getHttpPort();
      try (QueryExecutionHTTP qe =
          QueryExecutionHTTP.service(base + "/kg/sparql")
              .query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
              .build()) {
        QuerySolution row = qe.execSelect().next();
        assertEquals(3, row.getLiteral("n").getInt(), "union of the named graphs as default graph");
      }
      Graph got = GSP.service(base + "/kg/get").graphName(b.iri()).GET();
      assertTrue(got.isIsomorphicWith(b.graph()));

      for (String path : List.of("/kg/sparql", "/kg/update", "/kg", "/kg/get")) {
        HttpResponse<String> r =
            KgServerTest.send(
                HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL"))
                    .build());
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " answered " + r.statusCode());
      }
    } finally {
      server.stop();
      if (kg != null) {
        TDBInternal.expel(kg.getDataService().getDataset());
      }
    }
    try (TdbStore store = TdbStore.open(dir)) {
      assertEquals(2, store.size(a.iri()), "the store is untouched");
    }
  }
}
