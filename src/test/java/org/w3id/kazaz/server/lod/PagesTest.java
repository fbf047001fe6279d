package org.w3id.kazaz.server.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages for people, over HTTP, on the graph written by hand ({@code lod/fixture.trig}): what
 * each kind of page must show, read from the sentences of the fixture; and every value escaped.
 */
class PagesTest {
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

  static String page(String path) throws Exception {
    HttpResponse<String> r = LodFixture.get(base + path, "text/html");
    assertEquals(200, r.statusCode(), path);
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
    assertFalse(r.body().contains("<script"), path + ": a page needs no script");
    return r.body();
  }

  /** The texts of the elements of class {@code cls}, in document order. */
  static List<String> texts(String html, String element, String cls) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("<" + element + " class=\"" + cls + "\"[^>]*>([^<]*)</" + element + ">").matcher(html);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void anAgreementShowsPartiesWithStatesDatePlaceEventAndTheSentence() throws Exception {
    String html = page("/id/agreement/2030-01-01-memorandum-on-testing-the-pages");
    assertTrue(html.contains("<h1>Memorandum on testing the pages</h1>"), html);
    assertTrue(html.contains("<a href=\"/id/org/ministry-of-tests\">Ministry of Tests</a> (<a class=\"state\" href=\"/id/state/testland\">Testland</a>)"), html);
    assertTrue(html.contains("<a href=\"/id/org/agency-of-checks\">Agency of Checks</a> (<a class=\"state\" href=\"/id/state/checkistan\">Checkistan</a>)"), html);
    assertTrue(html.contains("<th>Signed on</th><td><div class=\"item\">2030-01-01</div>"), html);
    assertTrue(html.contains("<th>Signed in</th><td><div class=\"item\"><a href=\"/id/place/port-one\">Port One</a>"), html);
    assertTrue(html.contains("<a href=\"/id/event/talks-2030-01-01\">Talks between Ada Probe and Bo Check in Port One</a>"), html);
    assertTrue(texts(html, "blockquote", "sentence").contains("The Ministry of Tests and the Agency of Checks signed a memorandum"
        + " on testing the pages in Port One on 1 January 2030."), html);
    assertTrue(html.contains("<a href=\"/id/article/t1\">t1.txt</a>"), html);
    // the inferred fact, marked, with its rule
    Matcher inferred = Pattern.compile("<div class=\"fact inferred\">\\s*<a[^>]*>Memorandum on testing the pages</a>\\s*"
        + "<em>binds the state</em>\\s*<a href=\"/id/state/testland\">Testland</a>\\s*<span class=\"mark\">inferred</span>"
        + " by rule <code class=\"rule\">state-party</code>").matcher(html);
    assertTrue(inferred.find(), html);
  }

  @Test
  void anEntityShowsItsNamesInEveryLanguageItsWikidataLinkAndWhatPointsToIt() throws Exception {
    String html = page("/id/org/ministry-of-tests");
    assertTrue(html.contains("<td lang=\"ru\">Министерство тестов</td>"), html);
    assertTrue(html.contains("<td lang=\"az\">Sınaq Nazirliyi</td>"), html);
    assertTrue(html.contains("<td lang=\"en\">MinTest</td>"), html);
    assertTrue(html.contains("<a class=\"wikidata\" href=\"http://www.wikidata.org/entity/Q4115189\">"), html);
    assertTrue(html.contains("<a class=\"type\" href=\"/ontology#GovernmentBody\">Government body</a>"), html);
    int incoming = html.indexOf("<h2>What points to it</h2>");
    assertTrue(incoming > 0, html);
    assertTrue(html.substring(incoming).contains("<em>has as a party</em>"), html);
  }

  @Test
  void aRouteDrawsItsStopsInOrder() throws Exception {
    String html = page("/id/route/test-line");
    int svg = html.indexOf("<svg class=\"route\"");
    assertTrue(svg > 0, html);
    String drawing = html.substring(svg, html.indexOf("</svg>", svg));
    assertEquals(List.of("Port One", "Junction Three", "Port Two"), texts(drawing, "text", "stop-name"));
  }

  @Test
  void aFigureDrawsItsSeriesEachPointLinkedToItsSentence() throws Exception {
    String html = page("/id/figure/test-turnover-2028");
    int svg = html.indexOf("<svg class=\"chart\"");
    assertTrue(svg > 0, html);
    String drawing = html.substring(svg, html.indexOf("</svg>", svg));
    Matcher m = Pattern.compile("<a href=\"([^\"]+)\"><g class=\"point\" data-date=\"([^\"]+)\" data-value=\"([^\"]+)\">"
        + "<title>[^<]*\\. ([^<]*)</title>").matcher(drawing);
    List<String> points = new ArrayList<>();
    while (m.find()) {
      points.add(m.group(2) + " " + m.group(3) + " " + m.group(1) + " " + m.group(4));
    }
    assertEquals(List.of(
        "2028 100 /id/figure/test-turnover-2028 Test turnover between the two countries was 100 dollars in 2028.",
        "2029 250 /id/figure/test-turnover-2029 Test turnover between the two countries rose to 250 dollars in 2029."),
        points);
  }

  @Test
  void aStateListsItsDocumentsByYearAndAnEventWhoMetAndWhatWasSigned() throws Exception {
    String state = page("/id/state/testland");
    assertTrue(state.contains("<th>Documents of 2030</th><td><div class=\"item\"><a href=\"/id/agreement/2030-01-01-memorandum-on-testing-the-pages\">"), state);
    String event = page("/id/event/talks-2030-01-01");
    assertTrue(event.contains("<a href=\"/id/person/ada-probe\">Ada Probe</a>"), event);
    assertTrue(event.contains("<a href=\"/id/person/bo-check\">Bo Check</a>"), event);
    assertTrue(event.contains("<th>Signed there</th><td><div class=\"item\"><a href=\"/id/agreement/2030-01-01-memorandum-on-testing-the-pages\">"), event);
  }

  @Test
  void theHomePageHasTheNumbersTheTimelineAndTheSearchBox() throws Exception {
    String html = page("/");
    assertTrue(html.contains("<tr><th>articles</th><td>1</td></tr>"), html);
    assertTrue(html.contains("<tr><th>agreements</th><td>1</td></tr>"), html);
    assertTrue(html.contains("<tr><th>events</th><td>1</td></tr>"), html);
    assertTrue(html.contains("<tr><th>routes</th><td>1</td></tr>"), html);
    assertTrue(html.contains("<tr><th>figures</th><td>2</td></tr>"), html);
    assertTrue(html.contains("<tr><td>2030-01-01</td><td><a href=\"/id/event/talks-2030-01-01\">"), html);
    assertTrue(html.contains("<form action=\"/search\" method=\"get\""), html);
    // the Fuseki UI moved to /index.html
    assertTrue(LodFixture.get(base + "/index.html", null).body().contains("Apache Jena Fuseki UI"));
  }

  @Test
  void theOntologyPageListsEveryTermWithLabelDefinitionAlignmentAndAnExample() throws Exception {
    String html = page("/ontology");
    org.apache.jena.rdf.model.Model onto = org.apache.jena.riot.RDFDataMgr.loadModel("ontology/kazaz.ttl");
    String ns = "https://w3id.org/kazaz/ontology#";
    int terms = 0;
    for (var it = onto.listSubjects(); it.hasNext(); ) {
      var t = it.next();
      if (t.isURIResource() && t.getURI().startsWith(ns)) {
        terms++;
        assertTrue(html.contains("<section class=\"term\" id=\"" + t.getLocalName() + "\">"), t.getURI());
      }
    }
    assertTrue(terms > 100);
    int memo = html.indexOf("<section class=\"term\" id=\"Memorandum\">");
    String section = html.substring(memo, html.indexOf("</section>", memo));
    assertTrue(section.contains("<h3>Memorandum "), section);
    assertTrue(section.contains("A document titled a memorandum"), section);
    assertTrue(section.contains("Example: <a href=\"/id/agreement/2030-01-01-memorandum-on-testing-the-pages\">"
        + "Memorandum on testing the pages</a>"), section);
    int org = html.indexOf("<section class=\"term\" id=\"Organisation\">");
    String orgSection = html.substring(org, html.indexOf("</section>", org));
    assertTrue(orgSection.contains("<a href=\"http://www.w3.org/ns/org#Organization\">org:Organization</a>"), orgSection);
  }

  @Test
  void whatAPagePrintsIsEscaped() throws Exception {
    HttpResponse<String> r = LodFixture.get(base + "/id/org/escape-test", "text/html");
    assertEquals(200, r.statusCode());
    assertFalse(r.body().contains("<script>"), r.body());
    assertTrue(r.body().contains("<h1>Tags &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Quotes&quot; Ltd</h1>"), r.body());
    String q = "<script>alert(2)</script>\"'";
    HttpResponse<String> s = LodFixture.get(base + "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/html");
    assertEquals(200, s.statusCode());
    assertFalse(s.body().contains("<script>"), s.body());
    assertTrue(s.body().contains("value=\"&lt;script&gt;alert(2)&lt;/script&gt;&quot;&#39;\""), s.body());
    HttpResponse<String> missing = LodFixture.get(base + "/id/%3Cscript%3Ealert(3)%3C/script%3E", "text/html");
    assertEquals(404, missing.statusCode());
    assertFalse(missing.body().contains("<script>"), missing.body());
  }
}
