package org.w3id.kazaz.reason;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.reasoner.rulesys.RuleDerivation;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.vocabulary.RDF;
import org.w3id.kazaz.vocab.KZ;

/**
 * Writes derived triples with their provenance. Every triple that is derived or used as a premise
 * has one node, {@code https://w3id.org/kazaz/id/statement/<hash of the triple>}, with
 * rdf:subject, rdf:predicate and rdf:object; a derived one is also a {@code kz:Inference} with
 * {@code kz:rule} and a {@code kz:premise} per matched triple, so a chain of inferences can be
 * followed back to the asserted triples it rests on.
 */
final class Provenance {
  private final Graph asserted;
  private final Map<Node, Node> names;
  private final Model model = ModelFactory.createDefaultModel();

  private final Graph inferredBefore;

  Provenance(Graph asserted, Graph inferredBefore, Map<Node, Node> names) {
    this.asserted = asserted;
    this.inferredBefore = inferredBefore;
    this.names = names;
  }

  Model model() {
    return model;
  }

  /** Adds {@code t} and its inference node; false (nothing added) if it keeps a blank node. */
  boolean addDerived(Triple t, RuleDerivation d) {
    Triple named = rename(t);
    if (named == null) {
      return false;
    }
    model.getGraph().add(named);
    Resource inf = statement(named).addProperty(RDF.type, KZ.Inference);
    if (d != null) {
      inf.addLiteral(KZ.rule, d.getRule().getName());
      for (Triple m : d.getMatches()) {
        Triple p = m == null ? null : rename(m);
        if (p != null) {
          inf.addProperty(KZ.premise, statement(p));
        }
      }
    }
    return true;
  }

  private Resource statement(Triple t) {
    Resource r = model.createResource(statementIri(t));
    if (!r.hasProperty(RDF.subject)) {
      r.addProperty(RDF.subject, model.asRDFNode(t.getSubject()))
          .addProperty(RDF.predicate, model.asRDFNode(t.getPredicate()))
          .addProperty(RDF.object, model.asRDFNode(t.getObject()));
      if (inferredBefore.contains(t)) {
        r.addProperty(RDF.type, KZ.Inference); // derived from the base graphs, explained there
      } else if (asserted.contains(t)) {
        r.addProperty(RDF.type, RDF.Statement);
      }
    }
    return r;
  }

  private Triple rename(Triple t) {
    Node s = name(t.getSubject());
    Node o = name(t.getObject());
    return s == null || o == null ? null : Triple.create(s, t.getPredicate(), o);
  }

  private Node name(Node n) {
    if (!n.isBlank()) {
      return n;
    }
    return names.get(n);
  }

  /** The IRI of the node that stands for the triple {@code t}: a hash of its N-Triples form. */
  static String statementIri(Triple t) {
    String key = NodeFmtLib.str(t);
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return KZ.ID + "statement/" + HexFormat.of().formatHex(d, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
