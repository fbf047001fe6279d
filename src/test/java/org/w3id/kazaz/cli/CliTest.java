package org.w3id.kazaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, one-line errors, formats. */
class CliTest {
  @TempDir Path dir;


  private Path article(Path folder, String name, String text) throws Exception {
    Path p = folder.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static final String GOOD =
      " date 2025-06-03 ASTANA – On 2 June 2025 in Astana, the Ministry of Energy of Kazakhstan and"
          + " the Ministry of Energy of Azerbaijan signed a Memorandum of Understanding on cooperation"
          + " in renewable energy.";

  @Test
  void badInputsAreNamedOneLineEachAndTheRestLoads() throws Exception {
    String store = dir.resolve("tdb2").toString();
    Cli.Run first = Cli.kazaz("build", "--input", "seeds", "--store", store);
    assertEquals(0, first.code(), first.err());
    long before = count(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");

    Path in = Files.createDirectory(dir.resolve("in"));
    article(in, "good.txt", GOOD);
    article(in, "noheader.txt", "ASTANA – text without header.");
    article(in, "baddate.txt", " date 2025-02-30 Text.");
    article(in, "nobody.txt", " date 2025-06-03 \n");
    Files.write(in.resolve("latin1.txt"), new byte[] {' ', 'd', 'a', 't', 'e', ' ', '2', '0', '2', '5',
        '-', '0', '1', '-', '0', '1', ' ', 'C', 'a', 'f', (byte) 0xE9});
    Files.write(in.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
    Files.createDirectory(in.resolve("subfolder"));
    Path missing = dir.resolve("missing.txt");

    Cli.Run r = Cli.kazaz("build", "--input", in + "," + missing, "--store", store);
    assertEquals(Main.EXIT_REJECTED, r.code());
    List<String> lines = Arrays.stream(r.err().split("\n")).filter(l -> l.startsWith("rejected")).toList();
    for (String bad : List.of("noheader.txt", "baddate.txt", "nobody.txt", "latin1.txt", "image.png",
        "subfolder", "missing.txt")) {
      assertEquals(1, lines.stream().filter(l -> l.contains(bad)).count(), bad + " in " + r.err());
    }
    assertEquals(7, lines.size(), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    assertTrue(r.out().contains("1 article(s) loaded, 7 rejected"), r.out());

    // the good article is in, and what the store had is still there
    assertEquals(1, count(store,
        "SELECT (COUNT(*) AS ?n) { ?d kz:signedOn \"2025-06-02\"^^xsd:date ; a kz:MemorandumOfUnderstanding }"));
    assertEquals(5, count(store, "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a kz:NewsArticle ; kz:fileName ?f FILTER(STRSTARTS(?f, \"00\")) }"));
    assertTrue(count(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }") > before);
  }

  @Test
  void loadingTheSameArticlesAgainChangesNothing() throws Exception {
    String store = dir.resolve("tdb2").toString();
    assertEquals(0, Cli.kazaz("build", "--store", store).code());
    Path first = dir.resolve("first.nq");
    assertEquals(0, Cli.kazaz("export", "--store", store, "--format", "nquads", "-o", first.toString()).code());
    assertEquals(0, Cli.kazaz("build", "--store", store).code());
    Path second = dir.resolve("second.nq");
    assertEquals(0, Cli.kazaz("export", "--store", store, "--format", "nquads", "-o", second.toString()).code());
    Dataset a = RDFDataMgr.loadDataset(first.toString());
    Dataset b = RDFDataMgr.loadDataset(second.toString());
    assertTrue(sameGraphs(a, b));
    assertEquals(Files.readAllLines(first).size(), Files.readAllLines(second).size());
  }

  @Test
  void theOrderOfArticlesDoesNotChangeTheGraph() throws Exception {
    // all five at once, against one by one in reverse order
    String together = dir.resolve("together").toString();
    assertEquals(0, Cli.kazaz("build", "--store", together).code());
    String oneByOne = dir.resolve("one-by-one").toString();
    try (var files = Files.list(Path.of("seeds"))) {
      List<Path> seeds = files.sorted(java.util.Comparator.reverseOrder()).toList();
      for (Path s : seeds) {
        assertEquals(0, Cli.kazaz("build", "--input", s.toString(), "--store", oneByOne).code());
      }
    }
    Path a = dir.resolve("a.nq");
    Path b = dir.resolve("b.nq");
    Cli.kazaz("export", "--store", together, "--format", "nquads", "-o", a.toString());
    Cli.kazaz("export", "--store", oneByOne, "--format", "nquads", "-o", b.toString());
    assertTrue(sameGraphs(RDFDataMgr.loadDataset(a.toString()), RDFDataMgr.loadDataset(b.toString())));
  }

  /**
   * The same named graphs, each isomorphic. Graph by graph with Jena's graph matcher: the dataset
   * matcher backtracks over the blank nodes of the ontology's RDF lists and takes minutes.
   */
  private static boolean sameGraphs(Dataset a, Dataset b) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    a.listNames().forEachRemaining(names::add);
    java.util.Set<String> other = new java.util.TreeSet<>();
    b.listNames().forEachRemaining(other::add);
    if (!names.equals(other) || !a.getDefaultModel().isIsomorphicWith(b.getDefaultModel())) {
      return false;
    }
    return names.stream().allMatch(n -> a.getNamedModel(n).isIsomorphicWith(b.getNamedModel(n)));
  }

  @Test
  void queryFormatsAndErrors() throws Exception {
    String store = dir.resolve("tdb2").toString();
    assertEquals(0, Cli.kazaz("build", "--store", store).code());
    String q = "SELECT ?name { ?s a kz:State ; skos:prefLabel ?name FILTER(lang(?name) = \"en\" && str(?name) = \"Azerbaijan\") }";
    Cli.Run csv = Cli.kazaz("query", "--store", store, "--format", "csv", q);
    assertEquals("name\r\nAzerbaijan\r\n", csv.out());
    Cli.Run json = Cli.kazaz("query", "--store", store, "--format", "json", q);
    assertTrue(json.out().matches("(?s).*\"value\"\\s*:\\s*\"Azerbaijan\".*"), json.out());
    Cli.Run table = Cli.kazaz("query", "--store", store, q);
    assertTrue(table.out().contains("| \"Azerbaijan\"@en |"), table.out());
    Cli.Run bad = Cli.kazaz("query", "--store", store, "SELECT WHERE");
    assertEquals(Main.EXIT_ERROR, bad.code());
    assertTrue(bad.err().startsWith("error [E-QUERY-PARSE]"), bad.err());
  }

  @Test
  void exportFormatsParseBack() throws Exception {
    String store = dir.resolve("tdb2").toString();
    assertEquals(0, Cli.kazaz("build", "--store", store).code());
    for (String f : List.of("trig", "nquads", "turtle", "jsonld", "rdfxml")) {
      Path out = dir.resolve("dump." + f);
      assertEquals(0, Cli.kazaz("export", "--store", store, "--format", f, "-o", out.toString()).code(), f);
      Dataset ds = DatasetFactory.create();
      RDFDataMgr.read(ds, out.toString(), org.w3id.kazaz.export.ExportOperation.Format.valueOf(f).lang());
      long n = ds.getDefaultModel().size();
      for (var it = ds.listNames(); it.hasNext(); ) {
        n += ds.getNamedModel(it.next()).size();
      }
      assertTrue(n > 1000, f + " has " + n + " triples");
    }
  }

  private long count(String store, String select) {
    Cli.Run r = Cli.kazaz("query", "--store", store, "--format", "csv", select);
    assertEquals(0, r.code(), r.err());
    return Long.parseLong(r.out().split("\r\n")[1].trim());
  }

  @Test
  void namesOfOneGraphAreOneArticleAndNonLatinNamesAreDistinct() throws Exception {
    String store = dir.resolve("tdb2-names").toString();
    Path in = Files.createDirectory(dir.resolve("names"));
    article(in, "Slug Clash.txt", GOOD);
    article(in, "slug-clash.txt", GOOD.replace("renewable energy", "hydrogen"));
    article(in, "Қазақ.txt", GOOD);
    article(in, "Азербайджан.txt", GOOD.replace("renewable energy", "wind power"));
    Cli.Run r = Cli.kazaz("build", "--input", in.toString(), "--store", store);
    List<String> lines = Arrays.stream(r.err().split("\n")).filter(l -> l.startsWith("rejected")).toList();
    assertEquals(1, lines.size(), r.err());
    assertTrue(lines.get(0).contains("E-ARTICLE-DUPLICATE"), lines.get(0));
    assertTrue(r.out().contains("3 article(s) loaded"), r.out());
    assertEquals(3, count(store, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o }"
        + " FILTER(STRSTARTS(STR(?g), \"" + org.w3id.kazaz.vocab.KZ.GRAPH + "article/\")) }"));
    assertEquals(org.w3id.kazaz.mapping.Iris.articleGraph("Қазақ"), org.w3id.kazaz.mapping.Iris.articleGraph("Қазақ"));
    assertFalse(org.w3id.kazaz.mapping.Iris.articleGraph("Қазақ").equals(
        org.w3id.kazaz.mapping.Iris.articleGraph("Азербайджан")));
  }

  @Test
  void aFileNameCannotForgeALineOfTheOutput() throws Exception {
    String store = dir.resolve("tdb2-forge").toString();
    Path in = Files.createDirectory(dir.resolve("forge"));
    article(in, "bad\nbuilt FAKE: 999 article(s) loaded\u001b[2J.txt", "no header here");
    Cli.Run r = Cli.kazaz("build", "--input", in.toString(), "--store", store);
    assertFalse(r.err().lines().anyMatch(l -> l.startsWith("built FAKE")), r.err());
    assertFalse(r.err().contains("\u001b"), "no raw escape character: " + r.err());
    assertTrue(r.err().contains("\\u000A"), r.err());
    // the other commands show what they were given in the same way
    Cli.Run explain = Cli.kazaz("explain", "--store", store, "urn:x:a\nbuilt FAKE\u001b[2J\u202e");
    assertEquals(List.of("error [E-EXPLAIN-IRI]: urn:x:a\\u000Abuilt FAKE\\u001B[2J\\u202E: not an IRI"
        + " (see docs/errors.md#e-explain-iri)"), explain.err().lines().toList(), explain.err());
  }

  @Test
  void anArticleWithControlCharactersExportsAsRdfXml() throws Exception {
    String store = dir.resolve("tdb2-ctl").toString();
    Path in = Files.createDirectory(dir.resolve("ctl"));
    article(in, "ctl.txt", GOOD.replace("renewable", "renew\u0001able\u001b"));
    assertEquals(0, Cli.kazaz("build", "--input", in.toString(), "--store", store).code());
    Path out = dir.resolve("all.rdf");
    Cli.Run r = Cli.kazaz("export", "--store", store, "--format", "rdfxml", "-o", out.toString());
    assertEquals(0, r.code(), r.err());
    org.apache.jena.rdf.model.Model m = org.apache.jena.riot.RDFDataMgr.loadModel(out.toString());
    assertTrue(m.size() > 0);
    try (var files = Files.list(dir)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".partial")), "no partial file left");
    }
  }

  @Test
  void eachKindOfEndHasItsOwnExitCode() throws Exception {
    Cli.Run usage = Cli.kazaz("build", "--no-such-option");
    assertEquals(Main.EXIT_USAGE, usage.code(), usage.err());
    assertTrue(usage.err().startsWith("usage [E-USAGE]: "), usage.err());
    Cli.Run error = Cli.kazaz("export", "--store", dir.resolve("none").toString(), "--format", "nquads",
        "--graph", "urn:x:none");
    assertEquals(Main.EXIT_ERROR, error.code(), error.err());
    java.util.Set<Integer> codes = java.util.Set.of(Main.EXIT_REJECTED, Main.EXIT_ERROR, Main.EXIT_INCONSISTENT,
        Main.EXIT_VIOLATIONS, Main.EXIT_USAGE);
    assertEquals(5, codes.size(), "distinct exit codes");
    String doc = Files.readString(Path.of("docs/errors.md"));
    for (int c : codes) {
      assertTrue(doc.contains("| " + c + " |"), "exit code " + c + " is listed in docs/errors.md");
    }
  }

  @Test
  void anErrorLinePointsToTheRowThatExplainsItsCode() throws Exception {
    Cli.Run missing = Cli.kazaz("build", "--input", dir.resolve("no-such-article.txt").toString(),
        "--store", dir.resolve("tdb2-missing").toString());
    String line = missing.err().lines().filter(l -> l.startsWith("rejected [")).findFirst().orElseThrow();
    assertTrue(line.startsWith("rejected [E-ARTICLE-MISSING]: "), line);
    assertTrue(line.endsWith(" (see docs/errors.md#e-article-missing)"), line);
    assertTrue(Files.readString(Path.of("docs/errors.md"))
        .contains("| <a id=\"e-article-missing\"></a>E-ARTICLE-MISSING |"));
    Cli.Run usage = Cli.kazaz("query", "--no-such-option");
    assertTrue(usage.err().lines().findFirst().orElseThrow().endsWith("(see docs/errors.md#e-usage)"),
        usage.err());
  }

  /** A command that fails with a bug, to see what the handler makes of an internal error. */
  @picocli.CommandLine.Command(name = "fail")
  static final class Failing implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("a bug, on purpose");
    }
  }

  @Test
  void anInternalErrorIsOneLineAndItsStackUnderVerbose() {
    for (boolean verbose : new boolean[] {false, true}) {
      java.io.StringWriter err = new java.io.StringWriter();
      picocli.CommandLine cl = Main.commandLine(
          new java.io.PrintWriter(new java.io.StringWriter(), true), new java.io.PrintWriter(err, true));
      cl.addSubcommand("fail", new Failing());
      cl.setErr(new java.io.PrintWriter(err, true)); // picocli gives it to the subcommands there are
      int code = verbose ? cl.execute("fail", "--verbose") : cl.execute("fail");
      assertEquals(Main.EXIT_ERROR, code);
      List<String> lines = err.toString().lines().toList();
      assertEquals("error [E-INTERNAL]: java.lang.IllegalStateException: a bug, on purpose"
          + " (see docs/errors.md#e-internal)", lines.get(0));
      if (verbose) {
        assertTrue(lines.size() > 3, err.toString());
        assertTrue(lines.get(1).startsWith("java.lang.IllegalStateException: a bug, on purpose"), lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.contains("at org.w3id.kazaz.cli.CliTest$Failing.call")),
            err.toString());
      } else {
        assertEquals(1, lines.size(), err.toString());
      }
    }
  }
}
