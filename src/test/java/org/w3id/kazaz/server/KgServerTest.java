package org.w3id.kazaz.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kazaz.store.Graphs;
import org.w3id.kazaz.store.NamedGraph;
import org.w3id.kazaz.store.TdbStore;

class KgServerTest {
  @TempDir Path tmp;

  @Test
  void servesTheStoreReadOnlyWithUnionDefaultGraphAndTheUi() throws Exception {
    NamedGraph a = Graphs.named("a", "a", 2);
    NamedGraph b = Graphs.named("b", "b", 3);
    try (TdbStore store = TdbStore.open(tmp.resolve("tdb2"))) {
      store.replace(List.of(a, b), 10, n -> {});
      FusekiServer server = KgServer.start(store.dataset(), 0);
      try {
        String base = "http://localhost:" + server.getHttpPort();

        // No GRAPH clause: the default graph is the union of the named graphs.
        assertEquals(5, subjects(base + "/kg/sparql").size());
        assertEquals(5, subjects(base + "/kg/query").size());
        assertTrue(subjects(base + "/kg/sparql").contains(Graphs.EX + "a0"));
        assertTrue(subjects(base + "/kg/sparql").contains(Graphs.EX + "b2"));

        // The Graph Store Protocol, read: one named graph.
        Graph got = GSP.service(base + "/kg/get").graphName(a.iri()).GET();
        assertTrue(got.isIsomorphicWith(a.graph()));

        // No way to write.
        String update = "INSERT DATA { GRAPH <" + a.iri() + "> { <urn:x> <urn:y> <urn:z> } }";
        for (String path : List.of("/kg/sparql", "/kg/update", "/kg", "/kg/get")) {
          HttpResponse<String> r =
              send(
                  HttpRequest.newBuilder(URI.create(base + path))
                      .header("Content-Type", "application/sparql-update")
                      .POST(HttpRequest.BodyPublishers.ofString(update))
                      .build());
          int status = r.statusCode();
          assertTrue(status >= 400 && status < 500, path + " answered " + status);
        }
        HttpResponse<String> put =
            send(
                HttpRequest.newBuilder(URI.create(base + "/kg/get?graph=" + a.iri()))
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:x> <urn:y> <urn:z> ."))
                    .build());
        assertTrue(put.statusCode() >= 400 && put.statusCode() < 500, "PUT " + put.statusCode());
        assertEquals(2, store.size(a.iri()));

        // The Fuseki UI at /index.html ("/" is the home page of the linked data).
        HttpResponse<String> ui = send(HttpRequest.newBuilder(URI.create(base + "/index.html")).GET().build());
        assertEquals(200, ui.statusCode());
        assertTrue(
            ui.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
            ui.headers().toString());
        assertTrue(ui.body().contains("Apache Jena Fuseki UI"), ui.body());
        // ... and the server description it lists the datasets from.
        HttpResponse<String> desc =
            send(HttpRequest.newBuilder(URI.create(base + "/$/server")).GET().build());
        assertEquals(200, desc.statusCode());
        assertTrue(desc.body().contains("\"/kg\""), desc.body());
      } finally {
        server.stop();
      }
    }
  }

  private static HttpResponse<String> query(String base, String q) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql?query="
        + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))).GET().build());
  }

  @Test
  void aRunawayQueryIsStoppedAServiceCallRefusedAndOnlyThisMachineServed() throws Exception {
    NamedGraph a = Graphs.named("a", "a", 60);
    java.util.concurrent.atomic.AtomicInteger called = new java.util.concurrent.atomic.AtomicInteger();
    com.sun.net.httpserver.HttpServer listener = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    listener.createContext("/", x -> {
      called.incrementAndGet();
      x.sendResponseHeaders(500, -1);
      x.close();
    });
    listener.start();
    try (TdbStore store = TdbStore.open(tmp.resolve("tdb2-abuse"))) {
      store.replace(List.of(a), 10, n -> {});
      FusekiServer server = KgServer.start(store.dataset(), 0, new KgServer.Options(1000, false, false, false));
      try {
        String base = "http://localhost:" + server.getHttpPort();
        // 60^5 rows: minutes of work without the timeout
        long t0 = System.nanoTime();
        HttpResponse<String> slow = query(base,
            "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?o ?p }");
        assertTrue(slow.statusCode() >= 500 || !slow.body().contains("\"n\""), slow.statusCode() + " " + slow.body());
        assertTrue(System.nanoTime() - t0 < java.util.concurrent.TimeUnit.SECONDS.toNanos(30), "stopped in time");

        HttpResponse<String> service = query(base, "SELECT * { SERVICE <http://127.0.0.1:"
            + listener.getAddress().getPort() + "/x> { ?s ?p ?o } }");
        assertTrue(service.statusCode() >= 400, service.statusCode() + " " + service.body());
        assertEquals(0, called.get(), "the server fetched from the address the query named");

        String huge = "SELECT * { ?s ?p ?o } #" + "x".repeat((int) KgServer.MAX_REQUEST_BYTES + 10);
        HttpResponse<String> tooLarge = send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql"))
            .header("Content-Type", "application/sparql-query")
            .POST(HttpRequest.BodyPublishers.ofString(huge)).build());
        assertEquals(413, tooLarge.statusCode());
        // the same body in chunks, with no length given: refused too
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql"))
            .header("Content-Type", "application/sparql-query")
            .POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)))).build());
        assertEquals(413, chunked.statusCode());
        HttpResponse<String> chunkedForm = send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                ("query=" + java.net.URLEncoder.encode(huge, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8)))).build());
        assertEquals(413, chunkedForm.statusCode(), "a form in chunks over the limit");
        // and a small query in chunks is answered
        HttpResponse<String> small = send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql"))
            .header("Content-Type", "application/sparql-query")
            .header("Accept", "application/sparql-results+json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                "ASK { ?s ?p ?o }".getBytes(StandardCharsets.UTF_8)))).build());
        assertEquals(200, small.statusCode(), small.body());
        assertTrue(small.body().contains("\"boolean\" : true") || small.body().contains("\"boolean\":true"),
            small.body());
        HttpResponse<String> smallForm = send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/sparql-results+json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                ("query=" + java.net.URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8)))).build());
        assertEquals(200, smallForm.statusCode(), smallForm.body());
        assertTrue(smallForm.body().contains("true"), smallForm.body());
        HttpResponse<String> listing = send(HttpRequest.newBuilder(URI.create(base + "/static/")).GET().build());
        assertEquals(404, listing.statusCode(), "no directory listing: " + listing.body());
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + "/")).GET().build()).statusCode());
        for (org.eclipse.jetty.server.Connector c : server.getJettyServer().getConnectors()) {
          String host = ((org.eclipse.jetty.server.ServerConnector) c).getHost();
          assertTrue(host != null && (host.equals("localhost") || host.startsWith("127.")), "listens on " + host);
        }
      } finally {
        server.stop();
      }
    } finally {
      listener.stop(0);
    }
  }

  // A new client each time: the server may close a connection after refusing a request, and a
  // pooled connection would then fail the next request instead of showing its status.
  static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static Set<String> subjects(String endpoint) {
    Set<String> out = new HashSet<>();
    try (QueryExecutionHTTP qe =
        QueryExecutionHTTP.service(endpoint)
            .query("SELECT DISTINCT ?s WHERE { ?s ?p ?o }")
            .build()) {
      ResultSet rs = qe.execSelect();
      rs.forEachRemaining(row -> out.add(row.getResource("s").getURI()));
    }
    return out;
  }
}
