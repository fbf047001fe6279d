package org.w3id.kazaz.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.w3id.kazaz.KazazException;

/**
 * Queries kept as files, {@code queries/NAME.rq} on the classpath (the linked-data pages', the
 * dataset description's), parsed once and run with their parameters bound by substitution
 * ({@code QueryExecution...substitution}): no text from a request is ever pasted into a query
 * string. Each run is one read transaction over the store, the default graph the union of all
 * graphs.
 */
public final class QueryFiles {
  private static final Map<String, Query> PARSED = new ConcurrentHashMap<>();

  private QueryFiles() {}

  /** One row of a SELECT: variable name to value; unbound variables are absent. */
  public static List<Map<String, RDFNode>> select(Dataset ds, String name, Map<String, RDFNode> params) {
    return Txn.calculateRead(ds, () -> {
      List<Map<String, RDFNode>> rows = new ArrayList<>();
      try (QueryExecution qe = build(ds, name, params)) {
        ResultSet rs = qe.execSelect();
        while (rs.hasNext()) {
          QuerySolution s = rs.next();
          Map<String, RDFNode> row = new HashMap<>();
          s.varNames().forEachRemaining(v -> row.put(v, s.get(v)));
          rows.add(row);
        }
      }
      return rows;
    });
  }

  public static boolean ask(Dataset ds, String name, Map<String, RDFNode> params) {
    return Txn.calculateRead(ds, () -> {
      try (QueryExecution qe = build(ds, name, params)) {
        return qe.execAsk();
      }
    });
  }

  /** A CONSTRUCT whose template names graphs (ARQ's quads form): the triples keep their graph. */
  public static DatasetGraph constructQuads(Dataset ds, String name, Map<String, RDFNode> params) {
    return Txn.calculateRead(ds, () -> {
      try (QueryExecution qe = build(ds, name, params)) {
        return qe.execConstructDataset().asDatasetGraph();
      }
    });
  }

  private static QueryExecution build(Dataset ds, String name, Map<String, RDFNode> params) {
    QueryExecutionDatasetBuilder b =
        QueryExecution.dataset(ds).query(query(name)).set(TDB2.symUnionDefaultGraph, true);
    params.forEach(b::substitution);
    return b.build();
  }

  /** The parsed query {@code queries/NAME.rq} (NAME as {@code lod/describe}). */
  static Query query(String name) {
    return PARSED.computeIfAbsent(name, n -> {
      String path = "queries/" + n + ".rq";
      try (InputStream in = QueryFiles.class.getClassLoader().getResourceAsStream(path)) {
        if (in == null) {
          throw new KazazException("E-QUERY-RESOURCE", path + ": not found on the classpath");
        }
        return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8), Syntax.syntaxARQ);
      } catch (IOException | org.apache.jena.query.QueryParseException e) {
        throw new KazazException("E-QUERY-RESOURCE", path + ": cannot be read: " + e.getMessage(), e);
      }
    });
  }
}
