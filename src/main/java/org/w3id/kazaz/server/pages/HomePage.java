package org.w3id.kazaz.server.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.kazaz.server.lod.LodQueries;
import org.w3id.kazaz.server.lod.Numbers;

/** The home page: the dataset in numbers, the timeline of events, the search box (in the header). */
public final class HomePage {
  public record Count(String what, String count) {}

  public record Event(String date, Value event, String type) {}

  public record Model(String triples, String graphs, String wikidata, List<Count> counts, Group<Event> timeline) {}

  private HomePage() {}

  public static Model build(Dataset ds, Numbers numbers, Links links) {
    List<Count> counts = new ArrayList<>();
    for (Numbers.ClassCount c : numbers.classes()) {
      counts.add(new Count(c.what(), Drawings.number(c.count())));
    }
    List<Event> timeline = new ArrayList<>();
    for (Map<String, RDFNode> r : LodQueries.select(ds, "timeline", Map.of())) {
      timeline.add(new Event(r.get("date").asLiteral().getLexicalForm(),
          Value.of(r.get("event"), r.get("label"), links),
          r.get("type") == null ? "" : r.get("type").asLiteral().getLexicalForm()));
    }
    return new Model(Drawings.number(numbers.triples()), Drawings.number(numbers.graphs()),
        Drawings.number(numbers.wikidataLinks()), counts, Group.of(timeline));
  }
}
