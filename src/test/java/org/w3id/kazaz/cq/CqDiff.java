package org.w3id.kazaz.cq;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;

/** Readable differences between an expected and an actual result set, one row per line. */
final class CqDiff {
  private CqDiff() {}

  static List<String> rows(ResultSetRewindable rs) {
    rs.reset();
    List<String> vars = rs.getResultVars();
    List<String> out = new ArrayList<>();
    while (rs.hasNext()) {
      QuerySolution s = rs.next();
      List<String> cells = new ArrayList<>();
      for (String v : vars) {
        RDFNode n = s.get(v);
        cells.add(n == null ? "" : show(n.asNode()));
      }
      out.add(String.join(" | ", cells));
    }
    rs.reset();
    return out;
  }

  private static String show(Node n) {
    if (n.isLiteral()) {
      return n.getLiteralLexicalForm();
    }
    return n.isURI() ? "<" + n.getURI() + ">" : n.toString();
  }

  static String text(ResultSetRewindable rs) {
    return String.join("\n", rows(rs));
  }

  static String message(
      Path file, ResultSetRewindable want, ResultSetRewindable got, boolean ordered) {
    List<String> w = rows(want);
    List<String> g = rows(got);
    List<String> missing = new ArrayList<>(w);
    g.forEach(missing::remove);
    List<String> extra = new ArrayList<>(g);
    w.forEach(extra::remove);
    StringBuilder sb = new StringBuilder();
    sb.append("differs from ").append(file);
    sb.append(missing.isEmpty() && extra.isEmpty() && ordered ? " (same rows, other order)" : "");
    sb.append("\n  expected, missing from the answer:");
    missing.forEach(r -> sb.append("\n    - ").append(r));
    sb.append("\n  in the answer, not expected:");
    extra.forEach(r -> sb.append("\n    + ").append(r));
    sb.append("\n  columns: ").append(String.join(" | ", want.getResultVars()));
    sb.append("\n  answer (").append(g.size()).append(" rows):");
    g.forEach(r -> sb.append("\n    ").append(r));
    return sb.toString();
  }
}
