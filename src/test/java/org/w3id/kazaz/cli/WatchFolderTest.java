package org.w3id.kazaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kazaz.build.BuildOperation;
import org.w3id.kazaz.server.KgServer;
import org.w3id.kazaz.store.TdbStore;

/**
 * serve --watch: an article dropped into the watched folder is added while the server runs, once
 * it has settled; SPARQL over HTTP then finds its graph and the search its document's title; an
 * article that is not one is one rejected line, and the server goes on.
 */
class WatchFolderTest {
  @TempDir Path dir;

  @Test
  void anArticleDroppedIntoTheFolderIsServedOnceAdded() throws Exception {
    Path first = Files.writeString(dir.resolve("grain-transit.txt"),
        " date 2025-03-04\nGrain transit\n\nASTANA, March 4. The Ministry of Agriculture of Kazakhstan"
            + " and the Ministry of Agriculture of Azerbaijan signed a memorandum on grain transit in"
            + " Astana on March 3.\n");
    Path storeDir = dir.resolve("tdb2");
    try (TdbStore s = TdbStore.open(storeDir)) {
      BuildOperation.run(List.of(first), s, 10, n -> {}, n -> {});
    }
    Path watched = Files.createDirectory(dir.resolve("incoming"));
    try (TdbStore s = TdbStore.open(storeDir)) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      WatchFolder watch = new WatchFolder(watched, s, new PrintWriter(out, true), new PrintWriter(err, true));
      FusekiServer server = KgServer.start(s.dataset(), 0, new KgServer.Options(60_000, false, false, false,
          "/", null, s.lastWritten(), watch::generation, null));
      try {
        String base = "http://localhost:" + server.getHttpPort();
        String ask = "ASK { GRAPH <https://w3id.org/kazaz/graph/article/ferry-line> { ?s ?p ?o } }";
        assertFalse(sparql(base, ask).contains("true"));
        assertFalse(search(base, "ferry").contains("/id/agreement/"), "nothing about a ferry yet");

        Files.writeString(watched.resolve("ferry-line.txt"),
            " date 2025-05-20\nFerry line\n\nBAKU, May 20. Kazakhstan Temir Zholy and Azerbaijan Railways"
                + " signed an agreement on a ferry line between the port of Aktau and the port of Alat"
                + " in Baku on May 19.\n");
        Files.writeString(watched.resolve("notes.txt"), "no header here\n");
        assertEquals(0, watch.poll(), "a file is added once it has settled: not on the poll that first sees it");
        assertEquals(2, watch.poll());
        assertTrue(sparql(base, ask).contains("true"), "the new article's graph is served");
        assertTrue(search(base, "ferry").contains("/id/agreement/"), "the search index knows its document");
        assertTrue(err.toString().contains("rejected [E-ARTICLE-HEADER]"), err.toString());
        assertTrue(out.toString().contains("watch: 1 article(s) added"), out.toString());
        assertEquals(0, watch.poll(), "nothing new, nothing added again");
      } finally {
        server.stop();
      }
    }
  }

  @Test
  void anArticlePostedByAUserOfThePasswordFileIsAddedAndNobodyElseCanPost() throws Exception {
    Path storeDir = dir.resolve("tdb2-post");
    Path passwords = Files.writeString(dir.resolve("passwords"), "editor: s3cret\n");
    String article = " date 2025-05-20\nFerry line\n\nBAKU, May 20. Kazakhstan Temir Zholy and Azerbaijan"
        + " Railways signed an agreement on a ferry line between the port of Aktau and the port of Alat in"
        + " Baku on May 19.\n";
    try (TdbStore s = TdbStore.open(storeDir)) {
      Ingest ingest = new Ingest(s, new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
      FusekiServer open = KgServer.start(s.dataset(), 0, KgServer.Options.DEFAULT);
      try {
        HttpResponse<String> none = post("http://localhost:" + open.getHttpPort(), "ferry-line.txt", article, null);
        assertTrue(none.statusCode() >= 400, "no endpoint unless configured: " + none.statusCode());
      } finally {
        open.stop();
      }
      FusekiServer server = KgServer.start(s.dataset(), 0, new KgServer.Options(60_000, false, false, false,
          "/", null, s.lastWritten(), ingest::generation,
          new org.w3id.kazaz.server.ArticlePost(passwords, ingest)));
      try {
        String base = "http://localhost:" + server.getHttpPort();
        HttpResponse<String> anonymous = post(base, "ferry-line.txt", article, null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, post(base, "ferry-line.txt", article, "editor:guess").statusCode());
        String ask = "ASK { GRAPH <https://w3id.org/kazaz/graph/article/ferry-line> { ?s ?p ?o } }";
        assertFalse(sparql(base, ask).contains("true"), "nothing written by refused requests");

        HttpResponse<String> added = post(base, "ferry-line.txt", article, "editor:s3cret");
        assertEquals(201, added.statusCode(), added.body());
        assertTrue(added.body().startsWith("added ferry-line.txt: "), added.body());
        assertTrue(sparql(base, ask).contains("true"));
        assertTrue(search(base, "ferry").contains("/id/agreement/"));

        HttpResponse<String> bad = post(base, "notes.txt", "no header here\n", "editor:s3cret");
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().startsWith("rejected [E-ARTICLE-HEADER]"), bad.body());
        assertEquals(400, post(base, "../escape.txt", article, "editor:s3cret").statusCode());
      } finally {
        server.stop();
      }
    }
  }

  private static HttpResponse<String> post(String base, String name, String body, String user) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/articles?name="
            + URLEncoder.encode(name, StandardCharsets.UTF_8)))
        .header("Content-Type", "text/plain; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (user != null) {
      b.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
          user.getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String sparql(String base, String q) throws Exception {
    return get(base + "/kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
        "application/sparql-results+json");
  }

  private static String search(String base, String q) throws Exception {
    return get(base + "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "application/json");
  }

  private static String get(String url, String accept) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), url + ": " + r.body());
    return r.body();
  }
}
