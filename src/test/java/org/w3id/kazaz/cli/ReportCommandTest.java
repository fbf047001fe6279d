package org.w3id.kazaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kazaz.build.BuildOperation;
import org.w3id.kazaz.store.NamedGraph;
import org.w3id.kazaz.store.TdbStore;
import org.w3id.kazaz.vocab.KZ;

/**
 * {@code kazaz report}: JSON by default, a score table with --score (and one per article with
 * --details), a coded error for bad gold.
 */
class ReportCommandTest {
  @TempDir Path dir;

  private static final String ARTICLE =
      " date 2025-06-03 \n"
          + "ASTANA, June 3. The Ministry of Energy of Kazakhstan and the Ministry of Energy of"
          + " Azerbaijan signed a Memorandum of Understanding on cooperation in the field of"
          + " renewable energy in Astana on June 2.\n";

  /** Runs the command line and returns exit code and standard output and error. */
  private static String[] run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new String[] {
        String.valueOf(code), o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)
      };
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void reportsAndScores() throws Exception {
    Path article = dir.resolve("in/200_energy.txt");
    Files.createDirectories(article.getParent());
    Files.writeString(article, ARTICLE);
    String store = dir.resolve("tdb2").toString();
    assertEquals("0", run("build", "--input", article.toString(), "--store", store)[0]);

    String[] json = run("report", "--store", store);
    assertEquals("0", json[0], json[2]);
    assertTrue(json[1].contains("\"MemorandumOfUnderstanding\""), json[1]);

    // One gold agreement, the one the article states; one gold figure it does not state.
    Path gold = dir.resolve("gold.json");
    Files.writeString(
        gold,
        "{\"agreements\": [{\"title\": \"MoU on cooperation in renewable energy\", \"type\":"
            + " \"MemorandumOfUnderstanding\", \"date\": \"2025-06-02\", \"parties\": []}],"
            + " \"figures\": [{\"indicator\": \"trade turnover\", \"value\": 5, \"unit\":"
            + " \"USD\"}]}");
    String[] table = run("report", "--store", store, "--score", gold.toString());
    assertEquals("0", table[0], table[2]);
    String agreements =
        table[1].lines().filter(l -> l.startsWith("agreements")).findFirst().orElseThrow();
    assertTrue(agreements.matches("agreements\\s+1\\s+1\\s+1\\s+1\\.00\\s+1\\.00"), agreements);
    String figures =
        table[1].lines().filter(l -> l.startsWith("figures")).findFirst().orElseThrow();
    assertTrue(figures.matches("figures\\s+0\\s+1\\s+0\\s+1\\.00\\s+0\\.00"), figures);
  }

  private static final String PREFIXES =
      "@prefix kz: <https://w3id.org/kazaz/ontology#> . @prefix id: <https://w3id.org/kazaz/id/> ."
          + " @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> ."
          + " @prefix skos: <http://www.w3.org/2004/02/skos/core#> ."
          + " @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n";

  /** Article a: both states named, a ministry signs a memorandum. */
  private static final String GRAPH_A =
      """
      id:article\\/a a kz:NewsArticle ; kz:fileName "a.txt" ; kz:published "2025-06-03"^^xsd:date ;
          kz:mentions id:state\\/kazakhstan , id:state\\/azerbaijan .
      id:org\\/ministry-of-energy-of-kazakhstan a kz:GovernmentBody ;
          rdfs:label "Ministry of Energy of Kazakhstan"@en ;
          skos:prefLabel "Ministry of Energy of Kazakhstan"@en ; kz:state id:state\\/kazakhstan .
      id:agreement\\/mou a kz:MemorandumOfUnderstanding ;
          kz:title "Memorandum of Understanding on renewable energy" ;
          kz:signedOn "2025-06-02"^^xsd:date ; kz:party id:org\\/ministry-of-energy-of-kazakhstan ;
          kz:source id:article\\/a .
      """;

  /** Article b: talks, a trade figure about both states, and a roadmap the gold does not know. */
  private static final String GRAPH_B =
      """
      id:article\\/b a kz:NewsArticle ; kz:fileName "b.txt" ; kz:published "2025-09-13"^^xsd:date ;
          kz:mentions id:state\\/kazakhstan .
      id:figure\\/trade a kz:Figure ; kz:indicator "trade turnover" ; kz:value 450000000.0 ;
          kz:unit "USD" ; kz:subject id:state\\/kazakhstan , id:state\\/azerbaijan ;
          kz:source id:article\\/b .
      id:event\\/talks a kz:Talks ; rdfs:label "talks" ; kz:startDate "2025-09-12"^^xsd:date ;
          kz:source id:article\\/b .
      id:agreement\\/roadmap a kz:Roadmap ; kz:title "Roadmap on logistics" ;
          kz:signedOn "2025-09-12"^^xsd:date ; kz:source id:article\\/b .
      """;

  /**
   * The gold of a, b and c: the report has all of a but the Azerbaijani ministry, all of b and a
   * roadmap more, nothing of c.
   */
  private static final String GOLD =
      """
      {"articles": [{"file": "a.txt"}, {"file": "b.txt"}, {"file": "c.txt"}],
       "states": [{"name": "Kazakhstan", "sources": ["a.txt", "b.txt"]},
                  {"name": "Azerbaijan", "sources": ["a.txt", "b.txt"]}],
       "organisations": [{"name": "Ministry of Energy of Kazakhstan", "sources": ["a.txt"]},
                         {"name": "Ministry of Energy of Azerbaijan", "sources": ["a.txt"]}],
       "agreements": [{"title": "Memorandum of Understanding on cooperation in renewable energy",
                       "type": "MemorandumOfUnderstanding", "date": "2025-06-02",
                       "sources": ["a.txt"]}],
       "events": [{"type": "Talks", "date": "2025-09-12", "sources": ["b.txt"]},
                  {"type": "PressConference", "date": "2025-10-01", "sources": ["c.txt"]}],
       "figures": [{"indicator": "trade turnover", "value": 450000000, "unit": "USD",
                    "sources": ["b.txt"]}]}
      """;

  private static NamedGraph graph(String stem, String turtle) {
    return new NamedGraph(KZ.GRAPH + "article/" + stem,
        RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).toGraph());
  }

  @Test
  void scoresEachArticleOfTheGold() throws Exception {
    Path store = dir.resolve("tdb2");
    List<NamedGraph> graphs = new ArrayList<>(BuildOperation.baseGraphs());
    graphs.add(graph("a", GRAPH_A));
    graphs.add(graph("b", GRAPH_B));
    try (TdbStore s = TdbStore.open(store)) {
      s.replace(graphs, 10, n -> {});
    }
    Path gold = dir.resolve("gold.json");
    Files.writeString(gold, GOLD);

    String[] r = run("report", "--store", store.toString(), "--score", gold.toString(), "--details");
    assertEquals("0", r[0], r[2]);
    List<String> lines = r[1].lines().toList();
    // pooled: states 2/2/2, organisations 1/2/1, agreements 2/1/1, events 1/2/1, figures 1/1/1
    assertTrue(lines.stream().anyMatch(l -> l.matches("overall\\s+7\\s+8\\s+6\\s+0\\.86\\s+0\\.75")), r[1]);
    int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("article ")).findFirst().orElseThrow());
    assertTrue(header > lines.indexOf(lines.stream().filter(l -> l.startsWith("overall")).findFirst().orElseThrow()),
        "the article table comes after the category table");
    // a: 2 states, the ministry and the memorandum, against 2 states, 2 ministries, 1 memorandum
    assertTrue(lines.stream().anyMatch(l -> l.matches("a\\.txt\\s+4\\s+5\\s+4\\s+1\\.00\\s+0\\.80")), r[1]);
    assertTrue(lines.stream().anyMatch(l -> l.matches("  organisations\\s+1\\s+2\\s+1\\s+1\\.00\\s+0\\.50")), r[1]);
    // b: the states (subjects of its figure), talks and figure, and the roadmap the gold lacks
    assertTrue(lines.stream().anyMatch(l -> l.matches("b\\.txt\\s+5\\s+4\\s+4\\s+0\\.80\\s+1\\.00")), r[1]);
    // c: nothing reported, its press conference missed
    assertTrue(lines.stream().anyMatch(l -> l.matches("c\\.txt\\s+0\\s+1\\s+0\\s+1\\.00\\s+0\\.00")), r[1]);
  }

  @Test
  void aGoldFileThatIsNotJsonIsACodedError() throws Exception {
    Path gold = dir.resolve("gold.json");
    Files.writeString(gold, "agreements: none");
    String[] r =
        run("report", "--store", dir.resolve("tdb2").toString(), "--score", gold.toString());
    assertEquals(String.valueOf(Main.EXIT_ERROR), r[0]);
    assertTrue(r[2].contains("E-REPORT-GOLD") && r[2].contains("gold.json"), r[2]);
  }
}
