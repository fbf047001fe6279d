package org.w3id.kazaz.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.annotate.Span;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.extract.Extraction;
import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.figures.FigureRecord;
import org.w3id.kazaz.extract.routes.RouteRecord;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.resolve.Resolution;
import org.w3id.kazaz.vocab.KZ;

/**
 * A route a figure is about is the route the article describes: one node, with its stops, not a
 * second node of the same name.
 */
class RouteSubjectsTest {
  static final String TEXT = " date 2025-04-01\nFerries\n\nThe Aktau - Alat ferry line runs between the two"
      + " ports. A crossing on the Aktau - Alat ferry line takes 2 days.\n";

  @Test
  void aFigureAboutARouteNamesTheRouteNode() {
    Article a = new Article("ferries.txt", LocalDate.of(2025, 4, 1), TEXT, 17);
    int s1 = TEXT.indexOf("The Aktau");
    int s2 = TEXT.indexOf("A crossing");
    Span line = new Span(s1, s2 - 1, TEXT.substring(s1, s2 - 1));
    Span crossing = new Span(s2, TEXT.length() - 1, TEXT.substring(s2, TEXT.length() - 1));
    EntityRef aktau = EntityRef.found(EntityKind.PORT, "Port of Aktau", null);
    EntityRef alat = EntityRef.found(EntityKind.PORT, "Port of Alat", null);
    RouteRecord route = new RouteRecord(null, "Aktau - Alat ferry line", List.of(), List.of(aktau, alat),
        null, null, null, line);
    FigureRecord time = new FigureRecord("travel time", new BigDecimal("2"), "day", null,
        List.of(EntityRef.found(EntityKind.ROUTE, "Aktau - Alat ferry line", null)), null, crossing, null);
    Extraction x = new Extraction(a, List.of(), List.of(), List.of(), List.of(route), List.of(time), List.of());
    Graph g = ArticleMapper.map(x, Resolution.of(List.of(x), Map.of())).graph();

    Set<Node> routes = new TreeSet<>(java.util.Comparator.comparing(Node::getURI));
    g.find(Node.ANY, NodeFactory.createURI(org.apache.jena.vocabulary.RDF.type.getURI()), KZ.Route.asNode())
        .forEachRemaining(t -> routes.add(t.getSubject()));
    assertEquals(1, routes.size(), "one route node: " + routes);
    Node r = routes.iterator().next();
    assertEquals(2, g.find(r, KZ.hasStop.asNode(), Node.ANY).toList().size(), "the route node has its stops");
    List<Node> subjects = g.find(Node.ANY, KZ.subject.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList();
    assertEquals(List.of(r), subjects, "the figure is about that node");
  }
}
