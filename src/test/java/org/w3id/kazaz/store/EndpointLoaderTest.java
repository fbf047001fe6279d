package org.w3id.kazaz.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.http.HttpLib;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads into a separate, password-protected Fuseki with update and read-write GSP endpoints. */
class EndpointLoaderTest {
  private static final String USER = "loader";
  private static final String PASSWORD = "s3cret-pw";

  @TempDir Path tmp;
  private FusekiServer server;
  private String dataset;

  @BeforeEach
  void startProtectedFuseki() throws Exception {
    Path passwords = Files.writeString(tmp.resolve("passwd"), USER + ": " + PASSWORD + "\n");
    server =
        FusekiServer.create()
            .port(0)
            .passwordFile(passwords.toString())
            .auth(AuthScheme.BASIC)
            .serverAuthPolicy(Auth.policyAllowSpecific(USER))
            // All standard services: query, update, GSP read-write, upload.
            .add("/remote", DatasetGraphFactory.createTxnMem())
            .build()
            .start();
    dataset = "http://localhost:" + server.getHttpPort() + "/remote";
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void loadsEachGraphIntoItsNameAndReloadingAddsNothing() {
    NamedGraph a = Graphs.named("a", "a", 2);
    NamedGraph b = Graphs.named("b", "b", 3);
    EndpointLoader.load(dataset, List.of(a, b), USER, PASSWORD);
    assertEquals(2, count(a.iri()));
    assertEquals(3, count(b.iri()));
    assertEquals(1, count(a.iri(), Graphs.EX + "a1"));
    assertEquals(0, count(b.iri(), Graphs.EX + "a1"));

    EndpointLoader.load(dataset, List.of(a, b), USER, PASSWORD);
    assertEquals(2, count(a.iri()));
    assertEquals(3, count(b.iri()));

    // A PUT replaces: new content for a leaves none of the old.
    EndpointLoader.load(
        dataset, List.of(new NamedGraph(a.iri(), Graphs.of("z", 1))), USER, PASSWORD);
    assertEquals(1, count(a.iri()));
    assertEquals(0, count(a.iri(), Graphs.EX + "a1"));
  }

  @Test
  void aWrongPasswordIsRefusedWith401() {
    NamedGraph a = Graphs.named("a", "a", 2);
    StoreException e =
        assertThrows(
            StoreException.class, () -> EndpointLoader.load(dataset, List.of(a), USER, "wrong"));
    assertEquals("E-LOAD-AUTH", e.code());
    assertTrue(e.getMessage().contains("401"), e.getMessage());
    assertTrue(e.getMessage().contains(dataset), e.getMessage());
    assertTrue(e.getMessage().contains(a.iri()), e.getMessage());
    assertEquals(0, count(a.iri()));
  }

  @Test
  void noCredentialsIsRefusedToo() {
    StoreException e =
        assertThrows(
            StoreException.class,
            () -> EndpointLoader.load(dataset, List.of(Graphs.named("a", "a", 1)), null, null));
    assertEquals("E-LOAD-AUTH", e.code());
    assertTrue(e.getMessage().contains("401"), e.getMessage());
  }

  @Test
  void aMissingDatasetIsNamed() {
    String missing = "http://localhost:" + server.getHttpPort() + "/nosuch";
    StoreException e =
        assertThrows(
            StoreException.class,
            () -> EndpointLoader.load(missing, List.of(Graphs.named("a", "a", 1)), USER, PASSWORD));
    assertEquals("E-LOAD-HTTP", e.code());
    assertTrue(e.getMessage().contains("404") && e.getMessage().contains(missing), e.getMessage());
  }

  @Test
  void anUnreachablePortIsAConnectError() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // free, and nobody listens once closed
    }
    String url = "http://localhost:" + port + "/remote";
    StoreException e =
        assertThrows(
            StoreException.class,
            () -> EndpointLoader.load(url, List.of(Graphs.named("a", "a", 1)), USER, PASSWORD));
    assertEquals("E-LOAD-CONNECT", e.code());
    assertTrue(e.getMessage().contains(url), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void aRedirectToAnotherOriginIsNotFollowedAndGetsNoCredentials() throws Exception {
    java.util.concurrent.atomic.AtomicReference<String> leaked = new java.util.concurrent.atomic.AtomicReference<>();
    com.sun.net.httpserver.HttpServer other = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    other.createContext("/", x -> {
      leaked.compareAndSet(null, String.valueOf(x.getRequestHeaders().getFirst("Authorization")));
      x.sendResponseHeaders(204, -1);
      x.close();
    });
    com.sun.net.httpserver.HttpServer redirecting = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    redirecting.createContext("/", x -> {
      x.getResponseHeaders().add("Location", "http://127.0.0.1:" + other.getAddress().getPort() + "/kg");
      x.sendResponseHeaders(307, -1);
      x.close();
    });
    other.start();
    redirecting.start();
    try {
      StoreException e = assertThrows(StoreException.class, () -> EndpointLoader.load(
          "http://127.0.0.1:" + redirecting.getAddress().getPort() + "/kg", List.of(Graphs.named("a", "a", 1)),
          USER, PASSWORD));
      assertEquals("E-LOAD-HTTP", e.code());
      assertTrue(e.getMessage().contains("redirect"), e.getMessage());
      assertEquals(null, leaked.get(), "the other origin got a request");
    } finally {
      redirecting.stop(0);
      other.stop(0);
    }
  }

  /**
   * A server that refuses a write may close the connection without a word once it sees a body it
   * will not read (what a CI run met): the refusal is still read as one, from a request with no body.
   */
  @Test
  void aRefusalThatDropsTheConnectionOnABodyIsStillReadAsARefusal() throws Exception {
    try (RawServer raw = new RawServer((request, bodyLength) -> bodyLength > 0 ? null
        : "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"kg\"\r\nContent-Length: 0\r\n\r\n")) {
      StoreException e = assertThrows(StoreException.class,
          () -> EndpointLoader.load(raw.url(), List.of(Graphs.named("a", "a", 50)), USER, "guess"));
      assertEquals("E-LOAD-AUTH", e.code(), e.getMessage());
      assertTrue(e.getMessage().contains("401"), e.getMessage());
    }
  }

  /** A PUT that meets a connection closed under it is sent once more; the graph gets there. */
  @Test
  void aPutOnAConnectionClosedUnderItIsSentAgain() throws Exception {
    java.util.concurrent.atomic.AtomicInteger puts = new java.util.concurrent.atomic.AtomicInteger();
    try (RawServer raw = new RawServer((request, bodyLength) ->
        request.startsWith("PUT") && puts.incrementAndGet() == 1 ? null
            : "HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n")) {
      EndpointLoader.load(raw.url(), List.of(Graphs.named("a", "a", 2)), USER, PASSWORD);
      assertEquals(2, puts.get(), "the dropped PUT was sent once more");
    }
  }

  /**
   * One request per connection, answered with what {@code answer} gives for its request line and
   * body length, or with the connection closed unread when it gives null. Written on a bare socket
   * because dropping a connection without a byte of answer is what neither Fuseki nor the JDK's
   * HTTP server does at will.
   */
  private static final class RawServer implements AutoCloseable {
    private final ServerSocket socket = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
    private final Thread thread;

    RawServer(java.util.function.BiFunction<String, Integer, String> answer) throws java.io.IOException {
      thread = new Thread(() -> {
        while (!socket.isClosed()) {
          try (java.net.Socket s = socket.accept()) {
            java.io.BufferedReader in = new java.io.BufferedReader(
                new java.io.InputStreamReader(s.getInputStream(), java.nio.charset.StandardCharsets.ISO_8859_1));
            String requestLine = in.readLine();
            int length = 0;
            for (String h = in.readLine(); h != null && !h.isEmpty(); h = in.readLine()) {
              if (h.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(h.substring(15).trim());
              }
            }
            String reply = answer.apply(requestLine == null ? "" : requestLine, length);
            if (reply != null) {
              in.skip(length);
              s.getOutputStream().write(reply.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
              s.getOutputStream().flush();
            }
          } catch (java.io.IOException | RuntimeException e) {
            // the next connection, or the socket was closed
          }
        }
      });
      thread.setDaemon(true);
      thread.start();
    }

    String url() {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/kg";
    }

    @Override
    public void close() throws java.io.IOException {
      socket.close();
    }
  }

  @Test
  void anUnsupportedSchemeOrNoUrlIsAClearError() {
    for (String url : List.of("ftp://localhost/kg", "not a url", "http:///kg")) {
      StoreException e = assertThrows(StoreException.class,
          () -> EndpointLoader.load(url, List.of(Graphs.named("a", "a", 1)), null, null));
      assertEquals("E-LOAD-URL", e.code(), url + ": " + e.getMessage());
    }
  }

  /** Triples in graph {@code graph}, asked over HTTP with the password. */
  private long count(String graph) {
    return count(graph, null);
  }

  private long count(String graph, String subject) {
    String s = subject == null ? "?s" : "<" + subject + ">";
    String q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graph + "> { " + s + " ?p ?o } }";
    try (QueryExecutionHTTP qe =
        QueryExecutionHTTP.service(dataset + "/sparql")
            .httpClient(HttpClient.newHttpClient())
            .httpHeader("Authorization", HttpLib.basicAuth(USER, PASSWORD))
            .query(q)
            .build()) {
      ResultSet rs = qe.execSelect();
      QuerySolution row = rs.next();
      return row.getLiteral("n").getLong();
    }
  }
}
