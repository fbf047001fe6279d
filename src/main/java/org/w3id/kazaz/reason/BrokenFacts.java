package org.w3id.kazaz.reason;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.RDF;
import org.w3id.kazaz.store.NamedGraph;
import org.w3id.kazaz.vocab.ITSRDF;
import org.w3id.kazaz.vocab.KZ;
import org.w3id.kazaz.vocab.NIF;
import org.w3id.kazaz.vocab.PROV;

/**
 * Validation at build time that keeps every article: a fact the converter wrote (an agreement,
 * event, figure, route, person, organisation, evidence string...) that breaks a shape is left out
 * of the article graphs that describe it, and the rest of each article stays. A fact is its focus
 * node: every triple with it as subject, the triples of the article graph that point to it, its
 * parts, the nodes minted for it alone (a route's stops, named under the route's IRI), and the
 * evidence sentences that no other fact rests on. Leaving one
 * out may break another (a document whose only evidence was left out), so validation runs again,
 * at most {@link #MAX_ROUNDS} times.
 *
 * <p>Not facts, and so never left out: a node that no article graph describes (the ontology, the
 * reference data), and an article's own description (the article, its file, its conversion run,
 * its text). A violation there throws {@link ValidationException}, as before.
 *
 * <p>A node that the reference data describes too (a corridor an article adds wording to) is
 * not the converter's: only what the article says about it is left out, and the article keeps
 * naming it.
 */
public final class BrokenFacts {
  /** Rounds of validation before giving up; removals cascade one link per round, two at most today. */
  public static final int MAX_ROUNDS = 8;

  /** The classes of an article's own description, which are not facts. */
  private static final List<Node> FRAME =
      List.of(
          KZ.NewsArticle.asNode(),
          KZ.ConversionRun.asNode(),
          PROV.Entity.asNode(),
          NIF.Context.asNode());

  /**
   * One fact left out of one article graph: the article file, the node, the shapes it broke and
   * why (the shapes' messages).
   */
  public record LeftOut(String article, String node, String shape, String reason) {
    /** {@code file: node (shape): reason} on one line. */
    public String line() {
      return article + ": " + node + " (" + shape + "): " + reason;
    }
  }

  /** The graphs without the broken facts, their (passing) validation, and what was left out. */
  public record Outcome(List<NamedGraph> graphs, Validation validation, List<LeftOut> leftOut) {}

  private BrokenFacts() {}

  /**
   * Validates {@code graphs} (base graphs and article graphs, as a build writes them) and leaves
   * out of the article graphs the facts that break a shape, until no violation is left. The input
   * graphs are not changed: an article graph that loses a fact is a copy.
   *
   * @throws ValidationException (E-SHACL) for violations that are not of a fact in an article, or
   *     that remain after {@link #MAX_ROUNDS} rounds
   */
  public static Outcome leaveOut(List<NamedGraph> graphs) {
    List<NamedGraph> current = new ArrayList<>(graphs);
    List<LeftOut> leftOut = new ArrayList<>();
    for (int round = 1; ; round++) {
      Validation v = ValidationOperation.validate(current);
      if (v.ok()) {
        leftOut.sort(Comparator.comparing(LeftOut::article).thenComparing(LeftOut::node));
        return new Outcome(current, v, List.copyOf(leftOut));
      }
      if (round == MAX_ROUNDS) {
        throw new ValidationException(violations(v, null));
      }
      // the article file of each graph, null for the ontology and reference graphs
      List<String> files = current.stream().map(g -> articleFile(g.graph())).toList();
      Set<String> notFacts = new TreeSet<>();
      Map<Integer, Graph> changed = new LinkedHashMap<>();
      boolean progress = false;
      for (Map.Entry<Node, List<ReportEntry>> e : violationsByNode(v).entrySet()) {
        Node node = e.getKey();
        List<Integer> described = describing(current, files, node);
        if (described.isEmpty()
            || described.stream().anyMatch(i -> frame(current.get(i).graph(), node))) {
          notFacts.add(FmtUtils.stringForNode(node));
          continue;
        }
        boolean reference = describedInBase(current, files, node);
        for (int i = 0; i < current.size(); i++) {
          String file = files.get(i);
          if (file == null || !mentions(current.get(i).graph(), node)) {
            continue;
          }
          Graph g = changed.computeIfAbsent(i, k -> copy(current.get(k).graph()));
          if (remove(g, node, reference)) {
            progress = true;
            leftOut.add(new LeftOut(file, FmtUtils.stringForNode(node),
                String.join(", ", shapes(e.getValue())), String.join("; ", reasons(e.getValue()))));
          }
        }
      }
      if (!notFacts.isEmpty() || !progress) {
        throw new ValidationException(violations(v, notFacts.isEmpty() ? null : notFacts));
      }
      changed.forEach((i, g) -> current.set(i, new NamedGraph(current.get(i).iri(), g)));
    }
  }

  /**
   * {@link #leaveOut} for each article graph of {@code articles} on its own, with the {@code base}
   * graphs (ontology, reference data) beside it, on every core: an article is checked against the
   * shapes as it was written, without a copy of all the others, so that memory stays that of one
   * article per core and an article added later is checked alone. The graphs come back in the
   * order given, after the base graphs; the findings (warnings) of all, each line once.
   */
  public static Outcome leaveOutEach(List<NamedGraph> base, List<NamedGraph> articles) {
    List<Outcome> each = articles.parallelStream()
        .map(a -> {
          List<NamedGraph> one = new ArrayList<>(base);
          one.add(a);
          return leaveOut(one);
        })
        .toList();
    List<NamedGraph> graphs = new ArrayList<>(base);
    List<LeftOut> leftOut = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    List<Finding> findings = new ArrayList<>();
    for (Outcome o : each) {
      graphs.add(o.graphs().get(o.graphs().size() - 1));
      leftOut.addAll(o.leftOut());
      for (Finding f : o.validation().findings()) {
        if (seen.add(f.line())) {
          findings.add(f);
        }
      }
    }
    leftOut.sort(Comparator.comparing(LeftOut::article).thenComparing(LeftOut::node));
    org.apache.jena.shacl.ValidationReport report = each.isEmpty()
        ? ValidationOperation.validate(base).report()
        : each.get(0).validation().report();
    return new Outcome(graphs, new Validation(report, findings), List.copyOf(leftOut));
  }

  /** The violations of {@code v}, only those on {@code nodes} when not null. */
  private static Validation violations(Validation v, Set<String> nodes) {
    return new Validation(
        v.report(),
        v.findings().stream()
            .filter(f -> f.severity().equals("Violation"))
            .filter(f -> nodes == null || nodes.contains(f.focusNode()))
            .toList());
  }

  private static Map<Node, List<ReportEntry>> violationsByNode(Validation v) {
    Map<Node, List<ReportEntry>> out = new LinkedHashMap<>();
    for (ReportEntry e : v.report().getEntries()) {
      if (e.severity().level().equals(Severity.Violation.level())) {
        out.computeIfAbsent(e.focusNode(), k -> new ArrayList<>()).add(e);
      }
    }
    return out;
  }

  private static Set<String> shapes(List<ReportEntry> entries) {
    Set<String> out = new LinkedHashSet<>();
    entries.forEach(e -> out.add(ValidationOperation.shapeName(e.source())));
    return out;
  }

  private static Set<String> reasons(List<ReportEntry> entries) {
    Set<String> out = new LinkedHashSet<>();
    for (ReportEntry e : entries) {
      String m = e.message() == null ? String.valueOf(e.sourceConstraintComponent()) : e.message();
      out.add(m.replace('\n', ' '));
    }
    return out;
  }

  /** The indexes of the article graphs in which {@code node} is a subject. */
  private static List<Integer> describing(List<NamedGraph> graphs, List<String> files, Node node) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < graphs.size(); i++) {
      if (files.get(i) != null && graphs.get(i).graph().contains(node, Node.ANY, Node.ANY)) {
        out.add(i);
      }
    }
    return out;
  }

  /** Whether a graph that is no article's (the reference data) describes {@code node} too. */
  private static boolean describedInBase(List<NamedGraph> graphs, List<String> files, Node node) {
    for (int i = 0; i < graphs.size(); i++) {
      if (files.get(i) == null && graphs.get(i).graph().contains(node, Node.ANY, Node.ANY)) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentions(Graph g, Node node) {
    return g.contains(node, Node.ANY, Node.ANY) || g.contains(Node.ANY, Node.ANY, node);
  }

  /** Whether {@code node} is part of the article's own description in {@code g}. */
  private static boolean frame(Graph g, Node node) {
    return FRAME.stream().anyMatch(c -> g.contains(node, RDF.Nodes.type, c));
  }

  /** The file name of the article that {@code g} is the graph of, or null for another graph. */
  static String articleFile(Graph g) {
    for (Triple t : g.find(Node.ANY, RDF.Nodes.type, KZ.NewsArticle.asNode()).toList()) {
      for (Triple n : g.find(t.getSubject(), KZ.fileName.asNode(), Node.ANY).toList()) {
        if (n.getObject().isLiteral()) {
          return n.getObject().getLiteralLexicalForm();
        }
      }
    }
    return null;
  }

  /**
   * Removes the fact {@code node} from {@code g}: its triples, its parts, the evidence strings only
   * it rested on and, unless it is the reference data's ({@code keepLinks}), the triples pointing
   * to it. True if anything was removed.
   */
  private static boolean remove(Graph g, Node node, boolean keepLinks) {
    int before = g.size();
    Deque<Node> todo = new ArrayDeque<>(List.of(node));
    Set<Node> done = new LinkedHashSet<>();
    Set<Node> pointedTo = new LinkedHashSet<>();
    while (!todo.isEmpty()) {
      Node n = todo.pop();
      if (!done.add(n)) {
        continue;
      }
      for (Triple t : g.find(n, Node.ANY, Node.ANY).toList()) {
        if (!keepLinks && partOf(t.getObject(), node)) {
          todo.push(t.getObject());
        }
        pointedTo.add(t.getObject());
        g.delete(t);
      }
      if (!keepLinks) {
        g.find(Node.ANY, Node.ANY, n).toList().forEach(g::delete);
      }
    }
    for (Node o : pointedTo) {
      if (orphanEvidence(g, o)) {
        g.find(o, Node.ANY, Node.ANY).toList().forEach(g::delete);
      }
    }
    return g.size() < before;
  }

  /** A node minted for {@code fact} alone: a blank node, or an IRI under the fact's own. */
  private static boolean partOf(Node o, Node fact) {
    return o.isBlank()
        || o.isURI() && fact.isURI() && o.getURI().startsWith(fact.getURI() + "/");
  }

  /**
   * An evidence sentence that no fact rests on any more: nothing points to it and it is not also
   * the phrase of a mention.
   */
  private static boolean orphanEvidence(Graph g, Node o) {
    return g.contains(o, RDF.Nodes.type, KZ.Evidence.asNode())
        && !g.contains(Node.ANY, Node.ANY, o)
        && !g.contains(o, ITSRDF.taIdentRef.asNode(), Node.ANY);
  }

  private static Graph copy(Graph g) {
    Graph out = GraphFactory.createDefaultGraph();
    g.find().forEachRemaining(out::add);
    out.getPrefixMapping().setNsPrefixes(g.getPrefixMapping());
    return out;
  }
}
