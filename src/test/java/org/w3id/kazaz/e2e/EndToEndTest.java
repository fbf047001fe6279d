package org.w3id.kazaz.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kazaz.build.BuildOperation;
import org.w3id.kazaz.server.KgServer;
import org.w3id.kazaz.store.TdbStore;

/**
 * Builds the graph from seeds/ into a fresh TDB2 store, serves it with Fuseki on a free port and
 * asks over HTTP: which documents were signed in Baku on 2024-03-11, and by whom? The expected
 * answer is read from the articles: fourteen documents (listed by two articles in different words),
 * each with the bodies the numbered list names as its parties.
 */
class EndToEndTest {
  @TempDir static Path dir;
  private static TdbStore store;
  private static FusekiServer server;
  private static String base;

  @BeforeAll
  static void buildAndServe() {
    store = TdbStore.open(dir.resolve("tdb2"));
    BuildOperation.Result r = BuildOperation.run(List.of(Path.of("seeds")), store, 100, n -> {}, n -> {});
    assertEquals(5, r.loaded().size());
    assertTrue(r.rejected().isEmpty(), r.rejected().toString());
    server = KgServer.start(store.dataset(), 0);
    base = "http://localhost:" + server.getHttpPort() + "/kg";
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
    store.close();
  }

  private static List<QuerySolution> select(String file) throws Exception {
    String q = Files.readString(Path.of(file));
    List<QuerySolution> rows = new ArrayList<>();
    try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(base + "/sparql").query(q).build()) {
      qe.execSelect().forEachRemaining(rows::add);
    }
    return rows;
  }

  @Test
  void partnersOfEachSide() throws Exception {
    List<QuerySolution> rows = select("queries/examples/partners.rq");
    assertEquals(17, rows.size());
    QuerySolution top = rows.stream()
        .filter(r -> r.getLiteral("kazakh").getString().equals("KazMunayGas")).findFirst().orElseThrow();
    assertEquals("State Oil Company of the Republic of Azerbaijan", top.getLiteral("azerbaijani").getString());
    assertEquals(2, top.getLiteral("documents").getInt());
  }

  @Test
  void tradeTurnoverWithItsSentences() throws Exception {
    List<QuerySolution> rows = select("queries/examples/trade-turnover.rq");
    TreeSet<String> values = new TreeSet<>();
    for (QuerySolution r : rows) {
      values.add(r.getLiteral("value").getLexicalForm().replaceAll("\\.0$", "") + " " + r.getLiteral("unit").getString());
      assertTrue(r.getLiteral("sentence").getString().toLowerCase().contains("turnover"));
    }
    assertEquals(new TreeSet<>(List.of("500000000 USD", "529000000 USD", "1000000000 USD", "5 times")), values);
  }

  @Test
  void articleGraphsReadOverTheGraphStoreProtocol() {
    var g = org.apache.jena.sparql.exec.http.GSP.service(base + "/get")
        .graphName("https://w3id.org/kazaz/graph/article/002-ab135c2ab2e1cb43").GET();
    assertTrue(g.size() > 100, "triples: " + g.size());
  }

  /** A word of each document's title, and a word of each of its parties, from the numbered list. */
  private static final Map<String, List<String>> EXPECTED =
      Map.ofEntries(
          Map.entry("Supreme Interstate Council", List.of("Kazakhstan", "Azerbaijan")),
          Map.entry("crew members", List.of("Ministry of Transport", "Digital Development and Transport")),
          Map.entry("amendments", List.of("Education and Science", "Ministry of Education of")),
          Map.entry("outer space", List.of("Aerospace", "Digital Development and Transport")),
          Map.entry("Culture", List.of("Culture and Information", "Ministry of Culture of", "Youth and Sports")),
          Map.entry("Strategic Partnership", List.of("Samruk", "Azerbaijan Investment Holding")),
          Map.entry("transit", List.of("KazMunayGas", "State Oil Company")),
          Map.entry("purchase and sale", List.of("KazMunayGas", "State Oil Company")),
          Map.entry("Central Communications", List.of("Central Communications Service", "Media Development")),
          Map.entry("Legal Entity", List.of("Damu", "Small and Medium")),
          Map.entry("Atyrau", List.of("Atyrau", "Shirvan")),
          Map.entry("Aktau", List.of("Aktau", "Sumgait")),
          Map.entry("Roadmap", List.of("Damu", "Small and Medium")),
          Map.entry("information security", List.of("State Technical Service", "Special Communications")));

  @Test
  void documentsSignedInBakuOverHttp() throws Exception {
    {
      {
        String url = base + "/sparql";
        String q = Files.readString(Path.of("queries/examples/signed-in-baku.rq"));
        Map<String, String> titles = new TreeMap<>();
        Map<String, TreeSet<String>> parties = new TreeMap<>();
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(url).query(q).build()) {
          ResultSet rs = qe.execSelect();
          while (rs.hasNext()) {
            QuerySolution s = rs.next();
            String doc = s.getResource("doc").getURI();
            titles.merge(doc, s.getLiteral("title").getString(), (x, y) -> x.length() >= y.length() ? x : y);
            TreeSet<String> ps = parties.computeIfAbsent(doc, k -> new TreeSet<>());
            if (s.contains("partyLabel")) {
              ps.add(s.getLiteral("partyLabel").getString());
            }
          }
        }
        assertEquals(14, titles.size(), "documents: " + titles.values());
        List<String> unmatched = new ArrayList<>(EXPECTED.keySet());
        for (String doc : titles.keySet()) {
          String key = keyOf(titles.get(doc), parties.get(doc));
          assertTrue(unmatched.remove(key), "document matched twice or not expected: " + titles.get(doc));
          List<String> want = EXPECTED.get(key);
          TreeSet<String> got = parties.get(doc);
          assertEquals(want.size(), got.size(), titles.get(doc) + " parties " + got);
          for (String w : want) {
            assertEquals(1, got.stream().filter(p -> p.contains(w)).count(),
                titles.get(doc) + ": party with '" + w + "' in " + got);
          }
        }
        assertTrue(unmatched.isEmpty(), "not found: " + unmatched);
      }
    }
  }

  /** The expected entry whose title word the document's title holds (the longest such word wins). */
  private static String keyOf(String title, TreeSet<String> parties) {
    String best = null;
    for (String k : EXPECTED.keySet()) {
      boolean hit = title.toLowerCase().contains(k.toLowerCase());
      if (hit && (best == null || k.length() > best.length())) {
        best = k;
      }
    }
    return best == null ? title : best;
  }
}
