package org.w3id.kazaz.server.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The linked-data face is safe: every query of the server is a file of {@code queries/lod/} run
 * through {@code store.QueryFiles} with its parameters substituted (no request text in a query string);
 * paths that are not IRIs of the graph, and IRIs made to look like SPARQL, are 404.
 */
class SafetyTest {
  @TempDir static Path tmp;
  static LodFixture.Served site;
  static String base;

  @BeforeAll
  static void start() {
    site = LodFixture.serve(tmp.resolve("tdb2"), false);
    base = site.base();
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void theServerMakesNoQueryOnlyQueryFilesDoesFromItsFiles() throws IOException {
    String runner = Files.readString(Path.of("src/main/java/org/w3id/kazaz/store/QueryFiles.java"));
    assertTrue(runner.contains("b::substitution"), "parameters are substituted");
    Path server = Path.of("src/main/java/org/w3id/kazaz/server");
    try (Stream<Path> files = Files.walk(server)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String src = Files.readString(f);
        for (String making : List.of("QueryFactory", "QueryExecution", "ParameterizedSparqlString", "UpdateFactory")) {
          assertTrue(!src.contains(making), f + " makes a query itself (" + making + ")");
        }
      }
    }
  }

  @Test
  void whatIsNotAnIriOfTheGraphIs404() throws Exception {
    for (String path : List.of(
        "/id/state/testland/more",
        "/id/state/testland%3E%20%3Fp%20%3Fo%20%7D%20UNION%20%7B%20%3Fs%20%3Fp%20%3Fo",
        "/id/state/testland%22%20.%20%7D",
        "/id/state/",
        "/id/",
        "/ontology/State",
        "/search/more",
        "/anything",
        "/id/state/testland.exe")) {
      HttpResponse<String> r = LodFixture.get(base + path, "text/turtle");
      assertEquals(404, r.statusCode(), path);
    }
    // a search made to look like SPARQL or Lucene is words to look for
    for (String q : List.of("\" } UNION { ?s ?p ?o } #", "*:*", "name:(x OR y)~", "\\")) {
      HttpResponse<String> r = LodFixture.get(base + "/search?format=json&q="
          + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8), null);
      assertEquals(200, r.statusCode(), q + ": " + r.body());
      assertEquals(0, org.apache.jena.atlas.json.JSON.parse(r.body()).get("results").getAsArray().size(),
          q + ": " + r.body());
    }
  }
}
