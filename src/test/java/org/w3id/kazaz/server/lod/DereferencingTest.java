package org.w3id.kazaz.server.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kazaz.server.KgServer;

/**
 * Every IRI of the graph answers over HTTP, by content negotiation, in every syntax: the node's
 * triples (in their graphs, for TriG and JSON-LD), the links to it and the provenance of each stated
 * triple (the article, the sentence); an unknown IRI is 404 in the syntax asked for.
 */
class DereferencingTest {
  @TempDir static Path tmp;
  static LodFixture.Served site;
  static String base;

  static final String KZ = "https://w3id.org/kazaz/ontology#";
  static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
  static final String SENTENCE = "The Ministry of Tests and the Agency of Checks signed a memorandum on"
      + " testing the pages in Port One on 1 January 2030.";

  static final Map<String, Lang> FORMATS = Map.of(
      "text/turtle", Lang.TURTLE,
      "application/ld+json", Lang.JSONLD,
      "application/n-triples", Lang.NTRIPLES,
      "application/rdf+xml", Lang.RDFXML,
      "application/trig", Lang.TRIG);

  @BeforeAll
  static void start() {
    site = LodFixture.serve(tmp.resolve("tdb2"), false);
    base = site.base();
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  private static Dataset parse(HttpResponse<String> r, Lang lang) {
    Dataset d = DatasetFactory.create();
    RDFParser.create().source(new StringReader(r.body())).lang(lang).parse(d);
    return d;
  }

  private static Node uri(String s) {
    return NodeFactory.createURI(s);
  }

  @Test
  void everySyntaxByAcceptHeaderHasTheTriplesTheLinksAndTheirProvenance() throws Exception {
    for (Map.Entry<String, Lang> f : FORMATS.entrySet()) {
      HttpResponse<String> r = LodFixture.get(base + "/id/agreement/2030-01-01-memorandum-on-testing-the-pages", f.getKey());
      assertEquals(200, r.statusCode(), f.getKey());
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(f.getKey()), r.headers().toString());
      assertTrue(r.headers().allValues("Vary").contains("Accept"), f.getKey() + " " + r.headers());
      Dataset d = parse(r, f.getValue());
      var all = d.asDatasetGraph();
      Node a = uri(LodFixture.AGREEMENT);
      assertTrue(all.find(Node.ANY, a, uri(KZ + "party"), uri(LodFixture.MINISTRY)).hasNext(), f.getKey());
      assertTrue(all.find(Node.ANY, Node.ANY, uri(NIF + "anchorOf"), NodeFactory.createLiteralString(SENTENCE)).hasNext(),
          f.getKey() + ": the evidence sentence");
      assertTrue(all.find(Node.ANY, uri(ID("article/t1")), uri(KZ + "fileName"), NodeFactory.createLiteralString("t1.txt")).hasNext(),
          f.getKey() + ": the article");
      assertFalse(all.find(Node.ANY, uri(ID("article/t1")), uri(NIF + "isString"), Node.ANY).hasNext(),
          f.getKey() + ": not the article's whole text");
      assertTrue(all.find(Node.ANY, Node.ANY, uri(KZ + "rule"), NodeFactory.createLiteralString("state-party")).hasNext(),
          f.getKey() + ": the rule of the inferred triple");
      if (RDFLanguages.isQuads(f.getValue())) {
        assertTrue(all.contains(uri("https://w3id.org/kazaz/graph/article/t1"), a, uri(KZ + "party"), uri(LodFixture.MINISTRY)),
            f.getKey() + ": the stated triple in its article's graph");
        assertTrue(all.contains(uri("https://w3id.org/kazaz/graph/inferred/article/t1/state-party"), a, uri(KZ + "stateParty"), uri(ID("state/testland"))),
            f.getKey() + ": the inferred triple in the graph of its rule and article");
        assertTrue(all.contains(uri("https://w3id.org/kazaz/graph/inferred/article/t1/state-party"),
            uri("https://w3id.org/kazaz/graph/inferred/article/t1/state-party"),
            uri("http://www.w3.org/ns/prov#wasDerivedFrom"), uri("https://w3id.org/kazaz/graph/article/t1")),
            f.getKey() + ": that graph's own description, the article it was derived from");
      }
    }
  }

  private static String ID(String s) {
    return LodFixture.ID + s;
  }

  @Test
  void incomingLinksAreThereAndMentionsAreNot() throws Exception {
    HttpResponse<String> r = LodFixture.get(base + "/id/org/ministry-of-tests", "application/n-triples");
    assertEquals(200, r.statusCode());
    var all = parse(r, Lang.NTRIPLES).asDatasetGraph();
    assertTrue(all.find(Quad.defaultGraphIRI, uri(LodFixture.AGREEMENT), uri(KZ + "party"), uri(LodFixture.MINISTRY)).hasNext()
        || all.find(Node.ANY, uri(LodFixture.AGREEMENT), uri(KZ + "party"), uri(LodFixture.MINISTRY)).hasNext());
    assertTrue(all.find(Node.ANY, uri(LodFixture.MINISTRY), OWL.sameAs.asNode(), uri("http://www.wikidata.org/entity/Q4115189")).hasNext());
    assertFalse(all.find(Node.ANY, Node.ANY, uri("http://www.w3.org/2005/11/its/rdf#taIdentRef"), Node.ANY).hasNext(),
        "a mention in an article's text is no fact");
  }

  @Test
  void extensionsAndFormatParameterNeedNoHeader() throws Exception {
    Map<String, Lang> byExt = Map.of("ttl", Lang.TURTLE, "jsonld", Lang.JSONLD, "nt", Lang.NTRIPLES,
        "rdf", Lang.RDFXML, "trig", Lang.TRIG);
    for (Map.Entry<String, Lang> e : byExt.entrySet()) {
      for (String url : new String[] {
          base + "/id/route/test-line." + e.getKey(), base + "/id/route/test-line?format=" + e.getKey()}) {
        // a browser's Accept header is overridden by the extension or the parameter
        HttpResponse<String> r = LodFixture.get(url, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode(), url);
        assertEquals(e.getValue().getContentType().getContentTypeStr(),
            r.headers().firstValue("Content-Type").orElse("").split(";")[0], url);
        assertTrue(parse(r, e.getValue()).asDatasetGraph().find(Node.ANY, uri(LodFixture.ROUTE), RDF.type.asNode(),
            uri(KZ + "Route")).hasNext(), url);
      }
    }
  }

  @Test
  void aBrowserAndABareClientGetThePage() throws Exception {
    for (String accept : new String[] {"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "*/*", null}) {
      HttpResponse<String> r = LodFixture.get(base + "/id/org/ministry-of-tests", accept);
      assertEquals(200, r.statusCode());
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), String.valueOf(accept));
      assertTrue(r.body().contains("Ministry of Tests"));
    }
    // the weights decide: Turtle preferred to HTML
    HttpResponse<String> r = LodFixture.get(base + "/id/org/ministry-of-tests", "text/html;q=0.5, text/turtle");
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
  }

  @Test
  void anUnknownIriIs404InTheSyntaxAsked() throws Exception {
    for (Map.Entry<String, Lang> f : FORMATS.entrySet()) {
      HttpResponse<String> r = LodFixture.get(base + "/id/state/atlantis", f.getKey());
      assertEquals(404, r.statusCode(), f.getKey());
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(f.getKey()), f.getKey());
      assertTrue(parse(r, f.getValue()).asDatasetGraph().isEmpty(), f.getKey() + ": " + r.body());
    }
    HttpResponse<String> page = LodFixture.get(base + "/id/state/atlantis", "text/html");
    assertEquals(404, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertEquals(404, LodFixture.get(base + "/id/state/atlantis.ttl", null).statusCode());
    assertEquals(404, LodFixture.get(base + "/id/", null).statusCode());
    assertEquals(404, LodFixture.get(base + "/id/%3Cscript%3E", "text/turtle").statusCode());
    assertEquals(406, LodFixture.get(base + "/id/route/test-line", "image/png").statusCode());
    assertEquals(406, LodFixture.get(base + "/id/route/test-line?format=png", null).statusCode());
  }

  @Test
  void behindAProxyThePagesLinkToThePublicBase() throws Exception {
    FusekiServer proxied = KgServer.start(site.store().dataset(), 0,
        new KgServer.Options(60_000, false, false, false, "https://example.org/kazaz/"));
    try {
      HttpResponse<String> r = LodFixture.get("http://localhost:" + proxied.getHttpPort()
          + "/id/agreement/2030-01-01-memorandum-on-testing-the-pages", "text/html");
      assertEquals(200, r.statusCode());
      assertTrue(r.body().contains("href=\"https://example.org/kazaz/id/org/ministry-of-tests\""), r.body());
      assertTrue(r.headers().firstValue("Content-Location").orElse("")
          .equals("https://example.org/kazaz/id/agreement/2030-01-01-memorandum-on-testing-the-pages.html"),
          r.headers().toString());
      // the data keeps the graph's own IRIs
      HttpResponse<String> ttl = LodFixture.get("http://localhost:" + proxied.getHttpPort()
          + "/id/org/ministry-of-tests", "text/turtle");
      assertTrue(ttl.body().contains("https://w3id.org/kazaz/id/") && !ttl.body().contains("example.org"));
    } finally {
      proxied.stop();
    }
  }

  @Test
  void theOntologyAnswersInRdfAndOnlyGetAndHeadAreServed() throws Exception {
    for (Map.Entry<String, Lang> f : FORMATS.entrySet()) {
      HttpResponse<String> r = LodFixture.get(base + "/ontology", f.getKey());
      assertEquals(200, r.statusCode(), f.getKey());
      assertTrue(parse(r, f.getValue()).asDatasetGraph().find(Node.ANY, uri(KZ + "State"), RDF.type.asNode(),
          OWL.Class.asNode()).hasNext(), f.getKey());
    }
    assertEquals(200, LodFixture.get(base + "/ontology.ttl", null).statusCode());
    HttpResponse<String> post = LodFixture.send(HttpRequest.newBuilder(URI.create(base + "/id/route/test-line"))
        .POST(HttpRequest.BodyPublishers.ofString("x")).build());
    assertEquals(405, post.statusCode());
    HttpResponse<String> head = LodFixture.send(HttpRequest.newBuilder(URI.create(base + "/id/route/test-line.ttl"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    assertEquals(200, head.statusCode());
    assertEquals("", head.body());
  }
}
