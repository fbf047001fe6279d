package org.w3id.kazaz.server.lod;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kazaz.cli.Main;
import org.w3id.kazaz.gazetteer.OntologyResources;
import org.w3id.kazaz.server.KgServer;
import org.w3id.kazaz.store.TdbStore;

/**
 * {@code kazaz export --dumps DIR} writes the dump set and its VoID and DCAT description; the
 * server serves the set under {@code /dumps/} and the description at {@code /.well-known/void}.
 */
class DatasetAndDumpsTest {
  @TempDir Path tmp;

  static final String DATASET = "https://w3id.org/kazaz/dataset";
  static final String KZ = "https://w3id.org/kazaz/ontology#";

  /** The fixture's triples counted from its files, not from the program. */
  static long fixtureTriples() {
    Dataset d = DatasetFactory.create();
    RDFDataMgr.read(d, "lod/fixture.trig");
    long n = 0;
    for (var it = d.asDatasetGraph().listGraphNodes(); it.hasNext(); ) {
      n += d.asDatasetGraph().getGraph(it.next()).size();
    }
    return n + OntologyResources.read(OntologyResources.ONTOLOGY).size();
  }

  static long entities(Model m, String cls) {
    Resource ds = m.createResource(DATASET);
    for (var it = ds.listProperties(VOID.classPartition); it.hasNext(); ) {
      Resource part = it.next().getResource();
      if (part.getPropertyResourceValue(VOID._class).getURI().equals(cls)) {
        return part.getProperty(VOID.entities).getLong();
      }
    }
    return -1;
  }

  @Test
  void exportWritesTheDumpSetAndTheServerServesItWithItsDescription() throws Exception {
    Path storeDir = tmp.resolve("tdb2");
    LodFixture.store(storeDir).close();
    Path dumps = tmp.resolve("dumps");
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
        "export", "--store", storeDir.toString(), "--dumps", dumps.toString(), "--base", "https://example.org/kz/");
    assertEquals(0, code, err.toString());

    Dataset trig = RDFDataMgr.loadDataset(dumps.resolve("kazaz.trig").toString());
    assertTrue(trig.asDatasetGraph().contains(NodeFactory.createURI("https://w3id.org/kazaz/graph/article/t1"),
        NodeFactory.createURI(LodFixture.AGREEMENT), NodeFactory.createURI(KZ + "party"),
        NodeFactory.createURI(LodFixture.MINISTRY)), "TriG keeps the article's graph");
    Dataset nq = RDFDataMgr.loadDataset(dumps.resolve("kazaz.nq").toString());
    assertTrue(nq.asDatasetGraph().containsGraph(NodeFactory.createURI("https://w3id.org/kazaz/graph/inferred/article/t1/state-party")));
    Model ttl = RDFDataMgr.loadModel(dumps.resolve("kazaz.ttl").toString());
    assertTrue(ttl.contains(ttl.createResource(LodFixture.AGREEMENT), ttl.createProperty(KZ + "party"),
        ttl.createResource(LodFixture.MINISTRY)));
    Dataset jsonld = RDFDataMgr.loadDataset(dumps.resolve("kazaz.jsonld").toString());
    assertTrue(jsonld.asDatasetGraph().containsGraph(NodeFactory.createURI("https://w3id.org/kazaz/graph/article/t1")));

    Model voidTtl = RDFDataMgr.loadModel(dumps.resolve("void.ttl").toString());
    Resource ds = voidTtl.createResource(DATASET);
    assertEquals(fixtureTriples(), ds.getProperty(VOID.triples).getLong());
    assertEquals(1, entities(voidTtl, KZ + "Agreement"));
    assertEquals(2, entities(voidTtl, KZ + "Figure"));
    assertEquals(1, entities(voidTtl, KZ + "NewsArticle"));
    assertEquals("https://example.org/kz/kg/sparql", ds.getPropertyResourceValue(VOID.sparqlEndpoint).getURI());
    assertTrue(voidTtl.contains(ds, VOID.dataDump, voidTtl.createResource("https://example.org/kz/dumps/kazaz.trig")));
    assertEquals("https://creativecommons.org/licenses/by/4.0/", ds.getPropertyResourceValue(DCTerms.license).getURI());
    assertNotNull(ds.getProperty(DCTerms.modified), "the date of the build");
    assertEquals(4, voidTtl.listObjectsOfProperty(ds, DCAT.distribution).toList().size());
    Resource linkset = voidTtl.listSubjectsWithProperty(VOID.linkPredicate).next();
    assertEquals(1, linkset.getProperty(VOID.triples).getLong(), "the ministry's link to Wikidata");

    try (TdbStore store = TdbStore.open(storeDir)) {
      FusekiServer server = KgServer.start(store.dataset(), 0,
          new KgServer.Options(60_000, false, false, false, "/", dumps, store.lastWritten()));
      try {
        String base = "http://localhost:" + server.getHttpPort();
        HttpResponse<byte[]> nqServed = LodFixture.HTTP.send(HttpRequest.newBuilder(URI.create(base + "/dumps/kazaz.nq")).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, nqServed.statusCode());
        assertArrayEquals(Files.readAllBytes(dumps.resolve("kazaz.nq")), nqServed.body());
        for (String bad : new String[] {"/dumps/other.ttl", "/dumps/..%2Fkazaz.nq", "/dumps/", "/dumps/kazaz.nq/x"}) {
          int status = LodFixture.get(base + bad, null).statusCode();
          assertTrue(status == 404 || status == 400, bad + " " + status);
        }
        HttpResponse<String> described = LodFixture.get(base + "/.well-known/void", "text/turtle");
        assertEquals(200, described.statusCode());
        Model served = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(described.body())).lang(Lang.TURTLE).parse(served);
        assertEquals(fixtureTriples(), served.createResource(DATASET).getProperty(VOID.triples).getLong());
        assertEquals(base + "/kg/sparql", served.createResource(DATASET).getPropertyResourceValue(VOID.sparqlEndpoint).getURI());
        assertEquals(200, LodFixture.get(base + "/.well-known/void", "*/*").statusCode(), "a program gets Turtle");
        HttpResponse<String> browser = LodFixture.get(base + "/.well-known/void", "text/html,*/*;q=0.8");
        assertEquals(303, browser.statusCode());
        assertEquals("/#dataset", browser.headers().firstValue("Location").orElse(""));
        String home = LodFixture.get(base + "/", "text/html").body();
        assertTrue(home.contains("<a class=\"dump\" href=\"" + base + "/dumps/kazaz.trig\">kazaz.trig</a>"), home);
        assertTrue(home.contains("<a class=\"licence\" href=\"https://creativecommons.org/licenses/by/4.0/\">"), home);
      } finally {
        server.stop();
      }
      // without a folder, the dumps are made from the store
      FusekiServer fromStore = KgServer.start(store.dataset(), 0);
      try {
        HttpResponse<String> r = LodFixture.get("http://localhost:" + fromStore.getHttpPort() + "/dumps/kazaz.ttl", null);
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(r.body())).lang(Lang.TURTLE).parse(m);
        assertTrue(m.contains(m.createResource(LodFixture.AGREEMENT), m.createProperty(KZ + "party"),
            m.createResource(LodFixture.MINISTRY)));
      } finally {
        fromStore.stop();
      }
    }
  }
}
