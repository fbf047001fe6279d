package org.w3id.kazaz.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.tdb2.TDB2;

/**
 * The report's SPARQL queries, read from the classpath ({@code queries/report/NAME.rq}), run over
 * the union of all graphs. Rows come back as maps from variable name to the lexical form of its
 * value (IRIs as strings); the caller holds the read transaction.
 */
final class ReportQueries {
  static final String FOLDER = "queries/report/";

  /** Separator of the values that a query joins with GROUP_CONCAT. */
  static final String SEP = "\t";

  private ReportQueries() {}

  static Query load(String name) {
    String path = FOLDER + name + ".rq";
    try (InputStream in = ReportQueries.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new ReportException("E-REPORT-QUERY", path + ": not found on the classpath");
      }
      return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ReportException("E-REPORT-QUERY", path + ": cannot be read: " + e.getMessage(), e);
    } catch (QueryParseException e) {
      throw new ReportException("E-REPORT-QUERY", path + ": does not parse: " + e.getMessage(), e);
    }
  }

  /** Runs the query {@code name}; call inside a read transaction on {@code ds}. */
  static List<Map<String, String>> select(Dataset ds, String name) {
    Query q = load(name);
    List<Map<String, String>> rows = new ArrayList<>();
    try (QueryExecution qe =
        QueryExecution.dataset(ds).query(q).set(TDB2.symUnionDefaultGraph, true).build()) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        Map<String, String> row = new HashMap<>();
        s.varNames()
            .forEachRemaining(
                v -> {
                  RDFNode n = s.get(v);
                  if (n != null) {
                    row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                  }
                });
        rows.add(row);
      }
    }
    return rows;
  }

  /** The values a GROUP_CONCAT joined, without empty ones. */
  static List<String> split(String joined) {
    List<String> out = new ArrayList<>();
    if (joined == null) {
      return out;
    }
    for (String s : joined.split(SEP)) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }
}
