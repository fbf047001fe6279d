package org.w3id.kazaz.reason;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.w3id.kazaz.mapping.Iris;
import org.w3id.kazaz.vocab.KZ;

/**
 * Names the nodes that the rules make with {@code makeSkolem}: a {@code kz:Partnership} becomes
 * {@code https://w3id.org/kazaz/id/partnership/A--B}, A and B its partners' identifiers in
 * order, so the pair has one stable IRI whichever way round the rules met it.
 */
final class Skolems {
  private Skolems() {}

  /** For each partnership blank node among {@code derived}, its IRI. */
  static Map<Node, Node> names(List<Triple> derived) {
    Map<Node, List<String>> partners = new HashMap<>();
    for (Triple t : derived) {
      if (t.getSubject().isBlank() && t.getPredicate().equals(KZ.partner.asNode())
          && t.getObject().isURI()) {
        partners.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t.getObject().getURI());
      }
    }
    Map<Node, Node> names = new HashMap<>();
    partners.forEach(
        (bnode, uris) -> {
          List<String> keys = uris.stream().distinct().map(Skolems::key).sorted().toList();
          if (keys.size() == 2) {
            names.put(bnode, NodeFactory.createURI(partnership(keys.get(0), keys.get(1))));
          }
        });
    return names;
  }

  static String partnership(String keyA, String keyB) {
    return KZ.ID + "partnership/" + keyA + "--" + keyB;
  }

  /** An identifier as a slug: its path under the kazaz id base, or the whole IRI. */
  static String key(String uri) {
    String tail = uri.startsWith(KZ.ID) ? uri.substring(KZ.ID.length()) : uri;
    return Iris.slug(tail.replace('/', '-'));
  }
}
