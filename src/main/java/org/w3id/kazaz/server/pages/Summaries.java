package org.w3id.kazaz.server.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.w3id.kazaz.store.QueryFiles;

/**
 * The part of a page that depends on the kind of node (agreement, event, route, state, figure):
 * its fields ({@code queries/lod/summary-KIND.rq}), a route's stops drawn in order and a figure's
 * series drawn as a chart ({@link Drawings}).
 */
public final class Summaries {
  /** One value of a field, with the state of a party or participant. */
  public record Item(Value value, Value state) {}

  public record Field(String name, List<Item> items) {}

  /**
   * @param kind agreement, event, route, state or figure
   * @param route the route's stops drawn, or null
   * @param chart the figure's series drawn, or null
   */
  public record Summary(String kind, Group<Field> fields, Drawings.Route route, Drawings.Chart chart) {}

  private Summaries() {}

  /** The summary of the node, or null when it is none of the kinds. */
  static Summary of(Dataset ds, String iri, Links links) {
    Map<String, RDFNode> node = Map.of("node", ResourceFactory.createResource(iri));
    List<Map<String, RDFNode>> kinds = QueryFiles.select(ds, "lod/kind", node);
    if (kinds.isEmpty()) {
      return null;
    }
    String kind = kinds.get(0).get("kind").asLiteral().getLexicalForm();
    List<Field> fields = switch (kind) {
      case "agreement", "event", "state" -> fields(QueryFiles.select(ds, "lod/summary-" + kind, node), links);
      default -> List.of();
    };
    Drawings.Route route = kind.equals("route")
        ? Drawings.route(QueryFiles.select(ds, "lod/route-stops", node), links) : null;
    Drawings.Chart chart = kind.equals("figure")
        ? Drawings.chart(QueryFiles.select(ds, "lod/figure-series", node), iri, links) : null;
    return new Summary(kind, Group.of(fields), route, chart);
  }

  private static List<Field> fields(List<Map<String, RDFNode>> rows, Links links) {
    Map<String, List<Item>> byField = new LinkedHashMap<>();
    for (Map<String, RDFNode> r : rows) {
      Value state = r.get("state") == null ? null : Value.of(r.get("state"), r.get("stateLabel"), links);
      byField.computeIfAbsent(r.get("field").asLiteral().getLexicalForm(), k -> new ArrayList<>())
          .add(new Item(Value.of(r.get("value"), r.get("label"), links), state));
    }
    List<Field> out = new ArrayList<>();
    byField.forEach((name, items) -> out.add(new Field(name, List.copyOf(items))));
    return out;
  }
}
