package org.w3id.kazaz.reason;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.irix.IRIs;
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
 * Runs {@code queries/explain.rq} with its VALUES line bound to the node.
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
          try (QueryExecution qe =
              QueryExecution.dataset(ds)
                  .query(QueryFactory.create(text))
                  .set(TDB2.symUnionDefaultGraph, true)
                  .build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
              QuerySolution s = rs.next();
              out.add(new Fact(str(s, "p"), str(s, "o"), "inferred".equals(str(s, "status")),
                  str(s, "source"), str(s, "sentence"), str(s, "rule"), str(s, "premises")));
            }
          }
          return out;
        });
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
