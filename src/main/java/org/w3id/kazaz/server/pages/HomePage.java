package org.w3id.kazaz.server.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import org.w3id.kazaz.export.DatasetDescription;
import org.w3id.kazaz.store.QueryFiles;
import org.w3id.kazaz.export.Numbers;

/** The home page: the dataset in numbers, the timeline of events, the search box (in the header). */
public final class HomePage {
  public record Count(String what, String count) {}

  public record Event(String date, Value event, String type) {}

  /** A link of the dataset's description (a dump, the endpoint, the licence). */
  public record Link(String text, String href) {}

  public record Model(String triples, String graphs, String wikidata, List<Count> counts, Group<Event> timeline,
      String built, Link licence, Link endpoint, List<Link> dumps) {}

  private HomePage() {}

  /** The page, with what the VoID description of the dataset says of its licence, date, endpoint and dumps. */
  public static Model build(Dataset ds, Numbers numbers, Links links, org.apache.jena.rdf.model.Model description) {
    List<Count> counts = new ArrayList<>();
    for (Numbers.ClassCount c : numbers.classes()) {
      counts.add(new Count(c.what(), Drawings.number(c.count())));
    }
    List<Event> timeline = new ArrayList<>();
    for (Map<String, RDFNode> r : QueryFiles.select(ds, "lod/timeline", Map.of())) {
      timeline.add(new Event(r.get("date").asLiteral().getLexicalForm(),
          Value.of(r.get("event"), r.get("label"), links),
          r.get("type") == null ? "" : r.get("type").asLiteral().getLexicalForm()));
    }
    Resource d = description.createResource(DatasetDescription.DATASET);
    Statement modified = d.getProperty(DCTerms.modified);
    Resource licence = d.getPropertyResourceValue(DCTerms.license);
    Resource endpoint = d.getPropertyResourceValue(VOID.sparqlEndpoint);
    List<Link> dumps = new ArrayList<>();
    d.listProperties(VOID.dataDump).forEachRemaining(st -> {
      String url = st.getResource().getURI();
      dumps.add(new Link(url.substring(url.lastIndexOf('/') + 1), url));
    });
    dumps.sort(java.util.Comparator.comparing(Link::text));
    return new Model(Drawings.number(numbers.triples()), Drawings.number(numbers.graphs()),
        Drawings.number(numbers.wikidataLinks()), counts, Group.of(timeline),
        modified == null ? "unknown" : modified.getString(),
        licence == null ? null : new Link(licence.getURI(), licence.getURI()),
        endpoint == null ? null : new Link(endpoint.getURI(), endpoint.getURI()), dumps);
  }
}
