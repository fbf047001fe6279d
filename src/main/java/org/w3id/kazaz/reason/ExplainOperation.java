package org.w3id.kazaz.reason;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIs;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.kazaz.mapping.Iris;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.w3id.kazaz.vocab.KZ;

/**
 * Why the graph says what it says about a node: each triple with the node as subject, stated (the
 * graph and the evidence sentences of the node in it) or inferred (the rule and its premises).
 * Runs {@code queries/explain.rq} with its VALUES line bound to the node; the store keeps no
 * premises ({@link Provenance}), so for an inferred triple the rules run again over the graph its
 * inferred graph was derived from (one article's, beside the base), and the derivation found there
 * gives them.
 */
public final class ExplainOperation {
  static final String QUERY = "queries/explain.rq";
  private static final Pattern VALUES = Pattern.compile("VALUES \\?node \\{[^}]*\\}");

  /** One triple of the node and where it comes from. Absent parts are empty strings. */
  public record Fact(
      String predicate,
      String object,
      boolean inferred,
      String source,
      String sentence,
      String rule,
      String premises) {}

  private ExplainOperation() {}

  /**
   * The node's triples with their provenance, in predicate order. {@code iri} is absolute or
   * relative to {@code https://w3id.org/kazaz/id/} (as in {@code agreement/...}).
   */
  public static List<Fact> explain(Dataset ds, String iri) {
    String node = absolute(iri);
    String text = VALUES.matcher(read()).replaceFirst(
        Matcher.quoteReplacement("VALUES ?node { <" + node + "> }"));
    return Txn.calculateRead(
        ds,
        () -> {
          List<Fact> out = new ArrayList<>();
          Map<String, Derivations> derived = new HashMap<>();
          try (QueryExecution qe =
              QueryExecution.dataset(ds)
                  .query(QueryFactory.create(text))
                  .set(TDB2.symUnionDefaultGraph, true)
                  .build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
              QuerySolution s = rs.next();
              boolean inferred = "inferred".equals(str(s, "status"));
              String premises = "";
              if (inferred) {
                String from = Iris.inferredFrom(str(s, "source"));
                Derivations d = derived.computeIfAbsent(
                    from == null ? "" : from, f -> derivations(ds.asDatasetGraph(), f));
                premises = d.premises(Triple.create(NodeFactory.createURI(node),
                    s.getResource("p").asNode(), s.get("o").asNode()));
              }
              out.add(new Fact(str(s, "p"), str(s, "o"), inferred,
                  str(s, "source"), str(s, "sentence"), str(s, "rule"), premises));
            }
          }
          return out;
        });
  }

  /** What the rules derived from one graph ({@code byTriple}), beside what the base gave them. */
  private record Derivations(Map<Triple, InferenceOperation.Derived> byTriple, Graph given) {
    /** The premises of {@code t}, each marked stated or inferred, joined by " ; "; empty if none. */
    String premises(Triple t) {
      InferenceOperation.Derived d = byTriple.get(t);
      if (d == null) {
        return "";
      }
      List<String> out = new ArrayList<>();
      for (Triple p : d.premises()) {
        boolean inferred = byTriple.containsKey(p) || given.contains(p);
        out.add(str(p.getSubject()) + " " + str(p.getPredicate()) + " " + str(p.getObject())
            + (inferred ? " [inferred]" : " [stated]"));
      }
      return String.join(" ; ", out);
    }
  }

  /**
   * The derivations of what the rules infer from the article graph {@code from} (empty: from the
   * base alone) beside the base graphs and the base's inferences, as the build made them.
   */
  private static Derivations derivations(DatasetGraph dsg, String from) {
    List<Graph> graphs = new ArrayList<>();
    for (String g : List.of(Iris.ONTOLOGY_GRAPH, Iris.REFERENCE_GRAPH, Iris.RULES_GRAPH)) {
      graphs.add(dsg.getGraph(NodeFactory.createURI(g)));
    }
    Graph given = GraphFactory.createDefaultGraph();
    if (!from.isEmpty()) {
      dsg.listGraphNodes().forEachRemaining(n -> {
        if (n.isURI() && n.getURI().startsWith(Iris.baseInferredGraph(""))) {
          dsg.getGraph(n).find().filterDrop(Provenance::isDescription).forEachRemaining(given::add);
        }
      });
      graphs.add(given);
      graphs.add(dsg.getGraph(NodeFactory.createURI(from)));
    }
    Map<Triple, InferenceOperation.Derived> out = new HashMap<>();
    Model asserted = ModelFactory.createModelForGraph(InferenceOperation.sortedUnion(graphs));
    InferenceOperation.derivations(asserted).forEach(d -> out.put(d.triple(), d));
    return new Derivations(out, given);
  }

  private static String str(org.apache.jena.graph.Node n) {
    return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
  }

  static String absolute(String iri) {
    String s = iri.strip();
    if (s.startsWith("<") && s.endsWith(">")) {
      s = s.substring(1, s.length() - 1);
    }
    String abs = IRIs.check(s) && s.contains(":") ? s : KZ.ID + s;
    if (!IRIs.check(abs)) {
      throw new ReasonException("E-EXPLAIN-IRI", iri + ": not an IRI");
    }
    return abs;
  }

  private static String str(QuerySolution s, String var) {
    RDFNode n = s.get(var);
    if (n == null) {
      return "";
    }
    return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
  }

  private static String read() {
    try (InputStream in = ExplainOperation.class.getClassLoader().getResourceAsStream(QUERY)) {
      if (in == null) {
        throw new ReasonException("E-EXPLAIN-QUERY", QUERY + ": not found on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReasonException("E-EXPLAIN-QUERY", QUERY + ": cannot be read: " + e, e);
    }
  }
}
