package org.w3id.kazaz.server.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /search?q=} over the names of the graph in every language (Jena's text index): spellings,
 * case, accents, abbreviations; JSON on request and HTML by default. The names are those of the
 * project's reference data (KazMunayGas, with "KMG" and "KazMunaiGas" among its alternative labels)
 * and of the graph written by hand for the tests.
 */
class SearchTest {
  @TempDir static Path tmp;
  static LodFixture.Served site;
  static String base;

  @BeforeAll
  static void start() {
    site = LodFixture.serve(tmp.resolve("tdb2"), true);
    base = site.base();
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  static JsonArray results(String q) throws Exception {
    HttpResponse<String> r = LodFixture.get(base + "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
        "application/json");
    assertEquals(200, r.statusCode(), q);
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), q);
    JsonObject o = JSON.parse(r.body());
    return o.get("results").getAsArray();
  }

  static String first(String q) throws Exception {
    JsonArray a = results(q);
    assertTrue(a.size() > 0, "nothing found for " + q);
    return a.get(0).getAsObject().get("iri").getAsString().value();
  }

  @Test
  void theSpellingsOfKazMunayGasAndItsAbbreviationFindIt() throws Exception {
    String kmg = LodFixture.ID + "org/kazmunaygas";
    for (String q : new String[] {"KazMunayGas", "KazMunaiGas", "Kazmunaygas", "kazmunaigaz", "KMG", "kmg", "KazMunay"}) {
      assertEquals(kmg, first(q), q);
    }
  }

  @Test
  void namesInEveryLanguageAccentsAndTyposFindTheirNode() throws Exception {
    for (String q : new String[] {"Ministry of Tests", "ministri of tests", "MinTest", "Министерство тестов",
        "Sınaq Nazirliyi", "Sinaq nazirliyi"}) {
      assertEquals(LodFixture.MINISTRY, first(q), q);
    }
    assertEquals(0, results("Zzyzx Qwerty").size());
    assertEquals(0, results("").size());
    // Lucene's syntax typed in is searched for as words, never run
    assertEquals(200, LodFixture.get(base + "/search?q=" + URLEncoder.encode("a:b OR (c AND \"d", StandardCharsets.UTF_8),
        "application/json").statusCode());
    assertEquals(LodFixture.MINISTRY, first("Tests)* ministry:"));
  }

  @Test
  void aBrowserGetsAPageOfLinksAndFormatJsonNeedsNoHeader() throws Exception {
    HttpResponse<String> page = LodFixture.get(base + "/search?q=KMG", "text/html,*/*;q=0.8");
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(page.body().contains("<a href=\"/id/org/kazmunaygas\">KazMunayGas</a>"), page.body());
    assertTrue(page.body().contains("(as “KMG”)"), page.body());
    HttpResponse<String> json = LodFixture.get(base + "/search?q=KMG&format=json", null);
    assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertEquals(406, LodFixture.get(base + "/search?q=KMG&format=xml", null).statusCode());
  }
}
