package org.w3id.kazaz.cq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.kazaz.build.BuildOperation;
import org.w3id.kazaz.server.KgServer;
import org.w3id.kazaz.store.TdbStore;

/**
 * Runs every competency question in {@code queries/cq/} over HTTP against a server on a store built
 * from {@code seeds/}, and compares the rows with the hand-written expected result beside the query
 * ({@code NN-slug.csv}, {@code .tsv} or {@code .srj}). A query named {@code *-violation.rq} must
 * return no rows. A query with a {@code # Known-gap: reason} line that does not give its expected
 * answer is reported as skipped with the reason and the difference: a converter defect to fix,
 * never a reason to change the expected file.
 */
class CompetencyQuestionsTest {
  private static final Logger log = LoggerFactory.getLogger(CompetencyQuestionsTest.class);
  private static final Path DIR = Path.of("queries", "cq");
  private static final String GAP = "# Known-gap:";

  @TempDir static Path tmp;
  private static TdbStore store;
  private static FusekiServer server;
  private static String endpoint;

  @BeforeAll
  static void buildAndServe() {
    store = TdbStore.open(tmp.resolve("tdb2"));
    BuildOperation.Result r =
        BuildOperation.run(List.of(Path.of("seeds")), store, 100, n -> {}, n -> {});
    assertTrue(r.rejected().isEmpty(), r.rejected().toString());
    server = KgServer.start(store.dataset(), 0);
    endpoint = "http://localhost:" + server.getHttpPort() + "/kg/sparql";
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
    if (store != null) {
      store.close();
    }
  }

  static Stream<Path> questions() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      List<Path> list = files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
      assertTrue(list.size() >= 20, "competency questions: " + list.size());
      return list.stream();
    }
  }

  @Test
  void everyExpectedResultHasItsQuestion() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      List<String> orphans =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.matches(".*\\.(csv|tsv|srj)$"))
              .filter(n -> !Files.exists(DIR.resolve(n.replaceFirst("\\.[a-z]+$", ".rq"))))
              .toList();
      assertTrue(orphans.isEmpty(), "expected results without a query: " + orphans);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questions")
  void answersAsTheArticlesSay(Path rq) throws IOException {
    String query = Files.readString(rq);
    assertTrue(query.startsWith("# Question:"), rq + " must start with '# Question:'");
    assertTrue(query.contains("# Answer:"), rq + " must say its answer in words ('# Answer:')");
    Optional<String> gap =
        query
            .lines()
            .filter(l -> l.startsWith(GAP))
            .map(l -> l.substring(GAP.length()).trim())
            .findFirst();
    ResultSetRewindable actual = select(query);
    String problem;
    if (rq.getFileName().toString().endsWith("-violation.rq")) {
      problem = actual.size() == 0 ? null : "violations found:\n" + CqDiff.text(actual);
    } else {
      problem = compare(query, expectedFile(rq), actual);
    }
    if (problem == null) {
      gap.ifPresent(
          g -> log.warn("{} is marked Known-gap but now passes: remove the mark ({})", rq, g));
      return;
    }
    gap.ifPresent(g -> log.warn("{}: known gap ({}): {}", rq, g, problem));
    Assumptions.assumeTrue(gap.isEmpty(), () -> "Known gap: " + gap.get() + "\n" + problem);
    fail(rq + ": " + problem);
  }

  private static ResultSetRewindable select(String query) {
    try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(endpoint).query(query).build()) {
      return ResultSetFactory.copyResults(qe.execSelect());
    }
  }

  private static Path expectedFile(Path rq) {
    String base = rq.getFileName().toString().replaceFirst("\\.rq$", "");
    for (String ext : List.of(".srj", ".tsv", ".csv")) {
      Path p = rq.resolveSibling(base + ext);
      if (Files.exists(p)) {
        return p;
      }
    }
    fail("no expected result beside " + rq + " (.srj, .tsv or .csv)");
    return null;
  }

  /** Null when equal, else a message with both result sets and the rows that differ. */
  private static String compare(String query, Path file, ResultSetRewindable actual)
      throws IOException {
    boolean csv = file.toString().endsWith(".csv");
    // CSV carries no datatypes and writes unbound as an empty cell: compare by lexical form, values
    // being strings on both sides and an empty string the same as unbound.
    ResultSetRewindable want = csv ? lexical(read(file)) : read(file);
    ResultSetRewindable got = csv ? lexical(actual) : actual;
    assertEquals(want.getResultVars(), got.getResultVars(), file + ": columns");
    boolean ordered = QueryFactory.create(query).hasOrderBy();
    boolean same =
        ordered
            ? ResultSetCompare.equalsByTermAndOrder(want, got)
            : ResultSetCompare.equalsByTerm(want, got);
    want.reset();
    got.reset();
    if (same) {
      return null;
    }
    return CqDiff.message(file, want, got, ordered);
  }

  private static ResultSetRewindable read(Path file) throws IOException {
    String name = file.toString();
    Lang lang =
        name.endsWith(".csv")
            ? ResultSetLang.RS_CSV
            : name.endsWith(".tsv") ? ResultSetLang.RS_TSV : ResultSetLang.RS_JSON;
    try (InputStream in = Files.newInputStream(file)) {
      return ResultSetFactory.copyResults(ResultSetMgr.read(in, lang));
    }
  }

  /** Every bound value replaced by a plain string of its lexical form (or IRI). */
  private static ResultSetRewindable lexical(ResultSetRewindable rs) {
    rs.reset();
    List<String> vars = rs.getResultVars();
    List<Binding> rows = new ArrayList<>();
    RowSet in = RowSet.adapt(rs);
    while (in.hasNext()) {
      Binding b = in.next();
      BindingBuilder bb = Binding.builder();
      b.vars()
          .forEachRemaining(
              v -> {
                Node n = plain(b.get(v));
                if (!(n.isLiteral() && n.getLiteralLexicalForm().isEmpty())) {
                  bb.add(v, n);
                }
              });
      rows.add(bb.build());
    }
    rs.reset();
    return ResultSetFactory.makeRewindable(
        ResultSet.adapt(
            RowSetStream.create(vars.stream().map(Var::alloc).toList(), rows.iterator())));
  }

  private static Node plain(Node n) {
    if (n.isLiteral()) {
      return NodeFactory.createLiteralString(n.getLiteralLexicalForm());
    }
    if (n.isURI()) {
      return NodeFactory.createLiteralString(n.getURI());
    }
    return n;
  }
}
