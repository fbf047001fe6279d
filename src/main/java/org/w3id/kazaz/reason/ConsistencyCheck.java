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
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

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

  /**
   * Checks only around {@code touched} (the subjects of the graphs a build writes or removes, old
   * content and new), on a store whose earlier state was consistent: every check's query is about
   * one node ({@code ?node}) and what the store says of it, so a violation the write could make is
   * about a touched node, or about a node linked to one along a predicate a query follows from
   * {@code ?node} to another node's types (declared in the query by a line {@code #@follows IRI}).
   * The queries run unchanged on an in-memory dataset of the ontology and of every quad, in any
   * graph, whose subject is a touched node, the types of what their followed links point to, and the
   * followed links that point at them: the cost is that of the change, not of the store.
   */
  public static List<Finding> checkAround(DatasetGraph tdb, java.util.Collection<Node> touched,
      Node ontologyGraph) {
    DatasetGraph around = DatasetGraphFactory.create();
    java.util.Set<Node> followed = new java.util.HashSet<>();
    for (String check : CHECKS) {
      followed.addAll(follows(check));
    }
    java.util.Set<Node> typed = new java.util.HashSet<>();
    java.util.Set<Node> seen = new java.util.HashSet<>();
    for (Node n : touched) {
      if (!seen.add(n)) {
        continue;
      }
      tdb.find(Node.ANY, n, Node.ANY, Node.ANY).forEachRemaining(q -> {
        copy(around, q);
        if (followed.contains(q.getPredicate()) && !q.getObject().isLiteral()) {
          typed.add(q.getObject());
        }
      });
      for (Node p : followed) {
        tdb.find(Node.ANY, Node.ANY, p, n).forEachRemaining(q -> {
          copy(around, q);
          typed.add(n);
        });
      }
    }
    for (Node o : typed) {
      tdb.find(Node.ANY, o, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> copy(around, q));
    }
    tdb.find(ontologyGraph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy(around, q));
    List<Finding> out = new ArrayList<>();
    for (String check : CHECKS) {
      out.addAll(run(around, check, false));
    }
    return out;
  }

  /**
   * The nodes a change touches, for {@link #checkAround}: the subjects of the graphs named in
   * {@code written} and {@code removed} as {@code before} holds them (read before the change, inside
   * a transaction), and the subjects of the graphs {@code written} as they will be.
   */
  public static java.util.Set<Node> touchedBy(DatasetGraph before,
      java.util.Collection<org.w3id.kazaz.store.NamedGraph> written,
      java.util.Collection<String> removed) {
    java.util.Set<Node> out = new java.util.HashSet<>();
    List<String> changing = new ArrayList<>(removed);
    written.forEach(g -> changing.add(g.iri()));
    for (String g : changing) {
      before.find(NodeFactory.createURI(g), Node.ANY, Node.ANY, Node.ANY)
          .forEachRemaining(q -> out.add(q.getSubject()));
    }
    written.forEach(g -> g.graph().find().forEachRemaining(t -> out.add(t.getSubject())));
    return out;
  }

  // Into a dataset whose default graph is kept as the union of its named graphs.
  private static void copy(DatasetGraph to, Quad q) {
    to.add(q);
    to.getDefaultGraph().add(q.asTriple());
  }

  /** The predicates check {@code check} follows from its node to another's types. */
  static List<Node> follows(String check) {
    List<Node> out = new ArrayList<>();
    for (String line : text(check).split("\\R")) {
      if (line.startsWith("#@follows ")) {
        out.add(NodeFactory.createURI(line.substring("#@follows ".length()).strip()));
      }
    }
    return out;
  }

  private static List<Finding> run(DatasetGraph tdb, String check) {
    return run(tdb, check, true);
  }

  private static List<Finding> run(DatasetGraph tdb, String check, boolean union) {
    List<Finding> out = new ArrayList<>();
    try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(tdb)).query(load(check))
        .set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, union).build()) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        String graphs = s.contains("graphs") ? s.getLiteral("graphs").getLexicalForm() : "";
        List<String> gs =
            graphs.isBlank() ? List.of() : Arrays.stream(graphs.strip().split("\\s+")).sorted().toList();
        out.add(new Finding(check, s.getResource("node").toString(),
            s.getLiteral("why").getLexicalForm(), gs));
      }
    }
    return out;
  }

  static Query load(String check) {
    String path = FOLDER + check + "-violation.rq";
    try {
      return QueryFactory.create(text(check));
    } catch (QueryParseException e) {
      throw new ReasonException("E-CONSISTENCY-QUERY", path + ": does not parse: " + e.getMessage(), e);
    }
  }

  private static String text(String check) {
    String path = FOLDER + check + "-violation.rq";
    try (InputStream in = ConsistencyCheck.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new ReasonException("E-CONSISTENCY-QUERY", path + ": not found on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReasonException("E-CONSISTENCY-QUERY", path + ": cannot be read: " + e, e);
    }
  }
}
