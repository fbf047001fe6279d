package org.w3id.kazaz.reason;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Finds what breaks an axiom of the ontology: a node of two disjoint classes, an organisation in
 * two states, an event that ends before it starts, a route stop that is not at a place. Each check
 * is a query {@code queries/consistency/NAME-violation.rq} that returns no row on a consistent
 * graph; each row is a {@link Finding} with the node and the graphs (articles) it comes from.
 */
public final class ConsistencyCheck {
  /** The checks, by the name of their query. */
  public static final List<String> CHECKS =
      List.of("disjoint-classes", "organisation-states", "event-dates", "route-stop-place");

  static final String FOLDER = "queries/consistency/";

  /** One problem: which check found it, the offending node, why, and the graphs that assert it. */
  public record Finding(String check, String node, String why, List<String> graphs) {
    /** One line: the check, the node, why, and where from. */
    public String line() {
      return check + ": <" + node + "> " + why + " (from " + String.join(", ", graphs) + ")";
    }
  }

  private ConsistencyCheck() {}

  /**
   * Checks a TDB2 store as it stands (inside its transaction, a write one included: what the
   * transaction wrote is seen), its default graph the union of all its graphs, with no copy in
   * memory. The inferred graphs are part of it: what the rules add follows from what is stated.
   */
  public static List<Finding> checkStore(DatasetGraph tdb) {
    List<Finding> out = new ArrayList<>();
    for (String check : CHECKS) {
      out.addAll(run(tdb, check));
    }
    return out;
  }

  private static List<Finding> run(DatasetGraph tdb, String check) {
    List<Finding> out = new ArrayList<>();
    try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(tdb)).query(load(check))
        .set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true).build()) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        String graphs = s.contains("graphs") ? s.getLiteral("graphs").getLexicalForm() : "";
        List<String> gs =
            graphs.isBlank() ? List.of() : Arrays.asList(graphs.strip().split("\\s+"));
        out.add(new Finding(check, s.getResource("node").toString(),
            s.getLiteral("why").getLexicalForm(), gs));
      }
    }
    return out;
  }

  static Query load(String check) {
    String path = FOLDER + check + "-violation.rq";
    try (InputStream in = ConsistencyCheck.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new ReasonException("E-CONSISTENCY-QUERY", path + ": not found on the classpath");
      }
      return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ReasonException("E-CONSISTENCY-QUERY", path + ": cannot be read: " + e, e);
    } catch (QueryParseException e) {
      throw new ReasonException("E-CONSISTENCY-QUERY", path + ": does not parse: " + e.getMessage(), e);
    }
  }
}
